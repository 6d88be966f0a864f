"""Contraception, check-up and service tabs driven like a clerk: real dialogs, typed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.values.care import ContraceptionDraft
from desktop.gui.records.checkup_tab import CheckupTab
from desktop.gui.records.contraception_tab import ContraceptionTab
from desktop.gui.records.record_model import RowRole
from desktop.gui.records.service_tab import ServiceTab
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.helpers_records import Clerk, choose, make_tab, rows, tick

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

D = dt.date



def test_contraception_added_through_the_form(qtbot, qtmodeltester, ledger):
    tab = make_tab(qtbot, ContraceptionTab, ledger)
    assert tab.title() == "Contraception" and tab.key == "contraception"

    def fill(dialog):
        assert dialog.start_field.date() == D(2026, 11, 28)  # today by default
        choose(dialog.method_combo, "iud")
        type_into(qtbot, dialog.start_field.edit, "2024/5/1")
        type_into(qtbot, dialog.place_edit, "县服务站")

    with qtbot.waitSignal(tab.changed):
        tab.prompts.fill_with(Clerk(qtbot, fill))
        click(qtbot, tab.add_button)
    assert rows(tab) == [["IUD", "2024-05-01", "", "县服务站", "Current"]]
    assert tab.selected_id() == ledger.contraception.current(ledger.her).id
    assert tab.model.index(0, 0).data(RowRole) == tab.selected_id()
    qtmodeltester.check(tab.model)


def test_new_method_while_one_is_open_asks_to_end_it(qtbot, ledger):
    old = ledger.contraception.add(ledger.her, ContraceptionDraft("pill", D(2020, 1, 1)))
    tab = make_tab(qtbot, ContraceptionTab, ledger)
    questions = []

    def say_no_then_cancel(dialog):
        dialog.prompts.confirm_with(lambda text: questions.append(text) or False)
        choose(dialog.method_combo, "implant")
        type_into(qtbot, dialog.start_field.edit, "2025-06-01")
        click(qtbot, dialog.ok_button())
        assert dialog.isVisible() and "still open" in dialog.message.text()
        assert dialog.start_field.text() == "2025-06-01"  # kept for another try

    tab.prompts.fill_with(Clerk(qtbot, say_no_then_cancel, ok=False))
    click(qtbot, tab.add_button)
    assert "Pill" in questions[0] and "2020-01-01" in questions[0] and "2025-06-01" in questions[0]
    assert len(ledger.contraception.list_for_person(ledger.her)) == 1

    def say_yes(dialog):
        dialog.prompts.confirm_with(True)
        choose(dialog.method_combo, "implant")
        type_into(qtbot, dialog.start_field.edit, "2025-06-01")

    tab.prompts.fill_with(Clerk(qtbot, say_yes))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert [r[:3] for r in rows(tab)] == [["Implant", "2025-06-01", ""],
                                          ["Pill", "2020-01-01", "2025-06-01"]]
    assert ledger.contraception.get(old).end_date == D(2025, 6, 1)


def test_refused_date_keeps_the_form_open(qtbot, ledger):
    tab = make_tab(qtbot, ContraceptionTab, ledger)

    def fill(dialog):
        choose(dialog.method_combo, "condom")
        type_into(qtbot, dialog.start_field.edit, "2026-12-01")
        click(qtbot, dialog.ok_button())
        assert dialog.isVisible() and "2026-12-01 is in the future" in dialog.message.text()
        assert dialog.focusWidget() is dialog.start_field.edit

    tab.prompts.fill_with(Clerk(qtbot, fill, ok=False))
    click(qtbot, tab.add_button)
    assert rows(tab) == []


def test_edit_and_delete_contraception(qtbot, ledger):
    rid = ledger.contraception.add(ledger.her, ContraceptionDraft("pill", D(2020, 1, 1)))
    tab = make_tab(qtbot, ContraceptionTab, ledger)
    tab.select_record(rid)

    def fill(dialog):
        assert dialog.method_combo.currentData() == "pill"
        type_into(qtbot, dialog.end_field.edit, "2021-01-01")

    tab.prompts.fill_with(Clerk(qtbot, fill))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.edit_button)
    assert rows(tab)[0][2:] == ["2021-01-01", "", ""]
    tab.prompts.confirm_with(lambda text: "Pill from 2020-01-01" in text)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.delete_button)
    assert rows(tab) == [] and ledger.contraception.list_for_person(ledger.her) == []
    assert not tab.edit_button.isEnabled()


def test_checkup_recorded_through_the_form(qtbot, qtmodeltester, ledger):
    tab = make_tab(qtbot, CheckupTab, ledger)

    def fill(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-11-02")
        assert not dialog.pregnant_box.isEnabled()
        tick(qtbot, dialog.pregnancy_box)
        tick(qtbot, dialog.disease_box)
        tick(qtbot, dialog.pregnant_box)
        choose(dialog.result_combo, "abnormal")
        choose(dialog.source_combo, "certificate")
        type_into(qtbot, dialog.place_edit, "杭州市妇幼保健院")
        click(qtbot, dialog.ok_button())
        assert "describe the findings" in dialog.message.text()  # abnormal without a note
        assert dialog.focusWidget() is dialog.note_edit
        type_into(qtbot, dialog.note_edit, "宫内早孕")

    tab.prompts.fill_with(Clerk(qtbot, fill))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert rows(tab) == [["2026-11-02", "Pregnancy, Gynaecological", "Yes", "Abnormal",
                          "Mailed certificate", "杭州市妇幼保健院", "宫内早孕"]]
    qtmodeltester.check(tab.model)
    record = ledger.checkups.last_checkup(ledger.her)
    assert (record.check_pregnancy, record.check_iud, record.check_disease, record.pregnant) == (
        True, False, True, True)


def test_unticking_the_pregnancy_check_clears_pregnant(qtbot, ledger):
    tab = make_tab(qtbot, CheckupTab, ledger)

    def fill(dialog):
        tick(qtbot, dialog.pregnancy_box)
        tick(qtbot, dialog.pregnant_box)
        tick(qtbot, dialog.iud_box)
        tick(qtbot, dialog.pregnancy_box)
        assert not dialog.pregnant_box.isChecked()

    tab.prompts.fill_with(Clerk(qtbot, fill))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert rows(tab)[0][1:3] == ["IUD", ""]


def test_checkup_needs_an_item(qtbot, ledger):
    tab = make_tab(qtbot, CheckupTab, ledger)

    def fill(dialog):
        click(qtbot, dialog.ok_button())
        assert "at least one item" in dialog.message.text()
        assert dialog.focusWidget() is dialog.pregnancy_box

    tab.prompts.fill_with(Clerk(qtbot, fill, ok=False))
    click(qtbot, tab.add_button)
    assert rows(tab) == []


def test_service_recorded_edited_through_the_form(qtbot, qtmodeltester, ledger):
    tab = make_tab(qtbot, ServiceTab, ledger)

    def fill(dialog):
        choose(dialog.type_combo, "supplies")
        type_into(qtbot, dialog.note_edit, "避孕套20只")

    tab.prompts.fill_with(Clerk(qtbot, fill))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert rows(tab) == [["2026-11-28", "Contraceptive supplies", "避孕套20只"]]
    qtmodeltester.check(tab.model)
    [record] = ledger.service_records.list_for_person(ledger.her)
    assert record.note == "避孕套20只"
