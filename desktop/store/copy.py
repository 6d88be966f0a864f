"""Copy every row of a ledger into another, empty one at the same schema revision, whatever
the two databases are (a SQLite file, a PostgreSQL server): the rows go through SQLAlchemy
Core, so each side reads and writes its own forms of dates, times and numbers.

Tables are copied parents first, each in id order and in chunks, inside one transaction on
the target: a copy cut off leaves the target as empty as it was. Into PostgreSQL the rows
go by COPY (tests/perf/test_bench_server.py measures it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select
from sqlmodel import SQLModel

from desktop.store import models  # noqa: F401 - every table registered

CHUNK = 5000
Progress = Callable[[str, int], None]


def ledger_tables() -> list[Table]:
    """The ledger's tables, parents before children (alembic_version is each side's own)."""
    return list(SQLModel.metadata.sorted_tables)


def count_rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in ledger_tables()}


def copy_rows(source: Engine, target: Engine, progress: Progress | None = None) -> dict[str, int]:
    """Copy the rows of every table; returns the rows copied per table."""
    copied: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        for table in ledger_tables():
            n = 0
            for rows in _chunks(src, table):
                _write(dst, table, rows)
                n += len(rows)
                if progress is not None:
                    progress(table.name, n)
            copied[table.name] = n
        _move_sequences(dst)
    return copied


def _write(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Into PostgreSQL by COPY (psycopg adapts each value as for an INSERT; many times
    faster than inserting rows), elsewhere by inserts."""
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    from psycopg import sql

    names = [c.name for c in table.columns]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names)))
    raw = conn.connection.driver_connection  # the same connection: the same transaction
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([row[name] for name in names])


def _chunks(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The table's rows in chunks; a table that points at itself (units under units) comes
    parents first, so that every row's parent is already in the target."""
    order = list(table.primary_key.columns)
    result = conn.execution_options(stream_results=True).execute(select(table).order_by(*order))
    if not any(fk.column.table is table for fk in table.foreign_keys):
        for part in result.mappings().partitions(CHUNK):
            yield [dict(r) for r in part]
        return
    rows = _parents_first(table, [dict(r) for r in result.mappings()])  # units: a few hundred
    for start in range(0, len(rows), CHUNK):
        yield rows[start:start + CHUNK]


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    [key] = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    placed: set[object] = set()
    out: list[dict[str, Any]] = []
    waiting = rows
    while waiting:
        ready = [r for r in waiting if r[key] is None or r[key] in placed]
        if not ready:  # a loop of parents: leave the rest to the database to refuse
            out.extend(waiting)
            break
        out.extend(ready)
        placed.update(r["id"] for r in ready)
        ready_ids = {id(r) for r in ready}
        waiting = [r for r in waiting if id(r) not in ready_ids]
    return out


def _move_sequences(conn: Connection) -> None:
    """PostgreSQL: each id sequence past the largest id copied."""
    if conn.dialect.name != "postgresql":
        return
    for table in ledger_tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        largest = conn.scalar(select(func.max(table.c.id)))
        if largest is not None:
            conn.execute(select(func.setval(func.pg_get_serial_sequence(table.name, "id"),
                                            largest)))
