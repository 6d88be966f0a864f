"""The report's per-person flags (counts.person_flags) against the earlier query kept here
as the oracle: each woman's check-up, contraception and service lookups made one by one
(correlated, through the same rules the lists of persons use), on a demo ledger with every
record kind and on the hand-built population, both backends, for months, a quarter, a
year, the statistical year and a custom period, with the default check-up intervals and
with unusual ones. Every woman's every flag must agree, not only the sums."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import and_, exists, func, or_, select
from sqlmodel import col

from desktop.domain.enums import Category, EventKind
from desktop.domain.report_periods import custom, month, period
from desktop.services.demo.service import generate_demo
from desktop.services.indicators.counts import (
    FLAGS,
    MIGRANT,
    as_int,
    person_counts,
    person_flags,
    unit_filter,
)
from desktop.services.indicators.population_sql import (
    DEFAULT_INTERVALS,
    PeriodPersons,
    checked_in,
    due_by,
    last_checkup_before,
    open_contraception,
)
from desktop.services.indicators.sql import id17_integer, married_by, unit_at, valid_id
from desktop.services.indicators.target_sql import checkup_within, reachable, service_within
from desktop.store.db import transaction
from desktop.store.models import Person
from desktop.store.records import Checkup, LifeEvent
from desktop.store.sql import AnySelect
from tests.helpers import TODAY, fresh_services
from tests.services import indicator_fixture

PERIODS = [month(2026, 11), month(2026, 10), month(2025, 3), period("quarter", 2026, 3),
           period("year", 2025), period("stat_year", 2026),
           custom(dt.date(2026, 2, 14), dt.date(2026, 8, 31))]
NOW = dt.datetime(2026, 11, 1, 9)
INTERVALS = [DEFAULT_INTERVALS, {"key": 1, "general": 24, "special": 6}]


def oracle_flags(persons: PeriodPersons, unit_ids: Sequence[int] | None = None,
                 person_ids: Sequence[int] | None = None) -> AnySelect:
    """The earlier form of person_flags: a lookup per married WRA at the end."""
    p = persons.period
    flags: AnySelect = select(
        col(Person.id).label("id"), unit_at(p.end).label("unit_id"),
        unit_at(persons.before).label("unit_start"),
        col(Person.category).label("category"), col(Person.checkup_group).label("grp"),
        as_int(persons.wra_start()).label("s"), as_int(persons.wra_end()).label("e"),
        as_int(married_by(p.end)).label("m"), as_int(persons.active_end()).label("a"),
        as_int(persons.complete_but_id()).label("c"), as_int(persons.died()).label("d"),
        col(Person.id_number).label("idn"), id17_integer().label("n17"),
        as_int(reachable()).label("ap"),
    ).where(col(Person.deleted_at).is_(None), unit_filter(unit_ids, p.end))
    if person_ids is not None:
        flags = flags.where(col(Person.id).in_(person_ids))
    f = flags.cte("f").prefix_with("MATERIALIZED")
    looked = select(
        f.c.id, last_checkup_before(f.c.id, p.start, p.end).label("last"),
        as_int(checked_in(f.c.id, p)).label("checked"),
        as_int(exists().where(open_contraception(f.c.id, p.end))).label("contra"),
        as_int(and_(f.c.category.in_(MIGRANT), checkup_within(f.c.id, p.end))).label("recent"),
        as_int(and_(f.c.category == Category.INFLOW.value, service_within(f.c.id, p.end)))
        .label("served"),
    ).where(f.c.e == 1, f.c.m == 1)
    g = looked.cte("g").prefix_with("MATERIALIZED")
    married = and_(f.c.e == 1, f.c.m == 1)
    due = and_(g.c.id.is_not(None), due_by(g.c.last, f.c.grp, persons.intervals, p.end))
    outflow = and_(married, f.c.category == Category.OUTFLOW.value)
    inflow = and_(married, f.c.category == Category.INFLOW.value)
    columns = {
        "wra_start": f.c.s, "wra_end": f.c.e, "married_wra_end": as_int(married),
        "inflow_wra_end": as_int(and_(f.c.e == 1, f.c.category == Category.INFLOW.value)),
        "outflow_wra_end": as_int(and_(f.c.e == 1, f.c.category == Category.OUTFLOW.value)),
        "checkup_den": as_int(due), "checkup_num": as_int(and_(due, g.c.checked == 1)),
        "contra_num": func.coalesce(g.c.contra, 0), "active_end": f.c.a,
        "complete": as_int(and_(f.c.a == 1, f.c.c == 1, valid_id(f.c.idn, f.c.n17))),
        "person_deaths": f.c.d, "outflow_den": as_int(outflow),
        "outflow_num": as_int(and_(outflow, f.c.ap == 1, g.c.recent == 1)),
        "inflow_den": as_int(inflow),
        "inflow_num": as_int(and_(inflow, or_(g.c.recent == 1, g.c.served == 1))),
    }
    return (select(f.c.id, f.c.unit_id, f.c.unit_start,
                   *[expr.label(name) for name, expr in columns.items()])
            .select_from(f.outerjoin(g, g.c.id == f.c.id)))


def rows_of(services, stmt: AnySelect) -> dict[int, tuple[int, ...]]:  # noqa: ANN001
    with services.engine.connect() as conn:
        return {row["id"]: (row["unit_id"], row["unit_start"], *[int(row[n]) for n in FLAGS])
                for row in conn.execute(stmt).mappings()}


def assert_same_flags(services) -> int:  # noqa: ANN001
    """Every period and intervals pair agrees person by person; how many flags were set."""
    seen = 0
    for intervals in INTERVALS:
        for p in PERIODS:
            persons = PeriodPersons(p, intervals)
            new, old = rows_of(services, person_flags(persons)), rows_of(services, oracle_flags(persons))
            assert new.keys() == old.keys()
            differing = {pid: (new[pid], old[pid]) for pid in new if new[pid] != old[pid]}
            assert not differing, (p, intervals, list(differing.items())[:5])
            seen += sum(sum(values[2:]) for values in new.values())
            with services.engine.connect() as conn:
                total = person_counts(conn, persons, None)
            assert sum(sum(c.values()) for c in total.values()) == sum(
                sum(v[2:]) for v in old.values())
    return seen


def with_returns(services, women: int) -> None:  # noqa: ANN001
    """Some women moved away and came back, with check-ups before, on and after the day of
    their return (the rule that time away does not count)."""
    with transaction(services.factory) as s:
        ids = s.execute(select(col(Person.id)).where(col(Person.deleted_at).is_(None))
                        .order_by(col(Person.id)).limit(women)).scalars().all()
        for n, pid in enumerate(ids):
            away, back = dt.date(2025, 6 + n % 5, 3), dt.date(2026, 3 + n % 8, 1 + n % 27)
            for kind, day in ((EventKind.MOVED_AWAY, away), (EventKind.RETURNED, back)):
                s.add(LifeEvent(person_id=pid, kind=kind.value, date=day, created_at=NOW))
            for day in (back - dt.timedelta(days=1), back, back + dt.timedelta(days=40)):
                s.add(Checkup(person_id=pid, date=day, created_at=NOW, updated_at=NOW))


def test_demo_ledger_flags_equal_the_oracle(backend, tmp_path):
    services = fresh_services(tmp_path, today=TODAY)
    generate_demo(services, 250, seed=7)
    with_returns(services, 40)
    assert assert_same_flags(services) > 1000  # a ledger with something to count


def test_hand_built_population_flags_equal_the_oracle(backend, tmp_path):
    services, _ = indicator_fixture.build(tmp_path)
    assert assert_same_flags(services) > 0
