"""The contraception, check-up, service and benefit tabs inside the person editor."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.domain.values.care import CheckupDraft, ServiceDraft
from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.person_editor import PersonEditor
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.helpers_records import Clerk, choose
from tests.gui.record_helpers import open_editor

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

D = dt.date



def tab_of(editor: PersonEditor, key: str):
    return next(t for t in editor.record_tabs if t.key == key)


@pytest.mark.parametrize("key", ["contraception", "checkups", "services", "benefits"])
def test_tabs_are_in_the_editor_and_disabled_for_a_new_person(qtbot, ledger, key):
    editor = PersonEditor(EditorServices.of(ledger), None)
    qtbot.addWidget(editor)
    tab = tab_of(editor, key)
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(tab))
    assert tab.model.rowCount() == 0


def test_editor_opens_on_a_checkup(qtbot, ledger):
    ledger.checkups.add(ledger.her, CheckupDraft(D(2025, 1, 5), check_iud=True))
    wanted = ledger.checkups.add(ledger.her, CheckupDraft(D(2026, 1, 5), check_iud=True))
    editor = open_editor(qtbot, ledger, ledger.her, tab="checkups", record_id=wanted)
    tab = tab_of(editor, "checkups")
    assert editor.tabs.currentWidget() is tab
    assert tab.selected_id() == wanted


def test_editor_opens_on_a_benefit_enrolment(qtbot, ledger):
    bid = ledger.benefits.add(ledger.her, BenefitDraft("reward", 96000, "year", D(2024, 1, 1)))
    ledger.benefits.add_payment(bid, PaymentDraft("2024", 96000, D(2024, 6, 1)))
    editor = open_editor(qtbot, ledger, ledger.her, tab="benefits", record_id=bid)
    tab = tab_of(editor, "benefits")
    assert tab.selected_id() == bid
    assert tab.payment_model.rowCount() == 1


def test_a_service_recorded_in_the_editor_shows_in_its_history(qtbot, ledger):
    ledger.service_records.add(ledger.her, ServiceDraft(D(2026, 1, 1), "education"))
    editor = open_editor(qtbot, ledger, ledger.her, tab="services")
    tab = tab_of(editor, "services")

    def fill(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-11-20")
        choose(dialog.type_combo, "referral")
        type_into(qtbot, dialog.note_edit, "转县医院")

    tab.prompts.fill_with(Clerk(qtbot, fill))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert [r.type for r in ledger.service_records.list_for_person(ledger.her)] == [
        "referral", "education"]
    assert tab.model.index(0, 2).data() == "转县医院"
    history = editor.history_panel.rows_text()
    assert any("转县医院" in " ".join(row) for row in history)
