"""What the small in-memory table models share (data-check findings, import problems, the
import's counts per sheet): a list of rows held whole, translated headers, read-only cells."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """Subclasses set ``_headers`` and define ``data()``; ``_items`` holds the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._headers: Sequence[str] = ()

    def _set_items(self, items: Iterable[Any]) -> None:
        """Replace every row (a model reset); ``_items_changed`` runs inside the reset."""
        self.beginResetModel()
        self._items = list(items)
        self._items_changed()
        self.endResetModel()

    def _items_changed(self) -> None:
        """Subclasses recompute what they derive from the rows."""

    def item(self, row: int) -> Any | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def _valid(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._items)

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
