"""Encrypted beside plain, at county scale, in one run: the same file twice.

Not in the default run. Run with (BENCH_DB is copied, never written):
    BENCH_DB=/tmp/county.db QT_QPA_PLATFORM=offscreen \
        python -m pytest tests/perf/test_bench_encrypted.py -m perf -s
Without BENCH_DB a county database is built first. Each measure runs plain and encrypted
by turns (the machine is shared) and keeps the best; CPU seconds of this process are the
figure compared (SQLCipher's work is all in it), wall seconds are shown beside them.
Target: each encrypted measure within 1.3x of plain.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time

import pytest
from PySide6.QtWidgets import QTableView

from desktop.domain.report_periods import month
from desktop.domain.values.people import PersonQuery
from desktop.domain.values.reminders import ReminderQuery
from desktop.gui.models.person_table import PersonTableModel
from desktop.services.container import build_services
from desktop.store import conversion, crypt
from desktop.store.db import open_database

pytestmark = pytest.mark.perf

AS_OF = dt.date(2026, 11, 28)
PERSONS = int(os.environ.get("BENCH_PERSONS", "100000"))
TARGET = 1.3
RESULTS: list[tuple[str, float, float, float, float]] = []  # cpu plain/enc, wall plain/enc


def _encrypt(path):
    keys, key = crypt.new_key_file()
    keys.slots["password"] = crypt.wrap("bench-pw", key, keys.key_id, "password")
    conversion.encrypt_in_place(path, keys, key)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crypt-bench")
    plain, enc = folder / "plain.db", folder / "encrypted.db"
    source = os.environ.get("BENCH_DB")
    if source:
        shutil.copyfile(source, plain)
    else:
        from desktop.services.demo.service import generate_demo

        services = build_services(open_database(plain))
        generate_demo(services, PERSONS, seed=2026)
        services.engine.dispose()
    shutil.copyfile(plain, enc)
    started, started_cpu = time.perf_counter(), time.process_time()
    _encrypt(enc)
    RESULTS.append(("encrypt the county file in place (s)", 0.0,
                    time.process_time() - started_cpu, 0.0, time.perf_counter() - started))
    built = {name: build_services(open_database(path), today=lambda: AS_OF)
             for name, path in (("plain", plain), ("encrypted", enc))}
    yield folder, built
    for services in built.values():
        services.engine.dispose()
    crypt.KEYS.forget_all()


def print_table(write) -> None:  # type: ignore[no-untyped-def]
    """Printed by tests/perf/conftest.py at the end of the run."""
    write(f"Encrypted beside plain, {PERSONS:,} persons (best of the runs)")
    write(f"{'measure':42} {'CPU plain':>10} {'CPU enc':>9} {'ratio':>6}"
          f" {'wall plain':>11} {'wall enc':>9}")
    for name, cpu_p, cpu_e, wall_p, wall_e in RESULTS:
        ratio = f"{cpu_e / cpu_p:6.2f}" if cpu_p else "     -"
        write(f"{name:42} {cpu_p:10.3f} {cpu_e:9.3f} {ratio} {wall_p:11.3f} {wall_e:9.3f}")


def side_by_side(name, built, fn, repeat=3):
    """Plain and encrypted by turns; records and returns the CPU ratio."""
    best = {k: [float("inf"), float("inf")] for k in built}
    for _ in range(repeat):
        for key, services in built.items():
            for cached in (services.person_list, services.reminders, services.registers):
                cached.forget_cached()  # cold: as after a write, nothing reused
            wall, cpu = time.perf_counter(), time.process_time()
            fn(services)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            best[key] = [min(best[key][0], cpu), min(best[key][1], wall)]
    (cpu_p, wall_p), (cpu_e, wall_e) = best["plain"], best["encrypted"]
    RESULTS.append((name, cpu_p, cpu_e, wall_p, wall_e))
    return cpu_e / cpu_p if cpu_p else 1.0


def _view(qtbot):
    view = QTableView()
    view.resize(1200, 760)
    view.verticalHeader().hide()
    qtbot.addWidget(view)
    return view


def test_first_page_of_the_register(qtbot, pair):
    _folder, built = pair
    view = _view(qtbot)

    def first_page(services):
        view.setModel(PersonTableModel(services.person_list, services.today, parent=view))
        view.viewport().grab()

    assert side_by_side("register first page, painted (s)", built, first_page, 5) <= TARGET


def test_filter_keystroke(qtbot, pair):
    _folder, built = pair
    view = _view(qtbot)
    models = {k: PersonTableModel(s.person_list, s.today, parent=view) for k, s in built.items()}
    texts = ("z", "zx", "张", "张秀", "1", "13", "138")

    def keystrokes(services):
        model = models["plain" if services is built["plain"] else "encrypted"]
        view.setModel(model)
        for text in texts:
            model.set_query(PersonQuery(text=text))
            view.viewport().grab()

    ratio = side_by_side(f"filter, {len(texts)} keystrokes painted (s)", built, keystrokes)
    assert ratio <= TARGET


def test_full_reminder_list(pair):
    _folder, built = pair

    def full_list(services):
        query = ReminderQuery(as_of=AS_OF)
        services.reminders.count(query)
        return sum(len(chunk) for chunk in services.reminders.stream(query))

    assert side_by_side("full reminder list, count + rows (s)", built, full_list) <= TARGET


def test_monthly_report(pair):
    _folder, built = pair
    ratio = side_by_side("monthly report figures (s)", built,
                         lambda services: services.indicators.compute(month(2026, 11)))
    assert ratio <= TARGET


def test_county_import(pair):
    folder, built = pair
    out = folder / "county.xlsx"
    built["plain"].exchange.export(out, full_ids=True)
    empty_plain, empty_enc = folder / "empty-plain.db", folder / "empty-enc.db"
    for path in (empty_plain, empty_enc):
        open_database(path).dispose()
    _encrypt(empty_enc)
    targets = {"plain": build_services(open_database(empty_plain)),
               "encrypted": build_services(open_database(empty_enc))}

    def county_import(services):
        preview = services.exchange.check(out)
        services.exchange.run_import(preview)

    try:
        ratio = side_by_side("county import, check + import (s)", targets, county_import, 1)
    finally:
        for services in targets.values():
            services.engine.dispose()
    assert ratio <= TARGET
