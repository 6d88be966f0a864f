"""The schema a data file of a revision must have: nothing more.

A file is a database, and a database can carry code: a trigger in a "backup" runs on the
first write after a restore (one that wipes every phone number is three lines of SQL). So a
file to open or restore may hold exactly the tables and indexes of its revision; an extra
trigger, view, table or index is named and the file refused. The head revision's schema is
the models' (a test keeps the migrations equal to them); an older one is built by running
the migrations on an in-memory database.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

_OBJECTS = ("SELECT type, name FROM sqlite_master "
            "WHERE type IN ('table', 'index', 'view', 'trigger') AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")


def unexpected_objects(conn: sqlite3.Connection, revision: str) -> list[str]:
    """``trigger wipe_phones``, ``view v``…: what the file holds beyond its revision's schema."""
    expected = expected_objects(revision)
    return sorted(f"{kind} {name}" for kind, name in conn.execute(_OBJECTS)
                  if (kind, name) not in expected)


@lru_cache(maxsize=8)
def expected_objects(revision: str) -> frozenset[tuple[str, str]]:
    from desktop.store.db import head_revision

    if revision == head_revision():
        return _from_models()
    return _from_migrations(revision)


def _from_models() -> frozenset[tuple[str, str]]:
    from sqlmodel import SQLModel

    from desktop.store import models  # noqa: F401 - every table registered

    tables = SQLModel.metadata.sorted_tables
    return frozenset({("table", "alembic_version")} | {("table", t.name) for t in tables}
                     | {("index", i.name) for t in tables for i in t.indexes if i.name})


def _from_migrations(revision: str) -> frozenset[tuple[str, str]]:
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from desktop.store.db import alembic_config

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        cfg = alembic_config()
        with engine.connect() as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            found = conn.exec_driver_sql(_OBJECTS).all()
    finally:
        engine.dispose()
    return frozenset((kind, name) for kind, name in found)
