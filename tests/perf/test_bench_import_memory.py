"""County import through the CLI: wall time and peak memory of the process, and the limits
check alone. Not in the default run:

    BENCH_XLSX=/tmp/county.xlsx QT_QPA_PLATFORM=offscreen \
        python -m pytest tests/perf/test_bench_import_memory.py -m perf -s

BENCH_XLSX is an ``export --full-ids`` of ``demo --persons 100000`` (built here when not
given: several minutes). Targets (exchange-format.md, Limits): the import of the county
workbook into an empty ledger under 60 s with the process under 600 MB; the limits check of
a file well under a second per 100 MB of sheet XML.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.services.exchange.limits import check_file
from desktop.store.db import open_database

pytestmark = pytest.mark.perf

PEAK_MB, WALL_S = 600, 60.0


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Path:
    given = os.environ.get("BENCH_XLSX")
    if given:
        return Path(given)
    folder = tmp_path_factory.mktemp("county")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    db, out = folder / "county.db", folder / "county.xlsx"
    for args in (["demo", "--persons", "100000"], ["export", "--out", str(out), "--full-ids"]):
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), *args], check=True,
                       env=env, capture_output=True, timeout=1800)
    return out


def _high_water(pid: int, seen: list[int], done: threading.Event) -> None:
    """The child's own peak resident memory (VmHWM, kB), read until it ends. The rusage of
    a waited child is no measure: its peak counts the parent's pages from before its exec
    (a large test process makes any child look as large)."""
    while not done.is_set():
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        seen.append(int(line.split()[1]))
        except OSError:
            return
        done.wait(0.1)


def measured(*args: str) -> tuple[int, float, int, str]:
    """(exit code, wall s, peak resident MB of that process, stdout)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "desktop", *args], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out: list[str] = []
    seen: list[int] = []
    done = threading.Event()
    reader = threading.Thread(target=lambda: out.append(child.stdout.read()))  # type: ignore[union-attr]
    watcher = threading.Thread(target=_high_water, args=(child.pid, seen, done))
    reader.start()
    watcher.start()
    _, status, _usage = os.wait4(child.pid, 0)
    done.set()
    reader.join()
    watcher.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, time.perf_counter() - started, max(seen, default=0) // 1024, out[0]


def test_limits_check_of_the_county_workbook(county: Path) -> None:
    started = time.perf_counter()
    check_file(county)
    seconds = time.perf_counter() - started
    print(f"\nlimits check of {county.stat().st_size >> 20} MB: {seconds:.1f} s")


def test_county_import_into_an_empty_ledger(county: Path, tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    open_database(db).dispose()
    code, wall, peak, out = measured("--db", str(db), "--lang", "en", "import", str(county))
    print(f"\ncounty import: exit {code}, {wall:.1f} s, peak {peak} MB")
    print("\n".join(line for line in out.splitlines() if "rows," in line or "Imported" in line))
    assert code in (0, 3)
    assert peak < PEAK_MB, f"peak {peak} MB"
    assert wall < WALL_S, f"{wall:.1f} s"
