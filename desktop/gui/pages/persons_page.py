"""人员档案: the register of women, searched and filtered as the clerk types."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Category, StatusFilter
from desktop.domain.values.people import PersonQuery
from desktop.gui.dialogs.prompts import Prompts
from desktop.gui.exchange.transfer import Chosen, TransferAction
from desktop.gui.models import person_table as pt
from desktop.gui.models.person_table import PersonTableModel
from desktop.gui.reports.print_documents import DocumentPrinter, DocumentServices
from desktop.gui.widgets.empty_note import LedgerNote
from desktop.gui.widgets.unit_combo import UnitCombo
from desktop.i18n import enum_text
from desktop.services.container import Services
from desktop.services.exchange.service import ExchangeService
from desktop.services.people.person_list import PersonListService
from desktop.services.people.persons import PersonService
from desktop.services.people.units import UnitService

SEARCH_DELAY_MS = 150  # long enough to skip a query per keystroke of a fast typist

# Typical cell contents that set the column widths (ResizeToContents would read every row).
_WIDTH_SAMPLES = {
    pt.COL_NAME: "欧阳秀英", pt.COL_ID_NUMBER: "330102********123X", pt.COL_AGE: "49",
    pt.COL_UNIT: "城关镇东街社区", pt.COL_CATEGORY: "常住", pt.COL_MARITAL: "初婚",
    pt.COL_CHILDREN: "2", pt.COL_STATUS: "已出育龄",
}


class PersonTable(QTableView):
    """A table view that reports Enter/Return on a row like a double-click."""

    row_activated = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class PersonsPageServices:
    """What the persons page reads (the list, the units, whether the ledger is empty),
    prints (the roster) and exports (the transfer of files)."""

    person_list: PersonListService
    persons: PersonService
    units: UnitService
    printing: DocumentServices
    exchange: ExchangeService  # 档案转出 of the selected persons

    @classmethod
    def of(cls, services: Services) -> PersonsPageServices:
        return cls(services.person_list, services.persons, services.units,
                   DocumentServices(services.documents, services.settings, services.today),
                   services.exchange)


class PersonsPage(QWidget):
    open_person = Signal(int)
    new_person = Signal()
    import_requested = Signal()  # the empty ledger's 导入表格 button

    def __init__(self, services: PersonsPageServices, parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._services = services

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search by name, pinyin, initials, ID number or phone"))
        self.search.setClearButtonEnabled(True)
        self.unit_combo = UnitCombo(self, include_all=True)
        self.unit_combo.setToolTip(self.tr("Unit (sub-units included)"))
        self.category_combo = QComboBox(self)
        self.category_combo.addItem(self.tr("All categories"), None)
        for category in Category:
            self.category_combo.addItem(enum_text(category), category.value)
        self.status_combo = QComboBox(self)
        for status in (StatusFilter.ACTIVE, StatusFilter.MOVED, StatusFilter.DECEASED,
                       StatusFilter.AGED_OUT, StatusFilter.ALL):
            self.status_combo.addItem(enum_text(status), status.value)
        self.new_button = QPushButton(self.tr("New person…"), self)
        self.roster_button = QPushButton(self.tr("Print roster…"), self)  # 花名册 of this list
        # 档案转出: the selected women's files for the office they move to
        self.transfer_button = QPushButton(self.tr("Transfer files…"), self)
        self.transfer_button.setToolTip(self.tr(
            "Write the selected persons with all their records to a workbook for the office "
            "they move to (Ctrl or Shift + click selects several)"))
        self.transfer = TransferAction(services.exchange, services.printing.today, self, prompts)
        self.transfer.moved.connect(self.refresh)
        self.printer = DocumentPrinter(services.printing, self, prompts)
        self.count_label = QLabel(self)

        self.model = PersonTableModel(services.person_list, services.printing.today,
                                      self._read_filters(PersonQuery()), self)
        self.table = PersonTable(self)
        self._setup_table()
        self.empty_note = LedgerNote(self.table, self.tr("No one matches the search and filters."))
        self.empty_note.import_button.clicked.connect(self.import_requested)
        self.empty_note.new_button.clicked.connect(self.new_person)
        self.empty_note.set_ledger_empty(services.persons.count_all() == 0)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit_combo, 2)
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.roster_button)
        filters.addWidget(self.transfer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.unit_combo.currentIndexChanged.connect(self.apply_filters)
        self.category_combo.currentIndexChanged.connect(self.apply_filters)
        self.status_combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_person)
        self.roster_button.clicked.connect(self.print_roster)
        self.transfer_button.clicked.connect(self.transfer_selected)
        self.table.doubleClicked.connect(self._activate)
        self.table.row_activated.connect(self._activate)
        self.model.modelReset.connect(self._update_count)
        self.model.count_known.connect(self._update_count)

        self.reload_units()
        self._update_count()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSortIndicator(pt.COL_NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        cells, heads = table.fontMetrics(), header.fontMetrics()
        for column, sample in _WIDTH_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cells.horizontalAdvance(sample), heads.horizontalAdvance(title) + 16)
            table.setColumnWidth(column, width + 16)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        # No row numbers: the count label says how many, and each number would be another
        # Python call per row while painting.
        table.verticalHeader().hide()
        table.setSortingEnabled(True)

    # -- public ----------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reload_units(self) -> None:
        """Re-read the unit tree (after the units dialog); keeps the choice if it still exists."""
        before = self.unit_combo.current_unit_id()
        self.unit_combo.set_units(self._services.units.tree())
        if self.unit_combo.current_unit_id() != before:
            self.apply_filters()

    def refresh(self) -> None:
        """Re-read the rows (after an edit) keeping the clerk's place in the list."""
        row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self.empty_note.set_ledger_empty(self._services.persons.count_all() == 0)
        self.model.refresh()
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
        self.table.verticalScrollBar().setValue(scroll)

    def apply_filters(self) -> None:
        self._timer.stop()
        query = self._read_filters(self.model.query())
        if query != self.model.query():
            self.model.set_query(query)

    def print_roster(self) -> bool:
        """The roster (花名册) of the persons the list shows now."""
        self.apply_filters()
        return self.printer.print_roster(self.model.query())

    def transfer_selected(self) -> bool:
        """档案转出 of the selected rows (the dialog, then the file)."""
        return self.transfer.start(self.selected_persons())

    def selected_persons(self) -> list[Chosen]:
        """The selected rows in list order: id, name and the masked ID number as shown."""
        chosen = []
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row()):
            person_id = self.model.data(index, pt.RowRole)
            if person_id is None:
                continue
            row = index.row()
            chosen.append(Chosen(int(person_id), str(self.model.index(row, pt.COL_NAME).data()),
                                 str(self.model.index(row, pt.COL_ID_NUMBER).data())))
        return chosen

    def current_person_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, pt.RowRole) if index.isValid() else None

    # -- helpers ---------------------------------------------------------------
    def _read_filters(self, old: PersonQuery) -> PersonQuery:
        """The filters on screen; the sort order stays as it was."""
        return PersonQuery(
            text=self.search.text().strip(),
            unit_id=self.unit_combo.current_unit_id(),
            category=self.category_combo.currentData(),
            status=StatusFilter(self.status_combo.currentData()),
            sort=old.sort,
            descending=old.descending,
        )

    def _activate(self, index: QModelIndex) -> None:
        person_id = self.model.data(index, pt.RowRole)
        if person_id is not None:
            self.open_person.emit(int(person_id))

    def _update_count(self) -> None:
        if self.model.count_pending():
            self.count_label.setText(self.tr("Counting…"))
            return
        self.count_label.setText(self.tr("%Ln person(s)", "", self.model.rowCount()))
