"""A move whose copy fails verification leaves nothing behind: no new file, and the server's
database as empty as it was."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest
from sqlalchemy import inspect, update

from desktop.cli import server as server_cli
from desktop.errors import StorageError
from desktop.services.safety import move
from desktop.store.models import Child
from desktop.store.server import make_server_engine
from tests.helpers import fresh_services
from tests.register_sample import fill_registers


@pytest.fixture
def spoiled_copies(monkeypatch):
    """Every copy's births move to another month after copying (the report check fails)."""
    real_copy = move.copy_rows

    def copy_and_spoil(src, dst):
        copied = real_copy(src, dst)
        with dst.begin() as conn:
            conn.execute(update(Child).values(birth_date=dt.date(2026, 9, 15)))
        return copied

    monkeypatch.setattr(move, "copy_rows", copy_and_spoil)


def _file_ledger(tmp_path):
    services = fresh_services(tmp_path)
    fill_registers(services)
    services.engine.dispose()
    return tmp_path / "ledger.db"


def _tables(url: str) -> list[str]:
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_a_failed_move_to_the_server_empties_the_database_again(
        tmp_path, empty_pg_url, spoiled_copies, monkeypatch):
    db = _file_ledger(tmp_path)
    before = db.read_bytes()
    with pytest.raises(StorageError, match="differs"):
        server_cli.move_to(argparse.Namespace(target=empty_pg_url, since=None), db)
    assert _tables(empty_pg_url) == []
    assert db.read_bytes() == before
    monkeypatch.undo()  # and the emptied database takes a good copy afterwards
    assert server_cli.move_to(argparse.Namespace(target=empty_pg_url, since=None), db) == 0
    assert "person" in _tables(empty_pg_url)


def test_a_failed_move_to_a_file_leaves_no_file(tmp_path, spoiled_copies):
    db = _file_ledger(tmp_path)
    target = tmp_path / "copy" / "other.db"
    target.parent.mkdir()
    with pytest.raises(StorageError, match="differs"):
        server_cli.move_to(argparse.Namespace(target=str(target), since=None), db)
    assert sorted(p.name for p in target.parent.iterdir()) == []
