"""Ctrl+C (or SIGTERM) during an import or a backup: the import's transaction is undone, no
partial backup file stays, the command says so in Chinese and exits 130 (143)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from desktop.store.backup import parse_backup_name
from tests.cli.test_cli import run


def interrupted(signal_name: str, *args: str):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "tests.cli.interrupt_driver", signal_name, *args],
                          capture_output=True, text=True, env=env, timeout=300)


def counts(db) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute(
            "select name from sqlite_master where type='table' and name not like 'sqlite_%'")]
        return {t: conn.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}  # noqa: S608


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("interrupt")
    source = folder / "source.db"
    assert run("--db", str(source), "demo", "--persons", "300").returncode == 0
    book = folder / "all.xlsx"
    assert run("--db", str(source), "export", "--out", str(book), "--full-ids").returncode == 0
    return book


@pytest.mark.parametrize(("name", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
def test_import_stopped_half_way_changes_nothing(tmp_path, workbook, name, code):
    db = tmp_path / "x.db"
    assert run("--db", str(db), "init", "--office", "城关镇").returncode == 0
    before = counts(db)
    done = interrupted(name, "--db", str(db), "import", str(workbook))
    assert done.returncode == code, done.stderr
    assert "已中止" in done.stderr and "Traceback" not in done.stderr
    assert counts(db) == before
    assert not (tmp_path / "x.db.lock").exists()
    again = run("--db", str(db), "import", str(workbook))
    assert again.returncode in (0, 3), again.stderr  # the file imports afterwards
    assert counts(db)["person"] == 300


def test_backup_stopped_half_way_leaves_no_file(tmp_path):
    db = tmp_path / "x.db"
    assert run("--db", str(db), "demo", "--persons", "300").returncode == 0
    usb = tmp_path / "usb"
    done = interrupted("SIGINT", "--db", str(db), "backup", "--to", str(usb))
    assert done.returncode == 130, done.stderr
    assert "已中止" in done.stderr and "Traceback" not in done.stderr
    assert [p.name for p in usb.iterdir()] == []
    assert run("--db", str(db), "backup", "--to", str(usb)).returncode == 0
    assert [p for p in usb.iterdir() if parse_backup_name(p.name)]
