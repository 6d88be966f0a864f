"""The persons behind one figure (a count, or a rate's numerator or denominator), paged in SQL.

``services.indicators`` answers: count_behind(period, unit_id, measure, part) and
page_behind(period, unit_id, measure, part, offset, limit). ID numbers are shown masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.idnumber import mask
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.indicators import Period
from desktop.gui.models.paged_rows import PagedRows

COL_NAME, COL_ID_NUMBER, COL_UNIT, COL_DAY, COL_NOTE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("BehindTableModel", "Name"),
           QT_TRANSLATE_NOOP("BehindTableModel", "ID number"),
           QT_TRANSLATE_NOOP("BehindTableModel", "Unit"),
           QT_TRANSLATE_NOOP("BehindTableModel", "Date"),
           QT_TRANSLATE_NOOP("BehindTableModel", "Note"))
RowRole = Qt.ItemDataRole.UserRole + 1  # the person's id
PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BehindQuery:
    period: Period
    unit_id: int | None
    measure: str
    part: str = "num"  # "num" or "den"


class BehindTableModel(QAbstractTableModel):
    def __init__(self, indicators: Any, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._indicators = indicators  # the IndicatorService
        self._query: BehindQuery | None = None
        self._count = 0
        self._rows = PagedRows(self._fetch, self._texts, PAGE_SIZE, 8, self._loaded)

    def query(self) -> BehindQuery | None:
        return self._query

    def set_query(self, query: BehindQuery | None) -> None:
        self.beginResetModel()
        self._query = query
        self._rows.clear()
        self._count = 0 if query is None else self._indicators.count_behind(
            query.period, query.unit_id, query.measure, query.part)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def row_at(self, row: int):  # noqa: ANN201
        found = self._rows.get(row) if 0 <= row < self._count else None
        return found[0] if found else None

    # -- Qt ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("BehindTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, RowRole):
            return None
        found = self._rows.get(index.row())
        if found is None:
            return None
        row, texts = found
        if role == RowRole:
            return row.person_id
        return texts[index.column()] if 0 <= index.column() < len(texts) else None

    # -- paging ----------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list:
        query = self._query
        if query is None:
            return []
        return self._indicators.page_behind(query.period, query.unit_id, query.measure, query.part,
                                        offset, limit)

    @staticmethod
    def _texts(row) -> tuple[str, ...]:  # noqa: ANN001
        day = row.day.isoformat() if row.day is not None else ""
        return (row.name or "", mask(row.id_number) if row.id_number else "",
                row.unit_name or "", day, row.note or "")

    def _loaded(self, _page_no: int) -> None:
        pass
