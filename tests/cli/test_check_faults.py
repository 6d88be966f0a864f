"""`family-ledger check` on every bad file: exit 1, a clear message, not one byte changed."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from desktop.store.db import open_database
from tests.cli.test_cli import run
from tests.faults import bad_files


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return bad_files.make_ledger(tmp_path_factory.mktemp("tpl") / "ledger.db")


@pytest.fixture
def ledger(template, tmp_path):
    path = tmp_path / "ledger.db"
    shutil.copy2(template, path)
    return path


def _empty(path):
    path.write_bytes(b"")


def _text(path):
    path.write_text("名单\nhello, this is a text file\n" * 50, encoding="utf-8")


def _other_program(path):
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()


def _newer(path):
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.close()


def _missing(path):
    path.unlink()


BAD = {
    "empty": (_empty, "empty (0 bytes)"),
    "text": (_text, "not a Family Ledger data file"),
    "other program": (_other_program, "another program"),
    "truncated": (bad_files.truncate, "cut off"),
    "corrupt": (bad_files.corrupt_pages, "damaged"),
    "newer": (_newer, "newer version"),
    "missing": (_missing, "does not exist"),
    "hot journal": (bad_files.leave_hot_journal, "unfinished change"),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_check_refuses_without_changing_anything(ledger, kind):
    make, words = BAD[kind]
    make(ledger)
    before = bad_files.snapshot(ledger.parent)
    done = run("--db", str(ledger), "--lang", "en", "check")
    assert done.returncode == 1, done.stdout
    assert words in done.stderr
    assert "Traceback" not in done.stderr
    assert bad_files.snapshot(ledger.parent) == before  # every file, byte for byte


def test_check_of_a_missing_folder_creates_nothing(tmp_path):
    db = tmp_path / "no such folder" / "ledger.db"
    done = run("--db", str(db), "--lang", "en", "check")
    assert done.returncode == 1 and "does not exist" in done.stderr
    assert not db.exists() and not db.with_name(db.name + ".lock").exists()


def test_check_after_a_crash_works_and_says_so(ledger):
    lock = bad_files.write_stale_lock(ledger)
    before = bad_files.snapshot(ledger.parent)
    done = run("--db", str(ledger), "--lang", "en", "check")
    assert done.returncode == 0, done.stderr
    assert "integrity check passed" in done.stdout and "not close this file properly" in done.stdout
    assert bad_files.snapshot(ledger.parent) == before and lock.exists()


def test_the_app_rolls_back_the_journal_then_check_passes(ledger):
    bad_files.leave_hot_journal(ledger)
    open_database(ledger).dispose()  # what the app does on opening, holding the lock
    done = run("--db", str(ledger), "--lang", "en", "check")
    assert done.returncode == 0, done.stderr


def test_check_of_a_missing_file_creates_nothing(tmp_path):
    import os
    import subprocess
    import sys

    folder = tmp_path / "nowhere"
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(folder / "x.db"), "check"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode != 0
    assert not folder.exists()


def _index_out_of_step(path):
    """An index whose entries no longer match its table (as after a crash mid-write on a
    disk that lied about flushing): the records are whole, the index is not."""
    name = "ix_person_birth"  # on birth_date: now said to be on phone
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema=ON")
        changed = conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?",
                               (f"CREATE INDEX {name} ON person (phone)", name)).rowcount
    conn.close()
    assert changed == 1
    return name


def test_integrity_faults_are_summarised_in_her_language(ledger):
    index = _index_out_of_step(ledger)
    before = bad_files.snapshot(ledger.parent)
    done = run("--db", str(ledger), "check")  # Chinese by default
    assert done.returncode == 1
    first, raw = done.stderr.strip().splitlines()[-2:]
    assert "已损坏" in first and "索引" in first and index in first and "missing" not in first
    assert raw.startswith("SQLite 的原始报告") and "missing from index" in raw
    english = run("--db", str(ledger), "--lang", "en", "check")
    assert "faults in the search indexes" in english.stderr
    assert "SQLite's own report (in English, for a technician): " in english.stderr
    assert bad_files.snapshot(ledger.parent) == before


def test_damaged_pages_are_summarised_too(ledger):
    bad_files.corrupt_pages(ledger)
    done = run("--db", str(ledger), "check")
    assert done.returncode == 1 and "已损坏" in done.stderr
    assert "Traceback" not in done.stderr
