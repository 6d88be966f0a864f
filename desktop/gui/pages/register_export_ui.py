"""Exporting a register from its page: where to, masked or full IDs, progress, result.

The questions go through the page's ``Prompts`` (scripted in tests). The file is written by
RegisterExportService on a Worker thread (ProgressJob); the progress dialog can cancel it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.values.registers import RegisterQuery
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.progress_job import ProgressJob, choose_full_ids
from desktop.services.registers.export import (
    ExportCancelled,
    ExportResult,
    RegisterExportService,
)


class RegisterExporter(QObject):
    """One export at a time for one page."""

    done = Signal(object)  # ExportResult, or the exception that ended it

    def __init__(self, register_export: RegisterExportService, parent: QWidget,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._register_export = register_export
        self._parent = parent
        self.prompts: Prompts = prompts or DialogPrompts()
        self.job = ProgressJob(parent)
        self.job.ended.connect(self._report)

    def is_running(self) -> bool:
        return self.job.is_running()

    def start(self, query: RegisterQuery, suggested_name: str) -> bool:
        """Ask the questions, then start writing; False when the clerk cancelled."""
        if self.job.is_running():
            return False
        path = self.prompts.ask_save_path(
            self._parent, QCoreApplication.translate("export", "Export to Excel"), suggested_name,
            QCoreApplication.translate("export", "Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return False
        full_ids = choose_full_ids(
            self.prompts.ask_full_ids, self.prompts.confirm, self._parent,
            QCoreApplication.translate("export", "Full ID numbers"),
            QCoreApplication.translate(
                "export", "The file will hold complete ID numbers, which are sensitive "
                          "personal information. Keep it on this PC or a safe USB stick; the "
                          "export is noted in the change log. Continue?"))
        if full_ids is None:
            return False
        task = functools.partial(self._register_export.export, query, path, full_ids)
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
            self.prompts.inform(self._parent, QCoreApplication.translate("export", "Export"),
                                text.format(path=outcome.path))
        elif isinstance(outcome, BaseException) and not isinstance(outcome, ExportCancelled):
            self.prompts.show_error(self._parent, outcome)
        self.done.emit(outcome)
