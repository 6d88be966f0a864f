"""A clerk records a pregnancy, a follow-up and a live birth of twins in the person editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Outcome
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.gui.records.pregnancy_tab import (
    COL_EDD,
    COL_FOLLOWUPS,
    COL_OUTCOME,
    COL_OUTCOME_DATE,
    COL_WEEKS,
    PregnancyTab,
)
from desktop.gui.records.rows_model import RowRole
from desktop.gui.records.timeline_tab import TimelineTab
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.record_helpers import cells, filling, open_editor, press_ok

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)



def pregnancy_tab(editor) -> PregnancyTab:
    tab = editor.tabs.currentWidget()
    assert isinstance(tab, PregnancyTab)
    return tab


def test_pregnancy_followup_and_twins_through_the_forms(qtbot, qtmodeltester, ledger):
    editor = open_editor(qtbot, ledger, ledger.her, tab="pregnancies")
    tab = pregnancy_tab(editor)
    assert not tab.outcome_button.isEnabled()

    def fill_pregnancy(dialog):
        type_into(qtbot, dialog.registered_field.edit, "2026-06-01")
        type_into(qtbot, dialog.lmp_field.edit, "2026/4/1")
        assert "2027-01-06" in dialog.facts.text() and "8+5" in dialog.facts.text()
        type_into(qtbot, dialog.note_edit, "首次登记")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill_pregnancy))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert cells(tab.model, COL_EDD) == ["2027-01-06"]
    assert cells(tab.model, COL_WEEKS) == ["8+5 (now 34+3)"]
    qtmodeltester.check(tab.model)

    def fill_followup(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-05-20")  # before the registration
        press_ok(qtbot, dialog)
        assert dialog.isVisible() and "registered" in dialog.message.text()
        assert dialog.focusWidget() is dialog.date_field.edit
        type_into(qtbot, dialog.date_field.edit, "2026-07-01")
        type_into(qtbot, dialog.note_edit, "血压正常")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill_followup))
    click(qtbot, tab.add_followup_button)
    assert cells(tab.followup_model, 0) == ["2026-07-01"]
    assert cells(tab.followup_model, 1) == ["血压正常"]
    assert cells(tab.model, COL_FOLLOWUPS) == ["1"]
    qtmodeltester.check(tab.followup_model)

    def fill_outcome(dialog):
        assert dialog.is_live_birth() and dialog.babies_box.isVisible()
        type_into(qtbot, dialog.date_field.edit, "2026-11-20")
        type_into(qtbot, dialog.babies[0].name_edit, "大宝")
        dialog.babies[0].sex_combo.setCurrentIndex(dialog.babies[0].sex_combo.findData("M"))
        click(qtbot, dialog.add_baby_button)
        type_into(qtbot, dialog.babies[1].name_edit, "小宝")
        type_into(qtbot, dialog.babies[1].id_edit, "12345")  # not an ID number
        press_ok(qtbot, dialog)
        assert dialog.message.text().startswith("Baby 2: An ID number has 18 characters")
        assert dialog.focusWidget() is dialog.babies[1].name_edit
        type_into(qtbot, dialog.babies[1].id_edit, "")
        press_ok(qtbot, dialog)

    outcomes = []
    tab.prompts.fill_with(filling(qtbot, lambda dialog: outcomes.append(dialog) or fill_outcome(dialog)))
    click(qtbot, tab.outcome_button)
    assert outcomes[0].result() == outcomes[0].DialogCode.Accepted
    assert cells(tab.model, COL_OUTCOME) == ["Live birth"]
    assert cells(tab.model, COL_OUTCOME_DATE) == ["2026-11-20"]
    assert not tab.outcome_button.isEnabled()
    kids = editor.children_panel.model
    assert [(kids.index(r, 0).data(), kids.index(r, 1).data(), kids.index(r, 3).data())
            for r in range(kids.rowCount())] == [("大宝", "Male", "1"), ("小宝", "Female", "2")]
    assert editor.children_panel.drafts()[0].birth_date == dt.date(2026, 11, 20)


def test_miscarriage_has_no_babies(qtbot, ledger):
    pid = ledger.pregnancies.add(ledger.her, PregnancyDraft(dt.date(2026, 3, 1), dt.date(2026, 2, 1)))
    editor = open_editor(qtbot, ledger, ledger.her, tab="pregnancies", record_id=pid)
    tab = pregnancy_tab(editor)

    def fill(dialog):
        dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData(Outcome.MISCARRIAGE.value))
        assert not dialog.babies_box.isVisible()
        type_into(qtbot, dialog.date_field.edit, "2026-04-02")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill))
    click(qtbot, tab.outcome_button)
    assert cells(tab.model, COL_OUTCOME) == ["Miscarriage"]
    assert editor.children_panel.model.rowCount() == 0


def test_edit_and_delete_pregnancy(qtbot, ledger):
    first = ledger.pregnancies.add(ledger.her, PregnancyDraft(
        dt.date(2024, 3, 1), dt.date(2024, 1, 10), "termination", dt.date(2024, 3, 5)))
    second = ledger.pregnancies.add(ledger.her, PregnancyDraft(dt.date(2026, 9, 1), dt.date(2026, 8, 1)))
    editor = open_editor(qtbot, ledger, ledger.her, tab="pregnancies", record_id=first)
    tab = pregnancy_tab(editor)
    assert tab.view.selectionModel().selectedRows()[0].data(RowRole) == first

    def fill(dialog):
        assert dialog.outcome_combo.currentData() == "termination"
        dialog.outcome_combo.setCurrentIndex(0)  # reopen it ...
        press_ok(qtbot, dialog)
        assert dialog.message.text() == "Please give both the outcome and its date."
        type_into(qtbot, dialog.outcome_field.edit, "")
        press_ok(qtbot, dialog)  # ... while another is open
        assert "without an outcome" in dialog.message.text()
        dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("miscarriage"))
        type_into(qtbot, dialog.outcome_field.edit, "2024-03-06")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill))
    click(qtbot, tab.edit_button)
    assert (ledger.pregnancies.draft(first).outcome, ledger.pregnancies.draft(first).outcome_date) \
        == ("miscarriage", dt.date(2024, 3, 6))

    tab.select_record(second)
    questions = []
    tab.prompts.confirm_with(lambda text: questions.append(text) or True)
    click(qtbot, tab.delete_button)
    assert "2026-09-01" in questions[0]
    assert [row.id for row in tab.model.rows()] == [first]


def test_timeline_lists_and_opens_the_pregnancy(qtbot, qtmodeltester, ledger):
    pid = ledger.pregnancies.add(ledger.her, PregnancyDraft(dt.date(2026, 6, 1), dt.date(2026, 4, 1)))
    ledger.pregnancies.add_followup(pid, dt.date(2026, 7, 1), "正常")
    editor = open_editor(qtbot, ledger, ledger.her, tab="timeline")
    timeline = editor.tabs.currentWidget()
    assert isinstance(timeline, TimelineTab)
    qtmodeltester.check(timeline.model)
    rows = [(timeline.model.index(r, 0).data(), timeline.model.index(r, 1).data(),
             timeline.model.index(r, 2).data()) for r in range(timeline.model.rowCount())]
    assert rows == [("2026-07-01", "Pregnancy follow-up", "正常"),  # newest first
                    ("2026-06-01", "Pregnancy registered", "")]
    rect = timeline.view.visualRect(timeline.model.index(0, 1))
    # A real double-click starts with a press; Qt's item views need it.
    qtbot.mouseClick(timeline.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(timeline.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = editor.tabs.currentWidget()
    assert isinstance(tab, PregnancyTab)
    assert tab.view.selectionModel().selectedRows()[0].data(RowRole) == pid
