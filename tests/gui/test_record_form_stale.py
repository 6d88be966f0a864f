"""Two clerks on the same record: the record form's save from an older read is refused with
who changed what, and the form keeps what she typed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.values.care import CheckupDraft
from desktop.gui.records.checkup_tab import CheckupTab
from desktop.services.container import build_services
from desktop.store.db import open_database
from tests.gui.conftest import TODAY
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.helpers_records import ledger_with_her, make_tab, rows

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def two_clerks(tmp_path):
    mine, engine = ledger_with_her(tmp_path)
    other_engine = open_database(tmp_path / "ledger.db")
    other = build_services(other_engine, today=lambda: TODAY)
    other.user.name = "李文书"
    yield mine, other
    other_engine.dispose()
    engine.dispose()


def test_the_refused_record_save_keeps_the_form(qtbot, two_clerks):
    mine, other = two_clerks
    rid = mine.checkups.add(mine.her, CheckupDraft(dt.date(2026, 3, 3), check_iud=True))
    tab = make_tab(qtbot, CheckupTab, mine)
    tab.select_record(rid)  # the tab read it: version 1
    theirs = other.checkups.get(rid)
    other.checkups.update(rid, CheckupDraft(theirs.date, check_iud=True, place="县医院"),
                          version=theirs.version)
    seen: dict[str, object] = {}

    def clerk(dialog) -> bool:
        dialog.show()
        type_into(qtbot, dialog.place_edit, "乡卫生院")
        type_into(qtbot, dialog.note_edit, "带环正常")
        click(qtbot, dialog.ok_button())
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        seen["kept"] = (dialog.place_edit.text(), dialog.note_edit.text())
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
        return dialog.result() == dialog.DialogCode.Accepted

    tab.prompts.fill_with(clerk)
    click(qtbot, tab.edit_button)
    assert seen["open"] is True
    assert "李文书" in seen["message"] and "Place" in seen["message"]
    assert seen["kept"] == ("乡卫生院", "带环正常")
    stored = mine.checkups.get(rid)
    assert stored.place == "县医院" and stored.note == "" and stored.version == 2
    tab.set_person(mine.her)  # read again: her save goes through
    tab.select_record(rid)

    def again(dialog) -> bool:
        dialog.show()
        type_into(qtbot, dialog.note_edit, "带环正常")
        click(qtbot, dialog.ok_button())
        return dialog.result() == dialog.DialogCode.Accepted

    tab.prompts.fill_with(again)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.edit_button)
    assert rows(tab)[0][-2:] == ["县医院", "带环正常"]
