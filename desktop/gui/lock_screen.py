"""The lock screen: asks for the password at start, after idle time and on Ctrl+L.

It covers the screen on top of every window and closes nothing: open dialogs and typed,
unsaved data are there again after unlocking. Once the ledger has accounts it asks the
signed-in clerk's password instead of the office one, and another clerk may sign in there
(the window and the change log name her from then on).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.i18n import error_text
from desktop.services.accounts.service import Clerk
from desktop.services.safety.security import SecurityService

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class PasswordCheck(Protocol):
    """What the lock screen asks: is this the password? (the ledger's security service, or
    at start an encrypted file's key file)."""

    def verify(self, password: str) -> bool: ...


class UnlocksBackups:
    """The ledger's password check that, once right, also unlocks the key of the encrypted
    server backups (the same password protects both)."""

    def __init__(self, security: PasswordCheck, encryption: BackupKey) -> None:
        self._security = security
        self._encryption = encryption

    def verify(self, password: str) -> bool:
        if not self._security.verify(password):
            return False
        self._encryption.unlock_backups(password)
        return True


class BackupKey(Protocol):
    def unlock_backups(self, password: str) -> bool: ...


class LockScreen(QDialog):
    """Full-screen, application-modal; only the right password (or Quit at start) ends it."""

    def __init__(self, check: PasswordCheck, at_start: bool = False,
                 parent: QWidget | None = None, clerk: Clerk | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._clerk = clerk  # accounts: her password (or another clerk signs in)
        self._unlocked = False
        self.setWindowTitle(self.tr("Family Ledger is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        if not at_start:  # at start nothing is on screen yet: an ordinary dialog will do
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                                | Qt.WindowType.WindowStaysOnTopHint)
        title = QLabel(self.tr("Family Ledger is locked") if not at_start
                       else self.tr("Family Ledger"), self)
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.prompt = prompt = QLabel(self.tr("Enter the password to continue."), self)
        self.name: QLineEdit | None = None
        if clerk is not None:
            prompt.setText(self.tr("{name} is signed in. Type her password to continue, or "
                                   "sign in as another clerk.").replace("{name}", clerk.name))
            prompt.setWordWrap(True)
            self.name = QLineEdit(clerk.name, self)
            self.name.setPlaceholderText(self.tr("Name"))
            self.name.returnPressed.connect(self.try_unlock)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(240)
        self.password.setPlaceholderText(self.tr("Password"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.unlock_button = QPushButton(self.tr("&Unlock") if not at_start else self.tr("&Open"),
                                         self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setVisible(at_start)  # later, quitting could drop unsaved forms
        self.quit_button.clicked.connect(self._quit)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        # One panel of fixed size in the middle, whatever the size of the screen or window.
        self.panel = QFrame(self)
        self.panel.setObjectName("lockPanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setStyleSheet("#lockPanel { border: 1px solid #c8c8c8; border-radius: 6px; }")
        self.panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(10)
        fields = [self.password] if self.name is None else [self.name, self.password]
        for widget in (title, prompt, *fields, self.message):
            box.addWidget(widget)
        box.addLayout(buttons)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().height() * 2)
        outer = QGridLayout(self)
        outer.setRowStretch(0, 1)
        outer.setRowStretch(2, 1)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)
        outer.addWidget(self.panel, 1, 1)
        self.password.setFocus()

    def try_unlock(self) -> bool:
        refusal = self._refusal()
        self.password.clear()
        if refusal is None:
            self._unlocked = True
            self.accept()
            return True
        self.message.setText(refusal)
        self.password.setFocus()
        return False

    def _refusal(self) -> str | None:
        """Why the typed password does not unlock (None: it does)."""
        if self._clerk is None or self.name is None:
            if self._check.verify(self.password.text()):
                return None
            return self.tr("The password is not correct. Please try again.")
        try:
            self._clerk.sign_in(self.name.text(), self.password.text())
        except LedgerError as exc:  # wrong, disabled, or a wait after too many
            return error_text(exc)
        return None

    def _quit(self) -> None:
        self._unlocked = True
        super().reject()

    def reject(self) -> None:
        """Esc does not unlock."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._unlocked:
            event.ignore()
            return
        super().closeEvent(event)

    def cover_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.show()
        self.activateWindow()


class LockController(QObject):
    """Locks after the idle time (an application-wide filter sees input) and on request."""

    locked = Signal()
    unlocked = Signal()
    clerk_changed = Signal(str)  # another clerk signed in at the lock screen: her name

    def __init__(self, security: SecurityService, parent: QObject | None = None,
                 clerk: Clerk | None = None) -> None:
        super().__init__(parent)
        self._security = security
        self._clerk = clerk
        self._locked_for = ""  # the clerk signed in when the screen locked
        self.screen: LockScreen | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reload()

    def can_lock(self) -> bool:
        return self._security.has_password() or self._with_accounts()

    def _with_accounts(self) -> bool:
        return self._clerk is not None and bool(self._clerk.name)

    def is_locked(self) -> bool:
        return self.screen is not None

    def reload(self) -> None:
        """Read the password and idle time again (after the settings change)."""
        minutes = self._security.idle_minutes()
        if self.can_lock() and minutes > 0 and not self.is_locked():
            self.idle_timer.setInterval(minutes * 60_000)
            self.idle_timer.start()
        else:
            self.idle_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY_EVENTS and self.idle_timer.isActive():
            self.idle_timer.start()  # any input starts the idle time again
        return False

    def lock(self) -> bool:
        if not self.can_lock():
            return False
        if self.screen is None:
            self.idle_timer.stop()
            self._locked_for = self._clerk.name if self._clerk is not None else ""
            self.screen = LockScreen(self._security,
                                     clerk=self._clerk if self._with_accounts() else None)
            self.screen.accepted.connect(self._on_unlocked)
            self.screen.cover_screen()
            self.locked.emit()
        return True

    def _on_unlocked(self) -> None:
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.hide()
            screen.deleteLater()
        self.reload()
        if self._clerk is not None and self._clerk.name != self._locked_for:
            self.clerk_changed.emit(self._clerk.name)
        self.unlocked.emit()


def unlock_at_start(check: PasswordCheck,
                    run: Callable[[LockScreen], int] | None = None) -> bool:
    """Ask for the password before the window shows; False when the clerk quits."""
    dialog = LockScreen(check, at_start=True)
    try:
        result = run(dialog) if run is not None else dialog.exec()
        return result == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
