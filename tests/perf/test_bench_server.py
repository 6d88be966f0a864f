"""The same ledger on both backends, same run: a SQLite file and a PostgreSQL database.

Not in the default run. Run with:
    BENCH_PERSONS=100000 QT_QPA_PLATFORM=offscreen \\
        python -m pytest tests/perf/test_bench_server.py -m perf -s
The demo ledger is built in the file, then moved to the test server (store/copy). Figures
are wall seconds, best of three, cold (cached counts dropped): on PostgreSQL the work is in
the server's process, so CPU time of this one would hide it. Targets on the server at
1,000,000 women: first page and keystroke under 0.1 s, reminders' first screen under 1 s,
the monthly report under 5 s.
"""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from desktop.domain.report_periods import month
from desktop.domain.values.closing import dump_figures
from desktop.domain.values.people import PersonQuery
from desktop.domain.values.reminders import ReminderQuery
from desktop.services.container import build_services
from desktop.store.copy import copy_rows
from desktop.store.db import analyze, open_database
from desktop.store.server import analyze as analyze_server
from desktop.store.server import open_server

pytestmark = [pytest.mark.perf, pytest.mark.postgresql]

AS_OF = dt.date(2026, 11, 28)
PERSONS = int(os.environ.get("BENCH_PERSONS", "100000"))
RESULTS: dict[str, dict[str, float]] = {}


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory, pg_server):
    from desktop.services.demo.service import generate_demo

    path = tmp_path_factory.mktemp("bench") / "county.db"
    file_services = build_services(open_database(path), today=lambda: AS_OF)
    started = time.perf_counter()
    generate_demo(file_services, PERSONS, seed=2026)
    analyze(file_services.engine)
    RESULTS.setdefault("build (s)", {})["sqlite"] = time.perf_counter() - started
    url = pg_server.create()
    engine = open_server(url)
    started = time.perf_counter()
    copy_rows(file_services.engine, engine)
    analyze_server(engine)
    RESULTS["build (s)"]["postgresql"] = time.perf_counter() - started
    server_services = build_services(engine, today=lambda: AS_OF)
    yield {"sqlite": file_services, "postgresql": server_services}
    file_services.engine.dispose()
    engine.dispose()
    pg_server.drop(url)


def best_of(services, fn) -> float:
    times = []
    for _ in range(3):
        services.person_list.forget_cached()
        services.reminders.forget_cached()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


MEASURES = {
    "register: first page (count + 100 rows)": lambda s: (
        s.person_list.count(PersonQuery()), s.person_list.page(PersonQuery(), 0, 100)),
    "register: filter keystroke 'zh' (count + page)": lambda s: (
        s.person_list.count(PersonQuery(text="zh")),
        s.person_list.page(PersonQuery(text="zh"), 0, 100)),
    "reminders: first screen (count + 100 rows)": lambda s: (
        s.reminders.count(ReminderQuery(AS_OF, 30)), s.reminders.page(ReminderQuery(AS_OF, 30), 0, 100)),
    "reminders: full count": lambda s: s.reminders.count(ReminderQuery(AS_OF, 30)),
    "monthly report (2026-11)": lambda s: s.indicators.compute(month(2026, 11)),
}


@pytest.mark.parametrize("name", list(MEASURES))
def test_both_backends(ledgers, name):
    measure = MEASURES[name]
    answers = {}
    for backend, services in ledgers.items():
        RESULTS.setdefault(name, {})[backend] = best_of(services, lambda s=services: measure(s))
        answers[backend] = measure(services)
    on_file, on_server = answers["sqlite"], answers["postgresql"]
    if isinstance(on_file, tuple):  # (count, page): the counts
        on_file, on_server = on_file[0], on_server[0]
    elif name.startswith("monthly"):
        on_file, on_server = dump_figures(on_file), dump_figures(on_server)
    assert on_file == on_server  # the same answer from both databases


def print_table(write) -> None:  # noqa: ANN001
    write(f"{PERSONS:,} women; wall seconds, best of 3")
    write(f"{'':52} {'SQLite':>10} {'PostgreSQL':>11}")
    for name, figures in RESULTS.items():
        write(f"{name:52} {figures.get('sqlite', float('nan')):10.3f} "
              f"{figures.get('postgresql', float('nan')):11.3f}")
