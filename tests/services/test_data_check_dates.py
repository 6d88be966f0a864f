"""The date windows of the data checks, against a day-by-day reference (hypothesis).

The SQL compares dates of two rows (shifted in SQL); these properties pin its edges: the
43 weeks before a birth, the 10 months before a check-up, "open on a day" of contraception.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from desktop.domain.enums import Method, Outcome
from desktop.domain.values import data_checks as t
from desktop.services.registers.data_check_queries import CHECKUP_WINDOW_DAYS, OVERDUE_DAYS
from desktop.store.db import transaction
from desktop.store.models import Child
from desktop.store.records import Checkup, Contraception, Pregnancy
from tests.helpers import TODAY, draft, fresh_services

DAY = dt.timedelta(days=1)
STAMP = dt.datetime(2026, 1, 1, 9, 0)
FIRST = TODAY - 700 * DAY
days = st.integers(min_value=0, max_value=690).map(lambda n: FIRST + n * DAY)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    services = fresh_services(tmp_path_factory.mktemp("dates"))
    unit = services.units.add("东街社区")
    services.her = services.persons.create(draft("张秀英", dt.date(1990, 3, 12), unit))
    yield services
    services.engine.dispose()


def replace_rows(services, *rows) -> None:
    with transaction(services.factory) as session:
        for model in (Child, Checkup, Contraception, Pregnancy):
            session.execute(delete(model))
        for row in rows:
            session.add(row)


def pregnancy(person_id, lmp, outcome_date=None, outcome=None):
    return Pregnancy(person_id=person_id, lmp=lmp, registered_on=lmp, outcome=outcome,
                     outcome_date=outcome_date, created_at=STAMP, updated_at=STAMP)


@SETTINGS
@given(lmp=days, length=st.one_of(st.none(), st.integers(0, 300)), start=days,
       duration=st.one_of(st.none(), st.integers(0, 400)))
@example(lmp=FIRST, length=None, start=FIRST + DAY, duration=0)  # ends on its start day
def test_contraception_open_on_a_day_of_the_pregnancy(ledger, lmp, length, start, duration):
    outcome = None if length is None else min(lmp + length * DAY, TODAY)
    end = None if duration is None else start + duration * DAY
    replace_rows(ledger, pregnancy(ledger.her, lmp, outcome, outcome and Outcome.MISCARRIAGE.value),
                 Contraception(person_id=ledger.her, method=Method.IUD.value, start_date=start,
                               end_date=end, created_at=STAMP, updated_at=STAMP))
    last = (outcome - DAY) if outcome is not None else TODAY  # the outcome day is not counted
    expected = any(start <= d and (end is None or end > d)
                   for d in (lmp + n * DAY for n in range((last - lmp).days + 1)))
    assert (ledger.data_checks.count(t.CONTRACEPTION_IN_PREGNANCY) == 1) == expected


@SETTINGS
@given(lmp=days, checked=days, open_=st.booleans())
def test_pregnant_checkup_window(ledger, lmp, checked, open_):
    outcome = None if open_ or lmp + 10 * DAY > TODAY else lmp + 10 * DAY
    replace_rows(ledger, pregnancy(ledger.her, lmp, outcome, outcome and Outcome.MISCARRIAGE.value),
                 Checkup(person_id=ledger.her, date=checked, check_pregnancy=True, pregnant=True,
                         created_at=STAMP, updated_at=STAMP))
    covered = lmp <= checked and ((checked - lmp).days <= CHECKUP_WINDOW_DAYS or outcome is None)
    assert (ledger.data_checks.count(t.PREGNANT_UNREGISTERED) == 0) == covered


@SETTINGS
@given(lmp=days, born=days)
def test_a_birth_is_covered_by_a_pregnancy_of_the_43_weeks_before(ledger, lmp, born):
    first = pregnancy(ledger.her, FIRST - 400 * DAY, FIRST - 300 * DAY, Outcome.MISCARRIAGE.value)
    replace_rows(ledger, first, pregnancy(ledger.her, lmp),
                 Child(person_id=ledger.her, sex="F", birth_date=born))
    covered = lmp <= born and (born - lmp).days <= OVERDUE_DAYS
    assert (ledger.data_checks.count(t.CHILD_WITHOUT_PREGNANCY) == 0) == covered
