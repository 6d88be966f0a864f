"""File menu "Back up now…" and "Restore from backup…", the status bar's last backup, reminders.

Questions and file choosers are attributes so that tests can answer them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox

from desktop.errors import LedgerError
from desktop.gui.dialogs.prompts import confirm
from desktop.gui.errors import show_error
from desktop.gui.progress_job import ProgressJob
from desktop.gui.save_folder import remember, start_folder
from desktop.services.safety.backup import BackupInfo, BackupService


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def choose_folder(parent) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("backup", "Back up to folder"),
        str(start_folder("backup"))
    )
    if not folder:
        return None
    remember("backup", Path(folder) / "x")  # the folder itself is what is kept
    return Path(folder)


def choose_file(parent) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("backup", "Restore from backup"),
        str(start_folder("backup")),
        QCoreApplication.translate("backup", "Family Ledger data (*.db);;All files (*)"),
    )
    return Path(path) if path else None


def inform(parent, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _counts(info: BackupInfo) -> str:
    return QCoreApplication.translate("backup", "{persons} persons, {records} records").format(
        persons=info.persons, records=info.records
    )


class BackupActions(QObject):
    """Owns the two actions, the status label and the worker of a running backup."""

    def __init__(self, window: QMainWindow, backup: BackupService,
                 close_database: Callable[[], None], menu: QMenu) -> None:
        """``close_database``: closes the ledger's connections (a restore replaces the file)."""
        super().__init__(window)
        self._window = window
        self._backup = backup
        self._close_database = close_database
        self.choose_folder = choose_folder
        self.choose_file = choose_file
        self.confirm = confirm
        self.inform = inform
        self.show_error = show_error
        self.quit_app = window.close
        self.remind_on_close = False  # the app turns it on; tests and smoke runs stay quiet
        self.job = ProgressJob(window)
        self.job.ended.connect(self._report)
        self.last_result: BackupInfo | BaseException | None = None

        self.backup_action = QAction(QCoreApplication.translate("backup", "&Back up now…"), window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(
            QCoreApplication.translate("backup", "Re&store from backup…"), window
        )
        self.restore_action.triggered.connect(self.restore)
        menu.addActions([self.backup_action, self.restore_action])
        self.label = QLabel(window)
        window.statusBar().addPermanentWidget(self.label)
        self.update_label()

    def update_label(self) -> None:
        last = self._backup.last_backup_time(check=False)
        when = _when(last) if last else QCoreApplication.translate("backup", "never")
        self.label.setText(
            QCoreApplication.translate("backup", "Last backup: {time}").format(time=when)
        )

    # -- back up ------------------------------------------------------------------------
    def back_up_now(self) -> bool:
        """Ask for a folder (e.g. the USB stick) and copy there off the UI thread."""
        if self.job.is_running():
            return False
        folder = self.choose_folder(self._window)
        if folder is None:
            return False
        self.backup_action.setEnabled(False)
        # No Cancel: a half copy is removed anyway, and it is quick.
        self.job.start(self._backup.task(folder), QCoreApplication.translate(
            "backup", "Writing the backup to {folder}…").format(folder=folder), can_cancel=False)
        return True

    def _report(self, result: object) -> None:
        self.last_result = result  # type: ignore[assignment]
        self.backup_action.setEnabled(True)
        if isinstance(result, BackupInfo):
            self.update_label()
            self.inform(
                self._window,
                QCoreApplication.translate("backup", "Back up"),
                QCoreApplication.translate(
                    "backup", "The backup was written and verified:\n{path}\n({counts})"
                ).format(path=result.path, counts=_counts(result)),
            )
        elif isinstance(result, BaseException):
            self.show_error(self._window, result)

    def wait(self) -> None:
        self.job.wait(cancel=False)

    # -- restore ------------------------------------------------------------------------
    def restore(self) -> bool:
        """Check the chosen file, confirm, back up the current data, swap, then close."""
        from desktop.services.safety.restore import preview_restore, restore_and_log

        chosen = self.choose_file(self._window)
        if chosen is None:
            return False
        try:
            preview = preview_restore(chosen)
        except LedgerError as exc:
            self.show_error(self._window, exc)
            return False
        info = preview.info
        if not self.confirm(
            self._window,
            QCoreApplication.translate("backup", "Restore from backup"),
            QCoreApplication.translate(
                "backup",
                "Restore the backup of {date} ({counts})?\n\nThe data now in the ledger is "
                "backed up first, so this can be undone. Family Ledger then closes; start it "
                "again to work with the restored data.",
            ).format(date=_when(info.created), counts=_counts(info)),
        ):
            return False
        backup = self._backup
        self.wait()
        self._close_database()  # restore works on closed files
        try:
            safety = restore_and_log(backup.db_path, chosen, backup.auto_dir)
        except (LedgerError, OSError) as exc:
            self.show_error(self._window, exc)
            return False
        backup.restored = True
        text = QCoreApplication.translate("backup", "The backup was restored.")
        if safety is not None:
            text += "\n" + QCoreApplication.translate(
                "backup", "The data it replaced was saved as {path}."
            ).format(path=safety)
        self.inform(
            self._window,
            QCoreApplication.translate("backup", "Restore from backup"),
            text
            + "\n\n"
            + QCoreApplication.translate(
                "backup", "Family Ledger closes now; please start it again."
            ),
        )
        self.quit_app()
        return True

    # -- reminders ----------------------------------------------------------------------
    def reminder_text(self) -> str | None:
        backup = self._backup
        if not backup.reminder_due():
            return None
        last = backup.last_backup_time()
        first = (
            QCoreApplication.translate("backup", "No backup of the data has been made yet.")
            if last is None
            else QCoreApplication.translate(
                "backup", "The last backup was made on {date}, more than 7 days ago."
            ).format(date=_when(last))
        )
        return (
            first
            + "\n"
            + QCoreApplication.translate(
                "backup",
                "Use File > Back up now… to copy the data to a USB stick or another safe place.",
            )
        )

    def start_reminders(self) -> None:
        """Called by the app (never in a smoke test): remind now and again on closing."""
        self.remind_on_close = True
        QTimer.singleShot(0, self.remind_at_start)

    def remind_at_start(self) -> None:
        text = self.reminder_text()
        if text and self.confirm(
            self._window,
            QCoreApplication.translate("backup", "Back up"),
            text + "\n\n" + QCoreApplication.translate("backup", "Back up now?"),
        ):
            self.back_up_now()

    def on_close(self) -> None:
        self.wait()
        if self.remind_on_close and not self._backup.restored:
            text = self.reminder_text()
            if text:
                self.inform(self._window, QCoreApplication.translate("backup", "Back up"), text)
