"""Bad files and faults in the store: each gives a clear error and leaves the file as it was."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3

import pytest
from sqlalchemy import event

from desktop.domain.values.people import PersonDraft
from desktop.errors import StorageError
from desktop.services.container import build_services
from desktop.store import db, faults
from desktop.store.db import head_revision, inspect_file, open_database
from desktop.store.faults import DamagedFileError, HotJournalError
from tests.faults import bad_files
from tests.helpers import make_id


@pytest.fixture(scope="module")
def ledger_template(tmp_path_factory):
    return bad_files.make_ledger(tmp_path_factory.mktemp("tpl") / "ledger.db")


@pytest.fixture
def ledger(ledger_template, tmp_path):
    path = tmp_path / "ledger.db"
    shutil.copy2(ledger_template, path)
    return path


def test_a_truncated_file_is_refused_unchanged(ledger):
    bad_files.truncate(ledger)
    before = ledger.read_bytes()
    with pytest.raises(DamagedFileError, match="cut off"):
        open_database(ledger, ledger.parent / "backups")
    assert ledger.read_bytes() == before
    assert not (ledger.parent / "backups").exists()


def test_corrupt_pages_are_found_by_the_thorough_open(ledger):
    bad_files.corrupt_pages(ledger)
    before = ledger.read_bytes()
    with pytest.raises(DamagedFileError, match="damaged"):
        open_database(ledger, thorough=True)
    with pytest.raises(DamagedFileError):
        faults.quick_check(ledger)
    assert ledger.read_bytes() == before


def test_a_hot_journal_is_refused_read_only_and_rolled_back_by_a_writer(ledger):
    journal = bad_files.leave_hot_journal(ledger)
    before = bad_files.snapshot(ledger.parent)
    with pytest.raises(HotJournalError, match="unfinished change"):
        inspect_file(ledger)
    assert bad_files.snapshot(ledger.parent) == before
    open_database(ledger).dispose()  # the app, holding the lock, lets SQLite roll back
    assert not journal.exists()
    faults.quick_check(ledger)
    with sqlite3.connect(ledger) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE name LIKE '%half-written'"
                            ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] > 0
    conn.close()


def test_a_damaged_copy_is_made_once_and_the_file_kept(ledger, tmp_path):
    bad_files.corrupt_pages(ledger)
    before = ledger.read_bytes()
    copy = faults.keep_damaged_copy(ledger, tmp_path / "backups")
    assert copy.parent == ledger.parent and copy.name.startswith("corrupt-")
    assert copy.read_bytes() == before == ledger.read_bytes()
    assert faults.keep_damaged_copy(ledger, tmp_path / "backups") == copy


def test_stale_lock_states(ledger):
    assert faults.stale_lock(ledger) is None
    bad_files.write_stale_lock(ledger)
    assert faults.stale_lock(ledger) is True
    faults.lock_file(ledger).write_text(f"{os.getpid()}\nfamily-ledger\n{os.uname().nodename}\n")
    assert faults.stale_lock(ledger) is False


def test_a_read_only_file_is_refused_at_open(ledger, monkeypatch):
    before = ledger.read_bytes()
    real_access = os.access
    monkeypatch.setattr(db.os, "access",
                        lambda p, mode: False if str(p) == str(ledger) else real_access(p, mode))
    with pytest.raises(StorageError, match="read-only"):
        open_database(ledger)
    assert ledger.read_bytes() == before


@pytest.mark.parametrize("message, words", [
    ("database or disk is full", "disk is full"),
    ("disk I/O error", "disk error"),
    ("attempt to write a readonly database", "read-only"),
])
def test_refused_writes_become_storage_errors(message, words):
    mapped = faults.storage_error_for(sqlite3.OperationalError(message))
    assert isinstance(mapped, StorageError) and words in str(mapped)


def test_other_errors_are_not_mapped():
    assert faults.storage_error_for(sqlite3.OperationalError("no such table: x")) is None
    assert faults.storage_error_for(ValueError("database or disk is full")) is None


def _draft(unit_id: int, seq: int) -> PersonDraft:
    return PersonDraft(name="赵敏", id_number=make_id("330102", dt.date(1991, 4, 2), seq),
                       unit_id=unit_id)


def test_a_full_disk_while_saving_rolls_back_and_a_retry_succeeds(tmp_path):
    """A real SQLITE_FULL: the file may not grow by a single page."""
    path = tmp_path / "ledger.db"
    engine = open_database(path)
    services = build_services(engine)
    unit = services.units.add("城关镇")
    engine.dispose()

    def no_growth(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(engine, "connect", no_growth)
    created = 0
    with pytest.raises(StorageError, match="disk is full"):
        for seq in range(1, 400):  # fill the free pages, then one more
            services.persons.create(_draft(unit, seq))
            created += 1
    with sqlite3.connect(path) as conn:
        saved = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        logged = conn.execute(
            "SELECT count(DISTINCT entity_id) FROM change_log WHERE entity='person'").fetchone()[0]
    conn.close()
    assert saved == logged == created  # the refused one left neither a row nor a log entry
    event.remove(engine, "connect", no_growth)
    engine.dispose()
    services.persons.create(_draft(unit, 500))  # space again: the retry succeeds
    engine.dispose()


_FAILING_0003 = '''"""Injected: does part of its work, then fails."""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE person SET name = name || '-migrated'")
    raise RuntimeError("injected failure halfway")


def downgrade():
    pass
'''


def _schema(path):
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        names = conn.execute("SELECT name FROM person ORDER BY id").fetchall()
    conn.close()
    return rows, version, names


def test_a_failing_migration_leaves_nothing_partial(tmp_path, monkeypatch):
    from alembic import command

    path = tmp_path / "ledger.db"
    engine = db.make_engine(path)
    cfg = db.alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql(f"PRAGMA application_id={db.APPLICATION_ID}")
        # a person as the app of that schema wrote her: only the columns it had (today's
        # models have more, added by later migrations)
        conn.exec_driver_sql("INSERT INTO unit (id, name, sort_order) VALUES (1, '城关镇', 0)")
        conn.exec_driver_sql(
            "INSERT INTO person (name, name_pinyin, name_initials, id_number, birth_date, "
            "ethnicity, phone, household_address, current_address, unit_id, category, origin, "
            "employer, marital_status, spouse_name, spouse_id_number, spouse_work_unit, "
            "spouse_phone, checkup_group, one_child_cert_no, notes, status, children_count, "
            "created_at, updated_at) VALUES ('赵敏', 'zhaomin', 'zm', ?, '1991-04-02', '汉族', "
            "'', '', '', 1, 'resident', '', '', 'single', '', '', '', '', 'general', '', '', "
            "'active', 0, '2026-01-01 09:00:00', '2026-01-01 09:00:00')",
            (make_id("330102", dt.date(1991, 4, 2), 1),))
    engine.dispose()
    before, before_bytes = _schema(path), path.read_bytes()

    migrations = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "0003_register_indexes.py").write_text(_FAILING_0003)
    monkeypatch.setattr(db, "MIGRATIONS_DIR", migrations)

    with pytest.raises(StorageError, match="could not be prepared"):
        open_database(path, tmp_path / "backups")
    assert _schema(path) == before
    assert before[1] == [("0002",)] and head_revision() != "0002"
    copies = list((tmp_path / "backups").glob("ledger-before-upgrade-*.db"))
    assert len(copies) == 1 and copies[0].read_bytes() == before_bytes


def test_a_journal_beside_a_file_the_app_holds_is_left_to_sqlite(ledger):
    """While the app writes, its journal is not hot (SQLite sees the app's lock); when the
    lock's owner lives but the journal is hot after all, SQLite's refusal is still explained."""
    bad_files.leave_hot_journal(ledger)
    faults.lock_file(ledger).write_text(f"{os.getpid()}\nfamily-ledger\n{os.uname().nodename}\n")
    before = bad_files.snapshot(ledger.parent)
    with pytest.raises(HotJournalError, match="unfinished change"):
        inspect_file(ledger)
    assert bad_files.snapshot(ledger.parent) == before
