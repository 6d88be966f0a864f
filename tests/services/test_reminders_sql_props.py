"""The SQL month arithmetic and the reminder rules agree with the domain functions
(hypothesis): month ends, leap days, year ends."""

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.dates import add_months
from desktop.domain.schedule import next_checkup_due, turning_50_date
from desktop.domain.values.care import CheckupDraft
from desktop.domain.values.reminders import ReminderKind, ReminderQuery
from desktop.services.reminders.sql import add_months_sql
from tests.services.reminder_helpers import check, ledger, woman

D = dt.date
SQL = f"SELECT {add_months_sql(':day', ':months')}"


@pytest.fixture(scope="module")
def conn():
    connection = sqlite3.connect(":memory:")
    yield connection
    connection.close()


@given(day=st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31)),
       months=st.integers(min_value=-600, max_value=600))
@settings(max_examples=500, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sql_add_months_is_add_months(conn, day, months):
    [(text,)] = conn.execute(SQL, {"day": day.isoformat(), "months": months}).fetchall()
    assert text == add_months(day, months).isoformat()


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2025, 12, 31), 3, D(2026, 3, 31)),
    (D(2026, 8, 31), 3, D(2026, 11, 30)),
    (D(2026, 3, 31), -1, D(2026, 2, 28)),
    (D(1976, 2, 29), 600, D(2026, 2, 28)),
])
def test_sql_add_months_examples(conn, day, months, expected):
    [(text,)] = conn.execute(SQL, {"day": day.isoformat(), "months": months}).fetchall()
    assert text == expected.isoformat()


@given(birth=st.dates(min_value=D(1900, 1, 1), max_value=D(2060, 12, 31)))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sql_50th_birthday_is_the_domain_one(conn, birth):
    [(text,)] = conn.execute(SQL, {"day": birth.isoformat(), "months": 600}).fetchall()
    assert text == turning_50_date(birth).isoformat()


@pytest.fixture(scope="module")
def one_woman(tmp_path_factory):
    s = ledger(tmp_path_factory.mktemp("props"))
    s.woman = woman(s, "张秀英", D(1980, 3, 7), checkup_group="key")
    s.record = check(s, s.woman, D(2020, 1, 1))
    return s


@given(last=st.dates(min_value=D(2019, 1, 1), max_value=D(2026, 11, 28)),
       months=st.integers(min_value=1, max_value=24),
       later=st.integers(min_value=0, max_value=800),
       horizon=st.integers(min_value=0, max_value=45))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_listed_checkup_follows_the_domain_rule(one_woman, last, months, later, horizon):
    s = one_woman
    s.settings.set_checkup_intervals({"key": months, "general": 12})
    s.checkups.update(s.record, CheckupDraft(date=last, check_iud=True, place="服务站"))
    as_of = last + dt.timedelta(days=later)
    query = ReminderQuery(as_of, horizon, frozenset({ReminderKind.CHECKUP}))
    rows = s.reminders.page(query, 0, 10)
    due = next_checkup_due(last, months, as_of)
    if due <= query.until:
        assert [(r.due_date, r.days_overdue) for r in rows] == [(due, (as_of - due).days)]
        assert s.reminders.count(query) == 1
    else:
        assert rows == []
        assert s.reminders.count(query) == 0
