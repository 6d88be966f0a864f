"""The index rebuild of a large load on PostgreSQL: the change log's rows (the largest
table of a county's first import) loaded into an empty database with the indexes dropped
and created again, against the same load through the indexes. Not in the default run:

    QT_QPA_PLATFORM=offscreen python -m pytest tests/perf/test_bench_index_rebuild_pg.py -m perf -s
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from sqlalchemy import insert

from desktop.store import bulk
from desktop.store.db import make_session_factory, transaction
from desktop.store.models import ChangeLog
from desktop.store.server import make_server_engine
from desktop.store.sql import table_of
from tests.pg_server import PgServer

pytestmark = [pytest.mark.perf, pytest.mark.postgresql]

ROWS = 300_000
TABLE = table_of(ChangeLog)


def _rows(start: int, count: int) -> list[dict[str, Any]]:
    at = dt.datetime(2025, 3, 1, 9)
    return [{"at": at, "user": "", "batch": f"b{i % 7}", "entity": "person", "entity_id": i,
             "person_id": (i * 7919) % ROWS, "action": "create", "field": ""}
            for i in range(start, start + count)]


def _load(url: str, rebuild_at: int, monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(bulk, "REBUILD_AT", rebuild_at)
    engine = make_server_engine(url)
    started = time.perf_counter()
    with transaction(make_session_factory(engine)) as session:
        with bulk.indexes_rebuilt(session, {TABLE: ROWS}):
            for start in range(0, ROWS, 20_000):
                session.execute(insert(TABLE), _rows(start, 20_000))
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds


def test_the_rebuild_is_not_slower(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:
    urls = [pg_server.create(), pg_server.create()]
    try:
        through = _load(urls[0], ROWS + 1, monkeypatch)
        rebuilt = _load(urls[1], 1, monkeypatch)
    finally:
        for url in urls:
            pg_server.drop(url)
    print(f"\n{ROWS} change-log rows on PostgreSQL: through the indexes {through:.1f} s, "
          f"indexes rebuilt {rebuilt:.1f} s")
    assert rebuilt < through * 1.1
