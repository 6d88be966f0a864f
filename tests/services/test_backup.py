"""BackupService and restore: logged backups, retention, checks before a restore, undo."""

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.errors import NotALedgerFileError, SchemaTooNewError, StorageError
from desktop.services.safety.backup import KEEP_LAST, backups_in, list_backups, to_prune
from desktop.services.safety.restore import preview_restore, restore_file
from desktop.store.backup import backup_name
from desktop.store.db import APPLICATION_ID, alembic_config, head_revision, make_engine
from desktop.store.models import ChangeLog
from tests.helpers import draft, fresh_services


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)
    s.unit = s.units.add("城关镇")
    s.persons.create(draft("张秀英", dt.date(1990, 3, 7), s.unit))
    yield s
    s.engine.dispose()


def counts(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from person").fetchone()[0]


def test_back_up_is_logged_and_listed(svc, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    info = svc.backup.back_up(out)
    assert info.path.parent == out and info.persons == 1 and info.size > 0
    with svc.factory() as session:
        rows = session.execute(select(ChangeLog).where(ChangeLog.entity == "backup")).scalars().all()
    assert [r.action for r in rows] == ["create"]
    listed = list_backups(out)
    assert [b.path for b in listed] == [info.path] and listed[0].ok
    assert svc.backup.last_backup_time() >= info.created  # remembered by the change log


def test_list_marks_damaged_files_and_latest_skips_them(svc, tmp_path):
    auto = svc.backup.auto_dir
    good = svc.backup.back_up()
    bad = auto / backup_name(good.created + dt.timedelta(hours=1))
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    listed = svc.backup.list_backups()
    assert [b.path for b in listed] == [bad, good.path]
    assert not listed[0].ok and listed[0].problem and listed[1].ok
    assert svc.backup.latest_verified() == good.path


def test_automatic_backup_only_after_changes(tmp_path):
    s = fresh_services(tmp_path)
    try:
        assert s.backup.back_up_if_changed() is None
        assert s.backup.reminder_due()
        s.units.add("城关镇")
        info = s.backup.back_up_if_changed()
        assert info is not None and info.path.parent == s.backup.auto_dir
        assert not s.backup.reminder_due()
        s.backup.restored = True
        assert s.backup.back_up_if_changed() is None
    finally:
        s.engine.dispose()


def test_before_bulk_change_needs_data(tmp_path, svc):
    assert svc.backup.before_bulk_change() is not None
    (tmp_path / "empty").mkdir()
    empty = fresh_services(tmp_path / "empty")
    assert empty.backup.before_bulk_change() is None
    empty.engine.dispose()


def test_prune_deletes_only_our_old_files(svc):
    auto = svc.backup.auto_dir
    auto.mkdir(parents=True, exist_ok=True)
    now = svc.backup._now()
    stamps = [now - dt.timedelta(days=d) for d in range(0, 700, 7)]
    for t in stamps:
        (auto / backup_name(t)).write_bytes(b"x")
    (auto / "family-ledger-before-upgrade-20200101-000000.db").write_bytes(b"x")
    (auto / "notes.txt").write_text("mine")
    deleted = svc.backup.prune()
    left = [t for t, _p in backups_in(auto)]
    assert len(deleted) == len(stamps) - len(left)
    assert (auto / "notes.txt").exists()
    assert (auto / "family-ledger-before-upgrade-20200101-000000.db").exists()
    assert len(left) <= KEEP_LAST + 12


@settings(max_examples=200, deadline=None)
@given(st.lists(st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 11, 28)),
                max_size=60))
def test_retention_rule(created):
    now = dt.datetime(2026, 11, 28, 12)
    doomed = to_prune(created, now)
    kept = sorted(set(created) - doomed, reverse=True)
    newest = sorted(set(created), reverse=True)
    assert set(newest[:KEEP_LAST]) <= set(kept)  # the last 10 always
    for t in newest:  # the newest of each of the last 12 months
        recent = (now.year * 12 + now.month) - (t.year * 12 + t.month) < 12
        if recent and t == max(x for x in newest if (x.year, x.month) == (t.year, t.month)):
            assert t in kept
    extra = [t for t in kept if t not in newest[:KEEP_LAST]]
    assert len({(t.year, t.month) for t in extra}) == len(extra) <= 12


def make_old_file(path, revision="0003"):
    from alembic import command

    engine = make_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql("insert into unit (id, name, sort_order) values (1, '老单位', 0)")
    engine.dispose()


def test_restore_round_trip_and_undo(svc, tmp_path):
    db = svc.backup.db_path
    saved = svc.backup.back_up(tmp_path)
    svc.persons.create(draft("李娜", dt.date(1992, 5, 1), svc.unit, seq=12))
    svc.engine.dispose()
    preview = preview_restore(saved.path)
    assert preview.info.persons == 1 and not preview.needs_upgrade
    safety = restore_file(db, saved.path, svc.backup.auto_dir, dt.datetime(2026, 11, 28, 10))
    assert counts(db) == 1 and counts(safety) == 2
    again = restore_file(db, safety, svc.backup.auto_dir, dt.datetime(2026, 11, 28, 11))
    assert counts(db) == 2 and counts(again) == 1
    assert not list(db.parent.glob(".family-ledger-restore-*"))


def test_restore_refuses_bad_files_and_keeps_the_data(svc, tmp_path):
    db = svc.backup.db_path
    svc.engine.dispose()
    before = db.read_bytes()
    text = tmp_path / "notes.db"
    text.write_text("hello " * 100)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table t (x)")
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(db.read_bytes()[:8192] + b"\xff" * 8192)
    newer = tmp_path / "newer.db"
    newer.write_bytes(before)
    with sqlite3.connect(newer) as conn:
        conn.execute("update alembic_version set version_num='9999'")
    for bad, error in [(text, NotALedgerFileError), (other, NotALedgerFileError),
                       (damaged, StorageError), (newer, SchemaTooNewError),
                       (tmp_path / "missing.db", StorageError)]:
        with pytest.raises(error):
            restore_file(db, bad, svc.backup.auto_dir)
    assert db.read_bytes() == before
    assert backups_in(svc.backup.auto_dir) == []


def test_restore_upgrades_an_older_file_on_a_copy(svc, tmp_path):
    old = tmp_path / "old.db"
    make_old_file(old)
    original = old.read_bytes()
    svc.engine.dispose()
    preview = preview_restore(old)
    assert preview.needs_upgrade and preview.revision == "0003"
    restore_file(svc.backup.db_path, old, svc.backup.auto_dir)
    assert old.read_bytes() == original
    with sqlite3.connect(svc.backup.db_path) as conn:
        assert conn.execute("select version_num from alembic_version").fetchone()[0] == head_revision()
        assert conn.execute("select name from unit").fetchall() == [("老单位",)]


@pytest.fixture(autouse=True)
def _both_backends() -> str:
    """Copies of the SQLite file; the server's backups are tested in tests/store/test_server.py."""
    return "sqlite"
