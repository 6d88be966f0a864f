"""A clerk records a move away, a return, a child's death on the life events tab."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.enums import StatusFilter
from desktop.domain.values.people import ChildDraft, PersonDraft, PersonQuery
from desktop.gui.records.events_tab import COL_C_DEATH, COL_EVENT, COL_NOTE, EventsTab
from desktop.gui.records.rows_model import RowRole
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, make_id, open_services, type_into
from tests.gui.record_helpers import cells, filling, open_editor, press_ok

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)  # today is 2026-11-28
    unit = services.units.add("Office")
    services.her = services.persons.create(PersonDraft(
        name="张秀英", id_number=make_id("330102", dt.date(1990, 3, 7), 12), unit_id=unit,
        children=[ChildDraft(name="小明", sex="M", birth_date=dt.date(2015, 6, 1))]))
    yield services
    engine.dispose()


def events_tab(editor) -> EventsTab:
    tab = editor.tabs.currentWidget()
    assert isinstance(tab, EventsTab)
    return tab


def listed(services, status: StatusFilter) -> list[str]:
    return [row.name for row in services.person_list.page(PersonQuery(status=status), 0, 50)]


def test_moving_away_and_back(qtbot, qtmodeltester, ledger):
    editor = open_editor(qtbot, ledger, ledger.her, tab="events")
    tab = events_tab(editor)
    assert tab.status_label.text() == "Status: Registered"
    assert not tab.returned_button.isEnabled()

    def fill_move(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-12-01")
        press_ok(qtbot, dialog)
        assert "future" in dialog.message.text()
        type_into(qtbot, dialog.date_field.edit, "2026-03-01")
        type_into(qtbot, dialog.note_edit, "广东省深圳市")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill_move))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.moved_button)
    assert tab.status_label.text() == "Status: Moved away · since 2026-03-01"
    assert (cells(tab.model, COL_EVENT), cells(tab.model, COL_NOTE)) == (["Moved away"], ["广东省深圳市"])
    assert not tab.moved_button.isEnabled() and tab.returned_button.isEnabled()
    assert listed(ledger, StatusFilter.MOVED) == ["张秀英"]
    assert listed(ledger, StatusFilter.ACTIVE) == []
    qtmodeltester.check(tab.model)

    def fill_return(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-02-01")  # before she left
        press_ok(qtbot, dialog)
        assert "2026-03-01" in dialog.message.text()
        type_into(qtbot, dialog.date_field.edit, "2026-10-01")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill_return))
    click(qtbot, tab.returned_button)
    assert listed(ledger, StatusFilter.ACTIVE) == ["张秀英"]

    # Only the latest event can be deleted; her status steps back.
    tab.view.selectRow(0)
    assert not tab.delete_button.isEnabled()
    tab.view.selectRow(1)
    assert tab.delete_button.isEnabled()
    tab.prompts.confirm_with(lambda text: "Returned" in text)
    click(qtbot, tab.delete_button)
    assert cells(tab.model, COL_EVENT) == ["Moved away"]
    assert ledger.persons.get(ledger.her).status == "moved"


def test_child_death_recorded_and_cleared(qtbot, qtmodeltester, ledger):
    child_id = ledger.persons.get(ledger.her).draft.children[0].id
    editor = open_editor(qtbot, ledger, ledger.her, tab="child_death", record_id=child_id)
    tab = events_tab(editor)
    assert tab.children_view.selectionModel().selectedRows()[0].data(RowRole) == child_id
    assert not tab.clear_death_button.isEnabled()

    def fill(dialog):
        assert "小明" in dialog.windowTitle()
        type_into(qtbot, dialog.date_field.edit, "2015-05-01")
        press_ok(qtbot, dialog)
        assert "before the child's birth" in dialog.message.text()
        type_into(qtbot, dialog.date_field.edit, "2020-08-08")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill))
    click(qtbot, tab.child_death_button)
    assert cells(tab.children_model, COL_C_DEATH) == ["2020-08-08"]
    qtmodeltester.check(tab.children_model)
    tab.prompts.confirm_with(lambda text: "小明" in text)
    click(qtbot, tab.clear_death_button)
    assert cells(tab.children_model, COL_C_DEATH) == [""]
    assert ledger.life_events.children(ledger.her)[0].death_date is None


def test_deceased_closes_the_record(qtbot, ledger):
    editor = open_editor(qtbot, ledger, ledger.her, tab="events")
    tab = events_tab(editor)

    def fill(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-11-01")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, fill))
    click(qtbot, tab.deceased_button)
    assert tab.status_label.text() == "Status: Deceased · since 2026-11-01"
    assert not any(b.isEnabled() for b in (tab.moved_button, tab.returned_button, tab.deceased_button))
    assert listed(ledger, StatusFilter.DECEASED) == ["张秀英"]
