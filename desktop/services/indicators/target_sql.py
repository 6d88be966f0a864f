"""SQL conditions of the rates the work plans set targets on (shared/indicators.md, Rates):
流出已婚育龄妇女信息掌握率, 流入已婚育龄妇女服务管理率, 孕情全过程管理率,
孕前优生健康检查率 and 信息准确率. The counts and the lists of persons use the same ones.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, true, union_all
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.dates import add_months
from desktop.domain.enums import ServiceType
from desktop.domain.report_periods import Period
from desktop.services.indicators.sql import filled, shift
from desktop.store.date_sql import days_between
from desktop.store.models import Child, Person
from desktop.store.records import Checkup, Pregnancy, PregnancyFollowup, Service
from desktop.store.samples import SAMPLE_ITEMS, Sample, SamplePerson
from desktop.store.sql import Expr

EARLY_DAYS = 84  # registered less than 84 days after the LMP
FOLLOWUP_GAP_DAYS = 35  # no gap of more than 35 days from registration to outcome
PREPREGNANCY_DAYS = 365  # 0 <= LMP - service date <= 365
TERM_DAYS = 280  # the LMP of a child without a linked pregnancy: birth date - 280 days
WINDOW_MONTHS = 12


def window(end: dt.date) -> tuple[dt.date, dt.date]:
    """"12 months ending on end": the days after end - 12 months, up to and including end."""
    return add_months(end, -WINDOW_MONTHS) + dt.timedelta(days=1), end


def reachable() -> ColumnElement[bool]:
    """Current address and phone filled (the outflow rate's first half)."""
    return and_(filled(col(Person.current_address)), filled(col(Person.phone)))


def checkup_within(pid: Expr, end: dt.date) -> ColumnElement[bool]:
    """A check-up (any source, a mailed certificate included) in the 12 months to end."""
    first, last = window(end)
    return exists().where(col(Checkup.person_id) == pid, col(Checkup.deleted_at).is_(None),
                          col(Checkup.date) >= first, col(Checkup.date) <= last)


def service_within(pid: Expr, end: dt.date) -> ColumnElement[bool]:
    first, last = window(end)
    return exists().where(col(Service.person_id) == pid, col(Service.deleted_at).is_(None),
                          col(Service.date) >= first, col(Service.date) <= last)


def last_contact(pid: Expr, end: dt.date, services: bool) -> ColumnElement[Any]:
    """Her latest check-up (or service) in the window: the day a list shows."""
    first, last = window(end)
    checkup = (select(func.max(col(Checkup.date)))
               .where(col(Checkup.person_id) == pid, col(Checkup.deleted_at).is_(None),
                      col(Checkup.date) >= first, col(Checkup.date) <= last).scalar_subquery())
    if not services:
        return checkup
    service = (select(func.max(col(Service.date)))
               .where(col(Service.person_id) == pid, col(Service.deleted_at).is_(None),
                      col(Service.date) >= first, col(Service.date) <= last).scalar_subquery())
    # SQLite's two-argument max() is NULL when either is: each stands in for the other.
    return func.max(func.coalesce(checkup, service), func.coalesce(service, checkup))


# -- 孕情全过程管理率 --------------------------------------------------------------------
def ended_in(period: Period) -> list[ColumnElement[bool]]:
    """Pregnancies with an outcome dated in P (the denominator)."""
    return [col(Pregnancy.deleted_at).is_(None), col(Pregnancy.outcome).is_not(None),
            col(Pregnancy.outcome_date) >= period.start, col(Pregnancy.outcome_date) <= period.end]


def whole_course(period: Period) -> ColumnElement[bool]:
    """Registered less than 84 days after the LMP, and no gap of more than 35 days between
    the registration, the follow-ups in date order and the outcome.

    The gaps: every date point of the pregnancies ending in P, each with the one before
    it (a window over the few hundred pregnancies of a month, not a correlated lookup)."""
    g = Pregnancy
    ending = select(col(g.id)).where(*ended_in(period))
    points = union_all(
        select(col(g.id).label("pid"), col(g.registered_on).label("d")).where(*ended_in(period)),
        select(col(g.id).label("pid"), col(g.outcome_date).label("d")).where(*ended_in(period)),
        select(col(PregnancyFollowup.pregnancy_id).label("pid"),
               col(PregnancyFollowup.date).label("d"))
        .where(col(PregnancyFollowup.deleted_at).is_(None),
               col(PregnancyFollowup.pregnancy_id).in_(ending)),
    ).subquery()
    previous = func.lag(points.c.d).over(partition_by=points.c.pid, order_by=points.c.d)
    steps = select(points.c.pid, days_between(points.c.d, previous).label("gap")).subquery()
    broken = select(steps.c.pid).where(steps.c.gap > FOLLOWUP_GAP_DAYS)
    return and_(days_between(col(g.registered_on), col(g.lmp)) < EARLY_DAYS,
                col(g.id).not_in(broken))


# -- 孕前优生健康检查率 --------------------------------------------------------------------
def child_lmp() -> ColumnElement[Any]:
    """The LMP of the child's linked pregnancy, else her birth date - 280 days."""
    linked = (select(col(Pregnancy.lmp)).where(col(Pregnancy.id) == col(Child.pregnancy_id),
                                          col(Pregnancy.deleted_at).is_(None))
              .correlate(Child).scalar_subquery())
    return func.coalesce(linked, shift(col(Child.birth_date), -TERM_DAYS))


def prepregnancy_checked() -> ColumnElement[bool]:
    """Her mother had a 孕前优生健康检查 0 to 365 days before the child's LMP."""
    lmp = child_lmp()
    return exists().where(col(Service.person_id) == col(Child.person_id),
                          col(Service.deleted_at).is_(None),
                          col(Service.type) == ServiceType.PREPREGNANCY.value,
                          col(Service.date) <= lmp,
                          days_between(lmp, col(Service.date)) <= PREPREGNANCY_DAYS)


def prepregnancy_day() -> ColumnElement[Any]:
    """The latest qualifying service's date (for the list of persons)."""
    lmp = child_lmp()
    return (select(func.max(col(Service.date)))
            .where(col(Service.person_id) == col(Child.person_id),
                   col(Service.deleted_at).is_(None),
                   col(Service.type) == ServiceType.PREPREGNANCY.value, col(Service.date) <= lmp,
                   days_between(lmp, col(Service.date)) <= PREPREGNANCY_DAYS)
            .scalar_subquery())


# -- 信息准确率 ------------------------------------------------------------------------
def _months(period: Period) -> list[str]:
    index = period.start.year * 12 + period.start.month - 1
    last = period.end.year * 12 + period.end.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index, last + 1)]


def sample_where(period: Period) -> list[ColumnElement[bool]]:
    """The persons of the live samples of P's months (a redrawn sample no longer counts)."""
    return [col(SamplePerson.sample_id) == col(Sample.id), col(Sample.replaced_at).is_(None),
            col(Sample.month).in_(_months(period))]


def item_columns() -> list[Expr]:
    return [getattr(SamplePerson, f"item_{item}") for item in SAMPLE_ITEMS]


def all_entered() -> ColumnElement[bool]:
    """A person counts once all her items are entered."""
    return and_(true(), *[c.is_not(None) for c in item_columns()])


def all_correct() -> ColumnElement[bool]:
    return and_(all_entered(), *[c.is_(True) for c in item_columns()])


def any_wrong() -> ColumnElement[bool]:
    return or_(*[c.is_(False) for c in item_columns()])
