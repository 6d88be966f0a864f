"""The recycle bin: deleted persons and deleted records, restorable. Nothing is ever removed
from the file."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.gui.dialogs.closed_warning import confirm_closed
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.models.bin_tables import (
    COL_DATE,
    DeletedPersonModel,
    DeletedRecordModel,
    PagedModel,
)
from desktop.gui.records.closed_check import closed_lines
from desktop.gui.widgets.date_field import parse_date
from desktop.services.indicators.closing import ClosingService
from desktop.services.people.person_list import PersonListService
from desktop.services.people.persons import PersonService
from desktop.services.people.recycle_bin import RecycleBinService

PERSONS_TAB, RECORDS_TAB = 0, 1


def _table(parent: QWidget, model: PagedModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RecycleBinDialog(QDialog):
    """``restored(person_id)`` after each restored person or record; errors go to the
    ``Prompts`` given."""

    restored = Signal(int)

    def __init__(self, person_list: PersonListService, persons: PersonService,
                 recycle_bin: RecycleBinService, parent: QWidget | None = None,
                 prompts: Prompts | None = None,
                 closing: ClosingService | None = None) -> None:
        super().__init__(parent)
        self._persons, self._recycle_bin = persons, recycle_bin
        self.closing = closing  # restoring into a closed period asks first
        self.prompts: Prompts = prompts or DialogPrompts()
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(820, 480)
        self.person_model = DeletedPersonModel(person_list, self)
        self.record_model = DeletedRecordModel(recycle_bin, self)
        self.table = _table(self, self.person_model)
        self.records_table = _table(self, self.record_model)
        self.empty_label = QLabel(self.tr("The recycle bin is empty."), self)
        self.records_empty_label = QLabel(self.tr("No deleted records."), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._page(self.table, self.empty_label), self.tr("Persons"))
        self.tabs.addTab(self._page(self.records_table, self.records_empty_label),
                         self.tr("Records"))
        for table in (self.table, self.records_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
            table.doubleClicked.connect(self._double_clicked)
        self.tabs.currentChanged.connect(self._update_buttons)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.reload()

    def _page(self, table: QTableView, empty: QLabel) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        layout.addWidget(empty)
        return page

    def reload(self) -> None:
        self.person_model.reload()
        self.record_model.reload()
        self.empty_label.setVisible(self.person_model.rowCount() == 0)
        self.records_empty_label.setVisible(self.record_model.rowCount() == 0)
        self._update_buttons()

    def _confirm_closed(self) -> bool:
        """Restoring records dated inside a closed period asks first (closed_check.py)."""
        if self.closing is None or self.current_table() is not self.records_table:
            return True
        lines: list[str] = []
        for index in self.records_table.selectionModel().selectedRows():
            entity = self.record_model.key(index.row())[0]
            try:
                day = parse_date(str(self.record_model.index(index.row(), COL_DATE).data() or ""))
            except ValueError:
                continue
            if day is not None:
                lines += [line for line in closed_lines(self.closing, [day], entity)
                          if line not in lines]
        return confirm_closed(self, self.prompts.confirm, lines)

    def current_table(self) -> QTableView:
        return self.records_table if self.tabs.currentIndex() == RECORDS_TAB else self.table

    def selected_keys(self) -> list[tuple[str, int, int]]:
        """(entity, record id, person id) of the selected rows of the current tab."""
        table = self.current_table()
        model = table.model()
        assert isinstance(model, PagedModel)
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        return [model.key(row) for row in rows]

    def selected_ids(self) -> list[int]:
        """The ids (person or record) selected in the current tab."""
        return [record_id for _entity, record_id, _person in self.selected_keys()]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_keys()))

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.restore_selected()

    def restore_selected(self) -> None:
        if not self._confirm_closed():
            return
        for entity, record_id, person_id in self.selected_keys():
            try:
                if entity == "person":
                    self._persons.restore(record_id)
                else:
                    person_id = self._recycle_bin.restore(entity, record_id)
            except LedgerError as exc:
                self.prompts.show_error(self, exc)  # the dialog stays open; the rest stay selected
                break
            self.restored.emit(person_id)
        self.reload()
