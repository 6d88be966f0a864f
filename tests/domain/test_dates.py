"""Month arithmetic and ages, the calendar edge cases included (hypothesis)."""

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import add_months, add_years, age_on, born_on_or_before_for_age

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))


def test_examples_from_the_indicator_definitions():
    assert add_months(dt.date(2025, 8, 31), 3) == dt.date(2025, 11, 30)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 12, 15), 1) == dt.date(2026, 1, 15)


@given(days, st.integers(-240, 240))
def test_add_months_keeps_or_clips_the_day(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last)


@given(days, st.integers(0, 120))
def test_age_increases_exactly_on_the_birthday(birth, years):
    birthday = add_years(birth, years)
    assert age_on(birth, birthday) == years
    if birthday > birth:
        assert age_on(birth, birthday - dt.timedelta(days=1)) == years - 1


def test_leap_day_birthday_is_28_february_in_common_years():
    birth = dt.date(2000, 2, 29)
    assert age_on(birth, dt.date(2023, 2, 27)) == 22
    assert age_on(birth, dt.date(2023, 2, 28)) == 23
    assert age_on(birth, dt.date(2024, 2, 28)) == 23
    assert age_on(birth, dt.date(2024, 2, 29)) == 24


@given(days, days, st.integers(1, 80))
def test_sql_age_bound_agrees_with_age_on(birth, day, years):
    if birth > day:
        birth, day = day, birth
    bound = born_on_or_before_for_age(day, years)
    assert (age_on(birth, day) >= years) == (birth <= bound)
