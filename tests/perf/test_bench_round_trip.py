"""Every record out and back at county scale: ``demo --persons 100000``, ``export --full-ids``,
``import`` into an empty ledger (each a process of its own), then every table's live rows
counted on both sides: equal. Not in the default run:

    BENCH_DB=/path/county.db QT_QPA_PLATFORM=offscreen \
        python -m pytest tests/perf/test_bench_round_trip.py -m perf -s

BENCH_DB is a county demo ledger (built here when not given: several minutes). The row-by-row
comparison of every column runs in the default suite on a smaller ledger
(tests/services/test_exchange_every_record.py); here the counts, the import's exit code
(0: every row imported, the flagged ones with a warning), its wall time and peak memory
(printed; the import's targets are asserted in test_bench_import_memory.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from desktop.store.db import open_database
from tests.services.ledger_rows import MODELS

pytestmark = pytest.mark.perf

RESULTS: list[tuple[str, str]] = []


def print_table(write) -> None:  # noqa: ANN001
    write("county round trip (export --full-ids, import into an empty ledger)")
    for name, value in RESULTS:
        write(f"  {name:<28} {value}")


def _run(*args: str) -> tuple[int, float, int, str]:
    """(exit code, wall s, peak resident MB of that process, stdout)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "desktop", *args], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out: list[str] = []
    reader = threading.Thread(target=lambda: out.append(child.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    _, status, usage = os.wait4(child.pid, 0)
    reader.join()
    return (os.waitstatus_to_exitcode(status), time.perf_counter() - started,
            usage.ru_maxrss // 1024, out[0])


def _counts(engine: Engine) -> dict[str, int]:
    out = {}
    with engine.connect() as conn:
        for model in MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            query = select(func.count()).select_from(table)
            if "deleted_at" in table.c:
                query = query.where(table.c.deleted_at.is_(None))
            out[table.name] = conn.scalar(query) or 0
    return out


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Path:
    given = os.environ.get("BENCH_DB")
    if given:
        return Path(given)
    db = tmp_path_factory.mktemp("county") / "county.db"
    code, wall, _peak, _ = _run("--db", str(db), "demo", "--persons", "100000")
    assert code == 0
    RESULTS.append(("demo (100,000 women)", f"{wall:.0f} s"))
    return db


def test_county_round_trip_keeps_every_table(county: Path, tmp_path: Path) -> None:
    out, empty = tmp_path / "county.xlsx", tmp_path / "empty.db"
    code, wall, peak, _ = _run("--db", str(county), "export", "--out", str(out), "--full-ids")
    assert code == 0
    RESULTS.append(("export --full-ids", f"{wall:.1f} s, peak {peak} MB, "
                                          f"{out.stat().st_size >> 20} MB file"))
    open_database(empty).dispose()
    code, wall, peak, printed = _run("--db", str(empty), "--lang", "en", "import", str(out))
    RESULTS.append(("import into an empty ledger", f"exit {code}, {wall:.1f} s, peak {peak} MB"))
    warned = [line for line in printed.splitlines() if "imported with a warning" in line]
    assert code == 0, printed[-2000:]

    engine_a, engine_b = open_database(county), open_database(empty)
    try:
        before, after = _counts(engine_a), _counts(engine_b)
    finally:
        engine_a.dispose()
        engine_b.dispose()
    for name, count in before.items():
        RESULTS.append((name, f"{count:,} → {after[name]:,}"))
    RESULTS.append(("warnings", warned[0] if warned else "none"))
    assert after == before
