"""Demo data balances: for the office and every unit, every month of 2026, the year and
the statistical year; it holds returns (迁回) and transfers between units (单位调动)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.enums import EventKind
from desktop.domain.report_periods import PeriodKind, month, period
from desktop.services.demo.service import generate_demo
from desktop.store.models import Person
from desktop.store.records import LifeEvent
from tests.helpers import fresh_services

TODAY = dt.date(2027, 1, 20)
PERIODS = [*(month(2026, m) for m in range(1, 13)), period(PeriodKind.YEAR, 2026, 1),
           period(PeriodKind.STAT_YEAR, 2026, 1)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    services = fresh_services(tmp_path_factory.mktemp("demo_balance"), today=TODAY)
    generate_demo(services, 3000)
    return services


def test_demo_has_returns_and_transfers(demo):
    with demo.factory() as session:
        events = session.execute(select(LifeEvent)).scalars().all()
        transfers = [e for e in events if e.kind == EventKind.TRANSFERRED.value]
        assert transfers and any(e.kind == EventKind.RETURNED.value for e in events)
        for e in transfers:
            person = session.get(Person, e.person_id)
            assert e.from_unit_id != e.to_unit_id and person.unit_id == e.to_unit_id


def test_the_balance_holds_everywhere(demo):
    units = [node.id for node in demo.units.tree()]
    moved = 0
    for p in PERIODS:
        figures = demo.indicators.compute_all(p)
        for unit_id, f in figures.items():
            assert f.balance_ok, (p, unit_id, f.wra_start, f.entries, f.exits, f.wra_end)
            moved += f.entries_by.get("moved_in", 0)
        assert set(figures) == {None, *units}
        office = figures[None]
        assert office.balance_breakers == []
        assert sum(office.entries_by.values()) == office.entries
    assert moved > 0  # transfers did move women between units
