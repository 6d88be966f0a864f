"""The reminder list as a table model: a window of rows at a time from ReminderService.

Rows come ordered by due date (overdue first by construction); each row is coloured by
its section: overdue, due within a week, later.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.idnumber import mask
from desktop.domain.values.reminders import Reminder, ReminderQuery
from desktop.gui.models.paged_model import Index, PagedTableModel
from desktop.i18n import kind_text, reminder_detail_text
from desktop.services.reminders.service import ReminderService

COL_KIND, COL_NAME, COL_ID_NUMBER, COL_UNIT, COL_PHONE, COL_DUE, COL_DAYS, COL_DETAIL = range(8)
COLUMN_COUNT = 8

RowRole = Qt.ItemDataRole.UserRole + 1  # the row's identity: Reminder.key
PersonRole = Qt.ItemDataRole.UserRole + 2  # the person id
ReminderRole = Qt.ItemDataRole.UserRole + 3  # the Reminder itself

PAGE_SIZE = 100
MAX_PAGES = 20  # bounded cache: at most 2,000 rows in memory
WEEK_DAYS = 7

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_OWN_ROLES = (int(RowRole), int(PersonRole), int(ReminderRole))


class Section(Enum):
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"


def section_of(reminder: Reminder) -> Section:
    if reminder.days_overdue > 0:
        return Section.OVERDUE
    return Section.THIS_WEEK if reminder.days_overdue > -WEEK_DAYS else Section.LATER


_RED = QBrush(QColor("#b00020"))
COLOURS = {Section.OVERDUE: "#fdecec", Section.THIS_WEEK: "#fff5dc"}  # row backgrounds
_BACKGROUNDS = {section: QBrush(QColor(colour)) for section, colour in COLOURS.items()}


class ReminderTableModel(PagedTableModel):
    def __init__(self, reminders: ReminderService, query: ReminderQuery, parent=None,
                 load: bool = True) -> None:
        self._reminders = reminders
        super().__init__(query, (), PAGE_SIZE, MAX_PAGES, parent)
        self._headers = (self.tr("Reminder"), self.tr("Name"), self.tr("ID number"),
                         self.tr("Unit"), self.tr("Phone"), self.tr("Due date"),
                         self.tr("Overdue / days left"), self.tr("Detail"))
        self._section_names = {Section.OVERDUE: self.tr("Overdue"),
                               Section.THIS_WEEK: self.tr("Due within a week"),
                               Section.LATER: self.tr("Due later")}
        if load:  # else empty until refresh(): the page loads the start list on a worker
            self._reload()

    # -- the query -------------------------------------------------------------
    def _count_rows(self) -> int:
        return self._reminders.count(self._query)

    def reminder_at(self, row: int) -> Reminder | None:
        found = self._row(row)
        return found[0] if found else None

    def section_name(self, section: Section) -> str:
        return self._section_names[section]

    # -- Qt model --------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == _ALIGN:
            return _RIGHT if column == COL_DAYS else None
        if role not in (_DISPLAY, _FOREGROUND, _BACKGROUND, _TOOLTIP, *_OWN_ROLES):
            return None
        found = self._row(index.row())
        if found is None:  # the list changed under us; the next refresh fixes it
            return None
        reminder, texts = found
        if role == _DISPLAY:
            return texts[column]
        if role == _FOREGROUND:
            return _RED if column == COL_DAYS and reminder.days_overdue > 0 else None
        if role == _BACKGROUND:
            return _BACKGROUNDS.get(section_of(reminder))
        if role == _TOOLTIP:  # the detail in full, however narrow its column
            if column == COL_DETAIL:
                return texts[column]
            return self._section_names[section_of(reminder)]
        if role == RowRole:
            return reminder.key
        return reminder.person_id if role == PersonRole else reminder

    # -- paging ----------------------------------------------------------------
    def _page(self, offset: int, limit: int) -> list[Reminder]:
        return self._reminders.page(self._query, offset, limit)

    def _format(self, r: Reminder) -> tuple[str, ...]:
        return (kind_text(r.kind), r.name, mask(r.id_number) if r.id_number else "", r.unit_name,
                r.phone, r.due_date.isoformat(), days_text(r.days_overdue),
                reminder_detail_text(r))


def days_text(days_overdue: int) -> str:
    """"3 days overdue", "Due today", "5 days left"."""
    if days_overdue > 0:
        return QCoreApplication.translate("ReminderTableModel", "%n day(s) overdue", "", days_overdue)
    if days_overdue == 0:
        return QCoreApplication.translate("ReminderTableModel", "Due today")
    left = -days_overdue
    return QCoreApplication.translate("ReminderTableModel", "%n day(s) left", "", left)
