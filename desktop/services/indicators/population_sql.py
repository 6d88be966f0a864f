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

from desktop.domain.dates import born_on_or_before_for_age
from desktop.domain.enums import Category, EventKind, Method, RecordStatus
from desktop.domain.report_periods import Period
from desktop.services.indicators.sql import (
    LEAVING,
    LEFT_STATUS,
    MAX_AGE,
    MIN_AGE,
    add_months_sql,
    aged,
    birthday,
    female,
    filled,
    left_by,
    married_by,
    present,
    registered_by,
    shift,
    valid_id,
    wra,
)
from desktop.store.models import Person
from desktop.store.records import Checkup, Contraception, LifeEvent
from desktop.store.sql import Expr

DEFAULT_INTERVALS = {"key": 3, "general": 12}  # months between check-ups per group

# Default columns of the helpers below (a module constant: an argument default is built once)
PERSON_ID = col(Person.id)
CHECKUP_GROUP = col(Person.checkup_group)


def turns_in(years: int, start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Her ``years``-th birthday falls in [start, end] (constant bounds: indexable)."""
    return and_(col(Person.birth_date) <= born_on_or_before_for_age(end, years),
                col(Person.birth_date) > born_on_or_before_for_age(start - dt.timedelta(days=1),
                                                                   years))


def _events_in(period: Period, kinds: tuple[str, ...],
               pid: Expr = PERSON_ID) -> tuple[type[LifeEvent], ColumnElement[bool]]:
    event = aliased(LifeEvent)
    return event, and_(col(event.person_id) == pid, col(event.deleted_at).is_(None),
                       col(event.kind).in_(kinds),
                       col(event.date) >= period.start, col(event.date) <= period.end)


def has_events() -> ColumnElement[bool]:
    event = aliased(LifeEvent)
    return (exists().where(col(event.person_id) == col(Person.id), col(event.deleted_at).is_(None))
            .correlate_except(event))


def wra_on_day_before(day: Expr) -> ColumnElement[bool]:
    before = shift(day, -1)
    return and_(aged(before), registered_by(before), ~left_by(before, False))


def last_checkup_before(pid: Expr, day: dt.date) -> ColumnElement[Any]:
    return (select(func.max(col(Checkup.date)))
            .where(col(Checkup.person_id) == pid, col(Checkup.deleted_at).is_(None),
                   col(Checkup.date) < day)
            .scalar_subquery())


def checked_in(pid: Expr, period: Period) -> ColumnElement[bool]:
    return exists().where(col(Checkup.person_id) == pid, col(Checkup.deleted_at).is_(None),
                          col(Checkup.date) >= period.start, col(Checkup.date) <= period.end)


def first_checkup_in(pid: Expr, period: Period) -> ColumnElement[Any]:
    return (select(func.min(col(Checkup.date)))
            .where(col(Checkup.person_id) == pid, col(Checkup.deleted_at).is_(None),
                   col(Checkup.date) >= period.start, col(Checkup.date) <= period.end)
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
    return or_(last.is_(None), add_months_sql(last, months) <= day)


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

    # -- entries and exits ----------------------------------------------------------
    def _registered_in(self) -> ColumnElement[bool]:
        day = col(Person.registered_on)
        p = self.period
        return and_(day >= p.start, day <= p.end, aged(day), ~left_by(day, False))

    def _turned_15(self) -> ColumnElement[bool]:
        day = birthday(MIN_AGE)
        return and_(turns_in(MIN_AGE, self.period.start, self.period.end),
                    registered_by(day), ~left_by(day, False))

    def entries(self) -> ColumnElement[bool]:
        """Aged 15 to 49 on the day she was registered in P or turned 15 in P."""
        return and_(female(), or_(self._registered_in(), self._turned_15()))

    def entry_day(self) -> ColumnElement[Any]:
        return case((self._registered_in(), col(Person.registered_on)), else_=birthday(MIN_AGE))

    def _turned_50(self) -> ColumnElement[bool]:
        return and_(turns_in(MAX_AGE, self.period.start, self.period.end),
                    wra_on_day_before(birthday(MAX_AGE)))

    def _left_event(self) -> tuple[type[LifeEvent], ColumnElement[bool]]:
        event, cond = _events_in(self.period, LEAVING)
        return event, and_(cond, wra_on_day_before(col(event.date)))

    def _left_by_status(self) -> ColumnElement[bool]:
        day = col(Person.status_date)
        return and_(~has_events(), col(Person.status).in_(LEFT_STATUS), day >= self.period.start,
                    day <= self.period.end, wra_on_day_before(day))

    def exits(self) -> ColumnElement[bool]:
        """WRA the day before she moved away or died in P, or turned 50 in P."""
        event, by_event = self._left_event()
        dated = col(Person.status_date).is_not(None)  # any event or dated status sets it
        moved = exists().where(by_event).correlate_except(event)
        return and_(female(), or_(self._turned_50(),
                                  and_(dated, or_(moved, self._left_by_status()))))

    def exit_day(self) -> ColumnElement[Any]:
        event, by_event = self._left_event()
        first = (select(func.min(col(event.date))).where(by_event).correlate_except(event)
                 .scalar_subquery())
        return case((self._turned_50(), birthday(MAX_AGE)),
                    else_=func.coalesce(first, col(Person.status_date)))

    def died(self) -> ColumnElement[bool]:
        event, cond = _events_in(self.period, (EventKind.DECEASED.value,))
        by_status = and_(~has_events(), col(Person.status) == RecordStatus.DECEASED.value,
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
        last = last_checkup_before(pid, self.period.start)
        return due_by(last, group, self.intervals, self.period.end)

    def complete(self) -> ColumnElement[bool]:
        """Name, valid ID number, unit, marital status, phone and current address filled."""
        return and_(self.complete_but_id(), valid_id())

    @staticmethod
    def complete_but_id() -> ColumnElement[bool]:
        return and_(filled(col(Person.name)), col(Person.unit_id).is_not(None),
                    filled(col(Person.marital_status)), filled(col(Person.phone)),
                    filled(col(Person.current_address)))
