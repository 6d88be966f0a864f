"""The command line in a pipeline and on a machine without a screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def _env(tmp_path, **extra):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), **extra)
    env.pop("FAMILY_LEDGER_DB", None)
    return env


def test_a_reader_that_closes_the_pipe_ends_the_listing_quietly(tmp_path):
    db = tmp_path / "ledger.db"
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "desktop", "--db", str(db)]
    subprocess.run([*cmd, "demo", "--persons", "300"], check=True, capture_output=True,
                   env=env, timeout=120)
    # `reminders | head -1`: the reader takes one line and closes the pipe
    writer = subprocess.Popen([*cmd, "reminders", "--days", "365"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env)
    assert writer.stdout is not None
    assert writer.stdout.readline()
    writer.stdout.close()
    _, err = writer.communicate(timeout=120)
    assert writer.returncode == 0
    assert err.decode() == ""


def test_the_smoke_test_needs_no_display(tmp_path):
    env = _env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "x.db"), "--smoke-test"],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "startup_s" in json.loads(done.stdout.strip().splitlines()[-1])
