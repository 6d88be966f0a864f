"""backup and restore from the command line, as a real subprocess."""

import sqlite3

from desktop.store.backup import parse_backup_name
from tests.cli.test_cli import run


def persons(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from person").fetchone()[0]


def test_backup_change_restore_round_trip(tmp_path):
    db = tmp_path / "x.db"
    assert run("--db", str(db), "demo", "--persons", "30").returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    done = run("--db", str(db), "--lang", "en", "backup", "--to", str(usb))
    assert done.returncode == 0, done.stderr
    [copy] = [p for p in usb.iterdir() if parse_backup_name(p.name)]
    assert str(copy) in done.stdout and "30 persons" in done.stdout
    auto = run("--db", str(db), "--lang", "en", "backup")
    assert auto.returncode == 0 and str(tmp_path / "backups") in auto.stdout

    assert run("--db", str(db), "demo", "--persons", "5", "--seed", "3", "--force").returncode == 0
    assert persons(db) == 35
    asked = run("--db", str(db), "--lang", "en", "restore", str(copy))
    assert asked.returncode == 1 and "--yes" in asked.stderr and "30 persons" in asked.stdout
    assert persons(db) == 35
    restored = run("--db", str(db), "--lang", "en", "restore", str(copy), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert persons(db) == 30
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from change_log where entity='backup' "
                            "and action='restore'").fetchone()[0] == 1


def test_errors_exit_1_with_a_message(tmp_path):
    db = tmp_path / "x.db"
    missing = run("--db", str(db), "--lang", "en", "backup")
    assert missing.returncode == 1 and "no data file" in missing.stderr
    assert run("--db", str(db), "demo", "--persons", "3").returncode == 0
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    nowhere = run("--db", str(db), "backup", "--to", str(blocked / "sub"))
    assert nowhere.returncode == 1 and str(blocked) in nowhere.stderr
    assert "不是文件夹" in nowhere.stderr and "directory" not in nowhere.stderr
    assert blocked.read_text() == "not a folder"
    text = tmp_path / "t.db"
    text.write_text("hello " * 50)
    refused = run("--db", str(db), "--lang", "en", "restore", str(text), "--yes")
    assert refused.returncode == 1 and "not a Family Ledger data file" in refused.stderr


def test_backup_to_a_missing_folder_creates_it(tmp_path):
    db = tmp_path / "x.db"
    assert run("--db", str(db), "demo", "--persons", "3").returncode == 0
    usb = tmp_path / "usb" / "台账备份" / "2026"
    done = run("--db", str(db), "--lang", "en", "backup", "--to", str(usb))
    assert done.returncode == 0, done.stderr
    [copy] = [p for p in usb.iterdir() if parse_backup_name(p.name)]
    assert str(copy) in done.stdout
    assert persons(copy) == 3
