"""The window's side of encryption: after a file is encrypted, the plain backups left in
the backups folder and the recovery sheet; and opening an encrypted file at start.

The questions are asked through ``EncryptionPrompts`` so that tests answer them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.i18n import error_text
from desktop.services.safety.backup import BackupService
from desktop.services.safety.encryption import EncryptionService
from desktop.store import crypt


class EncryptingServices(Protocol):
    """What follows an encryption uses: the encryption service, the backups folder (its plain
    backups) and the day printed on the recovery sheet. The settings and first-run dialogs'
    services have these."""

    @property
    def encryption(self) -> EncryptionService: ...

    @property
    def backup(self) -> BackupService: ...

    @property
    def today(self) -> Callable[[], dt.date]: ...


class EncryptionPrompts:
    """The questions after encrypting, as modal boxes (tests pass a subclass that answers)."""

    def backups_choice(self, parent: QWidget | None, names: list[str]) -> str:
        """'encrypt', 'delete' or 'keep' for the plain backups named."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("encryption", "Plain backups"))
        box.setText(QCoreApplication.translate("encryption", "The data file is encrypted now, but these backups in the backups "
                       "folder are still plain: anyone who has them can read them.\n\n{names}")
                    .format(names="\n".join(names)))
        encrypt = box.addButton(QCoreApplication.translate("encryption", "&Encrypt them"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(QCoreApplication.translate("encryption", "&Delete them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QCoreApplication.translate("encryption", "&Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(encrypt)
        box.exec()
        clicked = box.clickedButton()
        return "encrypt" if clicked is encrypt else "delete" if clicked is delete else "keep"

    def sheet_path(self, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("encryption", "Save the recovery sheet"), str(Path.home() / "恢复码单.pdf"),
            QCoreApplication.translate("encryption", "PDF files (*.pdf)"))
        return Path(name) if name else None

    def tell(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("encryption", "Family Ledger"), text)


def handle_plain_backups(parent: QWidget | None, services: EncryptingServices,
                         prompts: EncryptionPrompts) -> str:
    plain = services.encryption.plain_backups(services.backup.auto_dir)
    if not plain:
        return "none"
    choice = prompts.backups_choice(parent, [p.name for p in plain])
    try:
        if choice == "encrypt":
            services.encryption.encrypt_backups(plain)
        elif choice == "delete":
            for path in plain:
                path.unlink(missing_ok=True)
    except (LedgerError, OSError) as exc:
        prompts.tell(parent, error_text(exc) if isinstance(exc, LedgerError) else str(exc))
    return choice


def print_recovery_sheet(parent: QWidget | None, services: EncryptingServices, password: str,
                         prompts: EncryptionPrompts, today: dt.date | None = None) -> Path | None:
    """Ask where, write the sheet with a new code; None when the clerk cancelled."""
    path = prompts.sheet_path(parent)
    if path is None:
        return None
    try:
        services.encryption.write_recovery_sheet(password, path, today or services.today())
    except LedgerError as exc:
        prompts.tell(parent, error_text(exc))
        return None
    prompts.tell(parent, QCoreApplication.translate("encryption", "The recovery sheet was saved as {path}. Print it, give it to the "
                            "head of the office to keep sealed, then delete the file.")
                 .format(path=path))
    return path


def after_encrypting(parent: QWidget | None, services: EncryptingServices, password: str,
                     prompts: EncryptionPrompts) -> None:
    handle_plain_backups(parent, services, prompts)
    print_recovery_sheet(parent, services, password, prompts)


class _KeyFileCheck:
    """The lock screen's password check for a file not opened yet: the password unseals the
    data key in the key file."""

    def __init__(self, db_path: Path) -> None:
        self._db_path = db_path
        self.password = ""

    def verify(self, password: str) -> bool:
        if crypt.unlock(self._db_path, password) is None:
            return False
        self.password = password
        return True


class RecoveryDialog(QDialog):
    """Forgotten password: the recovery code and a new password (set once the file is open)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.code = self.new = ""
        self.setWindowTitle(QCoreApplication.translate("encryption", "Forgotten password"))
        intro = QLabel(QCoreApplication.translate(
            "encryption", "Type the recovery code from the sealed recovery sheet and choose a "
            "new password. The recovery is noted in the change log."), self)
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_edit, self.repeat_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("encryption", "Recovery &code"), self.code_edit)
        form.addRow(QCoreApplication.translate("encryption", "&New password"), self.new_edit)
        form.addRow(QCoreApplication.translate("encryption", "&Repeat new password"),
                    self.repeat_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from desktop.services.safety.encryption import recover_key
        from desktop.services.safety.security import SecurityService

        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self.message.setText(QCoreApplication.translate(
                "encryption", "The two new passwords are not the same."))
            return
        try:
            SecurityService.check_new(new)
            recover_key(self._db_path, self.code_edit.text())
        except LedgerError as exc:
            self.message.setText(error_text(exc))
            return
        self.code, self.new = self.code_edit.text(), new
        super().accept()


@dataclass(frozen=True)
class Opened:
    """How an encrypted file was opened at start: the password, or a recovery to finish."""

    password: str = ""
    code: str = ""

    def finish(self, encryption: EncryptionService) -> None:
        """Once the file is open: a recovery sets the new password (logged); a password
        brings the lock screen's check up to date."""
        if self.code:
            encryption.recover(self.code, self.password)
        else:
            encryption.sync_after_unlock(self.password)


def unlock_file_at_start(db_path: Path) -> Opened | None:
    """Ask for the password of an encrypted file before it is opened (or, forgotten, the
    recovery code); None when the clerk quits."""
    from desktop.gui.lock_screen import LockScreen

    check = _KeyFileCheck(db_path)
    dialog = LockScreen(check, at_start=True)
    recovered: list[RecoveryDialog] = []

    def forgot() -> None:
        recovery = RecoveryDialog(db_path, dialog)
        if recovery.exec() == QDialog.DialogCode.Accepted:
            recovered.append(recovery)
            dialog._unlocked = True  # the key is unlocked: the lock screen may close
            dialog.accept()

    dialog.forgot_button = QPushButton(  # type: ignore[attr-defined]
        QCoreApplication.translate("encryption", "&Forgot the password..."), dialog)
    dialog.forgot_button.clicked.connect(forgot)  # type: ignore[attr-defined]
    dialog.layout().addWidget(dialog.forgot_button)  # type: ignore[attr-defined]
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if recovered:
            return Opened(recovered[0].new, recovered[0].code)
        return Opened(check.password)
    finally:
        dialog.deleteLater()
