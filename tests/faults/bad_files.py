"""Makers of the bad files the fault tests feed to check, open and the app."""

from __future__ import annotations

import random
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.services.container import build_services
from desktop.services.demo.service import generate_demo
from desktop.store.db import open_database


def make_ledger(path: Path, persons: int = 300) -> Path:
    engine = open_database(path)
    try:
        generate_demo(build_services(engine), persons, seed=3)
    finally:
        engine.dispose()
    return path


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupt_pages(path: Path, pages: int = 3) -> list[int]:
    """Random bytes over a few leaf pages of the person table, from the middle of it."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        numbers = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name='person' AND pagetype='leaf' ORDER BY pageno")]
    conn.close()
    middle = len(numbers) // 2
    chosen = numbers[middle: middle + pages]
    noise = random.Random(7)
    with path.open("r+b") as fh:
        for number in chosen:
            fh.seek((number - 1) * page_size)
            fh.write(bytes(noise.randrange(256) for _ in range(page_size)))
    return chosen


_CUT_OFF_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=5")  # spill changed pages into the file before the end
conn.execute("BEGIN")
conn.execute("UPDATE person SET name = name || '-half-written'")
conn.execute("DELETE FROM change_log")
os._exit(0)  # no commit, no rollback: the journal stays, as after a power cut
"""


def leave_hot_journal(path: Path) -> Path:
    subprocess.run([sys.executable, "-c", _CUT_OFF_WRITE, str(path)], check=True, timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0
    return journal


def write_stale_lock(path: Path) -> Path:
    """QLockFile's format (pid, application, host) naming a process that is gone."""
    lock = path.with_name(path.name + ".lock")
    lock.write_text(f"999999\nfamily-ledger\n{socket.gethostname()}\n")
    return lock


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (not below) with its bytes: to show nothing changed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
