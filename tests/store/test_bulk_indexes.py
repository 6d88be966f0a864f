"""A large load rebuilds its table's indexes inside the load's transaction: the schema
afterwards is the one before, and a load that fails leaves the indexes where they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import insert

from desktop.store import bulk
from desktop.store.db import transaction
from desktop.store.models import ChangeLog
from tests.helpers import fresh_services

TABLE = ChangeLog.__table__  # type: ignore[attr-defined]


def _schema(services) -> list[tuple]:  # noqa: ANN001
    with services.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").all()


def _rows(count: int) -> list[dict]:
    at = dt.datetime(2025, 3, 1, 9)
    return [{"at": at, "user": "", "batch": "b", "entity": "person", "entity_id": i,
             "person_id": i, "action": "create", "field": ""} for i in range(count)]


def test_the_indexes_come_back_as_they_were(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = fresh_services(tmp_path)
    monkeypatch.setattr(bulk, "REBUILD_AT", 10)
    before = _schema(services)
    dropped: list[int] = []
    with transaction(services.factory) as session:
        with bulk.indexes_rebuilt(session, {TABLE: 50}):
            dropped.append(len(session.connection().exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change_log'"
            ).all()))
            session.execute(insert(TABLE), _rows(50))
    assert dropped == [0]  # the load ran without them
    assert _schema(services) == before
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_failed_load_keeps_the_indexes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = fresh_services(tmp_path)
    monkeypatch.setattr(bulk, "REBUILD_AT", 10)
    before = _schema(services)
    with pytest.raises(RuntimeError), transaction(services.factory) as session:
        with bulk.indexes_rebuilt(session, {TABLE: 50}):
            session.execute(insert(TABLE), _rows(50))
            raise RuntimeError("cancelled")
    assert _schema(services) == before


def test_a_small_load_leaves_the_indexes_alone(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    with transaction(services.factory) as session:
        with bulk.indexes_rebuilt(session, {TABLE: 5}):
            assert session.connection().exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'change_log' AND type = 'index'"
            ).scalar() == len(TABLE.indexes)
