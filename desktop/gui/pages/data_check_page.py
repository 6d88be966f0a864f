"""数据核查: records that contradict each other, by check; a row opens the record.

The checks run on a worker thread (about a second at county scale) when the page is
first shown, when "Run again" is pressed, and when the page is shown or refreshed after
something was written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.values.data_checks import DataCheckReport
from desktop.gui.changes import DataChanged, StaleWatch
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.models.finding_table import (
    COL_CHECK,
    COL_DATE,
    COL_ID_NUMBER,
    COL_NAME,
    FindingTableModel,
    check_title,
)
from desktop.gui.pages.persons_page import PersonTable
from desktop.gui.workers import Worker
from desktop.services.container import Services
from desktop.services.registers.data_checks import DataCheckService

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

PAGE_KEY = "data_checks"
ALL = ""  # the list entry that shows every check's findings

Opener = Callable[..., None]  # (person_id, tab=None, record_id=None)


def _run(checks: DataCheckService, progress, should_stop) -> DataCheckReport:  # noqa: ANN001
    return checks.run(progress=progress, should_stop=should_stop)


class DataCheckPage(QWidget):
    checked = Signal()  # a run finished and its findings are shown

    def __init__(self, data_checks: DataCheckService, parent: QWidget | None = None,
                 opener: Opener | None = None, changes: DataChanged | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._data_checks = data_checks
        self._opener = opener
        self.prompts: Prompts = prompts or DialogPrompts()
        self.report: DataCheckReport | None = None
        self.worker: Worker | None = None
        # The findings are read when the page is first shown, and again after a write.
        self.watch = StaleWatch(self, changes, self.run_checks, stale=True)

        self.run_button = QPushButton(self.tr("Run again"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(data_checks.checks()))
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.checks_list = QListWidget(self)
        self.model = FindingTableModel(self)
        self.table = PersonTable(self)
        self._setup_table()

        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.progress)
        top.addWidget(self.run_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.checks_list)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 860])  # the check titles readable in full
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.run_button.clicked.connect(self.run_checks)
        self.checks_list.currentRowChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(self._activate)
        self.table.row_activated.connect(self._activate)
        app = QCoreApplication.instance()
        if app is not None:  # never leave the thread running when the app quits
            app.aboutToQuit.connect(self.wait)
        self._fill_list()

    def title(self) -> str:
        return self.tr("Data checks")

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        table.setColumnWidth(COL_ID_NUMBER, metrics.horizontalAdvance("330102********123X") + 16)
        table.setColumnWidth(COL_DATE, metrics.horizontalAdvance("2026-12-31") + 24)
        table.setColumnWidth(COL_CHECK, metrics.horizontalAdvance("M" * 14))
        table.setColumnWidth(COL_NAME, metrics.horizontalAdvance("欧阳秀英") + 24)

    # -- running -----------------------------------------------------------------
    def is_running(self) -> bool:
        return self.worker is not None

    def run_checks(self) -> None:
        if self.worker is not None:
            self.watch.stale = True  # written to meanwhile: again when next shown
            return
        self.watch.fresh()
        self.worker = Worker(functools.partial(_run, self._data_checks), self)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_report)
        self.worker.failed.connect(self._on_failure)
        self.worker.finished.connect(self._on_finished)
        self.run_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Checking the records…"))
        self.worker.start()

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait()
        super().closeEvent(event)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_report(self, report: DataCheckReport) -> None:
        self.report = report
        self._fill_list()

    def _on_failure(self, exc: BaseException) -> None:
        self.watch.stale = True
        self.status_label.setText("")
        self.prompts.show_error(self, exc)

    def _on_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.progress.hide()
        self.run_button.setEnabled(True)
        self.checked.emit()

    # -- showing -------------------------------------------------------------------
    def _fill_list(self) -> None:
        current = self.current_check()
        self.checks_list.blockSignals(True)
        self.checks_list.clear()
        counts = {r.check: r.count for r in self.report.results} if self.report else {}
        total = sum(counts.values())
        entries = [(ALL, self.tr("All checks"), total)]
        entries += [(key, check_title(key), counts.get(key, 0))
                    for key in self._data_checks.checks()]
        for key, title, count in entries:
            text = f"{title} ({count})" if self.report else title
            item = QListWidgetItem(text, self.checks_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
        keys = [key for key, _title, _count in entries]
        self.checks_list.setCurrentRow(keys.index(current) if current in keys else 0)
        self.checks_list.blockSignals(False)
        self._show_selected()

    def current_check(self) -> str:
        item = self.checks_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ALL

    def select_check(self, check: str) -> None:
        for row in range(self.checks_list.count()):
            if self.checks_list.item(row).data(Qt.ItemDataRole.UserRole) == check:
                self.checks_list.setCurrentRow(row)

    def _show_selected(self) -> None:
        if self.report is None:
            self.model.set_findings([])
            return
        check = self.current_check()
        results = [r for r in self.report.results if check in (ALL, r.check)]
        self.model.set_findings([f for r in results for f in r.findings])
        shown, count = self.model.rowCount(), sum(r.count for r in results)
        text = self.tr("{count} findings in all; checked in {seconds:.1f} s.").format(
            count=self.report.total, seconds=self.report.seconds)
        if shown < count:
            text += " " + self.tr("Showing the first {shown} of {count} here.").format(
                shown=shown, count=count)
        self.status_label.setText(text)

    def _activate(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row())
        if finding is None or self._opener is None:
            return
        if finding.tab is None:
            self._opener(finding.person_id)
        else:
            self._opener(finding.person_id, finding.tab, finding.select_id)


def add_data_check_page(window: MainWindow, services: Services,
                        changes: DataChanged | None = None) -> DataCheckPage:
    """Build the page, add it to the navigation, open rows through the window's editor."""
    page = DataCheckPage(services.data_checks, window, opener=window.open_person, changes=changes)
    window.add_page(PAGE_KEY, page.title(), page)
    return page
