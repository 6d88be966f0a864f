"""A second instance on the same file is refused while the first runs (two real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests.faults import bad_files

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def _wait_for_lock(first: subprocess.Popen, lock) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            first.wait(timeout=0.1)  # waits on the process, not a fixed time
        except subprocess.TimeoutExpired:
            if lock.exists() and lock.read_text().split("\n")[0] == str(first.pid):
                return
            continue
        raise AssertionError(f"the first instance ended: {first.stderr.read()}")
    raise AssertionError("the first instance never took the lock")


def test_a_second_instance_is_refused_while_the_first_runs(tmp_path):
    db = bad_files.make_ledger(tmp_path / "ledger.db", persons=20)
    before = db.read_bytes()
    env = {**os.environ, **OFFSCREEN, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("FAMILY_LEDGER_DB", None)
    # No setup yet: the first instance waits at its first-run dialog, holding the lock.
    first = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en"],
                             env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_lock(first, db.with_name(db.name + ".lock"))
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en", "--smoke-test"],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert "already open in another window" in second.stderr
        assert str(first.pid) in second.stderr
        writer = subprocess.run(
            [sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en", "demo",
             "--persons", "5", "--force"],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        assert writer.returncode == 1 and "already open" in writer.stderr
        checked = subprocess.run(  # a read-only check is allowed and says the file is open
            [sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en", "check"],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        assert checked.returncode == 0 and "open in Family Ledger now" in checked.stdout
        assert first.poll() is None  # the first instance was not disturbed
    finally:
        first.kill()
        first.communicate(timeout=30)
    assert db.read_bytes() == before
