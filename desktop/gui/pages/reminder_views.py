"""The counts above the reminder list, each a one-click view: overdue and due this week (the
default, nearest due first), overdue, due today, due this week, payments this month, all."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.domain.dates import add_months
from desktop.domain.values.reminders import ReminderKind, ReminderQuery, ReminderSummary
from desktop.gui.models import reminder_table as rt

DEFAULT, OVERDUE, TODAY, WEEK, PAYMENTS, ALL = (
    "overdue_week", "overdue", "today", "week", "payments", "all")
VIEWS = (DEFAULT, OVERDUE, TODAY, WEEK, PAYMENTS, ALL)
WEEK_DAYS = 7
# Sample contents that set the column widths: every column fits at 1100×700, the detail
# (说明) takes the rest and shows in full on hover.
WIDTH_SAMPLES = {
    rt.COL_KIND: "出生待上报", rt.COL_NAME: "欧阳秀英", rt.COL_ID_NUMBER: "330102********123X",
    rt.COL_UNIT: "城关镇东街社区", rt.COL_PHONE: "13800001234", rt.COL_DUE: "2026-10-31",
    rt.COL_DAYS: "逾期 365 天",
}


def month_end(day: dt.date) -> dt.date:
    return add_months(day.replace(day=1), 1) - dt.timedelta(days=1)


def shape(view: str, query: ReminderQuery) -> ReminderQuery:
    """``query`` (date, horizon, kinds, unit, search as filtered) narrowed to ``view``."""
    as_of = query.as_of
    week_end = as_of + dt.timedelta(days=WEEK_DAYS - 1)
    change = dataclasses.replace
    if view == DEFAULT:
        return change(query, horizon_days=WEEK_DAYS - 1, due_to=week_end, nearest_first=True)
    if view == OVERDUE:
        return change(query, horizon_days=0, due_to=as_of - dt.timedelta(days=1),
                      nearest_first=True)
    if view == TODAY:
        return change(query, horizon_days=0, due_from=as_of, due_to=as_of)
    if view == WEEK:
        return change(query, horizon_days=WEEK_DAYS - 1, due_from=as_of, due_to=week_end)
    if view == PAYMENTS:
        end = month_end(as_of)
        return change(query, horizon_days=(end - as_of).days, due_to=end,
                      kinds=frozenset({ReminderKind.PAYMENT}))
    return query


class ReminderViews(QWidget):
    """A row of buttons, one checked; ``changed`` when the clerk picks another."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = {
            DEFAULT: self.tr("Overdue and due this week"), OVERDUE: self.tr("Overdue"),
            TODAY: self.tr("Due today"), WEEK: self.tr("Due this week"),
            PAYMENTS: self.tr("Payments due this month"), ALL: self.tr("All reminders"),
        }
        tips = {
            DEFAULT: self.tr("Overdue and due within 7 days, the nearest due date first"),
            OVERDUE: self.tr("Due before the date, the most recent first"),
            TODAY: self.tr("Due on the date"),
            WEEK: self.tr("Due on the date or within the 6 days after it"),
            PAYMENTS: self.tr("Benefit payments due by the end of the month and not yet paid"),
            ALL: self.tr("Every reminder due within the days chosen, oldest first"),
        }
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for view in VIEWS:
            button = QPushButton(self._labels[view], self)
            button.setCheckable(True)
            button.setToolTip(tips[view])
            self.group.addButton(button)
            self.buttons[view] = button
            layout.addWidget(button)
            button.clicked.connect(self.changed.emit)
        layout.addStretch(1)
        self.buttons[DEFAULT].setChecked(True)

    def current(self) -> str:
        return next(view for view, button in self.buttons.items() if button.isChecked())

    def choose(self, view: str) -> None:
        if view != self.current():
            self.buttons[view].setChecked(True)
            self.changed.emit()

    def shape(self, query: ReminderQuery) -> ReminderQuery:
        return shape(self.current(), query)

    def set_summary(self, summary: ReminderSummary) -> None:
        counts = {DEFAULT: summary.overdue_and_week, OVERDUE: summary.overdue,
                  TODAY: summary.today, WEEK: summary.week,
                  PAYMENTS: summary.payments_month}
        for view, count in counts.items():
            self.buttons[view].setText(f"{self._labels[view]} {count:,}")


def set_up_table(table: QTableView, model: rt.ReminderTableModel) -> None:
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)  # the detail shows in full on hover
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    cells, heads = table.fontMetrics(), header.fontMetrics()
    for column, sample in WIDTH_SAMPLES.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        width = max(cells.horizontalAdvance(sample), heads.horizontalAdvance(title) + 16)
        table.setColumnWidth(column, width + 16)
    table.verticalHeader().setDefaultSectionSize(cells.height() + 8)
    table.verticalHeader().hide()
