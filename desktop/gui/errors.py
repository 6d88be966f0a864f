"""Show errors to the clerk in plain Chinese; the form keeps its data."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import LedgerError
from desktop.i18n import error_text

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None,
               text: str | None = None) -> None:
    """A warning box; ``text`` when the screen words the message itself (else the error's)."""
    if not isinstance(exc, LedgerError):
        # Type only: messages may hold personal data.
        log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Family Ledger"))
    box.setText(text if text is not None else error_text(exc))
    box.exec()
