"""Date arithmetic inside SQL: the one place that knows how a database computes with dates.

SQLite stores dates as 'YYYY-MM-DD' text and shifts them with date()/strftime(); PostgreSQL
has a date type with intervals. Each helper is a SQL element compiled per dialect
(``@compiles``): the SQLite form is the one in use, the PostgreSQL form sits beside it.
Services only call these functions; none of them writes a dialect's date function itself.

``add_months`` is the SQL twin of ``desktop.domain.dates.add_months`` (the same day number,
clipped to the end of the target month); a property test holds the two equal.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, case, cast, false, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

# a date column (an ORM one through col(), or a Core one) or a date expression
Day = ColumnElement[Any] | Mapped[Any]


class _DateFunction(FunctionElement[Any]):
    """Base of the helpers below: a function of SQL expressions whose text each dialect
    decides. Constant parts (a number of days) are bound values made when the element is
    built, never while compiling, so a cached statement is right for every value."""

    inherit_cache = True

    def args(self) -> list[ColumnElement[Any]]:
        return list(self.clauses)


def _unsupported(element: _DateFunction, compiler: SQLCompiler, **kw: Any) -> str:
    raise NotImplementedError(
        f"{type(element).__name__} has no form for the {compiler.dialect.name} database yet")


# -- add_months --------------------------------------------------------------------------
class _AddMonths(_DateFunction):
    type = Date()
    name = "add_months"
    inherit_cache = True


def add_months(day: Day, months: int | ColumnElement[Any]) -> ColumnElement[dt.date]:
    """The date ``months`` after ``day`` (before it when negative), the day number kept and
    clipped to the month's end: 31 August + 3 months = 30 November, 29 February + 12 months
    = 28 February. ``months`` is a number or an integer expression."""
    if isinstance(months, int):
        shift: ColumnElement[Any] = literal(f"{months:+d} months")
        count: ColumnElement[Any] = literal(months)
    else:
        shift = func.printf("%+d months", months)
        count = months
    return _AddMonths(day, shift, count)


@compiles(_AddMonths)
def _add_months_default(element: _AddMonths, compiler: SQLCompiler, **kw: Any) -> str:
    return _unsupported(element, compiler, **kw)


@compiles(_AddMonths, "sqlite")
def _add_months_sqlite(element: _AddMonths, compiler: SQLCompiler, **kw: Any) -> str:
    # date(x, '+1 month') would roll 31 January over into March: go to the 1st of the
    # target month and add the smaller of the day number and that month's length. Days 1
    # to 28 exist in every month, so there SQLite's own shift is right (and 4x cheaper).
    day, shift, _count = element.args()
    first = func.date(day, "start of month", shift)
    last_day = cast(func.strftime("%d", first, "+1 month", "-1 day"), Integer)
    day_no = cast(func.strftime("%d", day), Integer)
    clipped = func.date(first, func.printf("%+d days", func.min(day_no, last_day) - 1))
    expr = case((func.substr(day, 9, 2) <= "28", func.date(day, shift)), else_=clipped)
    return compiler.process(expr, **kw)


@compiles(_AddMonths, "postgresql")
def _add_months_postgresql(element: _AddMonths, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL's month interval already clips to the month's end.
    day, _shift, count = element.args()
    expr = cast(cast(day, Date) + func.make_interval(0, count), Date)
    return compiler.process(expr, **kw)


# -- shift_days ----------------------------------------------------------------------------
class _ShiftDays(_DateFunction):
    type = Date()
    name = "shift_days"
    inherit_cache = True


def shift_days(day: Day, days: int) -> ColumnElement[dt.date]:
    """The date ``days`` after ``day`` (before it when negative)."""
    return _ShiftDays(day, literal(f"{days:+d} days"), literal(days))


@compiles(_ShiftDays)
def _shift_days_default(element: _ShiftDays, compiler: SQLCompiler, **kw: Any) -> str:
    return _unsupported(element, compiler, **kw)


@compiles(_ShiftDays, "sqlite")
def _shift_days_sqlite(element: _ShiftDays, compiler: SQLCompiler, **kw: Any) -> str:
    day, modifier, _days = element.args()
    return compiler.process(func.date(day, modifier), **kw)


@compiles(_ShiftDays, "postgresql")
def _shift_days_postgresql(element: _ShiftDays, compiler: SQLCompiler, **kw: Any) -> str:
    day, _modifier, days = element.args()
    return compiler.process(cast(day, Date) + days, **kw)


# -- days_between --------------------------------------------------------------------------
class _DaysBetween(_DateFunction):
    type = Float()
    name = "days_between"
    inherit_cache = True


def days_between(later: Day, earlier: Day) -> ColumnElement[float]:
    """Days from ``earlier`` to ``later`` (negative when ``later`` is before it)."""
    return _DaysBetween(later, earlier)


@compiles(_DaysBetween)
def _days_between_default(element: _DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    return _unsupported(element, compiler, **kw)


@compiles(_DaysBetween, "sqlite")
def _days_between_sqlite(element: _DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = element.args()
    return compiler.process(func.julianday(later) - func.julianday(earlier), **kw)


@compiles(_DaysBetween, "postgresql")
def _days_between_postgresql(element: _DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = element.args()
    return compiler.process(cast(later, Date) - cast(earlier, Date), **kw)


# -- date parts and forms --------------------------------------------------------------------
class _DateText(_DateFunction):
    """The date written as text; each subclass names its form per dialect."""

    type = String()
    sqlite_format = ""
    postgresql_format = ""


class _YearMonth(_DateText):
    name = "year_month"
    inherit_cache = True
    sqlite_format, postgresql_format = "%Y-%m", "YYYY-MM"


class _Compact(_DateText):
    name = "compact_date"
    inherit_cache = True
    sqlite_format, postgresql_format = "%Y%m%d", "YYYYMMDD"


def year_month(day: Day) -> ColumnElement[str]:
    """'YYYY-MM' of the date (a month's key)."""
    return _YearMonth(day)


def compact_date(day: Day) -> ColumnElement[str]:
    """The date as 'YYYYMMDD', the way an ID number writes it."""
    return _Compact(day)


@compiles(_DateText)
def _date_text_default(element: _DateText, compiler: SQLCompiler, **kw: Any) -> str:
    return _unsupported(element, compiler, **kw)


@compiles(_DateText, "sqlite")
def _date_text_sqlite(element: _DateText, compiler: SQLCompiler, **kw: Any) -> str:
    [day] = element.args()
    return compiler.process(func.strftime(element.sqlite_format, day), **kw)


@compiles(_DateText, "postgresql")
def _date_text_postgresql(element: _DateText, compiler: SQLCompiler, **kw: Any) -> str:
    [day] = element.args()
    return compiler.process(func.to_char(cast(day, Date), element.postgresql_format), **kw)


# -- month_index -------------------------------------------------------------------------------
class _MonthIndex(_DateFunction):
    type = Integer()
    name = "month_index"
    inherit_cache = True


def month_index(day: Day) -> ColumnElement[int]:
    """year * 12 + month - 1 of the date: consecutive months are consecutive numbers."""
    return _MonthIndex(day)


@compiles(_MonthIndex)
def _month_index_default(element: _MonthIndex, compiler: SQLCompiler, **kw: Any) -> str:
    return _unsupported(element, compiler, **kw)


@compiles(_MonthIndex, "sqlite")
def _month_index_sqlite(element: _MonthIndex, compiler: SQLCompiler, **kw: Any) -> str:
    [day] = element.args()  # the 'YYYY-MM-DD' text cut apart: cheaper than strftime()
    expr = cast(func.substr(day, 1, 4), Integer) * 12 + cast(func.substr(day, 6, 2), Integer) - 1
    return compiler.process(expr, **kw)


@compiles(_MonthIndex, "postgresql")
def _month_index_postgresql(element: _MonthIndex, compiler: SQLCompiler, **kw: Any) -> str:
    [day] = element.args()
    expr = (cast(func.extract("year", cast(day, Date)), Integer) * 12
            + cast(func.extract("month", cast(day, Date)), Integer) - 1)
    return compiler.process(expr, **kw)


# -- a valid calendar date written as 'YYYY-MM-DD' ------------------------------------------
class _IsIsoDate(_DateFunction):
    type = Boolean()
    name = "is_iso_date"
    inherit_cache = True


def is_iso_date(value: ColumnElement[str]) -> ColumnElement[bool]:
    """``value`` is text 'YYYY-MM-DD' with a month 01-12 and a day 01-31. The SQLite form
    does not check the month's length (its date() takes 30 February as it is)."""
    return _IsIsoDate(value)


@compiles(_IsIsoDate)
def _is_iso_date_default(element: _IsIsoDate, compiler: SQLCompiler, **kw: Any) -> str:
    return _unsupported(element, compiler, **kw)


@compiles(_IsIsoDate, "sqlite")
def _is_iso_date_sqlite(element: _IsIsoDate, compiler: SQLCompiler, **kw: Any) -> str:
    [value] = element.args()
    # date() gives NULL for a month past 12 or a day past 31 and rewrites other forms
    return compiler.process(func.coalesce(func.date(value) == value, false()), **kw)

# PostgreSQL: not written yet; to_date() raises on a bad day instead of giving NULL, so it
# needs a small function (CREATE FUNCTION ... EXCEPTION) in the schema.
