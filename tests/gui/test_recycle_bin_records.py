"""Deleted records in the recycle bin's Records tab: listed, restored one or several at a time,
a refusal shown without closing the dialog, further pages fetched on scrolling."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from desktop.domain.values.care import CheckupDraft, ContraceptionDraft, ServiceDraft
from desktop.domain.values.people import ChildDraft
from desktop.gui.dialogs.recycle_bin import RECORDS_TAB, RecycleBinDialog
from desktop.gui.models import bin_tables
from desktop.gui.models.bin_tables import (
    COL_DATE,
    COL_DETAILS,
    COL_KIND,
    COL_PERSON,
    COL_PERSON_ID_NUMBER,
    EntityRole,
    PersonRole,
    RowRole,
)
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click
from tests.gui.record_helpers import cells, open_editor
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

D = dt.date



def open_bin(qtbot, services, errors=None) -> RecycleBinDialog:
    prompts = ScriptedPrompts()  # without ``errors`` an error box fails the test
    if errors is not None:
        prompts.errors_to(errors)
    dialog = RecycleBinDialog(services.person_list, services.persons, services.recycle_bin,
                              prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def show_records(qtbot, dialog: RecycleBinDialog) -> None:
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(RECORDS_TAB).center())
    assert dialog.tabs.currentIndex() == RECORDS_TAB


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_checkup_deleted_in_the_editor_is_restored_from_the_bin(qtbot, qtmodeltester, ledger):
    kept = ledger.checkups.add(ledger.her, CheckupDraft(D(2026, 1, 5), check_iud=True))
    gone = ledger.checkups.add(ledger.her, CheckupDraft(D(2026, 6, 5), check_iud=True,
                                                        result="abnormal", note="炎症"))
    editor = open_editor(qtbot, ledger, ledger.her, tab="checkups", record_id=gone)
    tab = next(t for t in editor.record_tabs if t.key == "checkups")
    tab.prompts.confirm_with(True)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.delete_button)
    editor.close()

    dialog = open_bin(qtbot, ledger)
    assert dialog.records_empty_label.isHidden() and not dialog.empty_label.isHidden()
    show_records(qtbot, dialog)
    model = dialog.records_table.model()
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in (COL_KIND, COL_PERSON, COL_DATE, COL_DETAILS)] == [
        "Check-up", "张秀英", "2026-06-05", "Result: Abnormal"]
    assert model.index(0, COL_PERSON_ID_NUMBER).data() == "330102********" + \
        ledger.persons.get(ledger.her).draft.id_number[-4:]
    index = model.index(0, 0)
    assert (index.data(RowRole), index.data(PersonRole), index.data(EntityRole)) == (
        gone, ledger.her, "checkup")
    assert not dialog.restore_button.isEnabled()
    click_row(qtbot, dialog.records_table, 0)
    with qtbot.waitSignal(dialog.restored) as blocker:
        click(qtbot, dialog.restore_button)
    assert blocker.args == [ledger.her]
    assert model.rowCount() == 0 and not dialog.records_empty_label.isHidden()
    assert [c.id for c in ledger.checkups.list_for_person(ledger.her)] == [gone, kept]


def test_several_kinds_restored_at_once(qtbot, ledger):
    her = ledger.her
    record = ledger.persons.get(her)
    record.draft.children = [ChildDraft(name="小明", sex="M", birth_date=D(2015, 6, 1))]
    ledger.persons.update(her, record.draft)
    ids = {
        "contraception": ledger.contraception.add(her, ContraceptionDraft("iud", D(2019, 1, 5))),
        "service": ledger.service_records.add(her, ServiceDraft(D(2026, 4, 4), "other")),
        "life_event": ledger.life_events.add(her, "moved_away", D(2026, 5, 5)),
    }
    for entity, service in (("contraception", ledger.contraception),
                            ("service", ledger.service_records),
                            ("life_event", ledger.life_events)):
        service.delete(entity, ids[entity], her)
    record = ledger.persons.get(her)
    record.draft.children = []
    ledger.persons.update(her, record.draft)

    dialog = open_bin(qtbot, ledger)
    show_records(qtbot, dialog)
    model = dialog.records_table.model()
    # One clock time for all (open_services): then by kind.
    assert cells(model, COL_KIND) == ["Child", "Contraception", "Life event", "Service"]
    assert cells(model, COL_DETAILS) == ["小明 (Male), child 1", "IUD, still in use",
                                         "Moved away", "Other service"]
    click_row(qtbot, dialog.records_table, 0)
    click_row(qtbot, dialog.records_table, 3, Qt.KeyboardModifier.ShiftModifier)
    assert len(dialog.selected_ids()) == 4
    restored = []
    dialog.restored.connect(restored.append)
    click(qtbot, dialog.restore_button)
    assert restored == [her] * 4 and model.rowCount() == 0
    assert ledger.persons.get(her).status == "moved"
    assert [c.name for c in ledger.persons.get(her).draft.children] == ["小明"]


def test_refused_restore_is_explained_and_the_dialog_stays(qtbot, ledger):
    her = ledger.her
    iud = ledger.contraception.add(her, ContraceptionDraft("iud", D(2020, 1, 1), D(2022, 1, 1)))
    ledger.contraception.delete("contraception", iud, her)
    ledger.contraception.add(her, ContraceptionDraft("pill", D(2021, 1, 1), D(2021, 6, 1)))
    errors: list[BaseException] = []
    dialog = open_bin(qtbot, ledger, errors)
    show_records(qtbot, dialog)
    dialog.records_table.selectRow(0)
    click(qtbot, dialog.restore_button)
    assert [str(e) for e in errors] == ["This record cannot be restored: its period overlaps the record "
                            "started on 2021-01-01."]
    assert dialog.isVisible() and dialog.record_model.rowCount() == 1


def test_restoring_her_brings_her_deleted_records_into_view(qtbot, ledger):
    service = ledger.service_records.add(ledger.her, ServiceDraft(D(2026, 4, 4), "referral"))
    ledger.service_records.delete("service", service, ledger.her)
    ledger.persons.delete(ledger.her)
    dialog = open_bin(qtbot, ledger)
    assert dialog.record_model.rowCount() == 0
    click_row(qtbot, dialog.table, 0)
    click(qtbot, dialog.restore_button)
    assert dialog.person_model.rowCount() == 0
    assert cells(dialog.record_model, COL_DETAILS) == ["Referral"]


def test_more_rows_fetched_on_scrolling(qtbot, qtmodeltester, ledger, monkeypatch):
    monkeypatch.setattr(bin_tables, "PAGE_SIZE", 5)
    for day in range(12):
        row_id = ledger.service_records.add(ledger.her, ServiceDraft(D(2026, 1, 1 + day), "other"))
        ledger.service_records.delete("service", row_id, ledger.her)
    dialog = open_bin(qtbot, ledger)
    show_records(qtbot, dialog)
    model = dialog.record_model
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    table = dialog.records_table
    for _ in range(3):
        table.scrollToBottom()
        table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: model.rowCount() == 12)
    assert not model.canFetchMore()
    assert cells(model, COL_DATE)[0] == "2026-01-12"
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.selectAll()
    click(qtbot, dialog.restore_button)
    assert model.rowCount() == 0 and len(ledger.service_records.list_for_person(ledger.her)) == 12
