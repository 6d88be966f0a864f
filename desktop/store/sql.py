"""Small, portable SQL helpers shared by the services."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Row, Select, Table, func, inspect
from sqlalchemy.orm import InstrumentedAttribute, Mapped
from sqlalchemy.sql._typing import _ColumnExpressionArgument
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel

_T = TypeVar("_T")

# A column (an ORM one through col(), or a Core one) or any SQL expression of columns
Expr = ColumnElement[Any] | Mapped[Any]
# A SELECT of any columns, and one row of it
AnySelect = Select[*tuple[Any, ...]]
AnyRow = Row[*tuple[Any, ...]]


def without_index(column: _ColumnExpressionArgument[_T | None]) -> ColumnElement[_T]:
    """The same value, but no index can serve it.

    Used where an index would be chosen yet be slower than a table scan: a range that
    keeps 90% of the rows, or an ORDER BY walked through an index while a text filter
    keeps only a few rows (each row then costs a random lookup). Portable SQL.
    """
    return func.coalesce(column, column)


def column(model: type[SQLModel], name: str) -> InstrumentedAttribute[Any]:
    """``model.name`` as a column, for code that treats several tables alike."""
    attribute = getattr(model, name)
    if not isinstance(attribute, InstrumentedAttribute):
        raise TypeError(f"{model.__name__}.{name} is not a column")
    return attribute


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a table model (SQLModel sets ``__table__`` without declaring it)."""
    table = inspect(model).local_table
    assert isinstance(table, Table)
    return table
