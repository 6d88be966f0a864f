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
