"""Ctrl+C (SIGINT) or SIGTERM on the first-run dialog or the main window: the program closes
as if the clerk had closed it, the lock beside the data file is gone and the next start is
not a crash (a real program in a real process, offscreen)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from desktop.lock import lock_path
from tests.cli.test_cli import run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals are sent the POSIX way")
START_WAIT_S = 90  # a loaded test machine starts slowly


def start_gui(db):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_log(db, words: str, process) -> None:
    log = db.parent / "logs" / "family-ledger.log"
    deadline = time.monotonic() + START_WAIT_S
    while time.monotonic() < deadline:
        if log.exists() and words in log.read_text(encoding="utf-8"):
            time.sleep(0.5)  # the dialog's or window's event loop is running by now
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.1)
    process.kill()
    raise AssertionError(f"not seen in the log: {words}")


def stop(process, number) -> int:
    process.send_signal(number)
    try:
        return process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()


def assert_clean_next_start(db):
    assert not lock_path(db).exists()
    checked = run("--db", str(db), "--lang", "en", "check")
    assert checked.returncode == 0, checked.stderr
    assert "did not close this file properly" not in checked.stdout


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_signal_on_the_first_run_dialog(tmp_path, number):
    db = tmp_path / "ledger.db"
    process = start_gui(db)
    wait_for_log(db, "the setup dialog is open", process)
    assert lock_path(db).exists()
    assert stop(process, number) == 128 + number
    assert_clean_next_start(db)
    assert "closing on signal" in (tmp_path / "logs" / "family-ledger.log").read_text()


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_signal_on_the_main_window(tmp_path, number):
    db = tmp_path / "ledger.db"
    assert run("--db", str(db), "init", "--office", "甲镇", "--units", "北关村").returncode == 0
    assert run("--db", str(db), "demo", "--persons", "30").returncode == 0
    assert run("--db", str(db), "backup").returncode == 0  # no backup reminder at the start
    process = start_gui(db)
    wait_for_log(db, "the main window is open", process)
    assert stop(process, number) == 128 + number
    _out, err = process.communicate()
    assert "Traceback" not in err
    assert_clean_next_start(db)
