"""结账 as the clerk does it: close October on the report page, record a back-dated birth
in October in the person editor (a warning first), and find the correction and the error
rate on the report page, while the closed report's figures stay what was handed in."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from desktop.domain import report_periods
from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.person_editor import TAB_CHILDREN, PersonEditor
from desktop.gui.pages.report_page import ReportPage
from desktop.gui.reports.closing_panel import CorrectionsModel
from desktop.gui.reports.pdf_jobs import write_pdf
from desktop.gui.reports.report_services import ReportServices
from tests.gui import report_sample
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services, type_into
from tests.gui.scripted_prompts import ScriptedPrompts
from tests.reports.reading import pages_text

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
OCTOBER = report_periods.month(2026, 10)


@pytest.fixture
def sample(tmp_path):
    services, engine = open_services(tmp_path)
    yield report_sample.build(services)
    engine.dispose()


@pytest.fixture
def page(qtbot, sample):
    page = ReportPage(ReportServices.of(sample.services), prompts=ScriptedPrompts())
    qtbot.addWidget(page)
    page.resize(1200, 900)
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.show()
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.picker.number_combo.setCurrentIndex(9)  # October
    _settled(qtbot, page)
    yield page
    page.wait()


def _settled(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.worker is None, timeout=20000)


def _pdf_text(services, page, path) -> str:
    request = page.request()
    write_pdf(services, request, None, path, lambda *_: None, lambda: False)
    return "\n".join(pages_text(path))


def _add_birth(qtbot, services, person_id: int, day: str, asked: list[str]) -> PersonEditor:
    def fill_child(dialog):
        type_into(qtbot, dialog.name_edit, "小雨")
        type_into(qtbot, dialog.birth_field.edit, day)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        return dialog.result() == dialog.DialogCode.Accepted

    def confirm(text):
        asked.append(text)
        return True

    editor = PersonEditor(EditorServices.of(services), person_id, prompts=ScriptedPrompts(
        confirm=confirm, form=fill_child))
    qtbot.addWidget(editor)
    editor.tabs.setCurrentIndex(TAB_CHILDREN)
    click(qtbot, editor.children_panel.add_button)
    click(qtbot, editor.save_button)
    return editor


def test_close_october_then_a_back_dated_birth(qtbot, page, sample, tmp_path):
    services = sample.services
    panel = page.closing_panel
    assert page.figures().period == OCTOBER
    assert "not closed" in panel.status.text()
    page.prompts.confirm_with(True)
    qtbot.waitUntil(panel.close_button.isEnabled)  # the figures' worker has finished
    with qtbot.waitSignal(page.figures_shown, timeout=20000):
        click(qtbot, panel.close_button)
    _settled(qtbot, page)
    assert services.closing.closure(OCTOBER) is not None
    assert "Closed on" in panel.status.text() and not panel.close_button.isEnabled()
    assert "2026-10" in panel.closed_months.text()
    handed_in = page.figures().to_json()
    before_pdf = _pdf_text(services, page, tmp_path / "before.pdf")
    assert "已结账" in before_pdf and "出生人数" in before_pdf

    # A birth on 20 October, entered late: the editor warns, the clerk saves anyway.
    asked: list[str] = []
    editor = _add_birth(qtbot, services, sample.persons["张秀英"], "2026/10/20", asked)
    assert editor.message.text() == "Saved." or "Saved" in editor.message.text()
    assert len(asked) == 1 and "2026-10" in asked[0] and "0 → 1" in asked[0]
    # A birth outside any closed period asks nothing.
    other = _add_birth(qtbot, services, sample.persons["王芳"], "2026/11/02", asked)
    assert len(asked) == 1
    for done in (editor, other):
        done.close()
    gc.collect()  # the child dialogs go now, not while the page's worker runs

    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.compute()
    _settled(qtbot, page)
    assert page.figures().to_json() == handed_in  # the handed-in figures do not move
    corrections = panel.corrections
    assert corrections.rowCount() >= 1
    assert corrections.index(0, CorrectionsModel.COL_NAME).data() == "张秀英"
    assert "+1" in corrections.index(0, CorrectionsModel.COL_MOVES).data()
    assert "********" in corrections.index(0, CorrectionsModel.COL_ID).data()
    assert panel.error_label.text().startswith("Statistical error: 1 /")
    assert page.closed_report.error.num == 1

    # The PDF: the same tables, the correction and the error rate as an appendix.
    after_pdf = _pdf_text(services, page, tmp_path / "after.pdf")
    assert after_pdf.startswith(before_pdf.split("附：结账后更正")[0][:200])
    appendix = after_pdf.split("附：结账后更正")[1]
    assert "张秀英" in appendix and "出生人数 +1" in appendix and "统计误差率：1 /" in appendix

    # Today's figures on request; then reopening needs a reason.
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        panel.current_check.setChecked(True)
    _settled(qtbot, page)
    assert page.figures().births == 1 and page.closed_report is None
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        panel.current_check.setChecked(False)
    _settled(qtbot, page)
    page.prompts.text_with("   ")
    assert not page.reopen_period()
    assert page.message.text()  # the reason is asked for; still closed
    assert services.closing.closure(OCTOBER) is not None
    page.prompts.text_with("补录10月出生")
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        assert page.reopen_period()
    _settled(qtbot, page)
    assert services.closing.closure(OCTOBER) is None and panel.close_button.isEnabled()
    assert page.figures().births == 1
    assert services.closing.history()[0].reopen_reason == "补录10月出生"


def test_changing_her_unit_asks_the_date_of_the_move(qtbot, sample):
    services = sample.services
    person = sample.persons["陈静"]  # 河西乡
    prompts = ScriptedPrompts()
    asked = []
    prompts.date_with(lambda default: asked.append(default) or dt.date(2026, 9, 1))
    editor = PersonEditor(EditorServices.of(services), person, prompts=prompts)
    qtbot.addWidget(editor)
    editor.form.unit_combo.set_current_unit_id(sample.units["东街社区"])
    click(qtbot, editor.save_button)
    assert asked == [services.today()]
    events = services.life_events.list_for_person(person)
    assert [(e.kind, e.date) for e in events] == [("transferred", dt.date(2026, 9, 1))]
    assert services.persons.get(person).draft.unit_id == sample.units["东街社区"]
    # Before 1 September she counted in 河西乡, from it in 东街社区 (a 调入 there).
    aug = services.indicators.compute(report_periods.month(2026, 8), sample.units["河西乡"])
    sep = services.indicators.compute(report_periods.month(2026, 9), sample.units["东街社区"])
    assert aug.wra_end == 2 and sep.entries_by["moved_in"] == 1


def test_a_balance_breaker_says_what_to_correct_and_opens_her_events(qtbot, tmp_path):
    from desktop.gui.reports.figures_view import FiguresView
    from tests.services.indicator_fixture import build

    services, ids = build(tmp_path)
    view = FiguresView(services)
    qtbot.addWidget(view)
    view.set_figures(services.indicators.compute(report_periods.month(2026, 11)))
    view.show()
    assert view.breakers.count() == 1 and view.open_breaker_button.isVisible()
    assert "no date of moving away" in view.breakers.item(0).text()
    with qtbot.waitSignal(view.open_person_on) as opened:
        click(qtbot, view.open_breaker_button)
    assert opened.args == [ids["P17"], "events"]
    services.engine.dispose()
