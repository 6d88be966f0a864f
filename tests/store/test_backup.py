"""Verified snapshots: a file gets a backup's name only after every check passed."""

import datetime as dt
import os
import sqlite3

import pytest

from desktop.errors import StorageError
from desktop.store import backup as store_backup
from desktop.store.backup import BackupFailedError, parse_backup_name, snapshot, verify
from tests.helpers import draft, fresh_services

WHEN = dt.datetime(2026, 11, 28, 9, 30, 5)


@pytest.fixture
def ledger(tmp_path):
    s = fresh_services(tmp_path)
    unit = s.units.add("城关镇")
    s.persons.create(draft("张秀英", dt.date(1990, 3, 7), unit))
    s.persons.create(draft("李娜", dt.date(1992, 5, 1), unit, seq=12))
    yield s
    s.engine.dispose()


def named_backups(folder):
    return sorted(p.name for p in folder.iterdir() if parse_backup_name(p.name))


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_snapshot_is_verified_and_named_last(ledger, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    seen = []
    real_verify = store_backup.verify

    def watching_verify(path, expected=None, **kw):
        seen.append(leftovers(out))  # while checking, only the .part exists
        return real_verify(path, expected, **kw)

    store_backup.verify = watching_verify
    try:
        snap = snapshot(ledger.engine, out, WHEN)
    finally:
        store_backup.verify = real_verify
    assert seen and all(n.endswith(".part") for n in seen[0]) and len(seen[0]) == 1
    assert snap.path.name == "family-ledger-20261128-093005.db"
    assert leftovers(out) == [snap.path.name]
    assert snap.counts["person"] == 2 and snap.counts["unit"] == 1
    assert verify(snap.path)[1] == snap.counts
    again = snapshot(ledger.engine, out, WHEN)  # same second: a new name, never overwritten
    assert again.path.name == "family-ledger-20261128-093005-1.db"


@pytest.mark.parametrize("step", ["copy", "verify", "rename"])
def test_a_failure_at_any_step_leaves_no_backup(ledger, tmp_path, monkeypatch, step):
    out = tmp_path / "usb"
    out.mkdir()

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    target = {"copy": "_copy", "verify": "verify", "rename": None}[step]
    if target:
        monkeypatch.setattr(store_backup, target, boom)
    else:
        monkeypatch.setattr(store_backup.os, "replace", boom)
    with pytest.raises(BackupFailedError) as err:
        snapshot(ledger.engine, out, WHEN)
    assert "the disk is full" in str(err.value) and "not changed" in str(err.value)
    assert leftovers(out) == []


def test_counts_that_differ_fail_verification(ledger, tmp_path, monkeypatch):
    out = tmp_path / "usb"
    out.mkdir()
    real = store_backup.table_counts
    calls = []

    def first_call_lies(conn):
        counts = real(conn)
        if not calls:
            calls.append(1)
            counts["person"] += 1
        return counts

    monkeypatch.setattr(store_backup, "table_counts", first_call_lies)
    with pytest.raises(BackupFailedError, match="row counts"):
        snapshot(ledger.engine, out, WHEN)
    assert leftovers(out) == []


def test_folder_removed_mid_way(ledger, tmp_path, monkeypatch):
    out = tmp_path / "usb"
    out.mkdir()
    real_copy = store_backup._copy

    def copy_then_unplug(src, part, progress, *key):
        real_copy(src, part, progress, *key)
        for p in out.iterdir():
            p.unlink()
        out.rmdir()

    monkeypatch.setattr(store_backup, "_copy", copy_then_unplug)
    with pytest.raises(BackupFailedError):
        snapshot(ledger.engine, out, WHEN)
    assert not out.exists()


def test_missing_folder(ledger, tmp_path):
    with pytest.raises(BackupFailedError, match="does not exist"):
        snapshot(ledger.engine, tmp_path / "nowhere", WHEN)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_read_only_folder(ledger, tmp_path):
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    try:
        with pytest.raises(StorageError):
            snapshot(ledger.engine, out, WHEN)
        assert leftovers(out) == []
    finally:
        out.chmod(0o755)


def test_verify_refuses_other_files(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table t (x)")
    with pytest.raises(StorageError, match="application id"):
        verify(other)
    text = tmp_path / "text.db"
    text.write_text("hello " * 100)
    with pytest.raises(StorageError):
        verify(text)


def test_backup_names():
    assert parse_backup_name("family-ledger-20260102-030405.db") == dt.datetime(2026, 1, 2, 3, 4, 5)
    assert parse_backup_name("family-ledger-20260102-030405-2.db") == dt.datetime(2026, 1, 2, 3, 4, 5)
    for name in ("family-ledger.db", "family-ledger-before-upgrade-20260102-030405.db",
                 "family-ledger-20261399-000000.db", "x-20260102-030405.db"):
        assert parse_backup_name(name) is None
