"""One register as a table model: a window of rows at a time from RegisterService."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from desktop.domain.idnumber import mask
from desktop.domain.values.registers import (
    COLUMNS,
    CONTEXT,
    DATE,
    ENUM,
    ID_NUMBER,
    ITEM_SEPARATOR,
    ITEMS,
    LABELS,
    NUMBER,
    WHOM,
    RegisterColumn,
    RegisterQuery,
    RegisterRow,
)
from desktop.gui.models.paged_model import Index, PagedTableModel
from desktop.i18n import enum_text
from desktop.services.registers.service import RegisterService

# Columns every register starts with; the rest follow COLUMNS[register].
COL_NAME = 0
COL_ID_NUMBER = 1
COL_UNIT = 2

RowRole = Qt.ItemDataRole.UserRole + 1  # the record id
PersonRole = Qt.ItemDataRole.UserRole + 2  # the person id
TabRole = Qt.ItemDataRole.UserRole + 3  # the person-editor tab key

PAGE_SIZE = 100
MAX_PAGES = 20  # bounded cache: at most 2,000 rows in memory

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RegisterTableModel(PagedTableModel):
    def __init__(self, registers: RegisterService, query: RegisterQuery, parent=None) -> None:
        self._registers = registers
        self._columns = COLUMNS[query.register]
        self._numeric = {i for i, c in enumerate(self._columns) if c.kind == NUMBER}
        super().__init__(query, [QCoreApplication.translate(CONTEXT, c.header)
                                 for c in self._columns], PAGE_SIZE, MAX_PAGES, parent)
        self._reload()

    # -- the query -------------------------------------------------------------
    def columns(self) -> tuple[RegisterColumn, ...]:
        return self._columns

    def set_query(self, query: RegisterQuery) -> None:
        if query.register != self._query.register:
            raise ValueError("a model shows one register")
        super().set_query(query)

    def _count_rows(self) -> int:
        return self._registers.count(self._query)

    def row_at(self, row: int) -> RegisterRow | None:
        found = self._row(row)
        return found[0] if found else None

    # -- Qt model --------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _ALIGN:
            return _RIGHT if index.isValid() and index.column() in self._numeric else None
        if role not in (_DISPLAY, RowRole, PersonRole, TabRole) or not index.isValid():
            return None
        found = self._row(index.row())
        if found is None:  # the table changed under us; the next refresh fixes it
            return None
        row, texts = found
        if role == _DISPLAY:
            return texts[index.column()]
        if role == RowRole:
            return row.record_id
        return row.person_id if role == PersonRole else row.tab

    # -- paging ----------------------------------------------------------------
    def _page(self, offset: int, limit: int) -> list[RegisterRow]:
        return self._registers.page(self._query, offset, limit)

    def _format(self, row: RegisterRow) -> tuple[str, ...]:
        return tuple(_text(c, v) for c, v in zip(self._columns, row.values, strict=True))

def _text(column: RegisterColumn, value: object) -> str:
    if value is None or value == "":
        return ""
    kind = column.kind
    if kind == ID_NUMBER:
        return mask(str(value))
    if kind == DATE and isinstance(value, dt.date):
        return value.isoformat()
    if kind == ENUM and column.enum is not None:
        try:
            return enum_text(column.enum(value))
        except ValueError:  # an unknown stored code is shown as it is
            return str(value)
    if kind == ITEMS:
        return QCoreApplication.translate(CONTEXT, ITEM_SEPARATOR).join(
            QCoreApplication.translate(CONTEXT, LABELS.get(code, code)) for code in value)  # type: ignore[attr-defined]
    if kind == WHOM:
        return QCoreApplication.translate(CONTEXT, LABELS.get(str(value), str(value)))
    return str(value)
