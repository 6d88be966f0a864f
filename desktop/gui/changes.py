"""Writes announced to the pages: one signal after each committed write, with what it touched.

The application builds one ``DataChanged`` (app.py) and hands it to the pages that show data;
a page marks itself stale when the signal comes and reads its rows again at once if it is on
screen, or when it is next shown. No page polls a write counter or asks another page.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.safety.changelog import ChangeRecorder
from desktop.services.safety.others import OtherWrites

log = logging.getLogger(__name__)
POLL_MS = 3000  # a server: how often to look for other clerks' writes


class DataChanged(QObject):
    """``changed(entities)``: a frozenset of the entities written (record kinds as in
    domain/kinds.py, "person", "unit", "settings", "import"…). Emitted on the GUI thread,
    also for writes made on a worker thread."""

    changed = Signal(object)
    _written = Signal(object)  # from any thread; queued to this object's thread

    def __init__(self, recorder: ChangeRecorder | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._written.connect(self.changed.emit)
        if recorder is not None:
            me = weakref.ref(self)

            def written(entities: frozenset[str]) -> None:
                target = me()
                if target is not None and shiboken6.isValid(target):  # not yet deleted
                    target._written.emit(entities)

            recorder.subscribe(written)

    def announce(self, entities: Iterable[str]) -> None:
        """Announce a change made outside the services (tests, a restored file)."""
        self.changed.emit(frozenset(entities))


class StaleWatch(QObject):
    """Keeps one page current: ``refresh()`` runs once after a burst of changes while the page
    is shown (or always, for a page whose count shows elsewhere), else when it is next shown.

    ``interest`` limits the entities that matter to the page (None: every change); ``stale``
    makes the first showing read the data (pages that compute nothing until shown)."""

    def __init__(self, page: QWidget, changes: DataChanged | None, refresh: Callable[[], None], *,
                 interest: Iterable[str] | None = None, when_hidden: bool = False,
                 stale: bool = False) -> None:
        super().__init__(page)
        self._page, self._refresh = page, refresh
        self._interest = None if interest is None else frozenset(interest)
        self._when_hidden = when_hidden
        self.stale = stale
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._due)
        self._changes = changes
        if changes is not None:  # None: a page on its own (tests), read when first shown
            changes.changed.connect(self._changed)
        page.installEventFilter(self)

    def stop(self) -> None:
        """The window is closing: no more reading, whatever is written meanwhile (a read
        started now would outlive the page)."""
        self._timer.stop()
        self.stale = False
        if self._changes is not None:
            self._changes.changed.disconnect(self._changed)
            self._changes = None
        self._page.removeEventFilter(self)

    def fresh(self) -> None:
        """The page has just read its data."""
        self.stale = False

    def catch_up(self) -> None:
        """Read the data now if a write came since (not waiting for the event loop)."""
        self._timer.stop()
        if self.stale:
            self.stale = False
            self._refresh()

    def _changed(self, entities: frozenset[str]) -> None:
        if self._interest is not None and not (entities & self._interest):
            return
        self.stale = True
        if self._when_hidden or self._page.isVisible():
            self._timer.start()

    def _due(self) -> None:
        if self.stale and (self._when_hidden or self._page.isVisible()):
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The event's type first: a page being destroyed still passes its last events here,
        # and nothing of this watch is read for them (never a Show).
        if event.type() != QEvent.Type.Show:
            return False
        if watched is self._page and self.stale:
            self.stale = False
            self._refresh()
        return False


class ServerPoll(DataChanged):
    """On a server: ``changed`` when another clerk's app wrote (a poll of the change log's
    counter every few seconds; one cheap query). A server that cannot be reached is tried
    again at the next poll.

    The query runs on a thread of its own, so a server that hangs never holds the window
    (the clerk keeps typing; the status stays as it was). One poll at a time: while one is
    still waiting for the server, the timer starts no other. The thread is a daemon: a
    window closed meanwhile does not wait for the server either."""

    _answered = Signal(object)  # from the poll's thread: the entities, or None (failed)

    def __init__(self, others: OtherWrites, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(None, parent)
        self._others = others
        self._waiting = False  # a poll is out (read and written on the GUI thread only)
        self._answered.connect(self._answer)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.poll()  # the counter as it is now
        self.timer.start()

    @property
    def waiting(self) -> bool:
        """A poll is out and the server has not answered yet."""
        return self._waiting

    def poll(self) -> bool:
        """Start one poll off the GUI thread; False when the last one is still out."""
        if self._waiting:
            return False
        self._waiting = True
        threading.Thread(target=_poll_once, args=(self._others, weakref.ref(self)),
                         name="server-poll", daemon=True).start()
        return True

    def _answer(self, entities: frozenset[str] | None) -> None:
        self._waiting = False
        if entities:
            self.changed.emit(entities)

    def stop(self) -> None:
        self.timer.stop()


def _poll_once(others: OtherWrites, poll: weakref.ref[ServerPoll]) -> None:
    """On the poll's thread: one look at the server, the answer queued to the GUI thread."""
    from sqlalchemy.exc import SQLAlchemyError

    entities: frozenset[str] | None
    try:
        entities = others.poll()
    except SQLAlchemyError as exc:
        log.warning("looking for other clerks' writes failed: %s", type(exc).__name__)
        entities = None
    target = poll()
    if target is not None and shiboken6.isValid(target):  # the window may be gone
        target._answered.emit(entities)
