"""Change-log batch ids are unique across processes: two imports in one second are two batches."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.container import build_services
from desktop.store.db import open_database
from tests.helpers import fresh_services, woman_id

B = dt.date(1990, 5, 6)
SECOND = dt.datetime(2026, 11, 28, 9, 0, 0)


def csv_file(path: Path, seq: int) -> Path:
    path.write_text(f"姓名,身份证号,单位\n妇女{seq},{woman_id(B, seq)},一村\n", encoding="utf-8")
    return path


# One import in a process of its own, its clock stopped at the same second as the other's.
_IMPORT = """
import datetime as dt, sys
from pathlib import Path
from desktop.services.container import build_services
from desktop.store.db import open_database
second = dt.datetime(2026, 11, 28, 9, 0, 0)
services = build_services(open_database(Path(sys.argv[1])), today=second.date, now=lambda: second)
print(services.exchange.run_import(services.exchange.check(Path(sys.argv[2]))).batch)
services.engine.dispose()
"""


@pytest.mark.data_file
def test_two_imports_in_the_same_second_from_two_processes_are_two_batches(tmp_path: Path) -> None:
    fresh_services(tmp_path).units.add("一村")
    db = tmp_path / "ledger.db"
    batches = []
    for seq in (2, 12):
        done = subprocess.run([sys.executable, "-c", _IMPORT, str(db), str(csv_file(tmp_path / f"{seq}.csv", seq))],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        batches.append(done.stdout.strip())
    one, two = batches
    assert one != two
    assert one.startswith("import-20261128090000-") and two.startswith("import-20261128090000-")
    services = build_services(open_database(db), today=SECOND.date, now=lambda: SECOND)
    undone = services.exchange.undo_last_import()
    assert undone.batch == two and undone.removed == 1
    services.engine.dispose()
    with sqlite3.connect(db) as conn:
        assert [n for (n,) in conn.execute("SELECT name FROM person ORDER BY id")] == ["妇女2"]
    conn.close()


@pytest.mark.data_file
def test_two_cli_imports_are_two_batches_and_undo_last_undoes_one(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    services.units.add("一村")
    services.engine.dispose()
    db = tmp_path / "ledger.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en",
                               *args], capture_output=True, text=True, env=env, timeout=120)

    for seq in (2, 12):
        done = cli("import", str(csv_file(tmp_path / f"{seq}.csv", seq)))
        assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        batches = [b for (b,) in conn.execute(
            "SELECT DISTINCT batch FROM change_log WHERE batch LIKE 'import-%' ORDER BY id")]
    conn.close()
    assert len(batches) == 2 and batches[0].rsplit("-", 1)[1] != batches[1].rsplit("-", 1)[1]
    undo = cli("import", "--undo-last")
    assert undo.returncode == 0 and batches[1] in undo.stdout, undo.stdout + undo.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    conn.close()
