"""A record dated inside a closed month, entered through the real record tabs: the tab warns
naming the closed report and the figures that may move; Cancel keeps the form, Save goes
on, and the closed report lists the correction. Outside a closed month nothing is asked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.domain import report_periods
from desktop.domain.values.benefits import BenefitDraft
from desktop.domain.values.care import CheckupDraft
from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.person_editor import PersonEditor
from desktop.gui.dialogs.recycle_bin import RecycleBinDialog
from desktop.gui.records.benefit_tab import BenefitTab
from desktop.gui.records.checkup_tab import CheckupTab
from desktop.gui.records.closed_check import closed_lines
from desktop.gui.records.events_tab import EventsTab
from desktop.gui.records.registry import build_record_tab
from tests.gui import report_sample
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services, type_into
from tests.gui.helpers_records import Clerk, tick
from tests.gui.record_helpers import filling, press_ok
from tests.gui.scripted_prompts import ScriptedPrompts
from tests.gui.test_recycle_bin_records import click_row, show_records

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
OCTOBER = report_periods.month(2026, 10)


@pytest.fixture
def sample(tmp_path):
    services, engine = open_services(tmp_path)
    sample = report_sample.build(services)
    sample.services.closing.close(OCTOBER)
    yield sample
    engine.dispose()


def _tab(qtbot, cls, services, person_id):
    tab = build_record_tab(cls, EditorServices.of(services), prompts=ScriptedPrompts())
    qtbot.addWidget(tab)
    tab.set_person(person_id)
    tab.show()
    return tab


def _tick_all(qtbot, dialog) -> None:
    for box in (dialog.pregnancy_box, dialog.iud_box, dialog.disease_box):
        tick(qtbot, box)


def _moves(services, name: str) -> dict[str, int]:
    report = services.closing.report(OCTOBER)
    return next((c.moves for c in report.corrections if c.name == name), {})


def test_a_back_dated_check_up_warns_cancel_keeps_the_form_save_corrects(qtbot, sample):
    services = sample.services
    tab = _tab(qtbot, CheckupTab, services, sample.persons["李娜"])
    asked: list[str] = []
    answers = iter([False, True])
    tab.prompts.confirm_with(lambda text: asked.append(text) or next(answers))

    def fill(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-10-12")
        _tick_all(qtbot, dialog)
        click(qtbot, dialog.ok_button())  # Cancel on the warning: the form stays
        assert dialog.isVisible() and dialog.date_field.text() == "2026-10-12"
        assert services.checkups.list_for_person(sample.persons["李娜"]) == []

    with qtbot.waitSignal(tab.changed):
        tab.prompts.fill_with(Clerk(qtbot, fill))
        click(qtbot, tab.add_button)
    assert len(asked) == 2
    assert "closed report of 2026-10" in asked[0] and "Check-up coverage, numerator" in asked[0]
    assert "Save anyway?" in asked[0]
    assert [r.date for r in services.checkups.list_for_person(sample.persons["李娜"])] == [
        dt.date(2026, 10, 12)]
    assert _moves(services, "李娜") == {"checkup_coverage:num": 1}

    # Deleting it again: the question names the closed report too.
    deleted: list[str] = []
    tab.prompts.confirm_with(lambda text: deleted.append(text) or True)
    tab.view.selectRow(0)
    click(qtbot, tab.delete_button)
    assert "recycle bin" in deleted[0] and "closed report of 2026-10" in deleted[0]
    assert _moves(services, "李娜") == {}


def test_a_check_up_outside_closed_months_asks_nothing(qtbot, sample):
    services = sample.services
    tab = _tab(qtbot, CheckupTab, services, sample.persons["李娜"])  # confirm unanswered

    def fill(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-11-12")
        _tick_all(qtbot, dialog)

    with qtbot.waitSignal(tab.changed):
        tab.prompts.fill_with(Clerk(qtbot, fill))
        click(qtbot, tab.add_button)
    assert len(services.checkups.list_for_person(sample.persons["李娜"])) == 1
    assert services.closing.report(OCTOBER).corrections == []


def test_a_back_dated_payment_warns_and_is_corrected(qtbot, sample):
    services = sample.services
    her = sample.persons["王芳"]
    services.benefits.add(her, BenefitDraft("one_child_fee", 1000, "month", dt.date(2026, 1, 1)))
    tab = _tab(qtbot, BenefitTab, services, her)
    asked: list[str] = []
    tab.prompts.confirm_with(lambda text: asked.append(text) or True)
    tab.view.selectRow(0)

    def fill(dialog):
        type_into(qtbot, dialog.period_edit, "2026-10")
        type_into(qtbot, dialog.paid_field.edit, "2026-10-20")

    with qtbot.waitSignal(tab.changed):
        tab.prompts.fill_with(Clerk(qtbot, fill))
        click(qtbot, tab.add_payment_button)
    assert len(asked) == 1 and "closed report of 2026-10" in asked[0]
    assert "Payments" in asked[0] or "payment" in asked[0].lower()
    assert _moves(services, "王芳").get("payments_count") == 1


def test_a_back_dated_death_warns_and_is_corrected(qtbot, sample):
    services = sample.services
    her = sample.persons["陈静"]
    tab = _tab(qtbot, EventsTab, services, her)
    asked: list[str] = []
    tab.prompts.confirm_with(lambda text: asked.append(text) or True)

    def fill(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-10-03")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill))
    click(qtbot, tab.deceased_button)
    assert len(asked) == 1 and "closed report of 2026-10" in asked[0] and "Deaths" in asked[0]
    assert _moves(services, "陈静").get("deaths") == 1


def test_restoring_a_deleted_october_check_up_warns_once(qtbot, sample):
    services = sample.services
    her = sample.persons["李娜"]
    record = services.checkups.add(her, CheckupDraft(date=dt.date(2026, 10, 12),
                                                     check_pregnancy=True, check_iud=True,
                                                     check_disease=True))
    services.checkups.delete("checkup", record, her)
    asked: list[str] = []
    answers = iter([False, True])
    dialog = RecycleBinDialog(services.person_list, services.persons, services.recycle_bin,
                              prompts=ScriptedPrompts(
                                  confirm=lambda text: asked.append(text) or next(answers)),
                              closing=services.closing)
    qtbot.addWidget(dialog)
    dialog.show()
    show_records(qtbot, dialog)
    click_row(qtbot, dialog.records_table, 0)
    click(qtbot, dialog.restore_button)  # declined: still in the bin
    assert services.checkups.list_for_person(her) == []
    click(qtbot, dialog.restore_button)
    assert len(asked) == 2 and "closed report of 2026-10" in asked[0]
    assert [r.id for r in services.checkups.list_for_person(her)] == [record]
    assert _moves(services, "李娜") == {"checkup_coverage:num": 1}


def test_moving_her_registration_date_into_october_warns(qtbot, sample):
    services = sample.services
    her = sample.persons["陈静"]
    asked: list[str] = []
    editor = PersonEditor(EditorServices.of(services), her, prompts=ScriptedPrompts(
        confirm=lambda text: asked.append(text) or True))
    qtbot.addWidget(editor)
    type_into(qtbot, editor.form.dates["registered_on"].edit, "2026-10-10")
    click(qtbot, editor.save_button)
    assert len(asked) == 1 and "closed report of 2026-10" in asked[0] and "Entries" in asked[0]
    assert services.persons.get(her).draft.registered_on == dt.date(2026, 10, 10)
    # Saving again without changing the date asks nothing.
    click(qtbot, editor.save_button)
    assert len(asked) == 1



def test_the_warning_in_chinese(qapp, sample):
    qm = Path(__file__).resolve().parents[2] / "resources" / "translations" / "family_ledger_zh_CN.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        [line] = closed_lines(sample.services.closing, [dt.date(2026, 10, 12)], "payment")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert line.startswith("这可能改变已结账的 2026年10月报表：")
    assert "、" in line and "发放率" in line
    assert closed_lines(sample.services.closing, [dt.date(2026, 11, 2)], "payment") == []
