"""The same ledger on both backends, same run, at 100,000 and at 1,000,000 women: a SQLite
file and a PostgreSQL database.

Not in the default run. Run with:
    QT_QPA_PLATFORM=offscreen python -m pytest tests/perf/test_bench_server.py -m perf -s
That measures 100,000 women. The million is marked ``million`` and runs only when asked for
by size (its ledger takes long to build the first time; see tests/perf/cached_ledgers.py):
    BENCH_SIZES=100000,1000000 QT_QPA_PLATFORM=offscreen \\
        python -m pytest tests/perf/test_bench_server.py -m perf -s
The demo ledgers are built once per schema head and size outside the repository
(/tmp/fl-bench/, FAMILY_LEDGER_BENCH_CACHE), then copied for each run: the file as a file,
the server's database from that file (store/copy, as ``move-to`` does) or, once dumped,
from its cached ``pg_dump``, whichever is there. Figures are wall seconds, best of three,
cold (cached counts dropped): on PostgreSQL the work is in the server's process, so CPU
time of this one would hide it. Targets on the server at 1,000,000 women: first page and
keystroke under 0.1 s, reminders' first screen under 1 s, the monthly report under 5 s.
"""

from __future__ import annotations

import json
import os
import shutil
import time

import pytest
from sqlalchemy import text

from desktop.domain.report_periods import month
from desktop.domain.values.closing import dump_figures
from desktop.domain.values.people import PersonQuery
from desktop.domain.values.reminders import ReminderQuery
from desktop.services.container import build_services
from desktop.store.db import open_database
from desktop.store.server import open_server
from tests.perf.cached_ledgers import (
    AS_OF,
    cache_dir,
    cached_ledger,
    cached_workbook,
    server_copy,
)

pytestmark = [pytest.mark.perf, pytest.mark.postgresql]

MILLION = 1_000_000
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100000").split(",") if s.strip()]
COUNTY_WOMEN = int(os.environ.get("BENCH_COUNTY_WOMEN", "20000"))
BACKENDS = ("sqlite", "postgresql")
RESULTS: dict[str, dict[tuple[int, str], float]] = {}


def _size_param(size: int):  # noqa: ANN202
    marks = [pytest.mark.million] if size >= MILLION else []
    return pytest.param(size, marks=marks, id=f"{size}")


def note(name: str, size: int, backend: str, seconds: float) -> None:
    RESULTS.setdefault(name, {})[(size, backend)] = seconds
    with (cache_dir() / "figures.jsonl").open("a", encoding="utf-8") as out:  # a long run cut
        out.write(json.dumps({"what": name, "size": size, "backend": backend,  # short keeps
                              "seconds": round(seconds, 4)}) + "\n")         # what it measured


@pytest.fixture(scope="module", params=[_size_param(s) for s in SIZES])
def ledgers(request, tmp_path_factory, pg_server):
    size = request.param
    source, built = cached_ledger(size)
    if built is not None:
        note("build the demo ledger, once (s)", size, "sqlite", built)
    path = tmp_path_factory.mktemp(f"bench{size}") / "county.db"
    started = time.perf_counter()
    shutil.copyfile(source, path)
    note("copy of the cached ledger (s)", size, "sqlite", time.perf_counter() - started)
    file_services = build_services(open_database(path), today=lambda: AS_OF)
    url = pg_server.create(template=None)
    started = time.perf_counter()
    how = server_copy(file_services.engine, url, size, pg_server)
    note(f"ledger onto the server, {how} (s)", size, "postgresql",
         time.perf_counter() - started)
    engine = open_server(url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))  # as autovacuum leaves a loaded table
    server_services = build_services(engine, today=lambda: AS_OF)
    yield size, {"sqlite": file_services, "postgresql": server_services}
    file_services.engine.dispose()
    engine.dispose()
    pg_server.drop(url)


def best_of(services, fn):  # noqa: ANN201 - (seconds, the last answer)
    times, answer = [], None
    for _ in range(3):
        services.person_list.forget_cached()
        services.reminders.forget_cached()
        started = time.perf_counter()
        answer = fn()
        times.append(time.perf_counter() - started)
    return min(times), answer


