"""Per-person conditions of one report period: WRA at start/end, entries, exits, the
person-level rates. The same expressions feed the counts (one scan, summed per unit) and
the lists of persons behind each number, so the two always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.enums import Category, EventKind, Method, RecordStatus
from desktop.domain.report_periods import Period
from desktop.services.indicators.sql import (
    filled,
    married_by,
    present,
    status_events_exist,
    valid_id,
    wra,
)
from desktop.store.date_sql import add_months
from desktop.store.models import Person
from desktop.store.records import Checkup, Contraception, LifeEvent
from desktop.store.returns import not_before_return
from desktop.store.sql import Expr

DEFAULT_INTERVALS = {"key": 3, "general": 12}  # months between check-ups per group

# Default columns of the helpers below (a module constant: an argument default is built once)
PERSON_ID = col(Person.id)
CHECKUP_GROUP = col(Person.checkup_group)


def _events_in(period: Period, kinds: tuple[str, ...],
               pid: Expr = PERSON_ID) -> tuple[type[LifeEvent], ColumnElement[bool]]:
    event = aliased(LifeEvent)
    return event, and_(col(event.person_id) == pid, col(event.deleted_at).is_(None),
                       col(event.kind).in_(kinds),
                       col(event.date) >= period.start, col(event.date) <= period.end)


def last_checkup_before(pid: Expr, day: dt.date, by: dt.date) -> ColumnElement[Any]:
    """Her last check-up dated before ``day`` that counts at ``by`` (P's end): one dated
    before her latest return on or before ``by`` does not (time away does not count)."""
    return (select(func.max(col(Checkup.date)))
            .where(col(Checkup.person_id) == pid, col(Checkup.deleted_at).is_(None), col(Checkup.date) < day,
                   not_before_return(pid, col(Checkup.date), by))
            .scalar_subquery())


def checked_in(pid: Expr, period: Period) -> ColumnElement[bool]:
    return exists().where(col(Checkup.person_id) == pid, col(Checkup.deleted_at).is_(None),
                          col(Checkup.date) >= period.start, col(Checkup.date) <= period.end,
                          not_before_return(pid, col(Checkup.date), period.end))


def first_checkup_in(pid: Expr, period: Period) -> ColumnElement[Any]:
    return (select(func.min(col(Checkup.date)))
            .where(col(Checkup.person_id) == pid, col(Checkup.deleted_at).is_(None),
                   col(Checkup.date) >= period.start, col(Checkup.date) <= period.end,
                   not_before_return(pid, col(Checkup.date), period.end))
            .scalar_subquery())


def open_contraception(pid: Expr, day: dt.date) -> ColumnElement[bool]:
    """Condition of a contraception record of ``pid`` open at ``day`` with a method."""
    return and_(col(Contraception.person_id) == pid, col(Contraception.deleted_at).is_(None),
                col(Contraception.start_date) <= day,
                or_(col(Contraception.end_date).is_(None), col(Contraception.end_date) > day),
                col(Contraception.method) != Method.NONE.value)


def due_by(last: Expr, group: Expr, intervals: dict[str, int],
           day: dt.date) -> ColumnElement[bool]:
    """Check-up due on or before ``day``: last check-up + her group's interval, or never."""
    months = case(intervals, value=group, else_=intervals.get("general", 12))
    return or_(last.is_(None), add_months(last, months) <= day)


@dataclass
class PeriodPersons:
    """The conditions on Person for one period (rows in the recycle bin: filter apart)."""

    period: Period
    intervals: dict[str, int]

    @property
    def before(self) -> dt.date:
        return self.period.start - dt.timedelta(days=1)

    def wra_start(self) -> ColumnElement[bool]:
        return wra(self.before, undated_left=False)

    def wra_end(self) -> ColumnElement[bool]:
        return wra(self.period.end, undated_left=True)

    def married_end(self) -> ColumnElement[bool]:
        return and_(self.wra_end(), married_by(self.period.end))

    def category_end(self, category: Category) -> ColumnElement[bool]:
        return and_(col(Person.category) == category.value, self.wra_end())

    def active_end(self) -> ColumnElement[bool]:
        return present(self.period.end, undated_left=True)

    # Entries and exits are taken day by day in flows.py (they need the unit too).

    def died(self) -> ColumnElement[bool]:
        event, cond = _events_in(self.period, (EventKind.DECEASED.value,))
        by_status = and_(~status_events_exist(), col(Person.status) == RecordStatus.DECEASED.value,
                         col(Person.status_date) >= self.period.start,
                         col(Person.status_date) <= self.period.end)
        return and_(col(Person.status_date).is_not(None),
                    or_(exists().where(cond).correlate_except(event), by_status))

    def death_day(self) -> ColumnElement[Any]:
        event, cond = _events_in(self.period, (EventKind.DECEASED.value,))
        first = select(func.min(col(event.date))).where(cond).correlate_except(event)
        return func.coalesce(first.scalar_subquery(), col(Person.status_date))

    # -- person-level rates ---------------------------------------------------------
    def checkup_due(self, pid: Expr = PERSON_ID,
                    group: Expr = CHECKUP_GROUP) -> ColumnElement[bool]:
        last = last_checkup_before(pid, self.period.start, self.period.end)
        return due_by(last, group, self.intervals, self.period.end)

    def complete(self) -> ColumnElement[bool]:
        """Name, valid ID number, unit, marital status, phone and current address filled."""
        return and_(self.complete_but_id(), valid_id())

    @staticmethod
    def complete_but_id() -> ColumnElement[bool]:
        return and_(filled(col(Person.name)), col(Person.unit_id).is_not(None),
                    filled(col(Person.marital_status)), filled(col(Person.phone)),
                    filled(col(Person.current_address)))
