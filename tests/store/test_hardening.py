"""The data file's surroundings: one lock per real file, owner-only modes, no leftovers of a
killed write, and a restore that brings back only a ledger (no trigger, view or extra table)."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.errors import DatabaseLockedError, NotALedgerFileError
from desktop.lock import DataLock
from desktop.services.safety.restore import preview_restore, restore_file
from desktop.store import leftovers
from desktop.store.backup import snapshot
from desktop.store.db import open_database
from tests.faults.bad_files import make_ledger
from tests.helpers import fresh_services

POSIX = os.name == "posix"


def _locked_elsewhere(path: Path) -> subprocess.Popen:
    """A second process holding the lock of ``path`` until killed."""
    code = ("import sys, time; from pathlib import Path; from desktop.lock import DataLock; "
            "lock = DataLock(Path(sys.argv[1])); lock.acquire(); print('locked', flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


@pytest.mark.skipif(not POSIX, reason="symbolic links need rights on Windows")
def test_a_symlink_or_another_spelling_cannot_open_a_second_writer(tmp_path: Path) -> None:
    real = tmp_path / "data" / "ledger.db"
    real.parent.mkdir()
    open_database(real).dispose()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    folder_link = tmp_path / "folder"
    folder_link.symlink_to(real.parent)
    child = _locked_elsewhere(real)
    try:
        for other in (link, tmp_path / "data" / ".." / "data" / "ledger.db",
                      folder_link / "ledger.db"):
            with pytest.raises(DatabaseLockedError):
                DataLock(other).acquire()
    finally:
        child.kill()
        child.wait()


@pytest.mark.skipif(not POSIX, reason="file modes are a Linux/macOS matter")
def test_data_backups_logs_and_their_folders_are_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    db = home / "ledger" / "family-ledger.db"
    done = subprocess.run(  # a permissive umask, as a desktop session may have
        ["sh", "-c", f'umask 022 && exec "{sys.executable}" -m desktop --db "{db}" '
                     "--lang en demo --persons 3"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    done = subprocess.run(["sh", "-c", f'umask 022 && exec "{sys.executable}" -m desktop '
                                       f'--db "{db}" --lang en backup'],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    files = [db, *db.parent.glob("backups/*.db"), *db.parent.glob("logs/*")]
    assert len(files) >= 3
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (db.parent, db.parent / "backups", db.parent / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_leftovers_of_a_dead_process_go_at_the_next_start_a_live_ones_stay(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    usb = tmp_path / "usb"
    usb.mkdir()
    ledger = fresh_services(tmp_path)
    ledger.engine.dispose()
    export = leftovers.part_for(usb / "all.xlsx")  # noted beside the data file
    stale = usb / export.name.replace(f"-{os.getpid()}-", f"-{dead}-")
    stale.write_bytes(b"personal data")
    mine = tmp_path / export.name.replace(f"-{os.getpid()}-", f"-{os.getpid()}-x")
    mine.write_bytes(b"being written")
    restore_dir = tmp_path / f"{leftovers.PREFIX}{dead}-abcd-restore.part"
    restore_dir.mkdir()
    (restore_dir / "restore.db").write_bytes(b"a full copy")
    open_database(tmp_path / "ledger.db").dispose()  # the next start
    assert not stale.exists() and not restore_dir.exists()
    assert mine.exists()  # this process is alive: its file is left alone


@pytest.mark.parametrize("what", ["backup", "export"])
def test_a_killed_backup_or_export_leaves_nothing_after_the_next_backup(tmp_path: Path,
                                                                        what: str) -> None:
    db = make_ledger(tmp_path / "ledger.db", persons=3000)
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = (["backup", "--to", str(out)] if what == "backup"
            else ["export", "--out", str(out / "all.xlsx"), "--full-ids"])
    child = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en",
                              *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(out.glob(leftovers.PREFIX + "*")) and child.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    child.send_signal(signal.SIGKILL)
    child.wait()
    parts = list(out.glob(leftovers.PREFIX + "*"))
    if not parts:
        pytest.skip("the write finished before it could be killed")
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en",
                           "backup"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not [p for p in parts if p.exists()]
    assert not list(out.glob("*.xlsx")) and not list(out.glob("family-ledger-*.db"))


def dt_now():
    import datetime as dt

    return dt.datetime(2026, 11, 28, 9, 0)


@pytest.mark.parametrize("extra", [
    ("trigger wipe", "CREATE TRIGGER wipe AFTER UPDATE ON person BEGIN UPDATE person SET phone = ''; END"),
    ("view v", "CREATE VIEW v AS SELECT id FROM person"),
    ("table t", "CREATE TABLE t (x)"),
    ("index ix_extra", "CREATE INDEX ix_extra ON person (phone)"),
])
def test_restore_refuses_a_file_with_more_than_its_schema(tmp_path: Path, extra) -> None:
    name, sql = extra
    services = fresh_services(tmp_path)
    services.units.add("一村")
    services.engine.dispose()
    chosen = snapshot(tmp_path / "ledger.db", tmp_path, dt_now()).path
    with sqlite3.connect(chosen) as conn:
        conn.execute(sql)
    conn.close()
    data = (tmp_path / "ledger.db").read_bytes()
    with pytest.raises(NotALedgerFileError) as refused:
        preview_restore(chosen)
    assert name in str(refused.value.params["objects"])
    with pytest.raises(NotALedgerFileError):
        restore_file(tmp_path / "ledger.db", chosen, tmp_path / "backups")
    assert (tmp_path / "ledger.db").read_bytes() == data
    with pytest.raises(NotALedgerFileError):  # nor opened as the data file at start
        open_database(chosen)
