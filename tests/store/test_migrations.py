"""The migration path is real: upgrading an empty file to head gives the models' schema."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from desktop.store import models  # noqa: F401
from desktop.store.db import APPLICATION_ID, head_revision, open_database


def test_upgrade_to_head_matches_models(tmp_path):
    engine = open_database(tmp_path / "ledger.db")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_new_file_has_pragmas_and_revision(tmp_path):
    path = tmp_path / "ledger.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        conn.close()
