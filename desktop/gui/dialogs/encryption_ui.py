"""The window's side of encryption: after a file is encrypted, the plain backups left in
the backups folder and the recovery sheet; and opening an encrypted file at start.

The questions are asked through ``EncryptionPrompts`` so that tests answer them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.errors import LedgerError
from desktop.i18n import error_text
from desktop.services.container import Services
from desktop.store import crypt


class EncryptionPrompts:
    """Modal questions; a test replaces the methods."""

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


def handle_plain_backups(parent: QWidget | None, services: Services,
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


def print_recovery_sheet(parent: QWidget | None, services: Services, password: str,
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


def after_encrypting(parent: QWidget | None, services: Services, password: str,
                     prompts: EncryptionPrompts) -> None:
    handle_plain_backups(parent, services, prompts)
    print_recovery_sheet(parent, services, password, prompts)


class _KeyFileCheck:
    """The lock screen's ``services.security.verify`` for a file not opened yet: the
    password unseals the data key in the key file."""

    def __init__(self, db_path: Path) -> None:
        self.security = self
        self._db_path = db_path
        self.password = ""

    def verify(self, password: str) -> bool:
        if crypt.unlock(self._db_path, password) is None:
            return False
        self.password = password
        return True


def unlock_file_at_start(db_path: Path) -> str | None:
    """Ask for the password of an encrypted file before it is opened; the password, or
    None when the clerk quits."""
    from desktop.gui.lock_screen import LockScreen

    check = _KeyFileCheck(db_path)
    dialog = LockScreen(check, at_start=True)  # type: ignore[arg-type]
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return check.password
    finally:
        dialog.deleteLater()
