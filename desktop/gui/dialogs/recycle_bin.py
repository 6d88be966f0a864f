"""The recycle bin: deleted persons, restorable. Nothing is ever removed from the file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.idnumber import mask
from desktop.errors import LedgerError
from desktop.gui.errors import show_error
from desktop.services.container import Services

PAGE = 200  # rows fetched per "show more"
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecycleBinDialog(QDialog):
    """``restored(person_id)`` after each restored record. ``show_error`` is replaceable."""

    restored = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.show_error = show_error
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(560, 420)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("ID number"),
                                              self.tr("Deleted at")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel(self.tr("The recycle bin is empty."), self)
        self.more_button = QPushButton(self.tr("Show &more"), self)
        self.more_button.clicked.connect(self._load_more)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.more_button)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.table.setRowCount(0)
        self._load_more()

    def _load_more(self) -> None:
        rows = self.services.person_list.deleted(offset=self.table.rowCount(), limit=PAGE)
        for person_id, name, id_number, deleted_at in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name_item = QTableWidgetItem(name)
            name_item.setData(PERSON_ID_ROLE, person_id)
            self.table.setItem(row, 0, name_item)
            self.table.setItem(row, 1, QTableWidgetItem(mask(id_number)))
            self.table.setItem(row, 2, QTableWidgetItem(deleted_at.strftime("%Y-%m-%d %H:%M")))
        self.more_button.setVisible(len(rows) == PAGE)
        self.empty_label.setVisible(self.table.rowCount() == 0)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self.table.item(row, 0).data(PERSON_ID_ROLE)) for row in rows]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))

    def restore_selected(self) -> None:
        for person_id in self.selected_ids():
            try:
                self.services.persons.restore(person_id)
            except LedgerError as exc:
                self.show_error(self, exc)
                break
            self.restored.emit(person_id)
        self.reload()
