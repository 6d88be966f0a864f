"""What the paged table models share (person register, the six registers, reminders).

A subclass sets ``_headers`` and defines ``_count_rows()`` (the rows of the query),
``_page(offset, limit)`` (one window of them, from its service) and ``_format(row)`` (the
row's display texts); ``data()`` stays its own, as its roles differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.gui.models.paged_rows import PagedRows

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    page_loaded = Signal(int)  # page number, after it was fetched from SQL

    def __init__(self, query: Any, headers: Sequence[str], page_size: int, max_pages: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = query
        self._headers = tuple(headers)
        self._count = 0
        self._rows: PagedRows[Any] = PagedRows(
            self._page, self._format, page_size, max_pages, self.page_loaded.emit)

    # -- what a subclass defines -------------------------------------------------
    def _count_rows(self) -> int:
        raise NotImplementedError

    def _page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def _format(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    # -- the query -------------------------------------------------------------
    def query(self) -> Any:
        return self._query

    def set_query(self, query: Any) -> None:
        self.beginResetModel()
        self._query = query
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read count and rows, e.g. after an edit."""
        self.set_query(self._query)

    def _reload(self) -> None:
        self._rows.clear()
        self._count = self._count_rows()

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if 0 <= section < self._count else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    # -- paging ----------------------------------------------------------------
    def _row(self, row: int) -> tuple[Any, tuple[str, ...]] | None:
        """The row and its texts; None outside the rows counted."""
        return self._rows.get(row) if 0 <= row < self._count else None
