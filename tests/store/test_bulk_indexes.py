"""A large load rebuilds its table's indexes inside the load's transaction: the schema
afterwards is the one before, and a load that fails leaves the indexes where they were.
On a SQLite file and on a PostgreSQL database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, insert, inspect, select, text

from desktop.services.container import Services
from desktop.store import bulk
from desktop.store.db import transaction
from desktop.store.models import ChangeLog
from desktop.store.sql import table_of
from tests.helpers import fresh_services

TABLE = table_of(ChangeLog)


@pytest.fixture(autouse=True)
def _both_backends(backend: str) -> str:
    return backend


def _schema(services: Services) -> list[tuple[Any, ...]]:
    """Every index of the database with its definition, as the database itself has it."""
    with services.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.execute(text(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")).all()
        else:
            rows = conn.execute(text(
                "SELECT tablename, indexname, indexdef FROM pg_indexes"
                " WHERE schemaname = current_schema() ORDER BY indexname")).all()
    return [tuple(row) for row in rows]


def _indexes_now(conn: Connection) -> list[str]:
    """The change log's indexes as this transaction sees them."""
    return sorted(str(i["name"]) for i in inspect(conn).get_indexes(TABLE.name))


def _rows(count: int) -> list[dict[str, Any]]:
    at = dt.datetime(2025, 3, 1, 9)
    return [{"at": at, "user": "", "batch": "b", "entity": "person", "entity_id": i,
             "person_id": i, "action": "create", "field": ""} for i in range(count)]


def test_the_indexes_come_back_as_they_were(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = fresh_services(tmp_path)
    monkeypatch.setattr(bulk, "REBUILD_AT", 10)
    before = _schema(services)
    assert TABLE.indexes and len(_indexes(before)) > 0
    dropped: list[list[str]] = []
    with transaction(services.factory) as session:
        with bulk.indexes_rebuilt(session, {TABLE: 50}):
            dropped.append(_indexes_now(session.connection()))
            session.execute(insert(TABLE), _rows(50))
    assert dropped == [[]]  # the load ran without them
    assert _schema(services) == before
    with services.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        else:  # the rebuilt indexes answer from the loaded rows
            conn.execute(text("SET enable_seqscan = off"))
        found = conn.execute(select(TABLE.c.entity_id).where(TABLE.c.person_id == 17)).all()
        assert [row[0] for row in found] == [17]


def test_a_failed_load_keeps_the_indexes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = fresh_services(tmp_path)
    monkeypatch.setattr(bulk, "REBUILD_AT", 10)
    before = _schema(services)
    with pytest.raises(RuntimeError), transaction(services.factory) as session:
        with bulk.indexes_rebuilt(session, {TABLE: 50}):
            session.execute(insert(TABLE), _rows(50))
            raise RuntimeError("cancelled")
    assert _schema(services) == before
    with services.engine.connect() as conn:
        assert conn.execute(select(TABLE.c.id)).all() == []


def test_a_small_load_leaves_the_indexes_alone(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    with transaction(services.factory) as session:
        with bulk.indexes_rebuilt(session, {TABLE: 5}):
            assert _indexes_now(session.connection()) == sorted(str(i.name) for i in TABLE.indexes)


def _indexes(schema: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [row for row in schema if TABLE.name in row]
