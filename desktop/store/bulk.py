"""Bulk inserts for demo data and imports: a Core INSERT compiled once, run as executemany.

At a million rows the per-row work in Python is what counts: SQLAlchemy's parameter
building costs more than SQLite's insert itself. So the statement is compiled once, rows
become plain value lists (dates converted the way the dialect stores them), the
created/updated stamps are written inline, and the page cache is larger while loading.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Insert,
    String,
    Table,
    bindparam,
    column,
    func,
    insert,
    literal,
    literal_column,
    select,
)
from sqlalchemy import table as table_clause
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, SQLModel

from desktop.store.sql import table_of

LOAD_CACHE_KIB = 16 * 1024  # page cache while loading (SQLite: 2 MiB); more only costs memory

Converter = Callable[[Any], Any]
# The insert, its driver SQL (None: named parameters), the key order, the converters
_Plan = tuple[Insert, str | None, list[str], list[tuple[int, Converter]]]


class BulkInserter:
    """Inserts row dicts into tables inside the caller's transaction. All rows of one
    call have the same keys."""

    def __init__(self, session: Session, stamp: dt.datetime) -> None:
        self._session = session
        self._dialect = session.get_bind().dialect
        # the stamp as the dialect writes a DateTime, quoted by the dialect as a constant
        # (a driver that binds datetimes itself gets it as a bound value)
        text = self._processor(DateTime())(stamp)
        quote = String().dialect_impl(self._dialect).literal_processor(self._dialect)
        assert quote is not None  # every dialect writes a string constant
        self._stamp: ColumnElement[Any] = (
            literal_column(quote(text)) if isinstance(text, str) else literal(stamp, DateTime))
        self._plans: dict[tuple[str, tuple[str, ...]], tuple[Insert, str | None, list[str],
                                                              list[tuple[int, Converter]]]] = {}
        self.counts: dict[str, int] = {}

    def insert(self, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        """Insert ``rows``; created_at/updated_at, when the table has them, are the stamp."""
        if not rows:
            return
        table = table_of(model)
        stmt, sql, order, converters = self._plan(table, tuple(rows[0]))
        if sql is None:  # a driver with named parameters: the plain Core way
            self._session.execute(stmt, rows)
        else:
            params = []
            missing = [key for key in order if key not in rows[0]]  # a column's own default
            fill = {key: _scalar_default(table, key) for key in missing}
            for row in rows:
                values = [row[key] if key in row else fill[key] for key in order]
                for index, convert in converters:
                    if values[index] is not None:
                        values[index] = convert(values[index])
                params.append(tuple(values))
            self._session.connection().exec_driver_sql(sql, params)
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def _plan(self, table: Table, keys: tuple[str, ...]) -> _Plan:
        plan = self._plans.get((table.name, keys))
        if plan is None:
            stamps = {c: self._stamp for c in ("created_at", "updated_at") if c in table.c}
            stmt = insert(table).values({**{k: bindparam(k) for k in keys}, **stamps})
            compiled = stmt.compile(dialect=self._dialect)
            order = list(compiled.positiontup or [])
            converters = [(i, c) for i, name in enumerate(order)
                          if (c := self._converter(table.c[name].type)) is not None]
            plan = (stmt, str(compiled) if compiled.positional else None, order, converters)
            self._plans[(table.name, keys)] = plan
        return plan

    def converter(self, type_: Any) -> Converter:
        """Python value -> the value this dialect stores for ``type_`` (for rows written
        through prepared_insert, which binds values as they are)."""
        return self._converter(type_) or (lambda v: v)

    def _converter(self, type_: Any) -> Converter | None:
        if self._dialect.name == "sqlite":  # SQLite's own text for dates; bools go in as ints
            if isinstance(type_, Date) and not isinstance(type_, DateTime):
                return dt.date.isoformat
            if isinstance(type_, Boolean):
                return None
        return self._processor(type_)

    def _processor(self, type_: Any) -> Converter:
        return type_.dialect_impl(self._dialect).bind_processor(self._dialect) or (lambda v: v)


def _scalar_default(table: Table, name: str) -> Any:
    """The Python-side default of a column the rows leave out (a person's version: 1)."""
    default = table.c[name].default
    return getattr(default, "arg", None) if getattr(default, "is_scalar", False) else None


def prepared_insert(session: Session, table: Table, columns: list[str]) -> Callable[[list[tuple[Any, ...]]], None]:
    """Run many rows of plain values (in ``columns`` order, dates already in the dialect's
    form) through one compiled Core INSERT: the fastest way for millions of rows, as the
    driver binds the tuples itself."""
    # a bare table of just these columns, so the statement names them in the caller's
    # order and the tuples go to the driver untouched
    target = table_clause(table.name, *(column(name) for name in columns))
    stmt = insert(target).values({name: bindparam(name) for name in columns})
    compiled = stmt.compile(dialect=session.get_bind().dialect)
    if not compiled.positional:  # a driver with named parameters: the plain Core way
        def run_named(rows: list[tuple[Any, ...]]) -> None:
            session.execute(stmt, [dict(zip(columns, row, strict=True)) for row in rows])
        return run_named
    order = [columns.index(name) for name in compiled.positiontup or []]
    sql = str(compiled)
    same = order == list(range(len(columns)))

    def run(rows: list[tuple[Any, ...]]) -> None:
        params = rows if same else [tuple(row[i] for i in order) for row in rows]
        session.connection().exec_driver_sql(sql, params)
    return run


@contextmanager
def loading(session: Session, cache_kib: int = LOAD_CACHE_KIB) -> Iterator[None]:
    """A larger page cache on this connection while the load runs (SQLite)."""
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar() if sqlite else None
    if sqlite:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{int(cache_kib)}")
    try:
        yield
    finally:
        if sqlite and before is not None:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")



# A load this large (and at least as large as what the table holds) rebuilds the table's
# indexes once instead of inserting into each: sorting two million keys once is several
# times faster than two million inserts in random order through a bounded page cache.
REBUILD_AT = 50_000


@contextmanager
def indexes_rebuilt(session: Session, loads: dict[Table, int]) -> Iterator[None]:
    """Drop the indexes of each table about to take many rows (``loads``: rows to add per
    table), run the load, create them again from the models, all in the caller's
    transaction (a failure or a cancel rolls the drop back with the rows; both SQLite and
    PostgreSQL change their schema inside a transaction).

    A sort larger than the page cache may spill to the database's own temporary files: pass
    only tables whose index keys are ids, dates and codes (records, the change log), never
    names or ID numbers (the person table). On PostgreSQL the dropped index locks its table
    until the commit, so other clerks' reads of it wait for the load: a rebuild is only
    chosen when the load is at least as large as what the table holds (a first load)."""
    rebuilt = [table for table, rows in loads.items()
               if rows >= REBUILD_AT and rows >= _last_id(session, table)]
    indexes = [index for table in rebuilt for index in sorted(table.indexes, key=_name)]
    conn = session.connection()
    for index in indexes:
        index.drop(conn)
    yield
    for index in indexes:
        index.create(conn)


def _name(index: Any) -> str:
    return str(index.name)


def _last_id(session: Session, table: Table) -> int:
    """The table's highest id (its size, near enough, at the cost of one index seek)."""
    return int(session.execute(select(func.max(table.c.id))).scalar() or 0)


class InsertPipe:
    """Runs inserts on one thread, in the order given, while the caller builds the next
    rows: the driver lets go of the interpreter while SQLite or the server stores a row, so
    the two overlap on a second core. At most ``depth`` batches wait. The caller touches
    the connection only through the pipe until ``close``, which waits for every batch and
    raises the first failure."""

    def __init__(self, depth: int = 2) -> None:
        self._queue: queue.Queue[tuple[Callable[[Any], None], Any] | None] = queue.Queue(depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="import-writer", daemon=True)
        self._thread.start()

    def submit(self, insert: Callable[[Any], None], rows: Any) -> None:
        if self._error is not None:
            self.close()
        self._queue.put((insert, rows))

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
                    item[0](item[1])
                except BaseException as exc:  # raised again in the caller's thread
                    self._error = exc

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error


@contextmanager
def insert_pipe(depth: int = 2) -> Iterator[InsertPipe]:
    """An InsertPipe closed on the way out; a failure of the caller waits for the batches
    already given (the transaction is then rolled back with them) and wins over theirs."""
    pipe = InsertPipe(depth)
    try:
        yield pipe
    except BaseException:
        with suppress(Exception):
            pipe.close()
        raise
    pipe.close()
