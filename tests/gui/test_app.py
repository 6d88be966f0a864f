"""Start-up: smoke test as packaging runs it, refusals of a locked or foreign file, first run."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import types
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.app import run_gui
from desktop.lock import DataLock, lock_path


def test_smoke_test_prints_timings_and_rows(services, sample, db_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("FAMILY_LEDGER_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db_path), "--smoke-test"],
        capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    figures = json.loads(lines[0])
    assert figures["rows"] == 4  # the registered women of the sample
    assert 0 < figures["first_page_s"] <= figures["startup_s"] < 30
    assert not lock_path(db_path).exists()  # released at exit


def test_smoke_test_creates_a_new_file_without_asking(tmp_path):
    db = tmp_path / "new folder" / "x.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), "--smoke-test", "--lang", "en"],
        capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["rows"] == 0
    assert db.exists()


def test_a_file_open_in_another_window_is_refused(qapp, services, db_path, capsys):
    holder = DataLock(db_path)
    holder.acquire()
    try:
        assert run_gui(db_path, "en", True, 0.0) == 1
    finally:
        holder.release()
    assert "already open in another window" in capsys.readouterr().err


def test_a_foreign_file_is_refused_and_left_unchanged(qapp, tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_bytes(b"plain text, not a database" * 10)
    assert run_gui(path, "en", True, 0.0) == 1
    assert "not a Family Ledger data file" in capsys.readouterr().err
    assert path.read_bytes() == b"plain text, not a database" * 10
    assert not lock_path(path).exists()


def write_stale_lock(db_path: Path) -> None:
    # QLockFile's format: pid, application name, host name; no such process exists.
    lock_path(db_path).write_text(f"999999\nfamily-ledger\n{socket.gethostname()}\n")


def test_stale_lock_asks_the_clerk_and_no_means_no(qapp, services, db_path, monkeypatch):
    write_stale_lock(db_path)
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert run_gui(db_path, "en", False, 0.0) == 1
    assert len(asked) == 1 and "not closed properly" in asked[0]


def test_first_run_cancelled_quits_before_the_window(qapp, services, db_path, monkeypatch):
    opened: list[object] = []

    class FirstRunDialog(QDialog):
        def __init__(self, svc, parent) -> None:
            super().__init__(parent)
            opened.append(svc)

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    class FirstRunServices:
        of = staticmethod(lambda svc: svc)

    module = types.ModuleType("desktop.gui.dialogs.first_run")
    module.FirstRunDialog = FirstRunDialog
    module.FirstRunServices = FirstRunServices
    monkeypatch.setitem(sys.modules, "desktop.gui.dialogs.first_run", module)
    assert run_gui(db_path, "en", False, 0.0) == 0
    assert len(opened) == 1
    lock = DataLock(db_path)
    assert lock.acquire() is False  # released, and no stale lock left behind
    lock.release()
