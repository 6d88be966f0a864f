"""报表 opens on the month the clerk reports: the month before from the 1st to the 10th, the
current month later, marked "本月尚未结束" on screen and in the PDF while it has not ended."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from desktop.domain import report_periods
from desktop.gui.pages.report_page import ReportPage
from desktop.gui.reports.report_services import ReportServices
from desktop.reports.monthly import write_report_pdf
from tests.gui import report_sample
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, open_services

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def sample(tmp_path):
    services, engine = open_services(tmp_path)
    yield report_sample.build(services)
    engine.dispose()


def open_page(qtbot, services, today):
    services.today = lambda: today
    page = ReportPage(ReportServices.of(services))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.show()
        assert page.status_label.text().startswith("Computing the report for ")
    return page


@pytest.mark.parametrize(("today", "start", "unfinished"), [
    (dt.date(2026, 12, 3), dt.date(2026, 11, 1), ""),
    (dt.date(2026, 12, 10), dt.date(2026, 11, 1), ""),
    (dt.date(2026, 12, 20), dt.date(2026, 12, 1), "This month has not ended yet"),
    (dt.date(2027, 1, 3), dt.date(2026, 12, 1), ""),
])
def test_the_month_it_opens_on(qtbot, sample, today, start, unfinished):
    page = open_page(qtbot, sample.services, today)
    period = page.picker.period()
    assert period == report_periods.month(start.year, start.month)
    assert page.figures().period == period
    assert page.unfinished_label.text() == unfinished
    qtbot.waitUntil(lambda: page.status_label.text() == "")
    page.wait()


def test_a_year_not_ended_is_marked_too(qtbot, sample):
    page = open_page(qtbot, sample.services, dt.date(2026, 12, 3))
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.picker.set_document("year")  # computed after a short delay, as she picks
    assert page.figures().period.kind == "year"
    assert page.unfinished_label.text() == "This period has not ended yet"
    qtbot.waitUntil(lambda: page.worker is None)
    page.wait()


@pytest.mark.parametrize(("today", "marked"), [(dt.date(2026, 11, 20), True),
                                              (dt.date(2026, 12, 3), False)])
def test_the_pdf_says_the_month_has_not_ended(sample, tmp_path, today, marked):
    figures = sample.services.indicators.compute(report_periods.month(2026, 11), None)
    out = tmp_path / "report.pdf"
    write_report_pdf(figures, out, clerk_name="周红", report_date=today, today=today)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert ("本月尚未结束" in text) == marked
    assert "2026年11月" in text
