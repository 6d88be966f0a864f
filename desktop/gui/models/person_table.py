"""The person register as a table model: one window of rows at a time, sorted in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.domain.dates import age_on
from desktop.domain.enums import Category, MaritalStatus, RecordStatus, StatusFilter
from desktop.domain.idnumber import mask
from desktop.domain.values.people import SORT_KEYS, PersonQuery, PersonRow
from desktop.gui.models.paged_model import Index, PagedTableModel
from desktop.i18n import enum_text
from desktop.services.people.person_list import PersonListService

COL_NAME = 0
COL_ID_NUMBER = 1
COL_AGE = 2
COL_UNIT = 3
COL_CATEGORY = 4
COL_MARITAL = 5
COL_CHILDREN = 6
COL_STATUS = 7
COLUMN_COUNT = 8

# Column -> PersonQuery.sort key; the columns are laid out in SORT_KEYS order.
COLUMN_SORT_KEYS = dict(enumerate(SORT_KEYS))

RowRole = Qt.ItemDataRole.UserRole + 1

PAGE_SIZE = 100
MAX_PAGES = 20  # bounded cache: at most 2,000 rows in memory

_NUMERIC = (COL_AGE, COL_CHILDREN)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ROW = int(RowRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PersonTableModel(PagedTableModel):
    """Rows come from ``PersonListService``; nothing here loads the whole table."""

    count_known = Signal(int)  # the exact number of rows, once counted

    def __init__(self, person_list: PersonListService, today: Callable[[], dt.date],
                 query: PersonQuery | None = None, parent=None) -> None:
        self._person_list, self._today_fn = person_list, today
        super().__init__(query or PersonQuery(), (), PAGE_SIZE, MAX_PAGES, parent)
        self._count_pending = False
        # The exact count is taken just after the first page is shown (see _reload).
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._finish_count)
        self._reload()
        self._headers = (
            self.tr("Name"), self.tr("ID number"), self.tr("Age"), self.tr("Unit"),
            self.tr("Category"), self.tr("Marital status"), self.tr("Children"), self.tr("Status"),
        )

    # -- the query -------------------------------------------------------------
    def _reload(self) -> None:
        """Count and first page. Counting a whole register scans ~90,000 index entries at
        county scale (5 ms), more than the first page itself: unless the count is cheap, the
        first page is shown at once and the exact count follows from the event loop."""
        self._rows.clear()
        self._today = self._today_fn()
        person_list = self._person_list
        self._count_timer.stop()
        self._count_pending = False
        if person_list.count_is_cheap(self._query):
            self._count = person_list.count(self._query)
            return
        self._count = len(self._rows.load(0))
        if self._count == self._rows.page_size:  # maybe more: count them next
            self._count_pending = True
            self._count_timer.start()

    def count_pending(self) -> bool:
        """True until the exact number of rows is known (it follows the first page)."""
        return self._count_pending

    def _finish_count(self) -> None:
        if not self._count_pending:
            return
        self._count_pending = False
        exact = self._person_list.count(self._query)
        if exact > self._count:
            self.beginInsertRows(QModelIndex(), self._count, exact - 1)
            self._count = exact
            self.endInsertRows()
        elif exact < self._count:  # rows went away in between: start over
            self.beginResetModel()
            self._rows.clear()
            self._count = exact
            self.endResetModel()
        self.count_known.emit(exact)

    def is_page_loaded(self, page: int) -> bool:
        return self._rows.is_loaded(page)

    def person_id(self, row: int) -> int | None:
        found = self._row(row)
        return found[0].id if found else None

    # -- Qt model --------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Hot path: the view calls this for every cell and role while painting.
        if role == _DISPLAY or role == _ROW:
            if not index.isValid():
                return None
            found = self._row(index.row())
            if found is None:  # the table changed under us; the next refresh fixes it
                return None
            return found[0].id if role == _ROW else found[1][index.column()]
        if role == _ALIGN and index.column() in _NUMERIC:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMN_SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        # A reset is simpler than mapping persistent indexes across an SQL re-sort.
        self.set_query(replace(self._query, sort=key, descending=descending))

    # -- paging ----------------------------------------------------------------
    def _page(self, offset: int, limit: int) -> list[PersonRow]:
        return self._person_list.page(self._query, offset, limit)

    def _format(self, row: PersonRow) -> tuple[str, ...]:
        return self._texts(row, self._today)

    @staticmethod
    def _texts(row: PersonRow, today: dt.date) -> tuple[str, ...]:
        return (
            row.name,
            mask(row.id_number),
            str(age_on(row.birth_date, today)),
            row.unit_name,
            _enum_label(Category, row.category),
            _enum_label(MaritalStatus, row.marital_status),
            str(row.children_count),
            _status_label(row.status),
        )


def _enum_label(kind: type, code: str) -> str:
    try:
        return enum_text(kind(code))
    except ValueError:  # an unknown stored code is shown as it is
        return code


def _status_label(code: str) -> str:
    if code in RecordStatus._value2member_map_:
        return enum_text(RecordStatus(code))
    return _enum_label(StatusFilter, code)
