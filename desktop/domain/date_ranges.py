"""Date ranges the registers offer as quick picks: this month, last month, this quarter, this year.

Every range is [start, end] with both days included, as the registers filter them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum


class QuickRange(StrEnum):
    THIS_MONTH = "this_month"  # 本月
    LAST_MONTH = "last_month"  # 上月
    THIS_QUARTER = "this_quarter"  # 本季度
    THIS_YEAR = "this_year"  # 本年


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def quick_range(pick: QuickRange | str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The whole calendar period containing ``today`` (or the month before it)."""
    pick = QuickRange(pick)
    if pick is QuickRange.THIS_MONTH:
        return month_range(today.year, today.month)
    if pick is QuickRange.LAST_MONTH:
        first = today.replace(day=1) - dt.timedelta(days=1)
        return month_range(first.year, first.month)
    if pick is QuickRange.THIS_QUARTER:
        first_month = 3 * ((today.month - 1) // 3) + 1
        return (month_range(today.year, first_month)[0],
                month_range(today.year, first_month + 2)[1])
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


def matching_pick(start: dt.date, end: dt.date, today: dt.date) -> QuickRange | None:
    """The quick pick that gives exactly this range, if any (to show it as chosen)."""
    for pick in QuickRange:
        if quick_range(pick, today) == (start, end):
            return pick
    return None
