"""Demo data and data checks at county scale (100,000 women with every record kind).

Not in the default run. Run with:
    QT_QPA_PLATFORM=offscreen python -m pytest tests/perf/test_bench_demo.py -m perf -s
Prints the figures with a baseline from the same file (one plain scan of the check-ups,
the largest table), and asserts the targets.
"""

from __future__ import annotations

import os
import time

import pytest
from sqlalchemy import text

from desktop.services.container import build_services
from desktop.services.demo.service import generate_demo
from desktop.store.db import open_database

pytestmark = pytest.mark.perf

PERSONS = int(os.environ.get("BENCH_PERSONS", "100000"))
DEMO_TARGET_S = 60.0
CHECKS_TARGET_S = 5.0


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench_demo") / "county.db"
    services = build_services(open_database(path))
    started = time.perf_counter()
    result = generate_demo(services, PERSONS, seed=2026)
    elapsed = time.perf_counter() - started
    yield services, result, elapsed, path
    services.engine.dispose()


def best_of(fn, repeat=3):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - started)
    return min(times), value


def test_demo_at_county_scale(county):
    _services, result, elapsed, path = county
    print(f"\n\ndemo, {PERSONS:,} women: {elapsed:.1f} s (target < {DEMO_TARGET_S:.0f} s), "
          f"file {path.stat().st_size / 2**20:.0f} MiB")
    for table, rows in result.rows.items():
        print(f"  {table:<14}{rows:>12,}")
    print(f"  {'total':<14}{sum(result.rows.values()):>12,}")
    print(f"  deliberate contradictions: {result.flaws}")
    assert all(result.rows.values())
    if PERSONS >= 100_000:
        assert result.rows["checkup"] > 800_000
    assert elapsed < DEMO_TARGET_S * PERSONS / 100_000 + 5


def test_data_checks_at_county_scale(county):
    services, result, _elapsed, _path = county
    checks = services.data_checks
    with services.engine.connect() as conn:
        scan, _ = best_of(lambda: conn.execute(text("SELECT count(*) FROM checkup "
                                                    "WHERE note != 'x'")).scalar())
    run, report = best_of(checks.run)
    print(f"\n\ndata checks, {PERSONS:,} women: all {run * 1000:.0f} ms "
          f"(target < {CHECKS_TARGET_S:.0f} s); baseline: one scan of the check-ups "
          f"{scan * 1000:.0f} ms")
    print(f"  {'check':<30}{'findings':>9}{'count+list ms':>15}")
    for check in checks.checks():
        seconds, found = best_of(lambda c=check: checks.findings(c))
        print(f"  {check:<30}{report.result(check).count:>9}{seconds * 1000:>15.0f}")
    print(f"  deliberate contradictions seeded: {sum(result.flaws.values())}; "
          f"found in all: {report.total}")
    assert run < CHECKS_TARGET_S
    assert report.total >= sum(result.flaws.values())
