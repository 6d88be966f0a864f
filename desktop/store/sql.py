"""Small, portable SQL helpers shared by the services."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

_T = TypeVar("_T")


def without_index(column: ColumnElement[_T]) -> ColumnElement[_T]:
    """The same value, but no index can serve it.

    Used where an index would be chosen yet be slower than a table scan: a range that
    keeps 90% of the rows, or an ORDER BY walked through an index while a text filter
    keeps only a few rows (each row then costs a random lookup). Portable SQL.
    """
    return func.coalesce(column, column)
