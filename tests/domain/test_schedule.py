"""Schedule rules: next check-up, the cutoff the SQL uses, 50th birthday,
payment due dates — calendar edge cases by hypothesis."""

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import add_months, age_on
from desktop.domain.schedule import (
    birth_report_due,
    delivery_shown,
    followup_due,
    interval_months,
    latest_last_checkup,
    next_checkup_due,
    payment_due,
    turning_50_date,
    yearly_payment_due,
)

D = dt.date
days = st.dates(min_value=D(1900, 3, 1), max_value=D(2099, 10, 31))
months = st.integers(min_value=1, max_value=120)
INTERVALS = {"key": 3, "general": 12}


def test_examples():
    assert next_checkup_due(D(2026, 1, 31), 1, D(2026, 3, 1)) == D(2026, 2, 28)
    assert next_checkup_due(D(2024, 1, 31), 1, D(2024, 3, 1)) == D(2024, 2, 29)
    assert next_checkup_due(D(2024, 2, 29), 12, D(2025, 3, 1)) == D(2025, 2, 28)
    assert next_checkup_due(D(2026, 8, 31), 3, D(2026, 9, 1)) == D(2026, 11, 30)
    assert next_checkup_due(D(2025, 12, 31), 3, D(2026, 1, 1)) == D(2026, 3, 31)
    assert next_checkup_due(None, 3, D(2026, 11, 28)) == D(2026, 11, 28)
    assert followup_due(None, D(2026, 1, 31)) == D(2026, 2, 28)
    assert followup_due(D(2026, 12, 31), D(2026, 6, 1)) == D(2027, 1, 31)
    assert birth_report_due(D(2026, 12, 15)) == D(2027, 1, 14)
    assert turning_50_date(D(1976, 2, 29)) == D(2026, 2, 28)
    assert turning_50_date(D(1972, 2, 29)) == D(2022, 2, 28)
    assert turning_50_date(D(1980, 2, 29)) == D(2030, 2, 28)
    assert yearly_payment_due(2026, 12) == D(2026, 12, 1)
    assert payment_due(D(2026, 11, 28), "month", 12) == D(2026, 11, 1)
    assert payment_due(D(2026, 11, 28), "year", 12) == D(2026, 12, 1)
    assert payment_due(D(2026, 11, 28), "year", 3) == D(2026, 3, 1)
    assert delivery_shown(D(2026, 2, 20), D(2026, 11, 13))  # EDD 27 Nov, 14 days ahead
    assert not delivery_shown(D(2026, 2, 20), D(2026, 11, 12))


def test_interval_of_a_group():
    assert interval_months("key", INTERVALS) == 3
    assert interval_months("general", INTERVALS) == 12
    assert interval_months("孕后", INTERVALS | {"孕后": 6}) == 6
    assert interval_months("removed", INTERVALS) == 12
    assert interval_months("removed", {}) == 12


@given(days, months)
def test_next_checkup_is_the_months_later_clipped(last, m):
    due = next_checkup_due(last, m, last)
    assert due == add_months(last, m)
    assert (due.year * 12 + due.month) - (last.year * 12 + last.month) == m
    assert due.day == min(last.day, calendar.monthrange(due.year, due.month)[1])
    assert due > last


@given(days, months)
def test_latest_last_checkup_is_the_exact_bound(day, m):
    """add_months(L, m) <= day exactly when L <= latest_last_checkup(day, m)."""
    bound = latest_last_checkup(day, m)
    assert add_months(bound, m) <= day
    assert add_months(bound + dt.timedelta(days=1), m) > day


@given(days, days, months)
def test_latest_last_checkup_agrees_with_the_due_date(last, day, m):
    assert (last <= latest_last_checkup(day, m)) == (next_checkup_due(last, m, day) <= day)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2049, 12, 31)))
def test_turning_50_is_the_first_day_she_is_50(birth):
    birthday = turning_50_date(birth)
    assert age_on(birth, birthday) == 50
    assert age_on(birth, birthday - dt.timedelta(days=1)) == 49


@given(days, st.integers(min_value=1, max_value=12))
def test_payment_due_is_in_the_period_year(day, month):
    assert payment_due(day, "month", month) == D(day.year, day.month, 1)
    assert payment_due(day, "year", month) == D(day.year, month, 1)
