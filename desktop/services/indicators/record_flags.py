"""Each woman's record lookups of one period, read once per record table and grouped by
person: her latest return, her check-ups (the last one before P that counts, one in P that
counts, one in the 12 months to P's end), an open contraception with a method, a service
in the 12 months. The report joins these to its per-person flags by person id.

The same rules as population_sql and target_sql (whose per-person lookups serve the lists
of persons behind a number), written as aggregates: a lookup per woman costs an index
probe each, 600,000 of them for a million women; one grouped pass over the recent rows
of each table costs a fraction of that on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CTE, and_, case, func, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.dates import add_months
from desktop.domain.enums import EventKind, Method
from desktop.domain.report_periods import Period
from desktop.services.indicators.target_sql import window
from desktop.store.records import Checkup, Contraception, LifeEvent, Service
from desktop.store.sql import AnySelect, Expr


def _max_if(cond: ColumnElement[bool], value: Any) -> ColumnElement[Any]:
    """The largest ``value`` among the rows meeting ``cond`` (NULL when none does)."""
    return func.max(case((cond, value)))


def earliest_needed(period: Period, intervals: dict[str, int]) -> dt.date:
    """The first day a check-up can matter to P's figures.

    Her last check-up before P decides whether she is due (last + her group's interval on
    or before P's end): one older than P's end less the longest interval leaves her due
    exactly as having none does (adding months never passes the day it was taken from),
    so older check-ups need not be read. The 12-month window and P itself start later."""
    longest = max([*intervals.values(), intervals.get("general", 12), 0])
    return min(add_months(period.end, -longest), window(period.end)[0], period.start)


@dataclass(frozen=True)
class RecordFlags:
    """The grouped lookups: ``checkups`` (pid, last, checked, recent), ``contraception``
    (pid), ``services`` (pid); a woman without a row has none."""

    checkups: CTE
    contraception: CTE
    services: CTE


def record_flags(period: Period, intervals: dict[str, int],
                 person_ids: Sequence[int] | None = None) -> RecordFlags:
    end = period.end
    first, _ = window(end)
    returned = _latest_returns(end, person_ids)
    after_return = or_(returned.c.day.is_(None), col(Checkup.date) >= returned.c.day)
    checkups: AnySelect = (
        select(col(Checkup.person_id).label("pid"),
               _max_if(and_(col(Checkup.date) < period.start, after_return),
                       col(Checkup.date)).label("last"),
               _max_if(and_(col(Checkup.date) >= period.start, after_return), 1).label("checked"),
               _max_if(col(Checkup.date) >= first, 1).label("recent"))
        .select_from(Checkup)
        .outerjoin(returned, returned.c.pid == col(Checkup.person_id))
        .where(col(Checkup.deleted_at).is_(None),
               col(Checkup.date) >= earliest_needed(period, intervals),
               col(Checkup.date) <= end, *_only(col(Checkup.person_id), person_ids))
        .group_by(col(Checkup.person_id)))
    contraception: AnySelect = (
        select(col(Contraception.person_id).label("pid"))
        .where(col(Contraception.deleted_at).is_(None), col(Contraception.start_date) <= end,
               or_(col(Contraception.end_date).is_(None), col(Contraception.end_date) > end),
               col(Contraception.method) != Method.NONE.value,
               *_only(col(Contraception.person_id), person_ids))
        .group_by(col(Contraception.person_id)))
    services: AnySelect = (
        select(col(Service.person_id).label("pid"))
        .where(col(Service.deleted_at).is_(None), col(Service.date) >= first,
               col(Service.date) <= end, *_only(col(Service.person_id), person_ids))
        .group_by(col(Service.person_id)))
    return RecordFlags(_materialized(checkups, "ck"), _materialized(contraception, "ct"),
                       _materialized(services, "sv"))


def _latest_returns(end: dt.date, person_ids: Sequence[int] | None) -> CTE:
    """Her latest return (迁回) on or before ``end``: check-ups before it do not count."""
    latest: AnySelect = (select(col(LifeEvent.person_id).label("pid"),
                     func.max(col(LifeEvent.date)).label("day"))
              .where(col(LifeEvent.kind) == EventKind.RETURNED.value,
                     col(LifeEvent.deleted_at).is_(None), col(LifeEvent.date) <= end,
                     *_only(col(LifeEvent.person_id), person_ids))
              .group_by(col(LifeEvent.person_id)))
    return _materialized(latest, "rt")


def _only(column: Expr, person_ids: Sequence[int] | None) -> list[ColumnElement[bool]]:
    return [] if person_ids is None else [column.in_(person_ids)]


def _materialized(stmt: AnySelect, name: str) -> CTE:
    return stmt.cte(name).prefix_with("MATERIALIZED")
