"""Small SQL helpers shared by the services: the dialect-specific ones are compiled per
dialect here (a SQLite form in use, a PostgreSQL form beside it), so no service writes
a database's own syntax."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Integer,
    Row,
    Select,
    Table,
    case,
    cast,
    func,
    inspect,
    literal,
    null,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Mapped, Session
from sqlalchemy.sql._typing import _ColumnExpressionArgument
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import SQLModel

_T = TypeVar("_T")

# A column (an ORM one through col(), or a Core one) or any SQL expression of columns
Expr = ColumnElement[Any] | Mapped[Any]
# A SELECT of any columns, and one row of it
AnySelect = Select[*tuple[Any, ...]]
AnyRow = Row[*tuple[Any, ...]]


class _WithoutIndex(FunctionElement[Any]):
    name = "without_index"
    inherit_cache = True


def without_index(column: _ColumnExpressionArgument[_T | None]) -> ColumnElement[_T]:
    """The same value, but (on SQLite) no index can serve it.

    Used where SQLite would choose an index yet be slower than a table scan: a range that
    keeps 90% of the rows, or an ORDER BY walked through an index while a text filter
    keeps only a few rows (each row then costs a random lookup). SQLite: ``coalesce(x, x)``.
    PostgreSQL: the column itself; its planner weighs the index by its statistics, and
    the disguise would only hide them (it then guessed 167 rows of 89,000 and sorted them
    all for the register's first page).
    """
    expression = func.coalesce(column, column)
    element = _WithoutIndex(expression)
    element.type = expression.type
    return element


def not_in_index_order(column: _ColumnExpressionArgument[_T | None]) -> ColumnElement[_T]:
    """The same value to sort by, but no index walk can deliver it in order, on any
    database: for a text filter's page, whose few matches are cheaper found and sorted
    than met one random lookup at a time along the whole index (PostgreSQL walked a
    million women's name index for 8 s). ``coalesce(x, x)``, portable SQL."""
    return func.coalesce(column, column)


@compiles(_WithoutIndex)
def _without_index_default(element: _WithoutIndex, compiler: SQLCompiler, **kw: Any) -> str:
    [expression] = element.clauses
    return compiler.process(expression, **kw)


@compiles(_WithoutIndex, "postgresql")
def _without_index_postgresql(element: _WithoutIndex, compiler: SQLCompiler, **kw: Any) -> str:
    [expression] = element.clauses
    column, _same = expression.clauses
    return compiler.process(column, **kw)


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


class _AllDigits(FunctionElement[bool]):
    type = Boolean()
    name = "all_digits"
    inherit_cache = True


def all_digits(value: ColumnElement[str], length: int) -> ColumnElement[bool]:
    """``value`` is exactly ``length`` characters, each a digit 0-9."""
    return _AllDigits(value, literal("[0-9]" * length), literal(f"^[0-9]{{{length}}}$"))


@compiles(_AllDigits)
def _all_digits_default(element: _AllDigits, compiler: SQLCompiler, **kw: Any) -> str:
    raise NotImplementedError(f"all_digits has no form for {compiler.dialect.name} yet")


@compiles(_AllDigits, "sqlite")
def _all_digits_sqlite(element: _AllDigits, compiler: SQLCompiler, **kw: Any) -> str:
    value, glob, _regex = element.clauses
    return compiler.process(value.op("GLOB")(glob), **kw)


@compiles(_AllDigits, "postgresql")
def _all_digits_postgresql(element: _AllDigits, compiler: SQLCompiler, **kw: Any) -> str:
    value, _glob, regex = element.clauses
    return compiler.process(value.op("~")(regex), **kw)


def reserve_ids(session: Session, model: type[SQLModel], count: int) -> Sequence[int]:
    """``count`` ids for new rows of ``model`` that nobody else will be given, in increasing
    order, so that a bulk load can link rows to each other without asking for each id.
    Call it inside the write transaction that inserts them.

    SQLite: a block after the largest id (first_free_id). PostgreSQL: ``count`` values
    drawn from the table's own sequence in one statement (unique, maybe not contiguous)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return list(session.scalars(drawn_ids(model, count))) if count else []
    first = first_free_id(session, model)
    return range(first, first + count)


def drawn_ids(model: type[SQLModel], count: int) -> Select[tuple[int]]:
    """PostgreSQL: ``count`` new values of the sequence behind ``model``'s id."""
    table = table_of(model)
    sequence = func.pg_get_serial_sequence(table.name, "id")
    return select(func.nextval(sequence)).select_from(func.generate_series(1, count))


def first_free_id(session: Session, model: type[SQLModel]) -> int:
    """The first of the ids free for new rows of ``model`` in this write transaction: it and
    every id after it are the caller's until the commit (a bulk load whose row count is not
    known ahead numbers its rows from here).

    SQLite: the transaction holds the database's write lock (BEGIN IMMEDIATE) and SQLite
    numbers a new row after the largest rowid, so everything past the largest is free until
    the commit. PostgreSQL has no such open block: a load that knows its row count calls
    reserve_ids; the demo load, on a database of its own, uses this and then
    sync_id_sequences."""
    table = table_of(model)
    return (session.scalar(select(func.max(table.c.id))) or 0) + 1


def sync_id_sequences(session: Session, models: Sequence[type[SQLModel]]) -> None:
    """After rows were written with ids from first_free_id: PostgreSQL's sequences move past
    the largest id, so that the next ordinary insert gets a free one. (SQLite numbers after
    the largest id by itself.) Demo data only: meant for a database nobody else writes to
    during the load."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = table_of(model)
        largest = session.scalar(select(func.max(table.c.id)))
        if largest is not None:
            session.execute(select(func.setval(
                func.pg_get_serial_sequence(table.name, "id"), largest)))


class _Unindexed(FunctionElement[Any]):
    name = "unindexed"
    inherit_cache = True

    def __init__(self, column: Expr) -> None:
        super().__init__(column)
        self.type = self.clauses.clauses[0].type


def unindexed(column: Expr) -> ColumnElement[Any]:
    """The column itself, marked so that the planner does not pick an index on it for this
    condition (SQLite: the unary ``+``), where another index serves the query better.
    Databases without such a mark get the plain column."""
    return _Unindexed(column)


@compiles(_Unindexed)
def _unindexed_default(element: _Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    [column] = element.clauses
    return compiler.process(column, **kw)


@compiles(_Unindexed, "sqlite")
def _unindexed_sqlite(element: _Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    [column] = element.clauses
    return "+" + compiler.process(column, **kw)


class _NumberOrNull(FunctionElement[int]):
    type = BigInteger()
    name = "number_or_null"
    inherit_cache = True


def number_or_null(text_value: ColumnElement[str], length: int) -> ColumnElement[int]:
    """``text_value`` read as a whole number (up to 18 digits) when it is ``length`` digits
    0-9. SQLite reads any text as a number and is only asked about digit texts here;
    PostgreSQL would raise on a letter, so it gets NULL for a text that is no number."""
    return _NumberOrNull(text_value, literal(f"^[0-9]{{{length}}}$"))


@compiles(_NumberOrNull)
def _number_or_null_default(element: _NumberOrNull, compiler: SQLCompiler, **kw: Any) -> str:
    value, regex = element.clauses
    return compiler.process(case((value.op("~")(regex), cast(value, BigInteger)), else_=null()),
                            **kw)


@compiles(_NumberOrNull, "sqlite")
def _number_or_null_sqlite(element: _NumberOrNull, compiler: SQLCompiler, **kw: Any) -> str:
    value, _regex = element.clauses
    return compiler.process(cast(value, Integer), **kw)


class _Greatest(FunctionElement[Any]):
    name = "greatest"
    inherit_cache = True

    def __init__(self, *values: ColumnElement[Any]) -> None:
        super().__init__(*values)
        self.type = values[0].type


def greatest(*values: ColumnElement[Any]) -> ColumnElement[Any]:
    """The largest of the values, in a row (SQLite: max(a, b), PostgreSQL: greatest). Give
    values that are not NULL: the two databases treat a NULL among them differently."""
    return _Greatest(*values)


@compiles(_Greatest)
def _greatest_default(element: _Greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(func.greatest(*element.clauses), **kw)


@compiles(_Greatest, "sqlite")
def _greatest_sqlite(element: _Greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(func.max(*element.clauses), **kw)
