"""The overview page's figures (概况): the month the clerk reports (the month before until
the 10th, then the current one), births and check-up coverage by month over the last 12
complete months, the contraception mix of the married WRA today."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, and_, case, func, literal, select
from sqlmodel import col

from desktop.domain.dates import add_months, born_on_or_before_for_age
from desktop.domain.report_periods import Period, complete_months, reporting_month
from desktop.domain.values.indicators import MonthRate, Overview, Rate
from desktop.services.indicators.counts import as_int
from desktop.services.indicators.population_sql import PeriodPersons, checked_in
from desktop.services.indicators.sql import (
    MAX_AGE,
    MIN_AGE,
    aged,
    female,
    married_by,
    present,
    registered_by,
    wra,
)
from desktop.store.date_sql import month_index, year_month
from desktop.store.models import Child, Person
from desktop.store.records import Checkup, Contraception

if TYPE_CHECKING:
    from desktop.services.indicators.overview_cache import OverviewCache
    from desktop.services.indicators.service import IndicatorService

MONTHS = 12


MASK_BITS = 62  # months a check-up mask can hold in SQLite's 64-bit integer


def build_overview(service: IndicatorService, engine: Engine, as_of: dt.date,
                   cache: OverviewCache | None = None) -> Overview:
    """The overview; with ``cache``, only what the writes since the last visit can have
    changed is computed again."""
    if cache is None:
        return _build(service, engine, as_of, None)
    with cache.lock:
        intervals = service.intervals()
        cache.sync((tuple(sorted(intervals.items())), service.office_name()))
        return _build(service, engine, as_of, cache)


def _build(service: IndicatorService, engine: Engine, as_of: dt.date,
           cache: OverviewCache | None) -> Overview:
    months = complete_months(as_of, MONTHS)
    report = reporting_month(as_of)
    figures = cache.figures(report) if cache is not None else None
    if figures is None and cache is None:
        figures = service.compute(report, None, with_units=False)
    elif figures is None and cache is not None:
        # After a write this month: only the women it touched are read again.
        figures, month = service.office_month(report, cache.month(report))
        cache.keep_figures(figures)
        cache.keep_month(month)
    assert figures is not None
    intervals = service.intervals()
    with engine.connect() as conn:
        births = _births_by_month(conn, months[0].start, months[-1].end)
        kept = [cache.coverage(p) if cache is not None else None for p in months]
        # Writes drop the months from a day on: what is missing is the last few months.
        first = next((i for i, rate in enumerate(kept) if rate is None), len(months))
        todo = months[first:]
        if not todo:
            fresh: list[Rate] = []
        elif max(intervals.values()) + MONTHS <= MASK_BITS:
            fresh = coverage_by_month(conn, todo, intervals)
        else:  # a group checked less than every ~4 years: the slower exact path per month
            fresh = [_coverage(conn, PeriodPersons(p, intervals)) for p in todo]
        rates = [r for r in kept[:first] if r is not None] + fresh
        mix = cache.mix(as_of) if cache is not None else None
        if mix is None:
            mix = _mix(conn, as_of)
    if cache is not None:
        cache.keep_coverage(todo, fresh)
        cache.keep_mix(as_of, mix)
    return Overview(as_of, figures,
                    [(p.start, births.get(p.start.strftime("%Y-%m"), 0)) for p in months],
                    [MonthRate(p.start, r) for p, r in zip(months, rates, strict=True)], mix)


def coverage_by_month(conn: Connection, months: list[Period],
                      intervals: dict[str, int]) -> list[Rate]:
    """Check-up coverage of consecutive months in one pass, exactly as the report's.

    For a calendar month M, "last check-up before M's start + k months <= M's end" holds
    exactly when she had no check-up in the k - 1 months before M (add_months lands in
    month last + k, whatever the day). So each candidate's check-up months go into a bit
    mask (bit 0 = the month k_max - 1 before the first one), and each month's due and
    done are bit tests."""
    first, last = months[0], months[-1]
    span = max(intervals.values())
    window = add_months(first.start, -(span - 1))
    base = first.start.year * 12 + first.start.month - 1 - (span - 1)
    # Her check-up months as bits: distinct (person, month) pairs summed per person (a
    # DISTINCT inside a per-person lookup cost twice as much).
    month_bit = (select(col(Checkup.person_id).label("pid"), (month_index(col(Checkup.date)) - base).label("i"))
                 .where(col(Checkup.deleted_at).is_(None), col(Checkup.date) >= window,
                        col(Checkup.date) <= last.end).distinct().subquery())
    masks = (select(month_bit.c.pid, func.sum(literal(1).op("<<")(month_bit.c.i)).label("mask"))
             .group_by(month_bit.c.pid).cte("masks").prefix_with("MATERIALIZED"))
    checks = select(masks.c.mask).where(masks.c.pid == col(Person.id)).scalar_subquery()
    k = case(intervals, value=col(Person.checkup_group), else_=intervals.get("general", 12))
    # Married WRA at each month's end (female() once, in the WHERE below).
    members = [as_int(and_(aged(p.end), married_by(p.end), present(p.end, True))).label(f"m{j}")
               for j, p in enumerate(months)]
    candidates = (select(k.label("k"), func.coalesce(checks, 0).label("mask"), *members)
                  .where(col(Person.deleted_at).is_(None), married_by(last.end),
                         col(Person.birth_date) > born_on_or_before_for_age(first.end, MAX_AGE),
                         col(Person.birth_date) <= born_on_or_before_for_age(last.end, MIN_AGE),
                         registered_by(last.end), female()))
    c = candidates.cte("c").prefix_with("MATERIALIZED")
    one = literal(1)
    sums = []
    for j in range(len(months)):
        pos = j + span - 1
        # months pos - k + 1 .. pos - 1: a check-up there means "not yet due"
        recent = (one.op("<<")(c.c.k - 1) - 1).op("<<")(pos - c.c.k + 1)
        due = and_(c.c[f"m{j}"] == 1, c.c.mask.op("&")(recent) == 0)
        done = c.c.mask.op(">>")(pos).op("&")(1) == 1
        sums += [func.sum(as_int(due)), func.sum(as_int(and_(due, done)))]
    row = conn.execute(select(*sums).select_from(c)).one()
    return [Rate(int(row[2 * j + 1] or 0), int(row[2 * j] or 0)) for j in range(len(months))]


def _births_by_month(conn: Connection, start: dt.date, end: dt.date) -> dict[str, int]:
    key = year_month(col(Child.birth_date))
    stmt = (select(key, func.count()).select_from(Child)
            .join(Person, col(Person.id) == col(Child.person_id))
            .where(col(Child.deleted_at).is_(None), col(Person.deleted_at).is_(None),
                   col(Child.birth_date) >= start, col(Child.birth_date) <= end)
            .group_by(key))
    return {k: n for k, n in conn.execute(stmt)}


def _coverage(conn: Connection, pp: PeriodPersons) -> Rate:
    """One month's check-up coverage, with the report's exact definition."""
    den = and_(col(Person.deleted_at).is_(None), pp.married_end(), pp.checkup_due())
    inner = select(as_int(checked_in(col(Person.id),
                                     pp.period)).label("done")).where(den).subquery()
    num, count = conn.execute(select(func.sum(inner.c.done), func.count()).select_from(inner)).one()
    return Rate(int(num or 0), int(count or 0))


def _mix(conn: Connection, day: dt.date) -> dict[str, int]:
    """Open contraception records of married WRA at ``day``, per method (无 included)."""
    stmt = (select(col(Contraception.method), func.count()).select_from(Contraception)
            .join(Person, col(Person.id) == col(Contraception.person_id))
            .where(col(Contraception.deleted_at).is_(None), col(Contraception.start_date) <= day,
                   (col(Contraception.end_date).is_(None)) | (col(Contraception.end_date) > day),
                   col(Person.deleted_at).is_(None), wra(day, True), married_by(day))
            .group_by(col(Contraception.method)))
    return {method: n for method, n in conn.execute(stmt)}
