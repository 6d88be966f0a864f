"""Exporting a register from its page: where to, masked or full IDs, progress, result.

The questions are attributes (``ask_path``, ``ask_full_ids``, ``confirm``, ``inform``,
``show_error``) so tests answer them without modal boxes. The file is written by
RegisterExportService on a Worker thread; the progress dialog can cancel it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.gui.dialogs import prompts
from desktop.gui.errors import show_error
from desktop.gui.workers import Worker
from desktop.services.container import Services
from desktop.services.register_export import ExportCancelled, ExportResult
from desktop.services.register_types import RegisterQuery


def ask_path(parent: QWidget | None, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("export", "Export to Excel"), suggested,
        QCoreApplication.translate("export", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


def ask_full_ids(parent: QWidget | None) -> bool | None:
    """False: masked ID numbers (the usual); True: full ones; None: cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("export", "ID numbers in the file"))
    box.setText(QCoreApplication.translate(
        "export", "Write the ID numbers masked (330102********1234) or in full?"))
    masked = box.addButton(QCoreApplication.translate("export", "Masked"),
                           QMessageBox.ButtonRole.AcceptRole)
    full = box.addButton(QCoreApplication.translate("export", "Full numbers…"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(masked)
    box.exec()
    clicked = box.clickedButton()
    return False if clicked is masked else True if clicked is full else None


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("export", "Export"), text)


class RegisterExporter(QObject):
    """One export at a time for one page."""

    done = Signal(object)  # ExportResult, or the exception that ended it

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.ask_path = ask_path
        self.ask_full_ids = ask_full_ids
        self.confirm = prompts.confirm
        self.inform = inform
        self.show_error = show_error
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self._outcome: object = None

    def is_running(self) -> bool:
        return self.worker is not None

    def start(self, query: RegisterQuery, suggested_name: str) -> bool:
        """Ask the questions, then start writing; False when the clerk cancelled."""
        if self.worker is not None:
            return False
        path = self.ask_path(self._parent, suggested_name)
        if path is None:
            return False
        full_ids = self.ask_full_ids(self._parent)
        if full_ids is None:
            return False
        if full_ids and not self.confirm(
                self._parent, QCoreApplication.translate("export", "Full ID numbers"),
                QCoreApplication.translate(
                    "export", "The file will hold complete ID numbers, which are sensitive "
                              "personal information. Keep it on this PC or a safe USB stick; the "
                              "export is noted in the change log. Continue?")):
            return False
        task = functools.partial(self._services.register_export.export, query, path, full_ids)
        self.worker = Worker(task, self)
        self.progress = QProgressDialog(
            QCoreApplication.translate("export", "Writing {name}…").format(name=path.name),
            QCoreApplication.translate("export", "Cancel"), 0, 0, self._parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self._on_failure)
        self.worker.finished.connect(self._on_finished)
        self.worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def wait(self) -> None:
        """Block until the thread has ended (closing the window during an export)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    # -- from the worker (queued into the UI thread) ---------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _on_success(self, result: ExportResult) -> None:
        self._outcome = result

    def _on_failure(self, exc: BaseException) -> None:
        self._outcome = exc

    def _on_finished(self) -> None:
        """After the thread has ended (its results arrived before this): report."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self._close_progress()
        outcome, self._outcome = self._outcome, None
        if isinstance(outcome, ExportResult):
            rows = outcome.rows  # a plain name: lupdate skips "%n" calls with an attribute count
            text = QCoreApplication.translate("export", "%n row(s) written to {path}.", "", rows)
            self.inform(self._parent, text.format(path=outcome.path))
        elif isinstance(outcome, BaseException) and not isinstance(outcome, ExportCancelled):
            self.show_error(self._parent, outcome)
        self.done.emit(outcome)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
