"""Closed-period benchmarks at county scale (100,000 women).

Not in the default run. Run with (BENCH_DB is copied, never written):
    BENCH_DB=/tmp/county.db QT_QPA_PLATFORM=offscreen \\
        python -m pytest tests/perf/test_bench_closing.py -m perf -s
Targets: closing a month (figures and the persons behind every figure) under 5 s,
printing a closed month under 1.5 s, listing its corrections under 1 s. The baseline in
the same run: computing the month's report from today's data.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time

import pytest
from sqlalchemy import func, select

from desktop.domain.report_periods import month
from desktop.domain.values.people import ChildDraft
from desktop.reports.monthly import write_report_pdf
from desktop.services.container import build_services
from desktop.store.closing import ClosedPerson
from desktop.store.db import open_database
from desktop.store.models import Person

pytestmark = pytest.mark.perf

PERSONS = int(os.environ.get("BENCH_PERSONS", "100000"))
AS_OF = dt.date(2026, 11, 28)
OCT = month(2026, 10)
RESULTS: list[tuple[str, float, str]] = []


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench_closing") / "county.db"
    source = os.environ.get("BENCH_DB")
    if source:
        shutil.copy(source, path)
        built = build_services(open_database(path), today=lambda: AS_OF)
    else:
        from desktop.services.demo.service import generate_demo

        built = build_services(open_database(path), today=lambda: AS_OF)
        generate_demo(built, PERSONS, seed=2026)
    yield built
    built.engine.dispose()


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def test_close_print_and_correct(services, tmp_path):
    seconds, live = timed(lambda: services.indicators.compute(OCT))
    RESULTS.append(("baseline: October's report from today's data (s)", seconds, ""))
    seconds, closure = timed(lambda: services.closing.close(OCT))
    with services.engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(ClosedPerson)
                              .where(ClosedPerson.closure_id == closure.id)).scalar()
    RESULTS.append((f"close October ({stored:,} persons behind its figures) (s)", seconds,
                    "< 5"))
    font = services.settings.pdf_font_path()

    def print_closed(name: str):
        report = services.closing.report(OCT)
        write_report_pdf(report.figures, tmp_path / name, clerk_name="李梅",
                         report_date=AS_OF, closed=report, font_path=font)
        return report

    seconds, report = timed(lambda: print_closed("closed.pdf"))
    RESULTS.append(("print closed October, no corrections (s)", seconds, "< 1.5"))
    assert report.figures.to_json() == live.to_json()
    # Forty back-dated births in October, through the editor's service.
    with services.factory() as session:
        mothers = session.execute(select(Person.id).where(
            Person.deleted_at.is_(None), Person.status == "active",
            Person.marital_status == "first_marriage").limit(40)).scalars().all()
    for pid in mothers:
        draft = services.persons.get(pid).draft
        draft.children.append(ChildDraft(name="补录", sex="F", birth_date=dt.date(2026, 10, 9)))
        services.persons.update(pid, draft)
    seconds, corrections = timed(lambda: services.closing.corrections(OCT))
    RESULTS.append((f"list corrections ({len(corrections)} persons) (s)", seconds, "< 1"))
    assert len(corrections) == len(mothers)
    seconds, report = timed(lambda: print_closed("corrected.pdf"))
    RESULTS.append(("print closed October with the corrections appendix (s)", seconds,
                    "< 1.5"))
    assert report.figures.to_json() == live.to_json()
    RESULTS.append((f"  统计误差率 {report.error.num} / {report.error.den}", 0.0, ""))


def test_the_balance_holds_at_county_scale(services):
    """Every month of 2026, the year and the statistical year: the office and every unit."""
    from desktop.domain.report_periods import PeriodKind, period

    periods = [*(month(2026, m) for m in range(1, 13)),
               period(PeriodKind.YEAR, 2026, 1), period(PeriodKind.STAT_YEAR, 2026, 1)]
    broken, moved, seconds = [], 0, 0.0
    for p in periods:
        spent, figures = timed(lambda p=p: services.indicators.compute_all(p))
        seconds = max(seconds, spent)
        for unit_id, f in figures.items():
            moved += f.entries_by.get("moved_in", 0)
            if not f.balance_ok:
                broken.append((p.start, p.end, unit_id))
    RESULTS.append((f"balance of {len(periods)} periods x {len(figures)} scopes: "
                    f"{len(broken)} broken, {moved} 调入 (slowest s)", seconds, ""))
    assert broken == [] and moved > 0


def test_zz_print_table(services):
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(f"\n\nFamily Ledger closing benchmark, {PERSONS:,} persons "
          f"(load average {load:.1f} on {os.cpu_count()} cores)\n")
    print(f"{'measure':62} {'value':>10}  target")
    for name, value, target in RESULTS:
        shown = f"{value:10.3f}" if value else ""
        print(f"{name:62} {shown:>10}  {target}")
