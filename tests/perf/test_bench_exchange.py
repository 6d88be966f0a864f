"""Exchange workbook at county scale: export, read (calamine vs openpyxl), check + import.

Not in the default run. Run with (BENCH_DB is copied, never written):
    BENCH_DB=/work/perfdb/county.db QT_QPA_PLATFORM=offscreen \
        python -m pytest tests/perf/test_bench_exchange.py -m perf -s
Targets: export and import of 100,000 persons with their records under 60 s each.
"""

from __future__ import annotations

import os
import shutil
import time

import pytest

from desktop.domain.values.exchange import SHEETS
from desktop.services.container import build_services
from desktop.services.demo.service import generate_demo
from desktop.store.db import open_database

pytestmark = pytest.mark.perf

PERSONS = int(os.environ.get("BENCH_PERSONS", "100000"))
RESULTS: list[tuple[str, float, float]] = []  # (what, wall s, CPU s of this process)


class Timer:
    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall_end, self.cpu_end = time.perf_counter(), time.process_time()

    def done(self, what: str) -> None:
        RESULTS.append((what, self.wall_end - self.wall, self.cpu_end - self.cpu))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exchange")
    path = folder / "county.db"
    source = os.environ.get("BENCH_DB")
    if source:
        shutil.copyfile(source, path)
        services = build_services(open_database(path))
    else:
        services = build_services(open_database(path))
        generate_demo(services, PERSONS, seed=2026)
    out = folder / "all.xlsx"
    with Timer() as timer:
        result = services.exchange.export(out, full_ids=True)
    timer.done(f"export {sum(result.rows.values()):,} rows")
    services.engine.dispose()
    yield folder, out


def print_table(write) -> None:  # noqa: ANN001 (conftest.py prints it after the run)
    write(f"Family Ledger exchange benchmark {'':<12} {'wall s':>8} {'CPU s':>8}")
    for name, wall, cpu in RESULTS:
        write(f"{name:<44} {wall:8.1f} {cpu:8.1f}")


def test_read_calamine_vs_openpyxl(exported):
    from openpyxl import load_workbook
    from python_calamine import CalamineWorkbook

    _folder, out = exported
    with Timer() as timer:  # the 100,000 persons: openpyxl needs minutes for every sheet
        book = CalamineWorkbook.from_path(str(out))
        rows = sum(1 for _ in book.get_sheet_by_name("人员").iter_rows())
    timer.done(f"read 人员 {rows:,} rows, calamine")
    with Timer() as timer:
        book = load_workbook(out, read_only=True)
        rows = sum(1 for _ in book["人员"].iter_rows(values_only=True))
    timer.done(f"read 人员 {rows:,} rows, openpyxl read-only")
    with Timer() as timer:
        book = CalamineWorkbook.from_path(str(out))
        rows = sum(sum(1 for _ in book.get_sheet_by_name(n).iter_rows()) for n in SHEETS)
    timer.done(f"read all {rows:,} rows, calamine")


def test_import_into_an_empty_database(exported):
    folder, out = exported
    services = build_services(open_database(folder / "empty.db"))
    with Timer() as timer:
        preview = services.exchange.check(out)
    timer.done(f"check {sum(s.rows for s in preview.sheets):,} rows")
    # Only the demo's deliberate flaws are refused (a child's ID of the other sex).
    assert preview.rejected <= 20, [p.line() for p in preview.problems[:5]]
    assert {p.reason for p in preview.problems} <= {
        "The child's ID number does not match the birth date or sex."}
    RESULTS.append((f"  rejected rows (demo flaws): {preview.rejected}", 0.0, 0.0))
    with Timer() as timer:
        result = services.exchange.run_import(preview)
    timer.done(f"import {preview.to_add:,} rows")
    with Timer() as timer:
        services.exchange.undo_last_import()
    timer.done(f"undo {sum(result.added.values()):,} rows")
