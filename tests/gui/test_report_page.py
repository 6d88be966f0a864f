"""The 报表 page against the real indicator service: November 2026 on a small ledger."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.domain import report_periods
from desktop.domain.values.indicators import RateKey
from desktop.gui.pages.report_page import ReportPage
from desktop.gui.reports import behind_model as bm
from desktop.gui.reports.figures_models import (
    COUNTS,
    CountsModel,
    RatesModel,
    UnitsModel,
    count_value,
    rate_text,
)
from desktop.gui.reports.report_services import ReportServices
from tests.gui import report_sample
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
NOVEMBER = report_periods.month(2026, 11)


@pytest.fixture
def sample(tmp_path):
    services, engine = open_services(tmp_path)
    yield report_sample.build(services)
    engine.dispose()


@pytest.fixture
def page(qtbot, sample):
    page = ReportPage(ReportServices.of(sample.services), prompts=ScriptedPrompts())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.show()
    yield page
    page.wait()


def _cell(view, row: int, column: int) -> QPoint:
    return view.visualRect(view.model().index(row, column)).center()


def test_the_figures_on_screen_are_the_services(page, sample):
    assert page.picker.period() == NOVEMBER  # today is 2026-11-28: this month first
    expected = sample.services.indicators.compute(NOVEMBER)
    counts = page.figures_view.counts
    for row, (key, _label, _measure) in enumerate(COUNTS):
        assert counts.index(row, CountsModel.COL_VALUE).data() == count_value(expected, key)
    rates = page.figures_view.rates
    for key in RateKey:
        row = rates.row_of(key)
        rate = expected.rates[key]
        assert rates.index(row, RatesModel.COL_NUM).data() == f"{rate.num:,}"
        assert rates.index(row, RatesModel.COL_DEN).data() == f"{rate.den:,}"
        assert rates.index(row, RatesModel.COL_RATE).data() == rate_text(key, rate)
    # 1 / 2 = 50.0%; nothing born: "—"; the sex ratio has no percent sign
    assert rates.index(rates.row_of(RateKey.CHECKUP_COVERAGE), RatesModel.COL_RATE).data() == "50.0%"
    assert rates.index(rates.row_of(RateKey.SEX_RATIO), RatesModel.COL_RATE).data() == "—"
    units = page.figures_view.units
    assert [units.index(r, UnitsModel.COL_UNIT).data() for r in range(units.rowCount())] == [
        "城关镇", "河西乡"]
    assert "Balance holds" in page.figures_view.balance_label.text()


def test_a_unit_and_another_month_are_computed_again(qtbot, page, sample):
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.unit_combo.set_current_unit_id(sample.units["河西乡"])
    assert page.figures().unit_id == sample.units["河西乡"]
    assert page.figures().wra_end == 2
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.picker.number_combo.setCurrentIndex(9)  # October
    assert page.figures().period == report_periods.month(2026, 10)


def test_clicking_the_coverage_denominator_lists_exactly_those_persons(qtbot, page, sample):
    view = page.figures_view.rates_view
    row = page.figures_view.rates.row_of(RateKey.CHECKUP_COVERAGE)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_cell(view, row, RatesModel.COL_DEN))
    behind = page.figures_view.behind
    names = {behind.index(r, bm.COL_NAME).data() for r in range(behind.rowCount())}
    assert names == report_sample.COVERAGE_DEN
    service = sample.services.indicators.page_behind(NOVEMBER, None, "checkup_coverage", "den", 0, 50)
    assert {r.person_id for r in service} == {
        behind.index(r, 0).data(bm.RowRole) for r in range(behind.rowCount())}
    shown_id = behind.index(0, bm.COL_ID_NUMBER).data()
    assert "********" in shown_id and len(shown_id) == 18  # masked
    assert "2" in page.figures_view.behind_title.text()

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_cell(view, row, RatesModel.COL_NUM))
    assert behind.rowCount() == 1
    assert behind.index(0, bm.COL_NAME).data() == "张秀英"
    # double-click: open her in the editor
    table = page.figures_view.behind_view
    with qtbot.waitSignal(page.open_person) as opened:  # a real double-click: press, again
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=_cell(table, 0, bm.COL_NAME))
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,
                          pos=_cell(table, 0, bm.COL_NAME))
    assert opened.args == [sample.persons["张秀英"]]


def test_clicking_a_count_lists_its_persons(qtbot, page):
    view = page.figures_view.counts_view
    row = [key for key, _l, _m in COUNTS].index("married_wra_end")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_cell(view, row, CountsModel.COL_VALUE))
    behind = page.figures_view.behind
    assert {behind.index(r, 0).data() for r in range(behind.rowCount())} == {
        "张秀英", "李娜", "王芳"}


def test_models_pass_the_model_tester(qtmodeltester, page):
    view = page.figures_view
    view.list_behind("checkup_coverage", "den")
    for model in (view.counts, view.rates, view.units, view.behind):
        qtmodeltester.check(model, force_py=True)


def test_preview_shows_page_images_and_navigates(qtbot, page):
    with qtbot.waitSignal(page.pdf_shown, timeout=30000) as shown:
        click(qtbot, page.preview_button)
    assert shown.args[0] >= 1
    preview = page.preview
    assert page.tabs.currentWidget() is preview
    assert preview.page_count() == shown.args[0]
    assert preview.image is not None and preview.image.width() > 300
    assert not preview.prev_button.isEnabled()


def test_save_pdf_and_json(qtbot, page, sample, tmp_path):
    from pypdf import PdfReader

    saved = page.prompts.informed
    targets = iter([tmp_path / "月报.pdf", tmp_path / "月报.json"])
    page.prompts.path_with(lambda _name: next(targets))
    click(qtbot, page.save_pdf_button)
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "月报.pdf").pages)
    assert report_sample.OFFICE in text
    assert "50.0%" in text  # check-up coverage 1 / 2

    assert page.save_json_action in page.more_button.menu().actions()  # under 更多
    page.save_json_action.trigger()
    assert len(saved) == 2
    data = json.loads((tmp_path / "月报.json").read_text(encoding="utf-8"))
    assert data["wra_end"] == 4
    assert data["rates"]["checkup_coverage"] == {"num": 1, "den": 2}


def test_save_excel(qtbot, page, tmp_path):
    from openpyxl import load_workbook

    page.prompts.path_with(tmp_path / "月报.xlsx")
    assert page.save_xlsx()
    assert [str(tmp_path / "月报.xlsx") in text for text in page.prompts.informed] == [True]
    assert load_workbook(tmp_path / "月报.xlsx").sheetnames


def test_print_goes_to_the_printer_without_a_dialog(qtbot, page, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "printed.pdf"
    asked = []

    def to_a_pdf_file(printer: QPrinter) -> bool:  # the clerk's choice in the print dialog
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    page.prompts.printer_with(to_a_pdf_file)
    with qtbot.waitSignal(page.output.printed, timeout=30000) as printed:
        click(qtbot, page.print_button)
    assert asked and printed.args[0] >= 1
    assert len(PdfReader(out).pages) == printed.args[0]


def test_open_in_viewer_hands_the_file_over(qtbot, page):
    opened = page.prompts.opened
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert opened[0].suffix == ".pdf" and opened[0].is_file()
    assert page.prompts.informed == []  # a viewer was found: nothing to tell


def test_without_a_viewer_she_is_told_where_the_file_is(qtbot, page):
    page.prompts.viewer_with(False)
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: bool(page.prompts.informed), timeout=30000)
    assert str(page.prompts.opened[0]) in page.prompts.informed[0]


def test_full_ids_ask_first_and_are_logged(qtbot, page, sample, tmp_path):
    page.prompts.confirm_with(False)
    click(qtbot, page.full_ids_check)
    assert not page.full_ids_check.isChecked()
    page.prompts.confirm_with(True)
    click(qtbot, page.full_ids_check)
    assert page.full_ids_check.isChecked()
    done = page.prompts.informed
    page.prompts.path_with(tmp_path / "full.pdf")
    click(qtbot, page.save_pdf_button)
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    from sqlalchemy import text

    with sample.services.engine.connect() as conn:
        logged = conn.execute(text(
            "SELECT new_value FROM change_log WHERE field = 'file'")).scalars().all()
    assert str(tmp_path / "full.pdf") in logged


def test_head_of_unit_is_remembered(qtbot, page, sample):
    from tests.gui.helpers_dialogs import type_into

    type_into(qtbot, page.head_edit, "李主任\n")
    assert sample.services.settings.get("report_head_name") == "李主任"
    again = ReportPage(ReportServices.of(sample.services))
    qtbot.addWidget(again)
    assert again.head_edit.text() == "李主任"


def test_register_printout_previews(qtbot, page):
    page.picker.set_document("register")
    page.picker.set_range(dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    page.picker.register_combo.setCurrentIndex(page.picker.register_combo.findData("checkups"))
    assert not page.save_xlsx_button.isEnabled()
    with qtbot.waitSignal(page.pdf_shown, timeout=30000) as shown:
        click(qtbot, page.preview_button)
    assert shown.args[0] >= 1


def test_a_bad_custom_range_says_so(qtbot, page):
    page.picker.set_document("custom")
    page.picker.set_range(dt.date(2026, 11, 30), dt.date(2026, 11, 1))
    page.compute()
    assert page.picker.period() is None
    assert page.message.text()
