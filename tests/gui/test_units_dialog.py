"""The units dialog: add, rename, move, and delete only when empty."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.values.people import PersonDraft
from desktop.errors import ConflictError
from desktop.gui.dialogs.units_dialog import UNIT_ID_ROLE, UnitsDialog
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, make_id, open_services
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    services.units.add("Office")
    yield services
    engine.dispose()


@pytest.fixture
def dialog(qtbot, ledger):
    prompts = ScriptedPrompts()  # any question not scripted by the test fails it
    dialog = UnitsDialog(ledger.units, prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.errors = []
    prompts.errors_to(dialog.errors)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_unit(qtbot, dialog: UnitsDialog, name: str) -> None:
    """Click the unit's row in the tree, as the clerk would."""
    found = [i for i in dialog.model.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)]
    assert len(found) == 1, name
    index = found[0].index()
    dialog.view.scrollTo(index)
    rect = dialog.view.visualRect(index)
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_id() == index.data(UNIT_ID_ROLE)


def test_add_sub_units_and_rename(qtbot, dialog, ledger):
    assert not dialog.rename_button.isEnabled()  # nothing chosen yet
    click_unit(qtbot, dialog, "Office")
    dialog.prompts.text_with("East community")
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.add_button)
    assert dialog.names() == ["Office", "  East community"]
    assert dialog.selected_id() == ledger.units.find_by_name("East community").id

    dialog.prompts.text_with(lambda shown: shown.replace("East", "West"))
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.rename_button)
    assert dialog.names() == ["Office", "  West community"]
    assert dialog.model.findItems("West community", Qt.MatchFlag.MatchRecursive)


def test_duplicate_name_is_shown_not_added(qtbot, dialog, ledger):
    click_unit(qtbot, dialog, "Office")
    dialog.prompts.text_with("Office")
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.add_button)
    assert len(dialog.errors) == 1 and "already a unit named Office" in str(dialog.errors[0])
    assert dialog.names() == ["Office"]


def test_move_under_another_unit(qtbot, dialog, ledger):
    office = ledger.units.find_by_name("Office").id
    ledger.units.add("Town", office)
    ledger.units.add("Village", office)
    dialog.reload()
    click_unit(qtbot, dialog, "Village")
    offered = []

    def choose(items):
        offered.extend(items)
        return items.index("\u3000Town")

    dialog.prompts.item_with(choose)
    click(qtbot, dialog.move_button)
    assert dialog.names() == ["Office", "  Town", "    Village"]
    assert "Village" not in " ".join(offered)  # never under itself


def test_delete_refused_while_a_person_belongs_to_it(qtbot, dialog, ledger):
    office = ledger.units.find_by_name("Office").id
    east = ledger.units.add("East community", office)
    ledger.persons.create(PersonDraft(name="张秀英", unit_id=east,
                                      id_number=make_id("330102", dt.date(1990, 3, 7), 12)))
    dialog.reload()
    click_unit(qtbot, dialog, "East community")
    dialog.prompts.confirm_with(True)
    click(qtbot, dialog.delete_button)
    assert len(dialog.errors) == 1
    assert isinstance(dialog.errors[0], ConflictError)
    assert "East community" in str(dialog.errors[0]) and "1 persons" in str(dialog.errors[0])
    assert dialog.names() == ["Office", "  East community"]

    click_unit(qtbot, dialog, "Office")  # has a sub-unit: refused too
    click(qtbot, dialog.delete_button)
    assert "sub-units" in str(dialog.errors[1])


def test_delete_empty_unit_after_confirmation(qtbot, dialog, ledger):
    ledger.units.add("Empty", ledger.units.find_by_name("Office").id)
    dialog.reload()
    click_unit(qtbot, dialog, "Empty")
    dialog.prompts.confirm_with(False)
    click(qtbot, dialog.delete_button)
    assert dialog.names() == ["Office", "  Empty"]
    dialog.prompts.confirm_with(lambda text: "Empty" in text)
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.delete_button)
    assert dialog.names() == ["Office"]
    assert dialog.errors == []
