"""报表: pick the document, period and unit; the figures on screen (computed on a worker),
the persons behind any number, then preview, print or save the PDF, or save Excel / JSON.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.report_periods import has_ended
from desktop.domain.values.closing import ClosedReport, ClosureRow
from desktop.domain.values.indicators import Figures, Period, PeriodKind
from desktop.errors import LedgerError
from desktop.gui.changes import DataChanged, StaleWatch
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.reports.closing_panel import ClosingPanel
from desktop.gui.reports.figures_view import FiguresView
from desktop.gui.reports.pdf_jobs import PdfRequest
from desktop.gui.reports.pdf_preview import PdfPreview
from desktop.gui.reports.period_label import file_name, file_part, period_label
from desktop.gui.reports.period_picker import REGISTER_DOC, PeriodPicker
from desktop.gui.reports.report_output import ReportOutput
from desktop.gui.reports.report_services import ReportServices
from desktop.gui.reports.report_tasks import Computed, close_task, compute_task
from desktop.gui.widgets.date_field import DateField
from desktop.gui.widgets.unit_combo import UnitCombo
from desktop.gui.workers import Worker
from desktop.i18n import error_text
from desktop.services.settings import CLERK_NAME, OFFICE_NAME

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow
    from desktop.services.container import Services

PAGE_KEY = "reports"
HEAD_NAME = "report_head_name"  # 单位负责人, remembered for the next report
DELAY_MS = 200


class ReportPage(QWidget):
    open_person = Signal(int)
    open_person_on = Signal(int, str)  # her record on a tab
    figures_shown = Signal()  # new figures are on screen
    pdf_shown = Signal(int)  # pages in the preview

    def __init__(self, services: ReportServices, parent: QWidget | None = None,
                 changes: DataChanged | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.watch = StaleWatch(self, changes, self._recompute, stale=True)  # computed when shown
        self._pending = False
        self.worker: Worker | None = None
        self.prompts: Prompts = prompts or DialogPrompts()
        self.closed_report: ClosedReport | None = None
        self.closure: ClosureRow | None = None

        self.picker = PeriodPicker(services.today(), self)
        self.unit_combo = UnitCombo(self, include_all=True)
        self.unit_combo.setToolTip(self.tr("Unit (sub-units included)"))
        self.refresh_button = QPushButton(self.tr("Compute again"), self)
        self.sample_button = QPushButton(self.tr("Verification sample…"), self)
        self.sample_button.setToolTip(self.tr(
            "Draw this month's sample, print its checking sheet and enter the results"))
        self.sample_dialog = None
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the service gives no steps
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.unfinished_label = QLabel(self)  # 本月尚未结束: the figures still move
        self.unfinished_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.status_label = QLabel(self)  # what is being computed
        self.figures_view = FiguresView(services, self)
        self.preview = PdfPreview(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.figures_view, self.tr("Figures"))
        self.tabs.addTab(self.preview, self.tr("PDF preview"))
        self.closing_panel = ClosingPanel(self)

        self.head_edit = QLineEdit(services.settings.get(HEAD_NAME), self)
        self.head_edit.setPlaceholderText(self.tr("Head of unit"))
        self.clerk_label = QLabel(self)
        self.date_field = DateField(self)
        self.date_field.set_date(services.today())
        self.full_ids_check = QCheckBox(self.tr("Full ID numbers"), self)
        self.appendix_check = QCheckBox(self.tr("Append the period's registers"), self)
        self.preview_button = QPushButton(self.tr("Preview PDF"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.save_xlsx_button = QPushButton(self.tr("Save Excel…"), self)
        self.more_button = QPushButton(self.tr("More"), self)  # 更多: the rarer outputs
        more = QMenu(self.more_button)
        self.save_json_action = more.addAction(self.tr("Export data (JSON)…"))
        self.more_button.setMenu(more)
        self.open_button = QPushButton(self.tr("Open in viewer"), self)
        self.output = ReportOutput(services, self, self.prompts)

        choice = QHBoxLayout()
        choice.addWidget(self.picker, 4)
        choice.addWidget(self.unit_combo, 1)
        choice.addWidget(self.refresh_button)
        choice.addWidget(self.sample_button)
        status = QHBoxLayout()
        status.addWidget(self.unfinished_label)
        status.addWidget(self.message, 1)
        status.addWidget(self.status_label)
        status.addWidget(self.progress)
        pdf = QHBoxLayout()
        pdf.addWidget(QLabel(self.tr("Head of unit"), self))
        pdf.addWidget(self.head_edit)
        pdf.addWidget(self.clerk_label)
        pdf.addWidget(QLabel(self.tr("Report date"), self))
        pdf.addWidget(self.date_field)
        pdf.addWidget(self.full_ids_check)
        pdf.addWidget(self.appendix_check)
        pdf.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_pdf_button,
                       self.save_xlsx_button, self.open_button, self.more_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.closing_panel)
        layout.addLayout(pdf)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.compute)
        self.picker.changed.connect(self._choice_changed)
        self.unit_combo.currentIndexChanged.connect(self._choice_changed)
        self.refresh_button.clicked.connect(self.compute)
        self.sample_button.clicked.connect(self.open_sample)
        self.figures_view.open_person.connect(self.open_person)
        self.figures_view.open_person_on.connect(self.open_person_on)
        self.head_edit.editingFinished.connect(self._save_head_name)
        self.full_ids_check.toggled.connect(self._full_ids_toggled)
        self.preview_button.clicked.connect(self.preview_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_xlsx_button.clicked.connect(self.save_xlsx)
        self.save_json_action.triggered.connect(self.save_json)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.closing_panel.close_requested.connect(self.close_period)
        self.closing_panel.reopen_requested.connect(self.reopen_period)
        self.closing_panel.current_toggled.connect(self._current_toggled)
        self.closing_panel.open_person.connect(self.open_person)
        self.output.busy_changed.connect(self._busy)
        self.output.pdf_ready.connect(self._pdf_written)
        self.reload_units()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Reports")

    # -- public ----------------------------------------------------------------
    def open_sample(self) -> None:
        """报表 › 核对抽查 (modeless: her record opens beside it)."""
        from desktop.gui.reports.sample_dialog import SampleDialog

        if self.sample_dialog is None:
            self.sample_dialog = SampleDialog(self._services, self.open_person.emit, self,
                                              self.prompts)
            self.sample_dialog.finished.connect(self._sample_closed)
        if self.sample_dialog.isVisible():  # open already: bring it to the front
            self.sample_dialog.raise_()
            self.sample_dialog.activateWindow()
        self.sample_dialog.show()

    def _sample_closed(self) -> None:
        self.watch.stale = True  # the results move 信息准确率: compute again when shown
        if self.isVisible():
            self.watch.catch_up()

    def reload_units(self) -> None:
        self.unit_combo.set_units(self._services.units.tree())

    def _recompute(self) -> None:
        """After a write: the figures again, and the printed output is no longer theirs."""
        self.output.forget()
        self.compute()

    def compute(self) -> None:
        """The figures of the chosen period and unit, on a worker (again after the running one)."""
        self._timer.stop()
        self.watch.fresh()
        self.clerk_label.setText(self.tr("Prepared by: {name}").format(
            name=self._services.settings.get(CLERK_NAME) or "—"))
        period = self.picker.period()
        self.message.setText("" if period is not None else self.picker.problem())
        self._mark_unfinished(period)
        if period is None or self.picker.document() == REGISTER_DOC:
            self.figures_view.set_figures(None)
            self.closure = self.closed_report = None
            self.closing_panel.show_state(None, None, [], available=False)
            self._update_buttons()
            return
        if self.worker is not None:
            self._pending = True
            return
        task = functools.partial(compute_task, self._services, period,
                                 self.unit_combo.current_unit_id(),
                                 self.closing_panel.current_check.isChecked())
        self.worker = Worker(task, self)
        self.worker.succeeded.connect(self._computed)
        self.worker.failed.connect(self._compute_failed)
        self.worker.finished.connect(self._compute_finished)
        self.progress.show()
        self.status_label.setText(self.tr("Computing the report for {period}…").format(
            period=period_label(period)))
        self.closing_panel.close_button.setEnabled(False)  # again once the figures are in
        self.worker.start()

    def figures(self) -> Figures | None:
        return self.figures_view.figures()

    def request(self) -> PdfRequest | None:
        period = self.picker.period()
        if period is None:
            return None
        settings = self._services.settings
        return PdfRequest(
            period=period, unit_id=self.unit_combo.current_unit_id(),
            register=self.picker.register(), office_name=settings.get(OFFICE_NAME),
            clerk_name=settings.get(CLERK_NAME), head_name=self.head_edit.text().strip(),
            report_date=self.date_field.date() or self._services.today(),
            full_ids=self.full_ids_check.isChecked(),
            appendices=self.appendix_check.isChecked(),
            current=self.closing_panel.current_check.isChecked())

    def preview_pdf(self) -> bool:
        request = self.request()
        return request is not None and self.output.with_pdf(
            request, self._figures_for(request), self._show_pdf)

    def print_pdf(self) -> bool:
        request = self.request()
        return request is not None and self.output.print_pdf(request, self._figures_for(request))

    def save_pdf(self) -> bool:
        request = self.request()
        return request is not None and self.output.save_pdf(
            request, self._figures_for(request), self._file_name("pdf"))

    def open_in_viewer(self) -> bool:
        request = self.request()
        return request is not None and self.output.open_pdf(request, self._figures_for(request))

    def save_xlsx(self) -> bool:
        figures = self.figures()
        return figures is not None and self.output.save_table(
            figures, self._file_name("xlsx"), "xlsx", self.closed_report)

    def save_json(self) -> bool:
        figures = self.figures()
        return figures is not None and self.output.save_table(
            figures, self._file_name("json"), "json", self.closed_report)

    def close_period(self) -> bool:
        """结账: store the figures of the period shown (on a worker: seconds at county scale)."""
        period = self.picker.period()
        if period is None or self.worker is not None or self.closure is not None:
            return False
        if not self.prompts.confirm(self, self.tr("Close the period"), self.tr(
                "Close the report for {start} to {end}? Its figures and the persons behind "
                "them are stored: the report then always prints them, and later corrections "
                "are listed beside them. Close only after printing the report you hand in."
                ).format(start=period.start.isoformat(), end=period.end.isoformat())):
            return False
        self.worker = Worker(functools.partial(close_task, self._services, period), self)
        self.worker.succeeded.connect(lambda _result: self.compute())
        self.worker.failed.connect(self._compute_failed)
        self.worker.finished.connect(self._compute_finished)
        self.progress.show()
        self.worker.start()
        return True

    def reopen_period(self) -> bool:
        period = self.picker.period()
        if period is None or self.closure is None:
            return False
        reason = self.prompts.ask_text(self, self.tr("Reopen the period"), self.tr(
            "Why is the period reopened? (kept in the change log)"))
        if reason is None:
            return False
        try:
            self._services.closing.reopen(period, reason)
        except LedgerError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        self.compute()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.wait()  # shown on its own: the running work ends before the page goes
        super().closeEvent(event)

    def wait(self) -> None:
        """Closing: let the running work end."""
        if self.worker is not None:
            self.worker.wait()
        self.output.wait()

    # -- helpers ---------------------------------------------------------------
    def _figures_for(self, request: PdfRequest) -> Figures | None:
        figures = self.figures()
        if figures is None or request.register is not None:
            return None
        if (figures.period.start, figures.period.end, figures.unit_id) != (
                request.period.start, request.period.end, request.unit_id):
            return None  # still computing: the writer's task computes its own
        return figures

    def _file_name(self, suffix: str) -> str:
        """示范街道办事处_月报_2026年11月.pdf: the office, the document and the period."""
        period = self.picker.period()
        return file_name(self._services.settings.get(OFFICE_NAME),
                         self.picker.document_combo.currentText(),
                         file_part(period) if period is not None else "", suffix=suffix)

    def _mark_unfinished(self, period: Period | None) -> None:
        unfinished = period is not None and not has_ended(period, self._services.today())
        if not unfinished:
            self.unfinished_label.clear()
        elif period is not None and period.kind == PeriodKind.MONTH:
            self.unfinished_label.setText(self.tr("This month has not ended yet"))
        else:
            self.unfinished_label.setText(self.tr("This period has not ended yet"))

    def _choice_changed(self) -> None:
        self.preview.clear()
        if self.picker.document() == REGISTER_DOC:
            self.figures_view.set_figures(None)  # a register printout has no figures
        self._update_buttons()
        self._timer.start()

    def _current_toggled(self, _checked: bool) -> None:
        self.output.forget()
        self.compute()

    def _computed(self, result: Computed) -> None:
        figures = result.figures
        self.closure, self.closed_report = result.closure, result.report
        self.closing_panel.show_state(result.closure, result.report, result.closed)
        self.figures_view.set_figures(
            figures, result.report.mark.closure_id if result.report is not None else None)
        self._update_buttons()
        self.figures_shown.emit()

    def _compute_failed(self, exc: BaseException) -> None:
        self.prompts.show_error(self, exc)

    def _compute_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.progress.hide()
        self.status_label.clear()
        self.closing_panel.close_button.setEnabled(
            self.closure is None and self.figures() is not None)
        if self._pending:
            self._pending = False
            self.compute()

    def _show_pdf(self, path) -> None:  # noqa: ANN001
        pages = self.preview.load(path)
        self.tabs.setCurrentWidget(self.preview)
        self.pdf_shown.emit(pages)

    def _pdf_written(self, _path: str) -> None:
        pass

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy or self.worker is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.output.is_busy()
        register = self.picker.document() == REGISTER_DOC
        for button in (self.preview_button, self.print_button, self.save_pdf_button,
                       self.open_button):
            button.setEnabled(idle)
        has_figures = self.figures() is not None and not register
        self.save_xlsx_button.setEnabled(has_figures)
        self.save_json_action.setEnabled(has_figures)
        self.appendix_check.setEnabled(not register)

    def _save_head_name(self) -> None:
        name = self.head_edit.text().strip()
        if name != self._services.settings.get(HEAD_NAME):
            self._services.security.set_office_details({HEAD_NAME: name})

    def _full_ids_toggled(self, checked: bool) -> None:
        if checked and not self.prompts.confirm(self, self.tr("Full ID numbers"), self.tr(
                "The PDF will hold complete ID numbers, which are sensitive personal "
                "information. Keep it on this PC or a safe USB stick; each document written "
                "with them is noted in the change log. Continue?")):
            self.full_ids_check.blockSignals(True)
            self.full_ids_check.setChecked(False)
            self.full_ids_check.blockSignals(False)
        self.output.forget()


def add_report_page(window: MainWindow, services: Services,
                    changes: DataChanged | None = None) -> ReportPage:
    page = ReportPage(ReportServices.of(services), window, changes)
    page.open_person.connect(window.open_person)
    page.open_person_on.connect(lambda person_id, tab: window.open_person(person_id, tab))
    window.add_page(PAGE_KEY, page.title(), page)
    return page
