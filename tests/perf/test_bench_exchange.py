"""Exchange workbook at county scale: export, read (calamine vs openpyxl), check + import.

Not in the default run. Run with (BENCH_DB is copied, never written):
    BENCH_DB=/work/perfdb/county.db QT_QPA_PLATFORM=offscreen \
        python -m pytest tests/perf/test_bench_exchange.py -m perf -s
Targets of issue 4: export and import of 100,000 persons with their records under 60 s each.
"""

from __future__ import annotations

import os
import shutil
import time

import pytest

from desktop.services.container import build_services
from desktop.services.demo import generate_demo
from desktop.services.exchange_types import SHEETS
from desktop.store.db import open_database

pytestmark = pytest.mark.perf

PERSONS = int(os.environ.get("BENCH_PERSONS", "100000"))
RESULTS: list[tuple[str, float]] = []


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
    started = time.perf_counter()
    result = services.exchange.export(out, full_ids=True)
    RESULTS.append((f"export {sum(result.rows.values()):,} rows (s)", time.perf_counter() - started))
    services.engine.dispose()
    yield folder, out
    print()
    for name, value in RESULTS:
        print(f"{name:<48} {value:10.2f}")


def test_read_calamine_vs_openpyxl(exported):
    from openpyxl import load_workbook
    from python_calamine import CalamineWorkbook

    _folder, out = exported
    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(out))
    rows = sum(sum(1 for _ in book.get_sheet_by_name(n).iter_rows()) for n in SHEETS)
    RESULTS.append((f"read {rows:,} rows, calamine (s)", time.perf_counter() - started))
    started = time.perf_counter()
    book = load_workbook(out, read_only=True)
    rows = sum(sum(1 for _ in book[n].iter_rows(values_only=True)) for n in SHEETS)
    RESULTS.append((f"read {rows:,} rows, openpyxl read-only (s)", time.perf_counter() - started))


def test_import_into_an_empty_database(exported):
    folder, out = exported
    services = build_services(open_database(folder / "empty.db"))
    started = time.perf_counter()
    preview = services.exchange.check(out)
    RESULTS.append(("check (s)", time.perf_counter() - started))
    assert preview.rejected == 0, [p.line() for p in preview.problems[:5]]
    started = time.perf_counter()
    services.exchange.run_import(preview)
    RESULTS.append((f"import {preview.to_add:,} rows (s)", time.perf_counter() - started))
