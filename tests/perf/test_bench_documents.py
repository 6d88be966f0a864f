"""Document benchmarks. Not in the default run:
    QT_QPA_PLATFORM=offscreen python -m pytest tests/perf/test_bench_documents.py -m perf -s
A 10,000-row roster with the canvas table writer against one reportlab LongTable over the
same rows and the same fonts, in the same run (target: at most a quarter of its time);
the county-scale monthly PDF when the indicator service exists (target: under 3 s)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time

import pytest
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from desktop.domain.idnumber import mask
from desktop.domain.values.people import PersonRow
from desktop.reports.roster import COLUMNS, write_roster_pdf
from desktop.reports.styles import MARGIN, PORTRAIT, load_fonts

pytestmark = pytest.mark.perf

ROWS = int(os.environ.get("BENCH_ROSTER_ROWS", "10000"))
AS_OF = dt.date(2026, 11, 28)
RESULTS: list[tuple[str, float, str]] = []
UNITS = ("城关镇东门村", "城关镇西街社区", "河口乡王家庄村", "河口乡新民村第三村民小组")
NAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def roster_rows(count: int) -> list[PersonRow]:
    rows = []
    for i in range(count):
        birth = dt.date(1977 + i % 30, 1 + i % 12, 1 + i % 28)
        rows.append(PersonRow(
            i + 1, NAMES[i % 20] + "秀" + NAMES[(i * 7) % 20], f"3301021{i:010d}X", birth,
            UNITS[i % 4], ("resident", "inflow", "outflow")[i % 3],
            ("single", "first_marriage", "remarried")[i % 3], i % 3, "active",
            f"138{i:08d}"))
    return rows


def longtable_roster(rows: list[PersonRow], path) -> int:
    """The baseline: one LongTable over every row, header repeated, the same columns."""
    fonts = load_fonts()
    style = ParagraphStyle("cell", fontName=fonts.main, fontSize=8, leading=10)
    latin = ParagraphStyle("latin", fontName=fonts.latin, fontSize=8, leading=10)
    data = [[Paragraph(c.header, style) for c in COLUMNS]]
    for n, p in enumerate(rows, start=1):
        data.append([str(n), Paragraph(p.name, style), mask(p.id_number), p.birth_date.isoformat(),
                     str(AS_OF.year - p.birth_date.year), Paragraph(p.unit_name, style),
                     Paragraph("常住", style), Paragraph("初婚", style), p.phone,
                     Paragraph("在册", style)])
    width = PORTRAIT[0] - 2 * MARGIN
    weight = sum(c.width for c in COLUMNS)
    table = LongTable(data, colWidths=[width * c.width / weight for c in COLUMNS], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, -1), latin.fontName, 8),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    doc = SimpleDocTemplate(str(path), pagesize=PORTRAIT, leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN)
    doc.build([table])
    return doc.page


def test_roster_against_longtable(tmp_path):
    rows = roster_rows(ROWS)
    load_fonts()  # registration is a one-off for both
    started = time.perf_counter()
    pages = write_roster_pdf([rows], tmp_path / "roster.pdf", office_name="城关镇人口家庭服务站",
                             title="育龄妇女花名册", as_of=AS_OF)
    ours = time.perf_counter() - started
    started = time.perf_counter()
    base_pages = longtable_roster(rows, tmp_path / "longtable.pdf")
    base = time.perf_counter() - started
    RESULTS.append((f"roster {ROWS:,} rows, canvas tables ({pages} pages) s", ours,
                    f"{ROWS / ours:,.0f} rows/s"))
    RESULTS.append((f"roster {ROWS:,} rows, one LongTable ({base_pages} pages) s", base,
                    f"ours = {ours / base:.2f} x LongTable"))
    assert ours <= base / 4


def test_county_monthly_pdf(tmp_path):
    from desktop.domain.report_periods import month
    from desktop.domain.values.registers import Register, RegisterQuery
    from desktop.reports.monthly import RegisterAppendix, write_report_pdf
    from desktop.services.container import build_services
    from desktop.store.db import open_database

    source = os.environ.get("BENCH_DB")
    if not source:
        pytest.skip("set BENCH_DB to the county database (it is copied, never written)")
    path = tmp_path / "county.db"
    shutil.copy(source, path)
    services = build_services(open_database(path), today=lambda: AS_OF)
    period = month(2026, 10)
    load_fonts()
    started = time.perf_counter()
    figures = services.indicators.compute(period)
    computed = time.perf_counter() - started
    pages = write_report_pdf(figures, tmp_path / "monthly.pdf", clerk_name="李娟",
                             report_date=AS_OF)
    total = time.perf_counter() - started
    RESULTS.append(("county monthly: figures (indicator service) s", computed,
                    f"{len(figures.units)} units"))
    RESULTS.append((f"county monthly: PDF only ({pages} pages) s", total - computed, ""))
    RESULTS.append(("county monthly: figures + PDF s", total, "issue target < 3 s"))

    started = time.perf_counter()
    appendices = [RegisterAppendix(r, services.documents.register_rows(
        RegisterQuery(r, period.start, period.end))) for r in Register]
    pages = write_report_pdf(figures, tmp_path / "monthly_all.pdf", clerk_name="李娟",
                             report_date=AS_OF, appendices=appendices)
    RESULTS.append((f"  + the six registers as appendices ({pages} pages) s",
                    time.perf_counter() - started, ""))
    # The PDF's share; the figures are the indicator service's (its own benchmark).
    assert total - computed < 1.0


def print_table(write) -> None:  # noqa: ANN001 (conftest.py prints it after the run)
    write("Family Ledger documents benchmark")
    for label, value, note in RESULTS:
        write(f"{label:<55} {value:>10.3f}  {note}")
