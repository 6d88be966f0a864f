"""The 概况 page: tiles equal the service's figures; three charts with the right series."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries, QPieSeries

from desktop.domain.values.care import CheckupDraft
from desktop.gui.changes import DataChanged
from desktop.gui.pages.overview_page import OverviewPage
from tests.gui import report_sample
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, open_services
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def sample(tmp_path):
    services, engine = open_services(tmp_path)
    yield report_sample.build(services)
    engine.dispose()


@pytest.fixture
def page(qtbot, sample):
    changes = DataChanged(sample.services.recorder)
    page = OverviewPage(sample.services.indicators, sample.services.today, changes=changes,
                        prompts=ScriptedPrompts())
    qtbot.addWidget(page)
    page.resize(1100, 750)
    with qtbot.waitSignal(page.shown_overview, timeout=10000):
        page.show()
    yield page
    page.wait()


def test_tiles_show_this_months_figures(page, sample):
    expected = sample.services.indicators.overview(sample.services.today())
    figures = expected.figures
    assert page.tiles["wra"].value.text() == str(figures.wra_end) == "4"
    assert page.tiles["married"].value.text() == "3"
    assert page.tiles["births"].value.text() == "0"
    assert page.tiles["checkup"].value.text() == "50.0%"  # 张秀英 of 张秀英 and 李娜
    assert page.tiles["checkup"].detail.text() == "1 / 2"
    assert page.tiles["contraception"].value.text() == "66.7%"  # IUD, condom; 李娜 none
    assert page.tiles["payments"].value.text() == "0"
    assert "2026-11-01" in page.heading.text()


def test_three_charts_with_the_right_series(page, sample):
    births = page.births_chart.chart().series()
    assert len(births) == 1 and isinstance(births[0], QBarSeries)
    assert births[0].barSets()[0].count() == 12
    line = page.checkup_chart.chart().series()
    assert len(line) == 1 and isinstance(line[0], QLineSeries)
    months = page.overview.checkup_by_month
    assert len(months) == 12
    assert line[0].count() == sum(1 for m in months if m.rate.den)  # no one due: no point
    assert months[-1].month == dt.date(2026, 10, 1)  # the last complete month, not November
    last = [m for m in months if m.rate.den][-1]
    assert line[0].at(line[0].count() - 1).y() == pytest.approx(last.rate.value)
    pie = page.mix_chart.chart().series()
    assert len(pie) == 1 and isinstance(pie[0], QPieSeries)
    assert sorted(s.value() for s in pie[0].slices()) == [1, 1]


def test_shown_again_after_a_change_it_recomputes(qtbot, page, sample):
    sample.services.checkups.add(sample.persons["李娜"], CheckupDraft(
        date=dt.date(2026, 11, 20), check_disease=True))
    page.hide()
    with qtbot.waitSignal(page.shown_overview, timeout=10000):
        page.show()
    assert page.tiles["checkup"].value.text() == "100.0%"
    page.hide()
    with qtbot.assertNotEmitted(page.shown_overview, wait=100):
        page.show()  # nothing written since: no new computation


@pytest.mark.parametrize(("today", "month", "unfinished"), [
    (dt.date(2026, 12, 3), "2026-11", False),  # the 1st to the 10th: the month she reports
    (dt.date(2026, 11, 20), "2026-11", True),  # later: this month, marked as not ended
])
def test_the_month_shown_depends_on_the_day(qtbot, sample, today, month, unfinished):
    services = sample.services
    page = OverviewPage(services.indicators, lambda: today, prompts=ScriptedPrompts())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.shown_overview, timeout=10000):
        page.show()
        assert page.status_label.text() == f"Computing the overview for {month}…"
    assert page.heading.text().startswith(month)
    assert (page.unfinished_label.text() == "This month has not ended yet") == unfinished
    assert all(m.month < dt.date(today.year, today.month, 1) for m in page.overview.checkup_by_month)
    qtbot.waitUntil(lambda: page.status_label.text() == "")  # said while computing only
    page.wait()
