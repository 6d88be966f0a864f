"""Ctrl+C in the terminal or SIGTERM (a shutdown, ``kill``) ends the program as if the clerk
had closed it: open dialogs are cancelled, the main window closes normally (running work
finishes, the layout is saved, the automatic backup runs) and the lock beside the data file is
released, so the next start sees no crash.

Python runs its signal handlers only between Python instructions; inside Qt's event loop a
timer gives it that chance a few times a second. The handler only notes the signal; the
timer does the closing.
"""

from __future__ import annotations

import logging
import signal
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

TICK_MS = 200
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
log = logging.getLogger(__name__)
PATIENCE_TICKS = 25  # dialogs that keep reopening: after 5 s the event loops are ended


class StopOnSignal(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.received: int | None = None
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(TICK_MS)
        self._previous = {number: signal.signal(number, self._note) for number in STOP_SIGNALS}

    def _note(self, number: int, _frame: FrameType | None) -> None:
        self.received = number

    def _tick(self) -> None:
        if self.received is None:
            return
        self._ticks += 1
        if self._ticks == 1:
            log.info("closing on signal %d", self.received)
        modal = QApplication.activeModalWidget()
        if modal is not None and self._ticks < PATIENCE_TICKS:
            if isinstance(modal, QDialog):
                modal.reject()  # Cancel: what the dialog would have asked is not done
            else:
                modal.close()
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        QCoreApplication.exit(0)  # ends a dialog's loop as well as the main one

    def exit_code(self, code: int) -> int:
        """The shell's convention for a program ended by a signal: 128 + its number."""
        return 128 + self.received if self.received is not None else code

    def uninstall(self) -> None:
        self._timer.stop()
        for number, handler in self._previous.items():
            signal.signal(number, handler)
