"""The overview page's figures (概况): this month, births and check-up coverage by month
over the last 12 months, the contraception mix of the married WRA today."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Engine, and_, func, select

from desktop.domain.report_periods import last_months, month_of
from desktop.services.indicator_counts import as_int
from desktop.services.indicator_sql import married_by, wra
from desktop.services.indicator_types import MonthRate, Overview, Rate
from desktop.services.population_sql import PeriodPersons, checked_in
from desktop.store.models import Child, Person
from desktop.store.records import Contraception

if TYPE_CHECKING:
    from desktop.services.indicators import IndicatorService

MONTHS = 12


def build_overview(service: IndicatorService, engine: Engine, as_of: dt.date) -> Overview:
    months = last_months(as_of, MONTHS)
    figures = service.compute(month_of(as_of), None, with_units=False)
    with engine.connect() as conn:
        births = _births_by_month(conn, months[0].start, months[-1].end)
        coverage = [MonthRate(p.start, _coverage(conn, PeriodPersons(p, service.intervals())))
                    for p in months]
        mix = _mix(conn, as_of)
    return Overview(as_of, figures, [(p.start, births.get(p.start.strftime("%Y-%m"), 0))
                                     for p in months], coverage, mix)


def _births_by_month(conn, start: dt.date, end: dt.date) -> dict[str, int]:  # noqa: ANN001
    key = func.strftime("%Y-%m", Child.birth_date)
    stmt = (select(key, func.count()).select_from(Child)
            .join(Person, Person.id == Child.person_id)
            .where(Child.deleted_at.is_(None), Person.deleted_at.is_(None),
                   Child.birth_date >= start, Child.birth_date <= end)
            .group_by(key))
    return {k: n for k, n in conn.execute(stmt)}


def _coverage(conn, pp: PeriodPersons) -> Rate:  # noqa: ANN001
    """One month's check-up coverage, with the report's exact definition."""
    den = and_(Person.deleted_at.is_(None), pp.married_end(), pp.checkup_due())
    inner = select(as_int(checked_in(Person.id, pp.period)).label("done")).where(den).subquery()
    num, count = conn.execute(select(func.sum(inner.c.done), func.count()).select_from(inner)).one()
    return Rate(int(num or 0), int(count or 0))


def _mix(conn, day: dt.date) -> dict[str, int]:  # noqa: ANN001
    """Open contraception records of married WRA at ``day``, per method (无 included)."""
    stmt = (select(Contraception.method, func.count()).select_from(Contraception)
            .join(Person, Person.id == Contraception.person_id)
            .where(Contraception.deleted_at.is_(None), Contraception.start_date <= day,
                   (Contraception.end_date.is_(None)) | (Contraception.end_date > day),
                   Person.deleted_at.is_(None), wra(day, True), married_by(day))
            .group_by(Contraception.method))
    return {method: n for method, n in conn.execute(stmt)}
