"""A register page (生育登记, 节育登记, ...): a date range, a unit, a search, the rows, export.

One class for the six registers. Double-click or Enter on a row asks the main window to
open the person on the record's tab (``open_record(person_id, tab, record_id)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.date_ranges import QuickRange, matching_pick, quick_range
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.registers import (
    CONTEXT,
    DATE,
    ID_NUMBER,
    TITLES,
    Register,
    RegisterQuery,
)
from desktop.gui.changes import DataChanged, StaleWatch
from desktop.gui.dialogs.prompts import Prompts
from desktop.gui.models.register_table import RegisterTableModel
from desktop.gui.pages.persons_page import PersonTable
from desktop.gui.pages.register_export_ui import RegisterExporter
from desktop.gui.widgets.date_field import DateField
from desktop.gui.widgets.empty_note import EmptyNote
from desktop.gui.widgets.unit_combo import UnitCombo
from desktop.services.people.units import UnitService
from desktop.services.registers.export import RegisterExportService
from desktop.services.registers.service import RegisterService

SEARCH_DELAY_MS = 150

# Sample contents per column kind that set the widths (reading every row would be slow).
_WIDTH_SAMPLES = {ID_NUMBER: "330102********123X", DATE: "2026-10-31"}
_KEY_SAMPLES = {"name": "欧阳秀英", "unit": "城关镇东街社区", "child_name": "欧阳小明"}


# What an empty register says (本期没有死亡登记), and the next step.
EMPTY_TEXTS = {
    Register.BIRTHS: QT_TRANSLATE_NOOP("RegisterPage", "No births registered in this period."),
    Register.CONTRACEPTION: QT_TRANSLATE_NOOP("RegisterPage",
                                              "No contraception registered in this period."),
    Register.DEATHS: QT_TRANSLATE_NOOP("RegisterPage", "No deaths registered in this period."),
    Register.CHECKUPS: QT_TRANSLATE_NOOP("RegisterPage", "No check-ups registered in this period."),
    Register.PREGNANCIES: QT_TRANSLATE_NOOP("RegisterPage",
                                            "No pregnancies registered in this period."),
    Register.SERVICES: QT_TRANSLATE_NOOP("RegisterPage", "No services registered in this period."),
}


class RegisterPage(QWidget):
    open_record = Signal(int, str, int)  # person id, editor tab key, record id

    def __init__(self, register: Register, registers: RegisterService,
                 register_export: RegisterExportService, units: UnitService,
                 today: Callable[[], dt.date], parent: QWidget | None = None,
                 changes: DataChanged | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._units, self._today = units, today
        self.register = Register(register)
        # Records may be written on another page: read the rows again when shown.
        self.watch = StaleWatch(self, changes, self.refresh)

        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.quick_buttons: dict[QuickRange, QPushButton] = {}
        for pick, text in ((QuickRange.THIS_MONTH, self.tr("This month")),
                           (QuickRange.LAST_MONTH, self.tr("Last month")),
                           (QuickRange.THIS_QUARTER, self.tr("This quarter")),
                           (QuickRange.THIS_YEAR, self.tr("This year"))):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setProperty("pick", pick.value)
            button.clicked.connect(self._quick_pick)
            self.quick_buttons[pick] = button
        self.unit_combo = UnitCombo(self, include_all=True)
        self.unit_combo.setToolTip(self.tr("Unit (sub-units included)"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, pinyin, initials or ID number"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.count_label = QLabel(self)
        self.range_message = QLabel(self)
        self.range_message.setStyleSheet("color: #b00020;")

        start, end = quick_range(QuickRange.THIS_MONTH, today())
        self.date_from.set_date(start)
        self.date_to.set_date(end)
        self.model = RegisterTableModel(registers, RegisterQuery(self.register, start, end), self)
        self.table = PersonTable(self)
        self._setup_table()
        self.empty_note = EmptyNote(self.table, QCoreApplication.translate(
            "RegisterPage", EMPTY_TEXTS[self.register]) + "\n" + self.tr(
            "Choose other dates above, or enter the record in her file on the Persons page."))
        self.exporter = RegisterExporter(register_export, self, prompts)

        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From"), self))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.date_to)
        for button in self.quick_buttons.values():
            dates.addWidget(button)
        dates.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit_combo, 2)
        filters.addWidget(self.export_button)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.range_message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.date_from.changed.connect(self._timer.start)
        self.date_to.changed.connect(self._timer.start)
        self.unit_combo.currentIndexChanged.connect(self.apply_filters)
        self.export_button.clicked.connect(self.export)
        self.table.doubleClicked.connect(self._activate)
        self.table.row_activated.connect(self._activate)
        self.model.modelReset.connect(self._update_count)

        self.reload_units()
        self._mark_pick()
        self._update_count()

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, TITLES[self.register])

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        cells, heads = table.fontMetrics(), header.fontMetrics()
        for number, column in enumerate(self.model.columns()):
            sample = _WIDTH_SAMPLES.get(column.kind) or _KEY_SAMPLES.get(column.key, "正常")
            title = str(self.model.headerData(number, Qt.Orientation.Horizontal))
            width = max(cells.horizontalAdvance(sample), heads.horizontalAdvance(title) + 16)
            table.setColumnWidth(number, width + 16)
        table.verticalHeader().setDefaultSectionSize(cells.height() + 8)
        table.verticalHeader().hide()

    # -- public ----------------------------------------------------------------
    def reload_units(self) -> None:
        before = self.unit_combo.current_unit_id()
        self.unit_combo.set_units(self._units.tree())
        if self.unit_combo.current_unit_id() != before:
            self.apply_filters()

    def refresh(self) -> None:
        """Re-read the rows (after an edit), keeping the selected line."""
        row = self.table.currentIndex().row()
        self.model.refresh()
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def set_range(self, start: dt.date, end: dt.date) -> None:
        self.date_from.set_date(start)
        self.date_to.set_date(end)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._timer.stop()
        query = self._read_filters()
        self._mark_pick()
        if query is not None and query != self.model.query():
            self.model.set_query(query)

    def export(self) -> bool:
        self.apply_filters()
        query = self.model.query()
        name = f"{self.title()}_{query.date_from:%Y%m%d}-{query.date_to:%Y%m%d}.xlsx"
        return self.exporter.start(query, name)

    # -- helpers ---------------------------------------------------------------
    def _read_filters(self) -> RegisterQuery | None:
        """The query on screen; None (and a message) while the dates are not usable."""
        start, end = self._date(self.date_from), self._date(self.date_to)
        if start is None or end is None:
            self.range_message.setText(self.tr("Type both dates like 2025-03-13."))
            return None
        if start > end:
            self.range_message.setText(self.tr("The start date is after the end date."))
            return None
        self.range_message.clear()
        return RegisterQuery(self.register, start, end, self.unit_combo.current_unit_id(),
                             self.search.text().strip())

    @staticmethod
    def _date(field: DateField) -> dt.date | None:
        return field.date() if field.is_valid() else None

    def _quick_pick(self) -> None:
        button = self.sender()
        pick = QuickRange(button.property("pick")) if button is not None else QuickRange.THIS_MONTH
        self.set_range(*quick_range(pick, self._today()))

    def _mark_pick(self) -> None:
        start, end = self._date(self.date_from), self._date(self.date_to)
        pick = matching_pick(start, end, self._today()) if start and end else None
        for key, button in self.quick_buttons.items():
            button.setChecked(key is pick)

    def _activate(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_record.emit(row.person_id, row.tab, row.record_id)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln record(s)", "", self.model.rowCount()))
