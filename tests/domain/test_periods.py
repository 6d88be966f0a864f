"""Payment period keys and yuan amounts (hypothesis for the calendar rules)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import periods
from desktop.domain.enums import Cycle
from desktop.domain.money import format_fen, parse_yuan, yuan_text
from desktop.errors import ValidationError

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 30))
cycles = st.sampled_from(list(Cycle))


@given(days, cycles)
def test_a_day_lies_in_the_period_of_its_key(day, cycle):
    key = periods.period_key(day, cycle)
    assert periods.is_valid_key(key, cycle)
    assert periods.first_day(key, cycle) <= day <= periods.last_day(key, cycle)
    assert periods.period_key(periods.first_day(key, cycle), cycle) == key
    assert periods.period_key(periods.last_day(key, cycle), cycle) == key


@given(days, cycles)
def test_next_key_starts_the_day_after(day, cycle):
    key = periods.period_key(day, cycle)
    following = periods.next_key(key, cycle)
    assert periods.first_day(following, cycle) == periods.last_day(key, cycle) + dt.timedelta(1)
    assert following > key  # keys sort like their periods


@given(days, days, days, cycles)
def test_overlap_means_a_shared_day(day, start, end, cycle):
    key = periods.period_key(day, cycle)
    first, last = periods.first_day(key, cycle), periods.last_day(key, cycle)
    if end < start:
        start, end = end, start
    shared = max(first, start) <= min(last, end)
    assert periods.overlaps(key, cycle, start, end) == shared
    assert periods.overlaps(key, cycle, start, None) == (last >= start)


@given(days)
def test_a_monthly_key_is_not_a_yearly_one(day):
    month, year = periods.period_key(day, Cycle.MONTH), periods.period_key(day, Cycle.YEAR)
    assert not periods.is_valid_key(month, Cycle.YEAR)
    assert not periods.is_valid_key(year, Cycle.MONTH)


def test_examples():
    assert periods.period_key(dt.date(2024, 2, 29), "month") == "2024-02"
    assert periods.last_day("2024-02", Cycle.MONTH) == dt.date(2024, 2, 29)
    assert periods.last_day("2025-02", Cycle.MONTH) == dt.date(2025, 2, 28)
    assert periods.next_key("2025-12", Cycle.MONTH) == "2026-01"
    assert periods.next_key("2025", Cycle.YEAR) == "2026"
    for bad in ("2025-00", "2025-13", "2025-1", "0000-01", " ", "2025-01-01"):
        assert not periods.is_valid_key(bad, Cycle.MONTH)
    assert periods.parse_key(" 2025-03 ", Cycle.MONTH) == (2025, 3)


@pytest.mark.parametrize("text, fen", [
    ("1234.5", 123450), ("1,234.50", 123450), ("¥80", 8000), ("80.", 8000), ("0.05", 5),
    ("\uff18\uff10\u5143", 8000), ("", None), ("  ", None),
])
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["1.234", "-5", "abc", "1.2.3", "12e3"])
def test_parse_yuan_refuses(text):
    with pytest.raises(ValidationError) as caught:
        parse_yuan(text, "amount_fen")
    assert caught.value.field == "amount_fen"


@given(st.integers(0, 10**11 - 1))  # up to 999,999,999.99 yuan
def test_amounts_round_trip(fen):
    assert parse_yuan(yuan_text(fen)) == fen
    assert parse_yuan(format_fen(fen)) == fen
    assert format_fen(fen).endswith(f".{fen % 100:02d}")


def test_format_fen():
    assert format_fen(123450) == "¥1,234.50"
    assert format_fen(5) == "¥0.05"
