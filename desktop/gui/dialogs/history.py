"""The history tab: the person's change log, newest first (ID numbers come masked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop.domain.kinds import Kind
from desktop.gui.dialogs.field_labels import entity_label, field_label, value_text
from desktop.services.safety.changelog import HistoryEntry

Index = QModelIndex | QPersistentModelIndex

COL_TIME, COL_USER, COL_RECORD, COL_FIELD, COL_CHANGE = range(5)
EMPTY = "—"


class HistoryModel(QAbstractTableModel):
    """At most a few hundred entries per person (the service caps them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._units: dict[int, str] = {}
        self._child_names: dict[int, str] = {}

    def set_entries(self, entries: list[HistoryEntry], units: dict[int, str],
                    child_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._entries, self._units, self._child_names = list(entries), units, child_names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("User"), self.tr("Record"), self.tr("Field"),
                self.tr("Old → new"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if column == COL_TIME:
            return entry.at.strftime("%Y-%m-%d %H:%M")
        if column == COL_USER:
            return entry.user
        if column == COL_RECORD:
            return self._record(entry)
        if column == COL_FIELD:
            return field_label(entry.field) if entry.field else ""
        return self._change(entry)

    def _record(self, entry: HistoryEntry) -> str:
        if entry.entity == "person":
            return self.tr("Person")
        if entry.entity == Kind.CHILD:
            name = self._child_names.get(entry.entity_id, "")
            return self.tr("Child") + (f" {name}" if name else "")
        return entity_label(entry.entity)

    def _value(self, field: str, value: str | None) -> str:
        if value is None or value == "":
            return EMPTY
        if field == "unit_id" and value.isdigit():
            return self._units.get(int(value), value)
        return value_text(field, value)

    def _change(self, entry: HistoryEntry) -> str:
        if entry.action == "delete":
            if entry.entity == "person":
                return self.tr("Moved to the recycle bin")
            return self.tr("Removed ({name})").replace("{name}", entry.old_value or "")
        if entry.action == "restore":
            return self.tr("Restored from the recycle bin")
        if entry.action == "show_id":
            return self.tr("Full ID number shown")
        old = self._value(entry.field, entry.old_value)
        new = self._value(entry.field, entry.new_value)
        if entry.action == "create":
            return self.tr("Entered: {new}").replace("{new}", new)
        return f"{old} → {new}"


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)

    def show_entries(self, entries: list[HistoryEntry], units: dict[int, str],
                     child_names: dict[int, str]) -> None:
        self.model.set_entries(entries, units, child_names)

    def rows_text(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and copying)."""
        model = self.model
        return [[model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
                for r in range(model.rowCount())]
