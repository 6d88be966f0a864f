"""报表 › 核对抽查 driven from the keyboard like the clerk: draw the month's sample, enter
results with Space / Y / N and the arrows, see 信息准确率 follow in the dialog and on the
report page, open the record of a person with a wrong item, redraw with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain import report_periods
from desktop.domain.values.indicators import Rate, RateKey
from desktop.domain.values.samples import ITEM_KEYS
from desktop.gui.pages.report_page import ReportPage
from desktop.gui.reports.figures_models import RatesModel
from desktop.gui.reports.report_services import ReportServices
from desktop.gui.reports.sample_model import FIRST_ITEM
from tests.gui import report_sample
from tests.gui.helpers_dialogs import click, open_services
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
NOVEMBER = report_periods.month(2026, 11)


@pytest.fixture
def page(qtbot, tmp_path):
    services, engine = open_services(tmp_path)
    report_sample.build(services)
    page = ReportPage(ReportServices.of(services), prompts=ScriptedPrompts())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.show()
    yield page
    page.wait()
    engine.dispose()


def _row_results(dialog, row):
    return [dialog.model.rows[row].results[item] for item in ITEM_KEYS]


def test_draw_enter_results_by_keyboard_and_see_the_rate(qtbot, page):
    services = page._services
    click(qtbot, page.sample_button)
    dialog = page.sample_dialog
    qtbot.waitExposed(dialog)
    assert dialog.month() == "2026-11" and dialog.info is None
    click(qtbot, dialog.draw_button)
    info = dialog.info
    assert info is not None and dialog.model.rowCount() == info.size
    assert info.size == min(20, info.population)
    table = dialog.table
    table.setFocus()
    # first person: seven times Y (right), the cursor moves one item to the right each time
    table.setCurrentIndex(dialog.model.index(0, FIRST_ITEM))
    for _ in ITEM_KEYS:
        qtbot.keyClick(table, Qt.Key.Key_Y)
    assert _row_results(dialog, 0) == [True] * 7
    # second person: Down, then Left back to the first item (the cursor stayed on the last
    # one), and Space all along the row; the phone gets Space twice (对 -> 错)
    assert table.currentIndex().column() == FIRST_ITEM + len(ITEM_KEYS) - 1
    qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in ITEM_KEYS[1:]:
        qtbot.keyClick(table, Qt.Key.Key_Left)
    assert table.currentIndex().column() == FIRST_ITEM
    for number, _item in enumerate(ITEM_KEYS):
        qtbot.keyClick(table, Qt.Key.Key_Space)
        if number == len(ITEM_KEYS) - 1:
            qtbot.keyClick(table, Qt.Key.Key_Space)
        else:
            qtbot.keyClick(table, Qt.Key.Key_Right)
    assert _row_results(dialog, 1) == [True] * 6 + [False]
    # the wrong phone is named and offers her record
    assert dialog.model.rows[1].name in dialog.status.text()
    opened = []
    dialog._open_person = opened.append
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [dialog.model.rows[1].person_id]
    # one right of two entered: 50.0%, below the 90% target
    assert "1 / 2 = 50.0%" in dialog.summary.text()
    assert dialog.info.checked == 2 and dialog.info.correct == 1
    # Delete takes a result back: the second person no longer counts
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialog.model.rows[1].results["phone"] is None
    assert "1 / 1 = 100.0%" in dialog.summary.text()
    # closing the dialog brings the rate to the report page
    dialog.close()
    page.wait()
    qtbot.waitUntil(lambda: page.figures() is not None and page.figures().rates[
        RateKey.INFORMATION_ACCURACY] == Rate(1, 1), timeout=10000)
    rates = page.figures_view.rates
    row = rates.row_of(RateKey.INFORMATION_ACCURACY)
    assert rates.index(row, RatesModel.COL_RATE).data() == "100.0%"
    assert rates.index(row, RatesModel.COL_TARGET).data() == "≥ 90%"
    assert rates.index(row, RatesModel.COL_MET).data() in ("Met", "达标")
    assert services.indicators.compute(NOVEMBER).rates[RateKey.INFORMATION_ACCURACY] == Rate(1, 1)


def test_drawing_again_asks_why_and_keeps_the_old_results_apart(qtbot, page, tmp_path):
    click(qtbot, page.sample_button)
    dialog = page.sample_dialog
    click(qtbot, dialog.draw_button)
    first = dialog.info
    assert not dialog.draw_button.isEnabled()  # the month has its sample
    clerk = dialog.prompts
    clerk.text_with("")  # cancelled / no reason: nothing happens
    assert dialog.redraw() is False and dialog.info.id == first.id
    clerk.text_with("抽样时漏了新登记的人")
    assert dialog.redraw() is True and dialog.info.id != first.id
    out = tmp_path / "sheet.pdf"
    clerk.path_with(out)
    assert dialog.save_sheet() is True and out.is_file() and clerk.opened == [out]
