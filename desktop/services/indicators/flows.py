"""Entries and exits of one period (shared/indicators.md, Counts), exactly as defined: the
days d in P on which she is a WRA of the scope at d and was not at d - 1 (an entry), or
the reverse (an exit), once per such day.

Her WRA state can only change on a day when something about her changes: her registration,
her 15th or 50th birthday, a life event (move-away, return, death, transfer) or, for
records without events, her dated status. So each of those days in P is looked at once:
WRA and unit the day before and on the day. Summed over a period these steps telescope,
so WRA at start + entries - exits = WRA at end holds by construction for the office and
for every unit (a transfer is an exit of the old unit and an entry of the new one, and
within a scope that holds both it is neither).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CompoundSelect, Connection, and_, case, exists, literal, or_, select, union
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.dates import born_on_or_before_for_age
from desktop.domain.enums import EventKind, RecordStatus
from desktop.domain.report_periods import Period
from desktop.services.indicators.sql import (
    LEFT_STATUS,
    MAX_AGE,
    MIN_AGE,
    birthday,
    shift,
    status_events_exist,
    unit_at,
    wra,
)
from desktop.store.models import Person
from desktop.store.records import LifeEvent
from desktop.store.sql import AnySelect, Expr, table_of

ENTRY_REASONS = ("registered", "turned_15", "returned", "moved_in")
EXIT_REASONS = ("moved_away", "died", "turned_50", "moved_out")


@dataclass(frozen=True)
class Step:
    """One day on which her WRA state or her unit changed."""

    person_id: int
    day: dt.date
    before: bool  # a WRA the day before
    after: bool  # a WRA on the day
    unit_before: int
    unit_after: int
    entry_reason: str
    exit_reason: str

    def entry_in(self, scope: Collection[int] | None) -> str | None:
        """The entry reason when this step is an entry of the scope (None: the office)."""
        inside_after = scope is None or self.unit_after in scope
        inside_before = scope is None or self.unit_before in scope
        if self.after and inside_after and not (self.before and inside_before):
            return self.entry_reason if not self.before else "moved_in"
        return None

    def exit_in(self, scope: Collection[int] | None) -> str | None:
        inside_after = scope is None or self.unit_after in scope
        inside_before = scope is None or self.unit_before in scope
        if self.before and inside_before and not (self.after and inside_after):
            return self.exit_reason if not self.after else "moved_out"
        return None


def _turns(years: int, period: Period) -> ColumnElement[bool]:
    before = period.start - dt.timedelta(days=1)
    return and_(col(Person.birth_date) <= born_on_or_before_for_age(period.end, years),
                col(Person.birth_date) > born_on_or_before_for_age(before, years))


def change_days(period: Period,
                person_ids: Sequence[int] | None = None) -> CompoundSelect[*tuple[Any, ...]]:
    """(person_id, day) of every day in P on which something about her changed."""
    start, end = period.start, period.end
    alive = [col(Person.deleted_at).is_(None)]
    if person_ids is not None:
        alive.append(col(Person.id).in_(person_ids))
    parts: list[AnySelect] = [
        select(col(Person.id).label("pid"), col(Person.registered_on).label("d"))
        .where(*alive, col(Person.registered_on) >= start, col(Person.registered_on) <= end),
        select(col(Person.id), birthday(MIN_AGE)).where(*alive, _turns(MIN_AGE, period)),
        select(col(Person.id), birthday(MAX_AGE)).where(*alive, _turns(MAX_AGE, period)),
        select(col(Person.id), col(Person.status_date))
        .where(*alive, col(Person.status).in_(LEFT_STATUS), col(Person.status_date) >= start,
               col(Person.status_date) <= end, ~status_events_exist()),
    ]
    events = select(col(LifeEvent.person_id), col(LifeEvent.date)).where(
        col(LifeEvent.deleted_at).is_(None), col(LifeEvent.date) >= start, col(LifeEvent.date) <= end)
    if person_ids is not None:
        events = events.where(col(LifeEvent.person_id).in_(person_ids))
    parts.append(events)
    return union(*parts)


def _event_on(day: Expr, kinds: tuple[str, ...]) -> ColumnElement[bool]:
    event = aliased(LifeEvent)
    return (exists().where(col(event.person_id) == col(Person.id), col(event.deleted_at).is_(None),
                           col(event.kind).in_(kinds), col(event.date) == day)
            .correlate_except(event))


def steps_select(period: Period, person_ids: Sequence[int] | None = None) -> AnySelect:
    days = change_days(period, person_ids).cte("days")
    d = days.c.d
    prev = shift(d, -1)
    died = or_(_event_on(d, (EventKind.DECEASED.value,)),
               and_(col(Person.status) == RecordStatus.DECEASED.value, col(Person.status_date) == d,
                    ~status_events_exist()))
    entry = case((col(Person.registered_on) == d, literal("registered")),
                 (birthday(MIN_AGE) == d, literal("turned_15")), else_=literal("returned"))
    leaving = case((died, literal("died")), (birthday(MAX_AGE) == d, literal("turned_50")),
                   else_=literal("moved_away"))
    inner = (select(days.c.pid.label("pid"), d.label("d"),
                    case((wra(prev), 1), else_=0).label("w0"),
                    case((wra(d), 1), else_=0).label("w1"),
                    unit_at(prev).label("u0"), unit_at(d).label("u1"),
                    entry.label("entry"), leaving.label("leaving"))
             .select_from(days.join(table_of(Person), col(Person.id) == days.c.pid))
             .where(col(Person.deleted_at).is_(None), d.is_not(None))
             .cte("steps").prefix_with("MATERIALIZED"))
    return (select(inner)
            .where(or_(inner.c.w0 != inner.c.w1,
                       and_(inner.c.w0 == 1, inner.c.u0 != inner.c.u1))))


def steps(conn: Connection, period: Period,
          person_ids: Sequence[int] | None = None) -> list[Step]:
    out = []
    for r in conn.execute(steps_select(period, person_ids)):
        day = r.d if isinstance(r.d, dt.date) else dt.date.fromisoformat(str(r.d))
        out.append(Step(r.pid, day, bool(r.w0), bool(r.w1), r.u0, r.u1, r.entry, r.leaving))
    return out


@dataclass
class Flows:
    """Entries and exits per unit (the unit she entered or left) and the transfers
    between units, from which any scope's entries and exits follow."""

    entries: dict[int, Counter[str]]  # unit -> reason -> count
    exits: dict[int, Counter[str]]
    transfers: Counter[tuple[int, int]]  # (from unit, to unit) -> count, WRA on both days

    @classmethod
    def of(cls, all_steps: list[Step]) -> Flows:
        entries: dict[int, Counter[str]] = {}
        exits: dict[int, Counter[str]] = {}
        transfers: Counter[tuple[int, int]] = Counter()
        for s in all_steps:
            if s.after and not s.before:
                entries.setdefault(s.unit_after, Counter())[s.entry_reason] += 1
            elif s.before and not s.after:
                exits.setdefault(s.unit_before, Counter())[s.exit_reason] += 1
            elif s.unit_before != s.unit_after:
                transfers[(s.unit_before, s.unit_after)] += 1
        return cls(entries, exits, transfers)

    def for_scope(self, scope: Collection[int] | None) -> tuple[Counter[str], Counter[str]]:
        """(entries by reason, exits by reason) of the office (None) or a set of units."""
        entries: Counter[str] = Counter()
        exits: Counter[str] = Counter()
        for unit, c in self.entries.items():
            if scope is None or unit in scope:
                entries.update(c)
        for unit, c in self.exits.items():
            if scope is None or unit in scope:
                exits.update(c)
        if scope is not None:
            for (old, new), n in self.transfers.items():
                if new in scope and old not in scope:
                    entries["moved_in"] += n
                elif old in scope and new not in scope:
                    exits["moved_out"] += n
        return entries, exits
