"""孕情全过程管理率's condition in SQL against a plain reading of indicators.md, on
random schedules: registration, follow-ups in any order (some in the recycle bin), outcome."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from desktop.domain import report_periods
from desktop.services.indicators.target_sql import whole_course
from desktop.store.db import transaction
from desktop.store.models import Person, Unit
from desktop.store.records import Pregnancy, PregnancyFollowup
from tests.helpers import fresh_services, woman_id

NOV = report_periods.month(2026, 11)
NOW = dt.datetime(2026, 12, 1, 9)


def expected(lmp, registered, followups, outcome) -> bool:
    """Registered less than 84 days after the LMP; no gap over 35 days between the
    registration, the follow-ups in date order and the outcome."""
    points = sorted([registered, *followups, outcome])
    gaps = [(b - a).days for a, b in zip(points, points[1:], strict=False)]
    return (registered - lmp).days < 84 and all(g <= 35 for g in gaps)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    services = fresh_services(tmp_path_factory.mktemp("course"), today=dt.date(2026, 12, 1))
    with transaction(services.factory) as s:
        unit = Unit(name="东村")
        s.add(unit)
        s.flush()
        person = Person(name="甲", id_number=woman_id(dt.date(1990, 1, 1), 2),
                        birth_date=dt.date(1990, 1, 1), unit_id=unit.id, created_at=NOW,
                        updated_at=NOW)
        s.add(person)
        s.flush()
        pid = person.id
    return services, pid


days = st.integers(-10, 130)  # some before the registration or after the outcome


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.integers(40, 110), offsets=st.lists(days, max_size=6),
       deleted=st.lists(days, max_size=2), outcome_day=st.integers(1, 30))
def test_sql_agrees_with_the_definition(ledger, before, offsets, deleted, outcome_day):
    services, pid = ledger
    outcome = dt.date(2026, 11, outcome_day)
    registered = outcome - dt.timedelta(days=120)
    lmp = registered - dt.timedelta(days=before)
    followups = [registered + dt.timedelta(days=d) for d in offsets]
    with transaction(services.factory) as s:
        s.execute(delete(PregnancyFollowup))
        s.execute(delete(Pregnancy))
        g = Pregnancy(person_id=pid, lmp=lmp, registered_on=registered, outcome="live_birth",
                      outcome_date=outcome, created_at=NOW, updated_at=NOW)
        s.add(g)
        s.flush()
        for day in followups:
            s.add(PregnancyFollowup(pregnancy_id=g.id, date=day))
        for d in deleted:  # in the recycle bin: no part of the schedule
            s.add(PregnancyFollowup(pregnancy_id=g.id, date=registered + dt.timedelta(days=d),
                                    deleted_at=NOW))
    with services.engine.connect() as conn:
        found = conn.execute(select(Pregnancy.id).where(whole_course(NOV))).first() is not None
    assert found == expected(lmp, registered, followups, outcome)
