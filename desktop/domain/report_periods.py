"""Report periods: month, quarter, half-year, calendar year, statistical year, custom.

Every period is [start, end] with both days included. The statistical year N runs from
1 October of N-1 to 30 September of N (统计年度, named by the year it ends in). Labels such
as "2026年11月" belong to the printed documents (desktop/reports/), not here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    STAT_YEAR = "stat_year"  # 1 October to 30 September
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """Defined here (domain) and re-exported by desktop.domain.values.indicators."""

    kind: PeriodKind
    start: dt.date
    end: dt.date  # included


_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")

# How many numbered periods a year has, per kind (a year and a statistical year: one).
COUNT = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.HALF_YEAR: 2,
         PeriodKind.YEAR: 1, PeriodKind.STAT_YEAR: 1}
_MONTHS = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.HALF_YEAR: 6,
           PeriodKind.YEAR: 12}


def _last_of(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period(kind: PeriodKind | str, year: int, number: int = 1) -> Period:
    """The ``number``-th period of ``kind`` in ``year`` (1-based; 1 for years).

    ValueError for a custom kind (use custom()) or a number out of range."""
    kind = PeriodKind(kind)
    if kind is PeriodKind.CUSTOM:
        raise ValueError("a custom period needs its start and end")
    if not 1 <= number <= COUNT[kind] or not 1 <= year <= 9999:
        raise ValueError(f"{kind.value} {year}/{number}")
    if kind is PeriodKind.STAT_YEAR:
        return Period(kind, dt.date(year - 1, 10, 1), dt.date(year, 9, 30))
    size = _MONTHS[kind]
    first = (number - 1) * size + 1
    return Period(kind, dt.date(year, first, 1), _last_of(year, first + size - 1))


def month(year: int, month_number: int) -> Period:
    return period(PeriodKind.MONTH, year, month_number)


def parse_month(text: str) -> Period:
    """'YYYY-MM' (or 'YYYY-M') -> that month; ValueError otherwise."""
    match = _MONTH.match(text or "")
    if not match:
        raise ValueError(text)
    return month(int(match.group(1)), int(match.group(2)))


def month_of(day: dt.date) -> Period:
    return month(day.year, day.month)


def custom(start: dt.date, end: dt.date) -> Period:
    """[start, end]; when it is exactly a month, quarter, half-year, year or statistical
    year it gets that kind (so the report carries the right title). ValueError if end <
    start."""
    if end < start:
        raise ValueError("end before start")
    for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR):
        number = (start.month - 1) // _MONTHS[kind] + 1
        candidate = period(kind, start.year, number)
        if (candidate.start, candidate.end) == (start, end):
            return candidate
    if (start.month, start.day) == (10, 1) and end == dt.date(start.year + 1, 9, 30):
        return period(PeriodKind.STAT_YEAR, start.year + 1)
    return Period(PeriodKind.CUSTOM, start, end)


def containing(kind: PeriodKind | str, day: dt.date) -> Period:
    """The period of ``kind`` that contains ``day`` (not for custom)."""
    kind = PeriodKind(kind)
    if kind is PeriodKind.STAT_YEAR:
        return period(kind, day.year + 1 if day.month >= 10 else day.year)
    if kind is PeriodKind.CUSTOM:
        raise ValueError("a custom period needs its start and end")
    return period(kind, day.year, (day.month - 1) // _MONTHS[kind] + 1)


def last_months(as_of: dt.date, count: int) -> list[Period]:
    """The ``count`` calendar months ending with the month of ``as_of``, oldest first."""
    index = as_of.year * 12 + as_of.month - 1
    return [month(i // 12, i % 12 + 1) for i in range(index - count + 1, index + 1)]


REPORTING_DAYS = 10  # from the 1st to the 10th the clerk reports the month before


def reporting_month(today: dt.date) -> Period:
    """The month the clerk works on: the month before from the 1st to the 10th (the one she
    reports), the current month later on."""
    if today.day <= REPORTING_DAYS:
        return month_of(today.replace(day=1) - dt.timedelta(days=1))
    return month_of(today)


def has_ended(period: Period, today: dt.date) -> bool:
    """A period has ended when its last day is before today; until then its figures move."""
    return period.end < today


def complete_months(today: dt.date, count: int) -> list[Period]:
    """The ``count`` months before the month of ``today`` (all ended), oldest first."""
    return last_months(today.replace(day=1) - dt.timedelta(days=1), count)