MEASURES = {
    "register: first page, its 100 rows only": lambda s: (
        0, s.person_list.page(PersonQuery(), 0, 100)),
    "register: first page (count + 100 rows)": lambda s: (
        s.person_list.count(PersonQuery()), s.person_list.page(PersonQuery(), 0, 100)),
    "register: filter keystroke 'zh' (count + page)": lambda s: (
        s.person_list.count(PersonQuery(text="zh")),
        s.person_list.page(PersonQuery(text="zh"), 0, 100)),
    # the list shows its first rows at once, the count when it arrives (the full count below)
    "reminders: first screen (100 rows, the count after)": lambda s: (
        s.reminders.page(ReminderQuery(AS_OF, 30), 0, 100)),
    "reminders: full count": lambda s: s.reminders.count(ReminderQuery(AS_OF, 30)),
    "monthly report (2026-11)": lambda s: s.indicators.compute(month(2026, 11)),
}
TARGETS = {  # on PostgreSQL at 1,000,000 women
    "register: first page (count + 100 rows)": 0.1,
    "register: filter keystroke 'zh' (count + page)": 0.1,
    "reminders: first screen (100 rows, the count after)": 1.0,
    "monthly report (2026-11)": 5.0,
}


@pytest.mark.parametrize("name", list(MEASURES))
def test_both_backends(ledgers, name):
    size, services_of = ledgers
    measure = MEASURES[name]
    answers = {}
    for backend, services in services_of.items():
        seconds, answers[backend] = best_of(services, lambda s=services: measure(s))
        note(name, size, backend, seconds)
    on_file, on_server = answers["sqlite"], answers["postgresql"]
    if name.startswith("register: first page, its"):  # the same women, in the same order
        on_file, on_server = [r.id for r in on_file[1]], [r.id for r in on_server[1]]
    elif name.startswith("reminders: first screen"):  # the same reminders, in the same order
        on_file, on_server = [r.key for r in on_file], [r.key for r in on_server]
        assert len(on_file) == 100
    elif isinstance(on_file, tuple):  # (count, page): the counts
        on_file, on_server = on_file[0], on_server[0]
    elif name.startswith("monthly"):
        on_file, on_server = dump_figures(on_file), dump_figures(on_server)
    assert on_file == on_server  # the same answer from both databases


def test_county_import(ledgers, tmp_path_factory):
    """A county's workbook (its own women with all their records) checked and imported
    into the big ledger; the import's safety backup before it writes is part of its time."""
    size, services_of = ledgers
    book = cached_workbook(COUNTY_WOMEN, tmp_path_factory.mktemp("county"))
    added = {}
    for backend, services in services_of.items():
        started = time.perf_counter()
        preview = services.exchange.check(book)
        note(f"county import {COUNTY_WOMEN:,} women: check (s)", size, backend,
             time.perf_counter() - started)
        started = time.perf_counter()
        result = services.exchange.run_import(preview)
        note(f"county import {COUNTY_WOMEN:,} women: write, backup first (s)", size, backend,
             time.perf_counter() - started)
        added[backend] = result.added
    assert added["sqlite"] == added["postgresql"] and sum(added["sqlite"].values()) > 0


def print_table(write) -> None:  # noqa: ANN001
    columns = [(size, backend) for size in SIZES for backend in BACKENDS]
    write("Both backends; wall seconds, best of 3 (x: growth from the smallest size)")
    head = "".join(f"{f'{size // 1000}k ' + ('SQLite' if b == 'sqlite' else 'PG'):>14}"
                   for size, b in columns)
    write(f"{'':52}{head}")
    for name, figures in RESULTS.items():
        cells = []
        for size, backend in columns:
            value = figures.get((size, backend))
            base = figures.get((SIZES[0], backend))
            cell = "-" if value is None else f"{value:.3f}"
            if value is not None and base and size != SIZES[0]:
                cell += f" x{value / base:.0f}"
            cells.append(f"{cell:>14}")
        target = TARGETS.get(name)
        write(f"{name:52}{''.join(cells)}" + (f"  target {target} s" if target else ""))
