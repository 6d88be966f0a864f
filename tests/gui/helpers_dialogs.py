"""Shared helpers for the dialog tests: a fresh ledger with a pinned date, valid ID numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from desktop.services.container import Services, build_services
from desktop.store.db import open_database
from tests.helpers import make_id  # noqa: F401  (re-exported for the dialog tests)

TODAY = dt.date(2026, 11, 28)
NOW = dt.datetime(2026, 11, 28, 9, 30)

# Qt's offscreen platform warns on every top-level show; that is the test platform, not the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def open_services(tmp_path: Path) -> tuple[Services, object]:
    """(services, engine) over a new database file in ``tmp_path``; dispose the engine after."""
    path = tmp_path / "ledger.db"
    engine = open_database(path, tmp_path / "backups")
    services = build_services(engine, today=lambda: TODAY, now=lambda: NOW)
    services.user.name = "clerk"
    return services, engine


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget: QWidget, text: str, *, clear: bool = True) -> None:
    """Focus a field and type like a clerk (select-all first to replace its text).

    ASCII goes in as key presses; anything else (Chinese, full-width digits) the way an
    input method commits it, since QTest cannot press keys for it.
    """
    widget.setFocus()
    if clear:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    run = ""
    for char in text + "\0":
        if char.isascii() and char.isprintable():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
