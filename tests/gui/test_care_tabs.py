"""Contraception, check-up and service tabs driven like a clerk: real dialogs, typed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.gui.records.checkup_tab import CheckupTab
from desktop.gui.records.contraception_tab import ContraceptionTab
from desktop.gui.records.record_model import RowRole
from desktop.gui.records.service_tab import ServiceTab
from desktop.services.care_types import ContraceptionDraft
from desktop.services.person_types import PersonDraft
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, make_id, open_services, type_into

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

D = dt.date


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    unit = services.units.add("Office")
    services.her = services.persons.create(PersonDraft(
        name="张秀英", id_number=make_id("330102", D(1990, 3, 7), 12), unit_id=unit))
    yield services
    engine.dispose()


class Clerk:
    """Stands in for the modal loop: fills the real dialog with ``fill`` and clicks a button."""

    def __init__(self, qtbot, fill, ok: bool = True) -> None:
        self.qtbot, self.fill, self.ok = qtbot, fill, ok
        self.dialogs = []

    def __call__(self, dialog) -> bool:
        self.dialogs.append(dialog)
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.fill(dialog)
        button = dialog.ok_button() if self.ok else dialog.buttons.button(
            dialog.buttons.StandardButton.Cancel)
        click(self.qtbot, button)
        return dialog.result() == dialog.DialogCode.Accepted


def make_tab(qtbot, cls, services):
    tab = cls(services)
    qtbot.addWidget(tab)
    tab.confirm = lambda parent, title, text: pytest.fail(f"unexpected question: {text}")
    tab.show_error = lambda parent, exc, title=None: pytest.fail(f"unexpected error: {exc}")
    tab.set_person(services.her)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def rows(tab):
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def tick(qtbot, box) -> None:
    """Click the box's indicator (a form row stretches the widget beyond its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def choose(combo, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_contraception_added_through_the_form(qtbot, qtmodeltester, ledger):
    tab = make_tab(qtbot, ContraceptionTab, ledger)
    assert tab.title() == "Contraception" and tab.key == "contraception"

    def fill(dialog):
        assert dialog.start_field.date() == D(2026, 11, 28)  # today by default
        choose(dialog.method_combo, "iud")
        type_into(qtbot, dialog.start_field.edit, "2024/5/1")
        type_into(qtbot, dialog.place_edit, "县服务站")

    with qtbot.waitSignal(tab.changed):
        tab.run_dialog = Clerk(qtbot, fill)
        click(qtbot, tab.add_button)
    assert rows(tab) == [["IUD", "2024-05-01", "", "县服务站", "Current"]]
    assert tab.selected_id() == ledger.contraception.current(ledger.her).id
    assert tab.model.index(0, 0).data(RowRole) == tab.selected_id()
    qtmodeltester.check(tab.model)


def test_new_method_while_one_is_open_asks_to_end_it(qtbot, ledger):
    old = ledger.contraception.add(ledger.her, ContraceptionDraft("pill", D(2020, 1, 1)))
    tab = make_tab(qtbot, ContraceptionTab, ledger)
    questions = []

    def fill(dialog):
        dialog.confirm = lambda parent, title, text: questions.append(text) or answers.pop(0)
        choose(dialog.method_combo, "implant")
        type_into(qtbot, dialog.start_field.edit, "2025-06-01")

    answers = [False]
    clerk = Clerk(qtbot, fill)
    tab.run_dialog = clerk
    click(qtbot, tab.add_button)
    assert "Pill" in questions[0] and "2020-01-01" in questions[0] and "2025-06-01" in questions[0]
    dialog = clerk.dialogs[0]
    assert "still open" in dialog.message.text()
    assert dialog.start_field.text() == "2025-06-01"  # kept for another try
    assert len(ledger.contraception.list_for_person(ledger.her)) == 1

    answers = [True]
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

    clerk = Clerk(qtbot, fill)
    tab.run_dialog = clerk
    click(qtbot, tab.add_button)
    dialog = clerk.dialogs[0]
    assert dialog.isVisible() and "2026-12-01 is in the future" in dialog.message.text()
    assert dialog.focusWidget() is dialog.start_field.edit
    assert rows(tab) == []


def test_edit_and_delete_contraception(qtbot, ledger):
    rid = ledger.contraception.add(ledger.her, ContraceptionDraft("pill", D(2020, 1, 1)))
    tab = make_tab(qtbot, ContraceptionTab, ledger)
    tab.select_record(rid)

    def fill(dialog):
        assert dialog.method_combo.currentData() == "pill"
        type_into(qtbot, dialog.end_field.edit, "2021-01-01")

    tab.run_dialog = Clerk(qtbot, fill)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.edit_button)
    assert rows(tab)[0][2:] == ["2021-01-01", "", ""]
    tab.confirm = lambda parent, title, text: "Pill from 2020-01-01" in text
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

    tab.run_dialog = Clerk(qtbot, fill)
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

    tab.run_dialog = Clerk(qtbot, fill)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert rows(tab)[0][1:3] == ["IUD", ""]


def test_checkup_needs_an_item(qtbot, qtmodeltester, ledger):
    tab = make_tab(qtbot, CheckupTab, ledger)

    def fill(dialog):
        type_into(qtbot, dialog.note_edit, "x")

    clerk = Clerk(qtbot, fill)
    tab.run_dialog = clerk
    click(qtbot, tab.add_button)
    assert "at least one item" in clerk.dialogs[0].message.text()
    assert clerk.dialogs[0].focusWidget() is clerk.dialogs[0].pregnancy_box


def test_service_recorded_edited_through_the_form(qtbot, qtmodeltester, ledger):
    tab = make_tab(qtbot, ServiceTab, ledger)

    def fill(dialog):
        choose(dialog.type_combo, "supplies")
        type_into(qtbot, dialog.note_edit, "避孕套20只")

    tab.run_dialog = Clerk(qtbot, fill)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert rows(tab) == [["2026-11-28", "Contraceptive supplies", "避孕套20只"]]
    qtmodeltester.check(tab.model)
    [record] = ledger.service_records.list_for_person(ledger.her)
    assert record.note == "避孕套20只"
