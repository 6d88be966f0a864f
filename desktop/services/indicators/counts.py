"""The aggregate queries of one period: every count of the report, per unit_id, in a few
scans. The service sums the units of the chosen subtree (and of each per-unit line).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, FromClause, and_, case, exists, func, or_, select, true
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.enums import Category, Cycle, Sex
from desktop.domain.periods import period_key
from desktop.domain.report_periods import Period
from desktop.services.indicators.population_sql import PeriodPersons, due_by
from desktop.services.indicators.record_flags import record_flags
from desktop.services.indicators.sql import (
    id17_integer,
    married_by,
    unit_at,
    valid_id,
)
from desktop.services.indicators.target_sql import (
    all_correct,
    all_entered,
    ended_in,
    prepregnancy_checked,
    reachable,
    sample_where,
    whole_course,
)
from desktop.store.date_sql import days_between
from desktop.store.models import Child, Person
from desktop.store.records import Benefit, Payment, Pregnancy
from desktop.store.samples import Sample, SamplePerson
from desktop.store.sql import AnySelect, Expr, table_of

TIMELY_DAYS = 30  # 上报日期 - 出生日期 <= 30
EARLY_DAYS = 84  # registered less than 84 days after the LMP

Counts = dict[int, Counter[str]]  # unit_id -> measure -> value
MIGRANT = (Category.INFLOW.value, Category.OUTFLOW.value)


def as_int(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return case((cond, 1), else_=0)


def unit_filter(unit_ids: Sequence[int] | None,
                day: dt.date | Expr | None = None) -> ColumnElement[bool]:
    """In one of ``unit_ids`` at ``day`` (her unit today without a day); None: everyone."""
    if unit_ids is None:
        return true()
    return (col(Person.unit_id) if day is None else unit_at(day)).in_(unit_ids)


def person_flags(persons: PeriodPersons, unit_ids: Sequence[int] | None = None,
                 person_ids: Sequence[int] | None = None) -> AnySelect:
    """One row per person: her units at the start and the end, and a 0/1 column for each
    person-level figure (FLAGS). The closing stores the persons behind these figures
    from the same rows.

    The per-person flags in one materialised pass over the register, joined by person id
    to her record lookups grouped once per table (record_flags): no lookup per woman."""
    period = persons.period
    flags: AnySelect = select(
        col(Person.id).label("id"), unit_at(period.end).label("unit_id"),
        unit_at(persons.before).label("unit_start"),
        col(Person.category).label("category"), col(Person.checkup_group).label("grp"),
        as_int(persons.wra_start()).label("s"), as_int(persons.wra_end()).label("e"),
        as_int(married_by(period.end)).label("m"),
        as_int(persons.active_end()).label("a"),
        as_int(persons.complete_but_id()).label("c"), as_int(persons.died()).label("d"),
        col(Person.id_number).label("idn"), id17_integer().label("n17"),
        as_int(reachable()).label("ap"),
    ).where(col(Person.deleted_at).is_(None), unit_filter(unit_ids, period.end))
    if person_ids is not None:
        flags = flags.where(col(Person.id).in_(person_ids))
    f = flags.cte("f").prefix_with("MATERIALIZED")
    looked = record_flags(period, persons.intervals, person_ids)
    ck, ct, sv = looked.checkups, looked.contraception, looked.services
    married = and_(f.c.e == 1, f.c.m == 1)
    due = and_(married, due_by(ck.c.last, f.c.grp, persons.intervals, period.end))
    outflow = and_(married, f.c.category == Category.OUTFLOW.value)
    inflow = and_(married, f.c.category == Category.INFLOW.value)
    columns = {
        "wra_start": f.c.s,
        "wra_end": f.c.e,
        "married_wra_end": as_int(married),
        "inflow_wra_end": as_int(and_(f.c.e == 1, f.c.category == Category.INFLOW.value)),
        "outflow_wra_end": as_int(and_(f.c.e == 1, f.c.category == Category.OUTFLOW.value)),
        "checkup_den": as_int(due), "checkup_num": as_int(and_(due, ck.c.checked == 1)),
        "contra_num": as_int(and_(married, ct.c.pid.is_not(None))),
        "active_end": f.c.a,
        "complete": as_int(and_(f.c.a == 1, f.c.c == 1, valid_id(f.c.idn, f.c.n17))),
        "person_deaths": f.c.d,
        "outflow_den": as_int(outflow),
        # A check-up / a service in the 12 months ending on the last day.
        "outflow_num": as_int(and_(outflow, f.c.ap == 1, ck.c.recent == 1)),
        "inflow_den": as_int(inflow),
        "inflow_num": as_int(and_(inflow, or_(ck.c.recent == 1, sv.c.pid.is_not(None)))),
    }
    return (select(f.c.id, f.c.unit_id, f.c.unit_start,
                   *[expr.label(name) for name, expr in columns.items()])
            .select_from(f.outerjoin(ck, ck.c.pid == f.c.id).outerjoin(ct, ct.c.pid == f.c.id)
                         .outerjoin(sv, sv.c.pid == f.c.id)))


FLAGS = ("wra_start", "wra_end", "married_wra_end", "inflow_wra_end", "outflow_wra_end",
         "checkup_den", "checkup_num", "contra_num", "active_end", "complete", "person_deaths",
         "outflow_den", "outflow_num", "inflow_den", "inflow_num")


def person_counts(conn: Connection, persons: PeriodPersons, unit_ids: Sequence[int] | None,
                  flags: FromClause | None = None) -> Counts:
    """WRA at start/end, married/migrant WRA, the person-level rates, per unit she was in
    on the day each state is taken (WRA at start: the day before P; the rest: P's end).
    ``flags``: person_flags already written to a table (the closing reuses them).

    One statement: grouped by both units, WRA at start then goes to the start's unit."""
    src = flags if flags is not None else person_flags(persons, unit_ids).subquery("pf")
    stmt = (select(src.c.unit_id, src.c.unit_start,
                   *[func.sum(src.c[name]).label(name) for name in FLAGS])
            .group_by(src.c.unit_id, src.c.unit_start))
    out: Counts = {}
    for row in conn.execute(stmt).mappings():
        start = out.setdefault(row["unit_start"], Counter())
        start["wra_start"] += int(row["wra_start"] or 0)
        end = out.setdefault(row["unit_id"], Counter())
        for name in FLAGS[1:]:
            end[name] += int(row[name] or 0)
    return out


def _collect(conn: Connection, stmt: AnySelect, into: Counts | None = None) -> Counts:
    out: Counts = into if into is not None else {}
    for row in conn.execute(stmt).mappings():
        counter = out.setdefault(row["unit_id"], Counter())
        for key, value in row.items():
            if key != "unit_id":
                counter[key] += int(value or 0)
    return out


def _grouped(table_from: FromClause, where: list[ColumnElement[bool]], columns: Mapping[str, Expr],
             unit_ids: Sequence[int] | None, day: dt.date | Expr) -> AnySelect:
    """Sums per unit she was in on ``day`` (the event's date)."""
    unit = unit_at(day)
    return (select(unit.label("unit_id"),
                   *[func.sum(expr).label(name) for name, expr in columns.items()])
            .select_from(table_from)
            .where(*where, col(Person.deleted_at).is_(None), unit_filter(unit_ids, day))
            .group_by(unit))


def births_where(period: Period) -> list[ColumnElement[bool]]:
    return [col(Child.deleted_at).is_(None), col(Child.birth_date) >= period.start,
            col(Child.birth_date) <= period.end]


def timely(period: Period) -> ColumnElement[bool]:
    return and_(col(Child.reported_on).is_not(None),
                days_between(col(Child.reported_on), col(Child.birth_date)) <= TIMELY_DAYS)


def early(period: Period) -> ColumnElement[bool]:
    return days_between(col(Pregnancy.registered_on), col(Pregnancy.lmp)) < EARLY_DAYS


def pregnancies_where(period: Period) -> list[ColumnElement[bool]]:
    return [col(Pregnancy.deleted_at).is_(None), col(Pregnancy.registered_on) >= period.start,
            col(Pregnancy.registered_on) <= period.end]


def child_deaths_where(period: Period) -> list[ColumnElement[bool]]:
    return [col(Child.deleted_at).is_(None), col(Child.death_date) >= period.start,
            col(Child.death_date) <= period.end]


def payments_where(period: Period) -> list[ColumnElement[bool]]:
    return [col(Payment.deleted_at).is_(None), col(Benefit.deleted_at).is_(None),
            col(Payment.paid_on) >= period.start, col(Payment.paid_on) <= period.end]


def benefits_where(period: Period) -> list[ColumnElement[bool]]:
    return [col(Benefit.deleted_at).is_(None), col(Benefit.start_date) <= period.end,
            or_(col(Benefit.end_date).is_(None), col(Benefit.end_date) >= period.end)]


def benefit_paid(period: Period) -> ColumnElement[bool]:
    """A payment for P's key: the month of P's end for monthly programmes (the month of
    P for a monthly report), the year of P's end for yearly ones; paid at any date."""
    key = case((col(Benefit.cycle) == Cycle.MONTH.value, period_key(period.end, Cycle.MONTH)),
               else_=period_key(period.end, Cycle.YEAR))
    return exists().where(col(Payment.benefit_id) == col(Benefit.id),
                          col(Payment.deleted_at).is_(None), col(Payment.period) == key)


def event_counts(conn: Connection, period: Period, unit_ids: Sequence[int] | None,
                 into: Counts) -> Counts:
    births = {
        "births": as_int(true()), "births_boys": as_int(col(Child.sex) == Sex.MALE.value),
        "births_girls": as_int(col(Child.sex) == Sex.FEMALE.value),
        "order_1": as_int(col(Child.birth_order) <= 1),
        "order_2": as_int(col(Child.birth_order) == 2),
        "order_3": as_int(col(Child.birth_order) >= 3), "timely": as_int(timely(period)),
        "prepregnancy": as_int(prepregnancy_checked()),
    }
    child_from = table_of(Child).join(table_of(Person), col(Person.id) == col(Child.person_id))
    _collect(conn, _grouped(child_from, births_where(period), births, unit_ids,
                            col(Child.birth_date)), into)
    _collect(conn, _grouped(child_from, child_deaths_where(period),
                            {"child_deaths": as_int(true())}, unit_ids, col(Child.death_date)), into)
    preg_from = table_of(Pregnancy).join(table_of(Person), col(Person.id) == col(Pregnancy.person_id))
    _collect(conn, _grouped(preg_from, pregnancies_where(period),
                            {"pregnancies": as_int(true()), "early": as_int(early(period))},
                            unit_ids, col(Pregnancy.registered_on)), into)
    benefit_from = table_of(Benefit).join(table_of(Person), col(Person.id) == col(Benefit.person_id))
    pay_from = table_of(Payment).join(benefit_from, col(Benefit.id) == col(Payment.benefit_id))
    _collect(conn, _grouped(pay_from, payments_where(period),
                            {"payments_count": as_int(true()),
                             "payments_fen": col(Payment.amount_fen)}, unit_ids, col(Payment.paid_on)),
             into)
    _collect(conn, _grouped(preg_from, ended_in(period),
                            {"course_den": as_int(true()),
                             "course_num": as_int(whole_course(period))}, unit_ids,
                            col(Pregnancy.outcome_date)), into)
    sampled = (table_of(SamplePerson).join(table_of(Person), col(Person.id) == col(SamplePerson.person_id))
               .join(table_of(Sample), col(Sample.id) == col(SamplePerson.sample_id)))
    _collect(conn, _grouped(sampled, sample_where(period),
                            {"accuracy_den": as_int(all_entered()),
                             "accuracy_num": as_int(all_correct())}, unit_ids, period.end),
             into)
    _collect(conn, _grouped(benefit_from, benefits_where(period),
                            {"benefit_den": as_int(true()),
                             "benefit_num": as_int(benefit_paid(period))}, unit_ids, period.end),
             into)
    return into
