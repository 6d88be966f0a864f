"""Start-up with a bad file: a message, a kept copy, the latest verified backup offered.

Nothing is repaired or replaced without the clerk's word, and the damaged file stays as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import app as app_module
from desktop import start_faults
from desktop.app import run_gui
from desktop.lock import lock_path
from tests.faults import bad_files
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ledger(tmp_path):
    return bad_files.make_ledger(tmp_path / "ledger.db", persons=200)


def _verified_backup(ledger, folder):
    from desktop.store import backup

    folder.mkdir(parents=True, exist_ok=True)
    return backup.snapshot(ledger, folder, dt.datetime(2026, 11, 27, 18, 0)).path


def test_a_truncated_file_is_kept_copied_and_not_opened(qapp, ledger, capsys):
    bad_files.truncate(ledger)
    before = ledger.read_bytes()
    assert run_gui(ledger, "en", True, 0.0) == 1
    err = capsys.readouterr().err
    assert "cut off" in err and "No verified backup" in err
    copies = list(ledger.parent.glob("corrupt-*.db"))
    assert len(copies) == 1 and copies[0].read_bytes() == before
    assert ledger.read_bytes() == before
    assert not lock_path(ledger).exists()


def test_after_a_crash_corrupt_pages_are_found_and_the_backup_offered(
        qapp, ledger, monkeypatch, capsys):
    backup = _verified_backup(ledger, ledger.parent / "backups")
    bad_files.corrupt_pages(ledger)
    bad_files.write_stale_lock(ledger)  # the last session did not end: quick_check runs
    before = ledger.read_bytes()
    assert run_gui(ledger, "en", True, 0.0) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and str(backup) in err
    assert ledger.read_bytes() == before
    assert len(list(ledger.parent.glob("corrupt-*.db"))) == 1


def test_the_clerk_restores_the_offered_backup(qapp, ledger, monkeypatch):
    backup = _verified_backup(ledger, ledger.parent / "backups")
    bad_files.truncate(ledger)
    damaged_bytes = ledger.read_bytes()
    offered: list[str] = []

    def ask(text, path):
        offered.append(text)
        return True

    shown: list[object] = []
    monkeypatch.setattr(start_faults, "ask_restore", ask)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(app_module, "_show_window", lambda app, services, *rest: shown.append(
        services.persons) or 0)
    monkeypatch.setattr(app_module, "_first_run", lambda services: True)
    assert run_gui(ledger, "en", False, 0.0) == 0
    assert len(offered) == 1 and str(backup) in offered[0] and len(shown) == 1
    with sqlite3.connect(ledger) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 200
    conn.close()
    kept = [p for p in ledger.parent.rglob("*.db") if p.read_bytes() == damaged_bytes]
    assert kept  # the damaged file survives as corrupt-<time>.db


def test_the_clerk_may_decline_the_restore(qapp, ledger, monkeypatch):
    _verified_backup(ledger, ledger.parent / "backups")
    bad_files.truncate(ledger)
    before = ledger.read_bytes()
    monkeypatch.setattr(start_faults, "ask_restore", lambda text, path: False)
    assert run_gui(ledger, "en", False, 0.0) == 1
    assert ledger.read_bytes() == before


def test_a_damaged_page_on_the_first_reads_is_handled_like_a_damaged_file(
        qapp, ledger, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(app_module, "build_services", broken)
    before = ledger.read_bytes()
    assert run_gui(ledger, "en", True, 0.0) == 1
    assert "damaged or is not a database file" in capsys.readouterr().err
    assert ledger.read_bytes() == before
    assert len(list(ledger.parent.glob("corrupt-*.db"))) == 1


def test_a_read_only_folder_is_refused_at_start(qapp, ledger, monkeypatch, capsys):
    before = bad_files.snapshot(ledger.parent)
    real = app_module.os.access
    monkeypatch.setattr(app_module.os, "access",
                        lambda p, mode: False if str(p) == str(ledger.parent) else real(p, mode))
    assert run_gui(ledger, "en", True, 0.0) == 1
    assert "read-only" in capsys.readouterr().err
    assert bad_files.snapshot(ledger.parent) == before


def test_a_read_only_file_is_refused_at_start(qapp, ledger, monkeypatch, capsys):
    from desktop.store import db

    before = ledger.read_bytes()
    real = db.os.access
    monkeypatch.setattr(db.os, "access",
                        lambda p, mode: False if str(p) == str(ledger) else real(p, mode))
    assert run_gui(ledger, "en", True, 0.0) == 1
    assert "read-only" in capsys.readouterr().err
    assert ledger.read_bytes() == before


def test_a_folder_that_cannot_be_created_is_refused(qapp, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert run_gui(blocker / "sub" / "x.db", "en", True, 0.0) == 1
    assert "cannot be created" in capsys.readouterr().err
    assert blocker.read_text() == "not a folder"


def test_a_hot_journal_is_rolled_back_when_the_app_opens(qapp, ledger, capsys):
    journal = bad_files.leave_hot_journal(ledger)
    copy = ledger.with_name("copy.db")
    shutil.copy2(ledger, copy)
    assert run_gui(ledger, "en", True, 0.0) == 0
    assert not journal.exists()
    with sqlite3.connect(ledger) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE name LIKE '%half-written'"
                            ).fetchone() == (0,)
    conn.close()


def test_a_busy_database_is_not_taken_for_a_damaged_one(qapp, ledger, monkeypatch):
    def busy(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(app_module, "build_services", busy)
    with pytest.raises(sqlite3.OperationalError):
        run_gui(ledger, "en", True, 0.0)
    assert not list(ledger.parent.glob("corrupt-*.db"))
    assert not lock_path(ledger).exists()
