"""Date rules: full-year ages and calendar-correct month arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """Keep the day number, clipped to the last day of the target month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years at ``day``; a 29 February birthday falls on 28 February in common years."""
    years = day.year - birth.year
    if add_years(birth, years) > day:
        years -= 1
    return years


def birthday_of_age(birth: dt.date, years: int) -> dt.date:
    """The day she turns ``years`` full years old."""
    return add_years(birth, years)


def born_on_or_before_for_age(day: dt.date, years: int) -> dt.date:
    """Latest birth date of someone aged at least ``years`` at ``day`` (for SQL filters).

    Someone born on 29 February turns N on 28 February, so the bound may need the
    29 February after the clipped date.
    """
    candidate = add_years(day, -years)
    # add_years clipped 29 Feb to 28 Feb: a 29 Feb birth is also N on that day.
    if candidate.month == 2 and candidate.day == 28 and calendar.isleap(candidate.year):
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            return dt.date(candidate.year, 2, 29)
    return candidate
