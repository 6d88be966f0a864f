"""Quick-pick ranges of the registers: whole calendar periods, both ends included."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.date_ranges import QuickRange, matching_pick, quick_range

days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))


def test_examples():
    today = dt.date(2026, 11, 28)
    assert quick_range(QuickRange.THIS_MONTH, today) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert quick_range(QuickRange.LAST_MONTH, today) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert quick_range(QuickRange.THIS_QUARTER, today) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert quick_range(QuickRange.THIS_YEAR, today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    january = dt.date(2024, 1, 15)
    assert quick_range(QuickRange.LAST_MONTH, january) == (dt.date(2023, 12, 1), dt.date(2023, 12, 31))
    assert quick_range(QuickRange.THIS_MONTH, dt.date(2024, 2, 10))[1] == dt.date(2024, 2, 29)
    assert quick_range(QuickRange.THIS_MONTH, dt.date(2025, 2, 10))[1] == dt.date(2025, 2, 28)


@given(days)
def test_this_periods_contain_today_and_are_whole(today):
    for pick in (QuickRange.THIS_MONTH, QuickRange.THIS_QUARTER, QuickRange.THIS_YEAR):
        start, end = quick_range(pick, today)
        assert start <= today <= end
        assert start.day == 1
        assert (end + dt.timedelta(days=1)).day == 1  # ends on the last day of a month
    q_start, q_end = quick_range(QuickRange.THIS_QUARTER, today)
    assert q_start.month in (1, 4, 7, 10) and q_end.month == q_start.month + 2
    assert q_start.year == q_end.year == today.year


@given(days)
def test_last_month_ends_the_day_before_this_month(today):
    last_start, last_end = quick_range(QuickRange.LAST_MONTH, today)
    this_start, _ = quick_range(QuickRange.THIS_MONTH, today)
    assert last_end + dt.timedelta(days=1) == this_start
    assert last_start.day == 1 and last_start.month == last_end.month
    assert 28 <= (last_end - last_start).days + 1 <= 31


@given(days)
def test_matching_pick_recognises_each_pick(today):
    for pick in QuickRange:
        found = matching_pick(*quick_range(pick, today), today)
        # A quarter or year never equals a month; the pick found gives the same range.
        assert found is not None and quick_range(found, today) == quick_range(pick, today)
    assert matching_pick(today, today - dt.timedelta(days=1), today) is None
