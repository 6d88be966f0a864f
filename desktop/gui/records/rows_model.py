"""A read-only table over a small in-memory list (one person's records).

Each tab gives the headers and a function turning (row, column) into text; RowRole
returns the record id. Lists here are a handful of rows per person, so no paging.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Callable[[], Sequence[str]], cell: Callable[[Any, int], str],
                 row_id: Callable[[Any], int], parent: QWidget | None = None,
                 right_aligned: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self._headers = headers  # called at display time, so the language in force is used
        self._cell = cell
        self._row_id = row_id
        self._right = frozenset(right_aligned)
        self._rows: list[Any] = []
        self._columns = len(headers())

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def find(self, record_id: int) -> int | None:
        for number, item in enumerate(self._rows):
            if self._row_id(item) == record_id:
                return number
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == RowRole:
            return self._row_id(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(_RIGHT)
        return None


def make_view(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    """A row-selecting, read-only table sized to its contents."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(64)
    return view


def selected_id(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].data(RowRole) if rows else None


def select_id(view: QTableView, model: RowsModel, record_id: int | None) -> bool:
    row = model.find(record_id) if record_id is not None else None
    if row is None:
        return False
    view.selectRow(row)
    return True
