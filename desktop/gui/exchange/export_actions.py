"""File › Import / export: import from Excel, export all data, the blank template, undo.

Questions, file choosers, message boxes and the dialogs go through ``Prompts`` (a scripted
one in tests). Export and undo run on a Worker behind a progress dialog; ``data_changed`` tells the window to reload
its pages after an import or an undo (units may be new too).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QProgressDialog

from desktop.domain.values.exchange import (
    ExchangeExportResult,
    ImportBatch,
    ImportCancelled,
    UndoResult,
)
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.exchange import messages
from desktop.gui.exchange.import_dialog import ImportDialog
from desktop.gui.exchange.mapping_dialog import MappingDialog, choose_table
from desktop.gui.progress_job import ProgressJob, choose_full_ids
from desktop.gui.workers import Worker
from desktop.services.exchange.mapping.service import MappingService, OpenBook
from desktop.services.exchange.mapping.spec import Mapping
from desktop.services.exchange.service import ExchangeService

EXPORT, UNDO = "export", "undo"


def _export(exchange, path: Path, full_ids: bool, progress, should_stop):  # noqa: ANN001, ANN202
    return exchange.export(path, full_ids, progress, should_stop)


def _undo(exchange, _progress, _should_stop) -> UndoResult:  # noqa: ANN001
    return exchange.undo_last_import()


class ExchangeActions(QObject):
    data_changed = Signal()  # an import or an undo wrote to the ledger
    job_done = Signal(object)  # the outcome of an export or undo (result or exception)

    def __init__(self, window: QMainWindow, exchange: ExchangeService, mappings: MappingService,
                 menu: QMenu, prompts: Prompts | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._exchange = exchange
        self._mappings = mappings
        self.prompts: Prompts = prompts or DialogPrompts()
        self.job = ProgressJob(window)
        self.job.ended.connect(self._report)
        self._job = ""

        self.menu = menu.addMenu(self.tr("&Import / export"))
        self.import_action = self._add(self.tr("&Import from Excel…"), self.import_file)
        self.import_other_action = self._add(self.tr("Import &another kind of table…"),
                                             self.import_other)
        self.export_action = self._add(self.tr("&Export all data…"), self.export_all)
        self.template_action = self._add(self.tr("Import &template…"), self.save_template)
        self.undo_action = self._add(self.tr("&Undo last import…"), self.undo_last_import)

    @property
    def worker(self) -> Worker | None:
        return self.job.worker

    @property
    def progress(self) -> QProgressDialog | None:
        return self.job.progress

    def _add(self, text: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # -- import ------------------------------------------------------------------------
    def import_file(self) -> bool:
        """Choose a workbook, then the dialog with its check; False when nothing was chosen."""
        if self.worker is not None:
            return False
        dialog = ImportDialog(self._exchange, self._window, self.prompts)
        try:
            if not dialog.choose():
                return False
            self.prompts.run_dialog(dialog)
            if dialog.import_result is not None:
                self.data_changed.emit()
            return True
        finally:
            dialog.deleteLater()

    def import_other(self) -> bool:
        """Her own workbook: the mapping dialog, then the import dialog with its check."""
        if self.worker is not None:
            return False
        path = choose_table(self.prompts, self._window)
        if path is None:
            return False
        mapping = self._map(path)
        if mapping is None:
            return False
        dialog = ImportDialog(self._exchange, self._window, self.prompts)
        try:
            dialog.mapping = mapping
            dialog.open_file(path)
            self.prompts.run_dialog(dialog)
            if dialog.import_result is not None:
                self.data_changed.emit()
            return True
        finally:
            dialog.deleteLater()

    def _map(self, path: Path) -> Mapping | None:
        """The mapping the clerk settles on in the dialog; None when she cancels."""
        mappings = self._mappings
        try:
            book = mappings.open(path)
        except Exception as exc:  # unreadable, over the limits: said, nothing else
            self.prompts.show_error(self._window, exc)
            return None
        try:
            mapping = self._first_mapping(book)
            dialog = MappingDialog(mappings, self.prompts, book, mapping, self._window)
            accepted = self.prompts.run_dialog(dialog)
            return dialog.mapping if accepted else None
        except Exception as exc:
            self.prompts.show_error(self._window, exc)
            return None
        finally:
            book.close()

    def _first_mapping(self, book: OpenBook) -> Mapping:
        mappings = self._mappings
        saved = mappings.saved_for(book)
        if saved is not None and self.prompts.confirm(
                self._window, self.tr("Import another kind of table"),
                self.tr("A mapping was saved for a table with the same sheets and headers. "
                        "Use it?")):
            return saved
        return mappings.guess(book)

    # -- export ------------------------------------------------------------------------
    def export_all(self) -> bool:
        if self.worker is not None:
            return False
        path = messages.ask_save_path(self.prompts, self._window, self.tr("Export all data"),
                                      self.tr("Family Ledger data.xlsx"))
        if path is None:
            return False
        full_ids = choose_full_ids(
            self.prompts.ask_full_ids, self.prompts.confirm, self._window, self.tr("Full ID numbers"), self.tr(
                "The file will hold complete ID numbers of every person, which are sensitive "
                "personal information. Keep it on this PC or a safe USB stick; the export is "
                "noted in the change log. Continue?"))
        if full_ids is None:
            return False
        task = functools.partial(_export, self._exchange, path, full_ids)
        self._start(EXPORT, task, self.tr("Writing {name}…").format(name=path.name), True)
        return True

    def save_template(self) -> bool:
        path = messages.ask_save_path(self.prompts, self._window, self.tr("Import template"),
                                      self.tr("Import template.xlsx"))
        if path is None:
            return False
        try:
            self._exchange.write_template(path)
        except Exception as exc:  # shown to the clerk; nothing else to do
            messages.show_exchange_error(self.prompts, self._window, exc)
            return False
        self.prompts.inform(self._window, self.tr("Import template"), self.tr(
            "The blank template was saved as {path}.\nFill in the sheets you need (columns "
            "marked * are required) and import it with File › Import / export › Import from "
            "Excel….").format(path=path))
        return True

    # -- undo --------------------------------------------------------------------------
    def undo_last_import(self) -> bool:
        if self.worker is not None:
            return False
        try:
            batch = self._exchange.last_import()
        except Exception as exc:
            messages.show_exchange_error(self.prompts, self._window, exc)
            return False
        title = self.tr("Undo last import")
        if batch is None:
            self.prompts.inform(self._window, title, self.tr("There is no import to undo."))
            return False
        if not self.prompts.confirm(self._window, title, self.undo_question(batch)):
            return False
        task = functools.partial(_undo, self._exchange)
        self._start(UNDO, task, self.tr("Undoing the import…"), False)
        return True

    def undo_question(self, batch: ImportBatch) -> str:
        added, updated = batch.added, batch.updated
        return (self.tr("Undo the import of {file} made on {time} by {user}?").format(
                    file=batch.file, time=batch.at.strftime("%Y-%m-%d %H:%M"),
                    user=batch.user or "—")
                + "\n\n" + self.tr("%Ln record(s) it added will be removed", "", added)
                + self.tr(" and %n record(s) it updated will get their earlier values back.",
                          "", updated))

    # -- work off the UI thread --------------------------------------------------------
    def _start(self, job: str, task, text: str, can_cancel: bool) -> None:  # noqa: ANN001
        self._job = job
        self.job.start(task, text, can_cancel)

    def _report(self, outcome: object) -> None:
        if isinstance(outcome, ExchangeExportResult):
            rows = sum(outcome.rows.values())
            self.prompts.inform(self._window, self.tr("Export all data"),
                        self.tr("%Ln row(s) written to {path}", "", rows).format(path=outcome.path)
                        + "\n" + messages.sheet_list(outcome.rows))
        elif isinstance(outcome, UndoResult):
            removed, restored = outcome.removed, outcome.restored
            self.prompts.inform(self._window, self.tr("Undo last import"),
                        self.tr("The import was undone: %n record(s) removed", "", removed)
                        + self.tr(", %n put back as they were.", "", restored))
        elif isinstance(outcome, ImportCancelled):
            pass  # the clerk stopped the export; no file was left behind
        elif isinstance(outcome, BaseException):
            messages.show_exchange_error(self.prompts, self._window, outcome)
        if self._job == UNDO:
            self.data_changed.emit()  # also after a refusal: the lists are read again anyway
        self.job_done.emit(outcome)

    def on_close(self) -> None:
        """The window closes: a running export stops, an undo finishes (one transaction)."""
        self.job.wait(cancel=self._job == EXPORT)
