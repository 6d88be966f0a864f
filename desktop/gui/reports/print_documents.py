"""Printing from the persons page (花名册) and the person editor (档案卡): the PDF is written
on a Worker, then shown in a small preview window with Print…, Save PDF… and Open.

Questions go through the ``Prompts`` given (the preview window's too: where to save, which
printer, the viewer), so tests need no modal box.
"""

from __future__ import annotations

import datetime as dt
import functools
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTemporaryDir, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.values.people import PersonQuery
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.progress_job import choose_full_ids
from desktop.gui.reports.pdf_preview import PdfPreview
from desktop.gui.reports.pdf_render import print_pdf
from desktop.gui.reports.report_output import ask_report_path
from desktop.gui.workers import Worker
from desktop.services.registers.document_titles import ROSTER_TITLE
from desktop.services.registers.documents import DocumentService
from desktop.services.settings import OFFICE_NAME, SettingsService


@dataclass(frozen=True)
class DocumentServices:
    """What a roster or a card is read from (documents, office settings, the day)."""

    documents: DocumentService
    settings: SettingsService
    today: Callable[[], dt.date]


def _write_roster(services: DocumentServices, query: PersonQuery, out: Path, full_ids: bool,
                  report, should_stop) -> int:  # noqa: ANN001
    from desktop.reports.roster import write_roster_pdf

    def progress(done: int, total: int) -> bool:
        report(done, total)
        return not should_stop()

    return write_roster_pdf(services.documents.roster_rows(query), out,
                            office_name=services.settings.get(OFFICE_NAME), title=ROSTER_TITLE,
                            full_ids=full_ids, progress=progress, as_of=services.today(),
                            font_path=services.settings.pdf_font_path())


def _write_card(services: DocumentServices, person_id: int, out: Path, full_ids: bool,
                _report, _should_stop) -> int:  # noqa: ANN001
    from desktop.reports.card import write_card_pdf

    return write_card_pdf(services.documents.card(person_id), out, full_ids=full_ids,
                          font_path=services.settings.pdf_font_path())


class PdfDialog(QDialog):
    """A written PDF: preview, print, save a copy, open in the system viewer."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(title)
        self.resize(760, 860)
        self.prompts: Prompts = prompts or DialogPrompts()
        self.preview = PdfPreview(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.open_button = QPushButton(self.tr("Open in viewer"), self)
        for button in (self.print_button, self.save_button, self.open_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        self.open_button.clicked.connect(self.open_viewer)
        self.preview.load(path)

    def print_document(self) -> int:
        printer = QPrinter()  # the print dialog (her Prompts) chooses where it goes
        if not self.prompts.ask_printer(self, printer):
            return 0
        return print_pdf(self.path, printer)

    def save_copy(self) -> Path | None:
        target = ask_report_path(self.prompts, self, self.tr("Save PDF"), self.path.name,
                                 self.tr("PDF document (*.pdf)"))
        if target is None:
            return None
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self.prompts.show_error(self, exc)
            return None
        return target

    def open_viewer(self) -> bool:
        return self.prompts.open_file(self.path)


class DocumentPrinter(QObject):
    """One document at a time for one window (the persons page, an editor)."""

    shown = Signal(object)  # the PdfDialog

    def __init__(self, services: DocumentServices, parent: QWidget,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.prompts: Prompts = prompts or DialogPrompts()
        self.worker: Worker | None = None
        self.dialog: PdfDialog | None = None
        self._tmp = QTemporaryDir()
        self._job: tuple[Path, str, bool, int | None] | None = None

    def print_roster(self, query: PersonQuery) -> bool:
        full_ids = self._full_ids()
        if full_ids is None:
            return False
        out = Path(self._tmp.path()) / f"roster-{self._services.today():%Y%m%d}.pdf"
        task = functools.partial(_write_roster, self._services, query, out, full_ids)
        title = QCoreApplication.translate("DocumentPrinter", "Roster")
        return self._start(task, out, title, full_ids, None)

    def print_card(self, person_id: int) -> bool:
        full_ids = self._full_ids()
        if full_ids is None:
            return False
        out = Path(self._tmp.path()) / f"card-{person_id}.pdf"
        task = functools.partial(_write_card, self._services, person_id, out, full_ids)
        title = QCoreApplication.translate("DocumentPrinter", "Archive card")
        return self._start(task, out, title, full_ids, person_id)

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    # -- helpers ---------------------------------------------------------------
    def _full_ids(self) -> bool | None:
        return choose_full_ids(
            self.prompts.ask_full_ids, self.prompts.confirm, self._parent,
            QCoreApplication.translate("DocumentPrinter", "Full ID numbers"),
            QCoreApplication.translate(
                "DocumentPrinter", "The PDF will hold complete ID numbers, which are "
                "sensitive personal information. The document is noted in the change log. "
                "Continue?"))

    def _start(self, task, out: Path, title: str, full_ids: bool,  # noqa: ANN001
               person_id: int | None) -> bool:
        if self.worker is not None:
            return False
        self._job = (out, title, full_ids, person_id)
        self.worker = Worker(task, self)
        self.worker.succeeded.connect(self._written)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.worker.start()
        return True

    def _written(self, pages: int) -> None:
        if self._job is None:
            return
        out, title, full_ids, person_id = self._job
        if full_ids:  # the documents service notes it (rows: the pages written)
            self._services.documents.log_full_ids("card" if person_id else "roster", out,
                                                  pages, person_id=person_id)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = PdfDialog(out, title, self._parent, self.prompts)
        self.dialog.show()
        self.shown.emit(self.dialog)

    def _failed(self, exc: BaseException) -> None:
        self.prompts.show_error(self._parent, exc)

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
