"""kill -9 a writing process at random moments; after each kill the file must be whole."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.store.db import open_database
from desktop.store.faults import has_hot_journal
from tests.cli.test_cli import run

ROOT = Path(__file__).resolve().parents[2]


def _persons_and_logs(path: Path) -> tuple[int, int]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        persons = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        unlogged = conn.execute(
            "SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM change_log c "
            "WHERE c.entity = 'person' AND c.entity_id = p.id)").fetchone()[0]
    conn.close()
    return persons, unlogged


def kill_loop(path: Path, iterations: int, seed: int) -> dict[str, int]:
    """Returns what happened: kills, journals left (rolled back by the next open), persons."""
    open_database(path).dispose()
    chance = random.Random(seed)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start, journals, confirmed = 1, 0, 0
    for _ in range(iterations):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.writer", str(path), str(start)],
            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert writer.stdout is not None
        wanted = chance.randint(1, 40)  # commits to wait for; the kill lands in the next
        last = start - 1
        for _ in range(wanted):
            line = writer.stdout.readline()
            assert line, "the writer stopped by itself"
            last = int(line)
        spin = chance.randint(0, 200_000)  # a random instant inside the next transactions
        for _ in range(spin):
            pass
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        confirmed += last - start + 1
        checked = run("--db", str(path), "--lang", "en", "check")
        if has_hot_journal(path):
            journals += 1
            assert checked.returncode == 1 and "unfinished change" in checked.stderr
            open_database(path).dispose()  # the app's open: SQLite rolls back
            checked = run("--db", str(path), "--lang", "en", "check")
        assert checked.returncode == 0, checked.stderr
        assert "not close this file properly" in checked.stdout  # the lock the kill left
        persons, unlogged = _persons_and_logs(path)
        assert unlogged == 0  # a person is never committed without its change-log row
        assert confirmed <= persons <= confirmed + 1  # what was confirmed survived
        confirmed = persons
        start = last + 2
    return {"kills": iterations, "journals": journals, "persons": confirmed}
