"""Delete a person in the editor, find her in the recycle bin, restore her."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.values.people import PersonDraft
from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.person_editor import PersonEditor
from desktop.gui.dialogs.prompts import Unsaved
from desktop.gui.dialogs.recycle_bin import RecycleBinDialog
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, make_id, open_services
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

HER_ID = make_id("110101", dt.date(1992, 8, 15), 24)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    office = services.units.add("Office")
    services.persons.create(PersonDraft(name="张秀英", id_number=HER_ID, unit_id=office))
    services.persons.create(PersonDraft(name="李娜", unit_id=office,
                                        id_number=make_id("330102", dt.date(1995, 7, 1), 36)))
    yield services
    engine.dispose()


def open_bin(qtbot, services) -> RecycleBinDialog:
    dialog = RecycleBinDialog(services.person_list, services.persons, services.recycle_bin,
                              prompts=ScriptedPrompts())  # an error box fails the test
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(dialog: RecycleBinDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_empty_bin(qtbot, ledger):
    dialog = open_bin(qtbot, ledger)
    assert rows(dialog) == []
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()


def test_delete_in_editor_then_restore_from_bin(qtbot, ledger):
    her = ledger.persons.find_id_number(HER_ID)[0]
    editor = PersonEditor(EditorServices.of(ledger), her, prompts=ScriptedPrompts(confirm=True,
                                                               unsaved=Unsaved.DISCARD))
    qtbot.addWidget(editor)
    editor.show()
    click(qtbot, editor.delete_button)
    assert not editor.isVisible()

    dialog = open_bin(qtbot, ledger)
    masked = HER_ID[:6] + "********" + HER_ID[-4:]
    assert rows(dialog) == [["张秀英", masked, "2026-11-28 09:30"]]
    assert not dialog.restore_button.isEnabled()
    rect = dialog.table.visualRect(dialog.table.model().index(0, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored) as blocker:
        click(qtbot, dialog.restore_button)
    assert blocker.args == [her]
    assert rows(dialog) == []
    assert ledger.persons.get(her).draft.name == "张秀英"
    actions = [entry.action for entry in ledger.history.for_person(her)[:2]]
    assert actions == ["restore", "delete"]


def test_most_recently_deleted_first_and_several_restored(qtbot, ledger):
    ids = [ledger.persons.find_id_number(HER_ID)[0]]
    ids.append(ledger.persons.find_id_number(make_id("330102", dt.date(1995, 7, 1), 36))[0])
    for person_id in ids:
        ledger.persons.delete(person_id)
    dialog = open_bin(qtbot, ledger)
    assert [r[0] for r in rows(dialog)] == ["李娜", "张秀英"]
    dialog.table.selectAll()
    restored = []
    dialog.restored.connect(restored.append)
    click(qtbot, dialog.restore_button)
    assert sorted(restored) == sorted(ids)
    assert ledger.person_list.deleted() == []
