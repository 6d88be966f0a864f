"""Signing in at start, once the ledger has accounts: her name and her password.

Nothing of the ledger is on screen before; a wrong name or password is refused in place
(the name stays, the password is cleared). Quit ends the app with nothing read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.i18n import error_text
from desktop.services.container import Services


class SignInDialog(QDialog):
    def __init__(self, services: Services, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Family Ledger: sign in"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        prompt = QLabel(self.tr("Several clerks share this ledger. Sign in with your name "
                                "and password."), self)
        prompt.setWordWrap(True)
        self.name = QLineEdit(name, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(240)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Password"), self.password)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)
        box = QVBoxLayout(self)
        box.addWidget(prompt)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addLayout(buttons)
        (self.password if name else self.name).setFocus()

    def try_sign_in(self) -> bool:
        try:
            self._services.sign_in(self.name.text(), self.password.text())
        except LedgerError as exc:
            self.password.clear()
            self.message.setText(error_text(exc))
            self.password.setFocus()
            return False
        self.password.clear()
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.try_sign_in()  # Enter in either field signs in, never closes the dialog
            return
        super().keyPressEvent(event)


def sign_in_at_start(services: Services, name: str = "",
                     run: Callable[[SignInDialog], int] | None = None) -> bool:
    """Ask who she is before the window is built; False when she quits."""
    dialog = SignInDialog(services, name)
    try:
        result = run(dialog) if run is not None else dialog.exec()
        return result == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
