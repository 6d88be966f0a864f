"""The 报表 page's outputs: PDF preview, print, save PDF / Excel / JSON, open in the viewer.

A PDF is written on a Worker into the page's temporary folder and reused while the request
is the same; printing and the viewer use that file. Questions to the clerk (where to save,
which printer, the viewer, messages) go through the page's ``Prompts``.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTemporaryDir, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop.domain.values.closing import ClosedReport
from desktop.domain.values.indicators import Figures
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.reports.pdf_jobs import PdfRequest, write_pdf
from desktop.gui.reports.pdf_render import print_pdf
from desktop.gui.reports.report_services import ReportServices
from desktop.gui.workers import Worker


def ask_report_path(prompts: Prompts, parent: QWidget | None, title: str, suggested: str,
                    pattern: str) -> Path | None:
    """Where to save one of the report's files (its folder remembered per file kind)."""
    suffix = Path(suggested).suffix  # report PDFs, workbooks and data files: a folder each
    return prompts.ask_save_path(parent, title, suggested, pattern, suffix, f"report{suffix}")


class ReportOutput(QObject):
    busy_changed = Signal(bool)
    pdf_ready = Signal(str)  # the path of the PDF just written
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, services: ReportServices, parent: QWidget,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.prompts: Prompts = prompts or DialogPrompts()
        self.worker: Worker | None = None
        self._tmp = QTemporaryDir()
        self._cached: tuple[PdfRequest, Path] | None = None
        self._then: Callable[[Path], None] | None = None
        self._target: Path | None = None
        self._request: PdfRequest | None = None

    def is_busy(self) -> bool:
        return self.worker is not None

    def forget(self) -> None:
        """The data changed: the next preview is written again."""
        self._cached = None

    # -- PDF ---------------------------------------------------------------------------
    def with_pdf(self, request: PdfRequest, figures: Figures | None,
                 then: Callable[[Path], None], target: Path | None = None) -> bool:
        """Write the PDF (to ``target`` or a temporary file) unless the same one is at hand,
        then call ``then(path)`` in the UI thread."""
        if self.worker is not None:
            return False
        if target is None and self._cached is not None and self._cached[0] == request:
            then(self._cached[1])
            return True
        out = target or Path(self._tmp.path()) / f"report-{id(request)}.pdf"
        self._then, self._target, self._request = then, out, request
        task = functools.partial(write_pdf, self._services, request, figures, out)
        self.worker = Worker(task, self)
        self.worker.succeeded.connect(self._written)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.busy_changed.emit(True)
        self.worker.start()
        return True

    def save_pdf(self, request: PdfRequest, figures: Figures | None, name: str) -> bool:
        path = ask_report_path(
            self.prompts, self._parent, QCoreApplication.translate("ReportOutput", "Save PDF"),
            name, QCoreApplication.translate("ReportOutput", "PDF document (*.pdf)"))
        if path is None:
            return False
        if self._cached is not None and self._cached[0] == request:
            return self._copy(request, self._cached[1], path)
        return self.with_pdf(request, figures, self._saved, target=path)

    def print_pdf(self, request: PdfRequest, figures: Figures | None) -> bool:
        return self.with_pdf(request, figures, self._print)

    def open_pdf(self, request: PdfRequest, figures: Figures | None) -> bool:
        return self.with_pdf(request, figures, self._open)

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    # -- Excel / JSON ------------------------------------------------------------------------
    def save_table(self, figures: Figures, name: str, kind: str,
                   closed: ClosedReport | None = None) -> bool:
        """The figures as .xlsx or .json (report_export; ID numbers masked); small, so
        written here rather than on a worker. ``closed``: a closed period's stored report."""
        if kind == "xlsx":
            pattern = QCoreApplication.translate("ReportOutput", "Excel workbook (*.xlsx)")
            title = QCoreApplication.translate("ReportOutput", "Save Excel")
        else:
            pattern = QCoreApplication.translate("ReportOutput", "JSON file (*.json)")
            title = QCoreApplication.translate("ReportOutput", "Save JSON")
        path = ask_report_path(self.prompts, self._parent, title, name, pattern)
        if path is None:
            return False
        from desktop.services.indicators.report_export import (  # openpyxl: slow import
            write_json,
            write_xlsx,
        )

        try:
            if kind == "xlsx":
                write_xlsx(figures, path, closed=closed)
            else:
                write_json(figures, path, closed)
        except Exception as exc:  # noqa: BLE001  shown to the clerk, nothing half-written
            self.prompts.show_error(self._parent, exc)
            return False
        self._tell_saved(path)
        return True

    # -- after the worker ----------------------------------------------------------------------
    def _written(self, pages: int) -> None:
        request, out = self._request, self._target
        if request is None or out is None:
            return
        if request.full_ids:
            self._log(request, out, pages)
        if out.parent == Path(self._tmp.path()):
            self._cached = (request, out)
        then, self._then = self._then, None
        self.pdf_ready.emit(str(out))
        if then is not None:
            then(out)

    def _log(self, request: PdfRequest, out: Path, pages: int) -> None:
        """Full ID numbers left the database (rows: the pages written, 0 for a copy)."""
        register = request.register
        document = f"register:{register.value}" if register is not None else "report"
        document += f" {request.period.start}..{request.period.end}"
        self._services.documents.log_full_ids(document, out, pages)

    def _failed(self, exc: BaseException) -> None:
        self._then = None
        self.prompts.show_error(self._parent, exc)

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.busy_changed.emit(False)

    def _saved(self, path: Path) -> None:
        self._tell_saved(path)

    def _copy(self, request: PdfRequest, source: Path, path: Path) -> bool:
        try:
            shutil.copyfile(source, path)
        except OSError as exc:
            self.prompts.show_error(self._parent, exc)
            return False
        if request.full_ids:
            self._log(request, path, 0)
        self._tell_saved(path)
        return True

    def _tell_saved(self, path: Path) -> None:
        self._inform(QCoreApplication.translate("ReportOutput", "Saved to {path}.").format(
            path=path))

    def _inform(self, text: str) -> None:
        self.prompts.inform(self._parent, QCoreApplication.translate("ReportOutput", "Report"),
                            text)

    def _print(self, path: Path) -> None:
        printer = QPrinter()  # the print dialog (her Prompts) chooses where it goes
        if not self.prompts.ask_printer(self._parent, printer):
            return
        pages = print_pdf(path, printer)
        self.printed.emit(pages)

    def _open(self, path: Path) -> None:
        if not self.prompts.open_file(path):
            self._inform(QCoreApplication.translate(
                "ReportOutput", "No program to show PDF files was found. The file is {path}.")
                .format(path=path))

