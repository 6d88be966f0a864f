"""Payment period keys: 'YYYY-MM' for monthly programmes, 'YYYY' for yearly ones.

A key names one calendar month or year; every rule about periods (which key a date
falls in, which days a key covers, the next key) lives here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from desktop.domain.enums import Cycle

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def period_key(day: dt.date, cycle: Cycle | str) -> str:
    """The key of the period ``day`` falls in."""
    if Cycle(cycle) is Cycle.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def parse_key(key: str, cycle: Cycle | str) -> tuple[int, int]:
    """(year, month) of a key; month is 1 for a yearly key. ValueError if it does not fit
    the cycle ('2025' for a monthly programme, '2025-13', '25-01', ...)."""
    key = key.strip()
    if Cycle(cycle) is Cycle.MONTH:
        match = _MONTH.match(key)
        if not match:
            raise ValueError(key)
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(key)
    else:
        match = _YEAR.match(key)
        if not match:
            raise ValueError(key)
        year, month = int(match.group(1)), 1
    if year < 1:
        raise ValueError(key)
    return year, month


def is_valid_key(key: str, cycle: Cycle | str) -> bool:
    try:
        parse_key(key, cycle)
    except ValueError:
        return False
    return True


def first_day(key: str, cycle: Cycle | str) -> dt.date:
    year, month = parse_key(key, cycle)
    return dt.date(year, month, 1)


def last_day(key: str, cycle: Cycle | str) -> dt.date:
    year, month = parse_key(key, cycle)
    if Cycle(cycle) is Cycle.MONTH:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 12, 31)


def next_key(key: str, cycle: Cycle | str) -> str:
    """The period right after ``key``."""
    return period_key(last_day(key, cycle) + dt.timedelta(days=1), cycle)


def overlaps(key: str, cycle: Cycle | str, start: dt.date, end: dt.date | None) -> bool:
    """Whether the period shares at least one day with [start, end] (end None: open)."""
    return first_day(key, cycle) <= (end or dt.date.max) and last_day(key, cycle) >= start
