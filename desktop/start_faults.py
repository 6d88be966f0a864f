"""Start-up with a bad data file: a clear message, a kept copy, the latest verified backup offered.

A damaged file is never repaired or replaced silently and never opened for writing: it stays
as it is, a copy ``corrupt-<time>.db`` is made, and the clerk may restore the latest verified
backup (the restore keeps the damaged file too).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from desktop.errors import LedgerError, StorageError
from desktop.i18n import error_text
from desktop.store import faults
from desktop.store.db import open_database
from desktop.store.faults import DamagedFileError
from desktop.system_errors import reason_of

log = logging.getLogger(__name__)


def show(smoke_test: bool, text: str) -> None:
    if smoke_test:  # never wait for input
        print(text, file=sys.stderr)
    else:
        QMessageBox.warning(None, QCoreApplication.translate("app", "Family Ledger"), text)


def ask_restore(text: str, backup: Path) -> bool:
    """Restore the offered backup? Replaced by tests (a module attribute)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("app", "Family Ledger"), text
    )
    restore = box.addButton(
        QCoreApplication.translate("app", "Restore this backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("app", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def latest_backup(folder: Path) -> Path | None:
    try:
        from desktop.services.safety.backup import latest_verified
    except ImportError:  # the backups feature is not there: offer nothing
        return None
    try:
        return latest_verified(folder)
    except (LedgerError, OSError):
        return None


def damaged(db_path: Path, exc: BaseException) -> DamagedFileError | None:
    """The DamagedFileError for a read that failed on a damaged file, else None."""
    if isinstance(exc, DamagedFileError):
        return exc
    inner = exc.orig if isinstance(exc, DBAPIError) else exc
    if faults.damaged_reason(inner) is None:
        return None
    return faults.damaged_error(db_path, reason_of(inner))


def offer_backup(db_path: Path, exc: DamagedFileError, backup_dir: Path, smoke_test: bool) -> bool:
    """Keep a copy, tell the clerk, offer the latest verified backup. True once restored."""
    log.warning("the data file is damaged; it is kept and not opened")
    parts = [error_text(exc)]
    try:
        copy = faults.keep_damaged_copy(db_path, backup_dir)
        parts.append(
            QCoreApplication.translate(
                "app",
                "The damaged file was kept as it is, and a copy was saved as {copy}. "
                "Family Ledger did not open it for writing.",
            ).format(copy=copy)
        )
    except StorageError as copy_exc:
        parts.append(error_text(copy_exc))
    backup = latest_backup(backup_dir)
    if backup is None:
        parts.append(
            QCoreApplication.translate(
                "app",
                "No verified backup was found in {folder}. Look for a copy of the data "
                "file (for example on a USB stick) and restore it with "
                '"family-ledger restore FILE".',
            ).format(folder=backup_dir)
        )
        show(smoke_test, "\n\n".join(parts))
        return False
    parts.append(
        QCoreApplication.translate(
            "app",
            "The latest verified backup is {backup}. Restoring it replaces the damaged "
            "file (which is kept in the backups folder); changes made after that "
            "backup are not in it.",
        ).format(backup=backup)
    )
    text = "\n\n".join(parts)
    if smoke_test:
        show(True, text)
        return False
    if not ask_restore(text, backup):
        return False
    return _restore(db_path, backup, backup_dir)


def _restore(db_path: Path, backup: Path, backup_dir: Path) -> bool:
    try:
        from desktop.services.safety.restore import restore_file

        restore_file(db_path, backup, backup_dir)
    except (LedgerError, OSError, ImportError) as exc:
        show(False, error_text(exc))
        return False
    log.info("the latest verified backup was restored over a damaged file")
    return True


def open_checked(
    db_path: Path, backup_dir: Path, thorough: bool, smoke_test: bool
) -> Engine | None:
    """The engine, or None after telling the clerk why the file cannot be used."""
    try:
        return open_database(db_path, backup_dir, thorough=thorough)
    except DamagedFileError as exc:
        if offer_backup(db_path, exc, backup_dir, smoke_test):
            return open_checked(db_path, backup_dir, True, smoke_test)
        return None
    except StorageError as exc:
        show(smoke_test, error_text(exc))
        return None
