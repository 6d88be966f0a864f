"""Per-person conditions of one report period: WRA at start/end, entries, exits, the
person-level rates. The same expressions feed the counts (one scan, summed per unit) and
the lists of persons behind each number, so the two always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

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

DEFAULT_INTERVALS = {"key": 3, "general": 12}  # months between check-ups per group


def _events_in(period: Period, kinds: tuple[str, ...], pid: ColumnElement = Person.id):
    event = aliased(LifeEvent)
    return event, and_(event.person_id == pid, event.deleted_at.is_(None), event.kind.in_(kinds),
                       event.date >= period.start, event.date <= period.end)


def last_checkup_before(pid: ColumnElement, day: dt.date) -> ColumnElement:
    return (select(func.max(Checkup.date))
            .where(Checkup.person_id == pid, Checkup.deleted_at.is_(None), Checkup.date < day)
            .scalar_subquery())


def checked_in(pid: ColumnElement, period: Period) -> ColumnElement[bool]:
    return exists().where(Checkup.person_id == pid, Checkup.deleted_at.is_(None),
                          Checkup.date >= period.start, Checkup.date <= period.end)


def first_checkup_in(pid: ColumnElement, period: Period) -> ColumnElement:
    return (select(func.min(Checkup.date))
            .where(Checkup.person_id == pid, Checkup.deleted_at.is_(None),
                   Checkup.date >= period.start, Checkup.date <= period.end)
            .scalar_subquery())


def open_contraception(pid: ColumnElement, day: dt.date):
    """Condition of a contraception record of ``pid`` open at ``day`` with a method."""
    return and_(Contraception.person_id == pid, Contraception.deleted_at.is_(None),
                Contraception.start_date <= day,
                or_(Contraception.end_date.is_(None), Contraception.end_date > day),
                Contraception.method != Method.NONE.value)


def due_by(last: ColumnElement, group: ColumnElement, intervals: dict[str, int],
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
        return and_(Person.category == category.value, self.wra_end())

    def active_end(self) -> ColumnElement[bool]:
        return present(self.period.end, undated_left=True)

    # Entries and exits are taken day by day in flows.py (they need the unit too).

    def died(self) -> ColumnElement[bool]:
        event, cond = _events_in(self.period, (EventKind.DECEASED.value,))
        by_status = and_(~status_events_exist(), Person.status == RecordStatus.DECEASED.value,
                         Person.status_date >= self.period.start,
                         Person.status_date <= self.period.end)
        return and_(Person.status_date.is_not(None),
                    or_(exists().where(cond).correlate_except(event), by_status))

    def death_day(self) -> ColumnElement:
        event, cond = _events_in(self.period, (EventKind.DECEASED.value,))
        first = select(func.min(event.date)).where(cond).correlate_except(event)
        return func.coalesce(first.scalar_subquery(), Person.status_date)

    # -- person-level rates ---------------------------------------------------------
    def checkup_due(self, pid: ColumnElement = Person.id,
                    group: ColumnElement = Person.checkup_group) -> ColumnElement[bool]:
        last = last_checkup_before(pid, self.period.start)
        return due_by(last, group, self.intervals, self.period.end)

    def complete(self) -> ColumnElement[bool]:
        """Name, valid ID number, unit, marital status, phone and current address filled."""
        return and_(self.complete_but_id(), valid_id())

    @staticmethod
    def complete_but_id() -> ColumnElement[bool]:
        return and_(filled(Person.name), Person.unit_id.is_not(None),
                    filled(Person.marital_status), filled(Person.phone),
                    filled(Person.current_address))
