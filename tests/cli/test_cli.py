"""The command line, run as the clerk's scripts would run it (a real subprocess)."""

import os
import sqlite3
import subprocess
import sys

import pytest

from desktop.store.db import open_database


def run(*args, env=None):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=full_env, timeout=120)


def test_demo_then_check(tmp_path):
    db = tmp_path / "x.db"
    done = run("--db", str(db), "--lang", "en", "demo", "--persons", "300", "--seed", "7")
    assert done.returncode == 0, done.stderr
    assert "300" in done.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from person").fetchone()[0] == 300
        assert conn.execute("select count(*) from unit").fetchone()[0] >= 2
    checked = run("--db", str(db), "--lang", "en", "check")
    assert checked.returncode == 0 and "integrity check passed" in checked.stdout


def test_demo_refuses_a_database_with_records_unless_forced(tmp_path):
    db = tmp_path / "x.db"
    assert run("--db", str(db), "demo", "--persons", "20").returncode == 0
    again = run("--db", str(db), "--lang", "en", "demo", "--persons", "20")
    assert again.returncode == 1 and "already holds records" in again.stderr
    forced = run("--db", str(db), "demo", "--persons", "20", "--seed", "2", "--force")
    assert forced.returncode == 0, forced.stderr


def test_env_variable_chooses_the_file(tmp_path):
    db = tmp_path / "env.db"
    done = run("demo", "--persons", "5", env={"FAMILY_LEDGER_DB": str(db)})
    assert done.returncode == 0, done.stderr
    assert db.exists()


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b"hello, this is a text file\n" * 10, "not a Family Ledger data file"),
    ],
)
def test_check_refuses_bad_files_without_changing_them(tmp_path, content, words):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    done = run("--db", str(bad), "--lang", "en", "check")
    assert done.returncode != 0 and words in done.stderr
    assert bad.read_bytes() == content


def test_check_refuses_another_programs_sqlite_file(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table songs (title text)")
    done = run("--db", str(other), "--lang", "en", "check")
    assert done.returncode == 1 and "another program" in done.stderr


def test_check_refuses_a_newer_schema(tmp_path):
    db = tmp_path / "new.db"
    open_database(db).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("update alembic_version set version_num='9999'")
    done = run("--db", str(db), "--lang", "en", "check")
    assert done.returncode == 1 and "newer version" in done.stderr and "safe" in done.stderr


def test_messages_are_chinese_by_default(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"")
    done = run("--db", str(bad), "check")
    assert done.returncode == 1
    assert any("\u4e00" <= ch <= "\u9fff" for ch in done.stderr), done.stderr


def test_usage_error_exits_2():
    assert run("demo").returncode == 2
    assert run("no-such-command").returncode == 2
