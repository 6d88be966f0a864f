"""Exporting a register from its page: where to, masked or full IDs, progress, result.

The questions are attributes (``ask_path``, ``ask_full_ids``, ``confirm``, ``inform``,
``show_error``) so tests answer them without modal boxes. The file is written by
RegisterExportService on a Worker thread (ProgressJob); the progress dialog can cancel it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.values.registers import RegisterQuery
from desktop.gui.dialogs import prompts
from desktop.gui.errors import show_error
from desktop.gui.progress_job import ProgressJob, ask_full_ids, choose_full_ids
from desktop.gui.save_folder import remember, start_path
from desktop.services.container import Services
from desktop.services.registers.export import ExportCancelled, ExportResult


def ask_path(parent: QWidget | None, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("export", "Export to Excel"),
        start_path("register", suggested),
        QCoreApplication.translate("export", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    chosen = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
    remember("register", chosen)
    return chosen


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
        self.job = ProgressJob(parent)
        self.job.ended.connect(self._report)

    def is_running(self) -> bool:
        return self.job.is_running()

    def start(self, query: RegisterQuery, suggested_name: str) -> bool:
        """Ask the questions, then start writing; False when the clerk cancelled."""
        if self.job.is_running():
            return False
        path = self.ask_path(self._parent, suggested_name)
        if path is None:
            return False
        full_ids = choose_full_ids(
            self.ask_full_ids, self.confirm, self._parent,
            QCoreApplication.translate("export", "Full ID numbers"),
            QCoreApplication.translate(
                "export", "The file will hold complete ID numbers, which are sensitive "
                          "personal information. Keep it on this PC or a safe USB stick; the "
                          "export is noted in the change log. Continue?"))
        if full_ids is None:
            return False
        task = functools.partial(self._services.register_export.export, query, path, full_ids)
        self.job.start(task, QCoreApplication.translate("export", "Writing {name}…").format(
            name=path.name))
        return True

    def cancel(self) -> None:
        self.job.cancel()

    def wait(self) -> None:
        """Block until the thread has ended (closing the window during an export)."""
        self.job.wait()

    def _report(self, outcome: object) -> None:
        if isinstance(outcome, ExportResult):
            rows = outcome.rows  # a plain name: lupdate skips "%n" calls with an attribute count
            text = QCoreApplication.translate("export", "%Ln row(s) written to {path}.", "", rows)
            self.inform(self._parent, text.format(path=outcome.path))
        elif isinstance(outcome, BaseException) and not isinstance(outcome, ExportCancelled):
            self.show_error(self._parent, outcome)
        self.done.emit(outcome)
