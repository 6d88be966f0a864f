"""Date arithmetic inside SQL, for checks that compare dates of two rows.

SQLite stores dates as 'YYYY-MM-DD' text; its date() function shifts them. These are the
only SQLite-specific expressions the services use, kept here beside the engine code
(on PostgreSQL they would be ``column + interval`` and ``to_char(column, 'YYYYMMDD')``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, String, func
from sqlalchemy.sql._typing import _ColumnExpressionArgument
from sqlalchemy.sql.elements import ColumnElement


def shift_days(column: _ColumnExpressionArgument[Any], days: int) -> ColumnElement[dt.date]:
    """The date ``days`` after ``column`` (before it when negative)."""
    return func.date(column, f"{days:+d} days", type_=Date)


def compact_date(column: _ColumnExpressionArgument[Any]) -> ColumnElement[str]:
    """The date as 'YYYYMMDD', the way an ID number writes it."""
    return func.strftime("%Y%m%d", column, type_=String)
