"""The balance holds for the office and every unit, for any period, over generated event
histories (registrations, 15th and 50th birthdays, moves away, returns, transfers between
units, deaths); and each figure equals a day-by-day count made in plain Python from the
definition (shared/indicators.md, Who counts and Counts)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from desktop.domain.dates import age_on
from desktop.domain.enums import EventKind
from desktop.domain.life_events import replay
from desktop.domain.report_periods import PeriodKind, month, period
from desktop.store.db import transaction
from desktop.store.models import Person, Unit
from desktop.store.records import LifeEvent
from tests.helpers import fresh_services, woman_id

TODAY = dt.date(2027, 3, 1)
NOW = dt.datetime(2027, 3, 1, 9)
BASE = dt.date(2025, 10, 1)  # events fall between here and the end of 2026
SPAN = 480  # days


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    services = fresh_services(tmp_path_factory.mktemp("balance"), today=TODAY)
    with transaction(services.factory) as s:
        a, b = Unit(name="东村"), Unit(name="西村")
        s.add_all([a, b])
        s.flush()
        b1 = Unit(name="西村一组", parent_id=b.id)
        s.add(b1)
        s.flush()
        units = [a.id, b.id, b1.id]
    return services, units


STEP = st.tuples(st.sampled_from([EventKind.MOVED_AWAY, EventKind.RETURNED, EventKind.DECEASED,
                                  EventKind.TRANSFERRED, EventKind.TRANSFERRED]),
                 st.integers(0, 120), st.integers(0, 2))
WOMAN = st.fixed_dictionaries({
    # born so that her 15th or 50th birthday can fall in the periods looked at
    "age_at_base": st.sampled_from([14, 15, 30, 48, 49, 50]),
    "birth_offset": st.integers(0, 364),
    "registered": st.one_of(st.none(), st.integers(-400, SPAN)),
    "unit": st.integers(0, 2),
    "steps": st.lists(STEP, max_size=5),
})
PERIODS = st.one_of(
    st.builds(lambda m: month(2026, m), st.integers(1, 12)),
    st.builds(lambda q: period(PeriodKind.QUARTER, 2026, q), st.integers(1, 4)),
    st.just(period(PeriodKind.YEAR, 2026, 1)),
    st.just(period(PeriodKind.STAT_YEAR, 2026, 1)),
)


def _history(w: dict, units: list[int]):
    """Her accepted events (kind, date, from unit, to unit) and her unit today."""
    unit = units[w["unit"]]
    accepted: list[tuple[EventKind, dt.date, int | None, int | None]] = []
    day = BASE
    for kind, gap, target in w["steps"]:
        day = day + dt.timedelta(days=gap)
        if day >= TODAY:
            break
        try:
            replay([(k, d) for k, d, _f, _t in accepted] + [(kind, day)])
        except Exception:  # noqa: BLE001 - an event that cannot follow is skipped
            continue
        if kind is EventKind.TRANSFERRED:
            if units[target] == unit:
                continue
            accepted.append((kind, day, unit, units[target]))
            unit = units[target]
        else:
            accepted.append((kind, day, None, None))
    return accepted, unit


def _write(services, women: list[dict], units: list[int]) -> list[dict]:
    facts = []
    with transaction(services.factory) as s:
        s.execute(delete(LifeEvent))
        s.execute(delete(Person))
        for i, w in enumerate(women):
            birth = dt.date(BASE.year - w["age_at_base"], 1, 1) + dt.timedelta(w["birth_offset"])
            events, unit = _history(w, units)
            status, since = replay([(k, d) for k, d, _f, _t in events])
            registered = (None if w["registered"] is None
                          else BASE + dt.timedelta(days=w["registered"]))
            person = Person(name=f"人{i}", id_number=woman_id(birth, 2 * i + 2), birth_date=birth,
                            unit_id=unit, registered_on=registered, status=status.value,
                            status_date=since, created_at=NOW, updated_at=NOW)
            s.add(person)
            s.flush()
            for k, d, f, t in events:
                s.add(LifeEvent(person_id=person.id, kind=k.value, date=d, from_unit_id=f,
                                to_unit_id=t, created_at=NOW))
            facts.append({"birth": birth, "registered": registered, "events": events,
                          "unit": unit})
    return facts


def _away(events, day: dt.date) -> bool:
    """Moved away or deceased at ``day``: her latest status event on or before it."""
    rank = {EventKind.MOVED_AWAY: 0, EventKind.RETURNED: 1, EventKind.DECEASED: 2}
    dated = [(d, rank[k], k) for k, d, _f, _t in events if k in rank and d <= day]
    return bool(dated) and max(dated)[2] is not EventKind.RETURNED


def _wra(f: dict, day: dt.date) -> bool:
    return (15 <= age_on(f["birth"], day) <= 49
            and (f["registered"] is None or f["registered"] <= day)
            and not _away(f["events"], day))


def _unit(f: dict, day: dt.date) -> int:
    later = [fr for k, d, fr, _t in f["events"] if k is EventKind.TRANSFERRED and d > day]
    return later[0] if later else f["unit"]


def _oracle(facts: list[dict], p, scope: set[int] | None) -> tuple[int, int, int, int]:
    def inside(f, day):
        return _wra(f, day) and (scope is None or _unit(f, day) in scope)

    before = p.start - dt.timedelta(days=1)
    start = sum(inside(f, before) for f in facts)
    end = sum(inside(f, p.end) for f in facts)
    entries = exits = 0
    day = p.start
    while day <= p.end:
        prev = day - dt.timedelta(days=1)
        for f in facts:
            now, then = inside(f, day), inside(f, prev)
            entries += now and not then
            exits += then and not now
        day += dt.timedelta(days=1)
    return start, entries, exits, end


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WOMAN, min_size=1, max_size=6), PERIODS)
def test_balance_holds_and_matches_the_definition(ledger, women, p):
    services, units = ledger
    facts = _write(services, women, units)
    scopes = {None: None, units[0]: {units[0]}, units[1]: {units[1], units[2]},
              units[2]: {units[2]}}
    for unit_id, scope in scopes.items():
        figures = services.indicators.compute(p, unit_id)
        got = (figures.wra_start, figures.entries, figures.exits, figures.wra_end)
        assert got == _oracle(facts, p, scope), (unit_id, p)
        assert figures.balance_ok and figures.balance_breakers == []
        assert sum(figures.entries_by.values()) == figures.entries
        assert sum(figures.exits_by.values()) == figures.exits
        if unit_id is None:
            assert "moved_in" not in figures.entries_by
            for line in figures.units:  # each line balances on its own
                assert line.wra_start + line.entries - line.exits == line.wra_end
        for measure in ("entries", "exits", "wra_start", "wra_end"):
            assert services.indicators.count_behind(p, unit_id, measure) == getattr(
                figures, measure)


def test_a_transfer_moves_her_between_units_on_its_date(ledger):
    services, units = ledger
    a, b, b1 = units
    w = {"age_at_base": 30, "birth_offset": 0, "registered": None, "unit": 0,
         "steps": [(EventKind.TRANSFERRED, 30, 2)]}  # 2025-10-31: 东村 -> 西村一组
    _write(services, [w], units)
    oct25 = month(2025, 10)
    assert services.indicators.compute(oct25).entries == 0  # the office: nothing moved
    east = services.indicators.compute(oct25, a)
    assert (east.wra_start, east.exits, east.exits_by["moved_out"], east.wra_end) == (1, 1, 1, 0)
    west = services.indicators.compute(oct25, b)
    assert (west.wra_start, west.entries_by["moved_in"], west.wra_end) == (0, 1, 1)
    team = services.indicators.compute(oct25, b1)
    assert team.entries_by["moved_in"] == 1
    lines = {u.unit_id: u for u in services.indicators.compute(oct25).units}
    assert (lines[a].moved_out, lines[b].moved_in) == (1, 1)
    # September: still in 东村 (her unit today is 西村一组).
    assert services.indicators.compute(month(2025, 9), a).wra_end == 1
    assert services.indicators.compute(month(2025, 9), b).wra_end == 0
