"""The person editor driven like a clerk: typing, clicking, answering questions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget

from desktop.domain.enums import MaritalStatus
from desktop.domain.values.people import PersonDraft
from desktop.errors import ValidationError
from desktop.gui.dialogs.person_editor import TAB_BASIC, TAB_CHILDREN, TAB_MARRIAGE, PersonEditor
from desktop.gui.dialogs.prompts import Unsaved
from desktop.gui.widgets.date_field import DateField
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, make_id, open_services, type_into
from tests.gui.record_helpers import open_editor

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

HER_ID = make_id("330102", dt.date(1990, 3, 7), 12)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    office = services.units.add("Office")
    services.units.add("East community", office)
    yield services
    engine.dispose()


def unit_id(services, name: str) -> int:
    node = services.units.find_by_name(name)
    assert node is not None
    return node.id


def fill_basic(qtbot, editor: PersonEditor, name: str, number: str, unit: int) -> None:
    type_into(qtbot, editor.form.texts["name"], name)
    type_into(qtbot, editor.form.id_field.edit, number)
    combo = editor.form.unit_combo
    combo.setCurrentIndex(combo.findData(unit))


def test_create_person_through_the_editor(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    fill_basic(qtbot, editor, "张秀英", HER_ID, unit_id(ledger, "East community"))
    field = editor.form.id_field
    assert (field.birth_view.text(), field.age_view.text()) == ("1990-03-07", "36")
    assert field.sex_view.text() == "Female"
    type_into(qtbot, editor.form.texts["phone"], "13800001234")
    editor.tabs.setCurrentIndex(TAB_MARRIAGE)
    combo = editor.form.combos["marital_status"]
    combo.setCurrentIndex(combo.findData(MaritalStatus.FIRST_MARRIAGE.value))
    type_into(qtbot, editor.form.dates["marriage_date"].edit, "2015年5月1日")
    type_into(qtbot, editor.form.texts["spouse_name"], "李强")

    with qtbot.waitSignal(editor.saved) as blocker:
        click(qtbot, editor.save_close_button)
    assert editor.result() == editor.DialogCode.Accepted
    person_id = blocker.args[0]
    record = ledger.persons.get(person_id)
    assert record.draft.name == "张秀英"
    assert record.draft.id_number == HER_ID
    assert record.draft.phone == "13800001234"
    assert record.draft.marriage_date == dt.date(2015, 5, 1)
    assert record.draft.spouse_name == "李强"
    assert record.draft.registered_on == dt.date(2026, 11, 28)  # today by default
    assert record.draft.unit_id == unit_id(ledger, "East community")


def test_id_number_is_normalised_while_typing(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    full_width = HER_ID[:6].translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    type_into(qtbot, editor.form.id_field.edit, full_width + " " + HER_ID[6:])
    assert editor.form.id_field.edit.text() == HER_ID
    assert editor.form.id_field.birth_view.text() == "1990-03-07"


def test_male_id_is_refused_and_nothing_saved(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    male = make_id("330102", dt.date(1988, 1, 2), 31, female=False)
    fill_basic(qtbot, editor, "王伟", male, unit_id(ledger, "East community"))
    assert "belongs to a man" in editor.form.id_field.message.text()
    editor.tabs.setCurrentIndex(TAB_MARRIAGE)

    click(qtbot, editor.save_close_button)
    assert editor.isVisible()
    assert "belongs to a man" in editor.message.text()
    assert editor.tabs.currentIndex() == TAB_BASIC
    assert editor.focusWidget() is editor.form.id_field.edit
    assert ledger.persons.count_all() == 0
    assert editor.form.texts["name"].text() == "王伟"  # what she typed is kept


def test_duplicate_id_names_the_existing_person(qtbot, ledger):
    first = ledger.persons.create(PersonDraft(name="张秀英", id_number=HER_ID,
                                              unit_id=unit_id(ledger, "Office")))
    editor = open_editor(qtbot, ledger)
    fill_basic(qtbot, editor, "张秀", HER_ID, unit_id(ledger, "East community"))
    click(qtbot, editor.save_button)
    assert "张秀英" in editor.message.text()
    assert "already registered" in editor.message.text()
    assert editor.person_id is None
    assert ledger.persons.count_all() == 1
    assert ledger.persons.find_id_number(HER_ID)[0] == first


def test_old_15_digit_id_is_offered_for_conversion(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    old = HER_ID[:6] + HER_ID[8:17]  # 15 digits: two-digit year, no check character
    fill_basic(qtbot, editor, "张秀英", old, unit_id(ledger, "East community"))
    field = editor.form.id_field
    assert field.convert_button.isVisibleTo(editor)
    assert HER_ID in field.message.text()
    click(qtbot, field.convert_button)
    assert field.edit.text() == HER_ID
    assert not field.convert_button.isVisibleTo(editor)
    assert field.birth_view.text() == "1990-03-07"


def test_saving_a_15_digit_id_asks_to_convert(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    questions = []
    editor.prompts.confirm_with(lambda text: questions.append(text) or True)
    fill_basic(qtbot, editor, "张秀英", HER_ID[:6] + HER_ID[8:17], unit_id(ledger, "Office"))
    click(qtbot, editor.save_button)
    assert len(questions) == 1 and HER_ID in questions[0]
    assert ledger.persons.get(editor.person_id).draft.id_number == HER_ID


def test_spouse_15_digit_id_is_converted_in_the_spouse_field(qtbot, ledger):
    husband = make_id("330102", dt.date(1988, 1, 2), 31, female=False)
    editor = open_editor(qtbot, ledger)
    editor.prompts.confirm_with(lambda text: husband in text)
    fill_basic(qtbot, editor, "张秀英", HER_ID, unit_id(ledger, "Office"))
    type_into(qtbot, editor.form.texts["spouse_id_number"], husband[:6] + husband[8:17])
    click(qtbot, editor.save_button)
    draft = ledger.persons.get(editor.person_id).draft
    assert (draft.id_number, draft.spouse_id_number) == (HER_ID, husband)


def test_error_on_another_tab_switches_there_and_keeps_data(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    fill_basic(qtbot, editor, "张秀英", HER_ID, unit_id(ledger, "Office"))
    type_into(qtbot, editor.form.dates["marriage_date"].edit, "2015-05-01")  # but single
    click(qtbot, editor.save_button)
    assert editor.tabs.currentIndex() == TAB_MARRIAGE
    assert editor.focusWidget() is editor.form.dates["marriage_date"].edit
    assert "single" in editor.message.text()
    assert ledger.persons.count_all() == 0
    assert editor.form.dates["marriage_date"].text() == "2015-05-01"


def test_unreadable_date_is_reported_not_dropped(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    fill_basic(qtbot, editor, "张秀英", HER_ID, unit_id(ledger, "Office"))
    type_into(qtbot, editor.form.dates["registered_on"].edit, "2025-02-30")
    click(qtbot, editor.save_button)
    assert "2025-02-30" in editor.message.text()
    assert editor.focusWidget() is editor.form.dates["registered_on"].edit
    assert ledger.persons.count_all() == 0


def test_edit_shows_in_history(qtbot, ledger):
    person_id = ledger.persons.create(PersonDraft(name="张秀英", id_number=HER_ID, phone="13800001234",
                                                  unit_id=unit_id(ledger, "Office")))
    editor = open_editor(qtbot, ledger, person_id)
    assert editor.form.texts["phone"].text() == "13800001234"
    type_into(qtbot, editor.form.texts["phone"], "13900005678")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    rows = editor.history_panel.rows_text()
    assert ["Person", "Phone", "13800001234 → 13900005678"] == rows[0][2:]
    assert rows[0][1] == "clerk"
    assert all(HER_ID not in " ".join(row) for row in rows)  # ID numbers are masked
    assert ledger.persons.get(person_id).draft.phone == "13900005678"


def test_children_added_through_the_child_form(qtbot, ledger):
    def fill_child(dialog):
        type_into(qtbot, dialog.name_edit, names.pop(0))
        type_into(qtbot, dialog.birth_field.edit, births.pop(0))
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        assert dialog.result() == dialog.DialogCode.Accepted
        return True

    names, births = ["小二", "小大"], ["2020/6/1", "2016.2.3"]
    editor = open_editor(qtbot, ledger)
    editor.prompts.fill_with(fill_child)
    fill_basic(qtbot, editor, "张秀英", HER_ID, unit_id(ledger, "Office"))
    editor.tabs.setCurrentIndex(TAB_CHILDREN)
    click(qtbot, editor.children_panel.add_button)
    click(qtbot, editor.children_panel.add_button)
    model = editor.children_panel.model
    orders = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert orders == {"小二": "2", "小大": "1"}  # birth order follows the birth dates
    click(qtbot, editor.save_button)
    kids = ledger.persons.get(editor.person_id).draft.children
    assert [(k.name, k.birth_order) for k in kids] == [("小大", 1), ("小二", 2)]


def test_child_error_goes_to_the_children_tab(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    fill_basic(qtbot, editor, "张秀英", HER_ID, unit_id(ledger, "Office"))
    children = [("小大", "2016-02-03"), ("小二", "1995-01-01")]  # the second before she was 12
    def fill_child(dialog):
        name, birth = children.pop(0)
        type_into(qtbot, dialog.name_edit, name)
        type_into(qtbot, dialog.birth_field.edit, birth)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        return dialog.result() == dialog.DialogCode.Accepted

    editor.prompts.fill_with(fill_child)
    click(qtbot, editor.children_panel.add_button)
    click(qtbot, editor.children_panel.add_button)
    editor.children_panel.select_row(0)
    click(qtbot, editor.save_button)
    assert editor.tabs.currentIndex() == TAB_CHILDREN
    assert editor.children_panel.selected_row() == 1
    assert "Child 2" in editor.message.text()
    assert ledger.persons.count_all() == 0


def test_closing_with_changes_asks_and_cancel_keeps_everything(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    answers = [Unsaved.CANCEL, Unsaved.CANCEL, Unsaved.DISCARD]
    asked = []
    editor.prompts.unsaved_with(lambda _text: asked.append(1) or answers.pop(0))
    type_into(qtbot, editor.form.texts["name"], "张秀英")

    qtbot.keyClick(editor.form.texts["name"], Qt.Key.Key_Escape)
    assert editor.isVisible() and len(asked) == 1
    click(qtbot, editor.cancel_button)
    assert editor.isVisible() and len(asked) == 2
    assert editor.form.texts["name"].text() == "张秀英"
    editor.close()
    assert not editor.isVisible() and len(asked) == 3
    assert ledger.persons.count_all() == 0


def test_closing_with_changes_can_save(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    editor.prompts.unsaved_with(Unsaved.SAVE)
    fill_basic(qtbot, editor, "张秀英", HER_ID, unit_id(ledger, "Office"))
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.form.texts["name"], Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert ledger.persons.count_all() == 1


def test_closing_untouched_does_not_ask(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    editor.prompts.unsaved_with(lambda _text: pytest.fail("asked without changes"))
    click(qtbot, editor.cancel_button)
    assert not editor.isVisible()


def test_delete_asks_then_moves_to_recycle_bin(qtbot, ledger):
    person_id = ledger.persons.create(PersonDraft(name="张秀英", id_number=HER_ID,
                                                  unit_id=unit_id(ledger, "Office")))
    editor = open_editor(qtbot, ledger, person_id)
    editor.prompts.confirm_with(False)
    click(qtbot, editor.delete_button)
    assert editor.isVisible() and ledger.person_list.deleted() == []
    editor.prompts.confirm_with(lambda text: "张秀英" in text)
    with qtbot.waitSignal(editor.deleted):
        click(qtbot, editor.delete_button)
    assert not editor.isVisible()
    assert [row[0] for row in ledger.person_list.deleted()] == [person_id]


def test_new_person_cannot_be_deleted(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    assert not editor.delete_button.isEnabled()
    assert not editor.tabs.isTabEnabled(4)


@pytest.mark.parametrize("typed", ["2025-03-13", "2025/3/13", "2025.3.13", "2025年3月13日", "20250313"])
def test_date_field_reads_the_ways_a_clerk_types(qtbot, typed):
    field = DateField()
    qtbot.addWidget(field)
    type_into(qtbot, field.edit, typed)
    assert field.date("registered_on") == dt.date(2025, 3, 13)
    field.edit.editingFinished.emit()
    assert field.edit.text() == "2025-03-13"


def test_date_field_blank_and_unreadable(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    assert field.date() is None
    type_into(qtbot, field.edit, "2025-13-01")
    with pytest.raises(ValidationError) as caught:
        field.date("arrival_date")
    assert caught.value.field == "arrival_date"
    assert field.edit.text() == "2025-13-01"  # never cleared behind the clerk's back


def test_partial_id_shows_progress(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    type_into(qtbot, editor.form.id_field.edit, "3301021990")
    assert editor.form.id_field.message.text() == "10 of 18 characters typed."
    assert editor.form.id_field.birth_view.text() == ""


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_date_field_calendar_pick(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    type_into(qtbot, field.edit, "2024-02-01")
    click(qtbot, field.button)
    calendar = field._menu.findChild(QCalendarWidget)
    assert calendar.selectedDate() == QDate(2024, 2, 1)
    calendar.clicked.emit(QDate(2024, 2, 29))
    assert field.date() == dt.date(2024, 2, 29)


def test_her_id_number_is_masked_until_shown_and_showing_is_logged(qtbot, ledger):
    her = ledger.persons.create(PersonDraft(name="张秀英", id_number=HER_ID,
                                            unit_id=unit_id(ledger, "Office")))
    editor = open_editor(qtbot, ledger, her)
    field = editor.form.id_field
    assert field.edit.text() == HER_ID[:6] + "********" + HER_ID[-4:]
    assert field.edit.isReadOnly() and field.is_masked()
    assert field.birth_view.text() == "1990-03-07"  # the facts still come from the number
    assert not editor.is_dirty()
    assert not any(e.action == "show_id" for e in ledger.history.for_person(her))

    click(qtbot, field.show_button)
    assert field.edit.text() == HER_ID and not field.edit.isReadOnly()
    assert not field.show_button.isVisibleTo(editor)
    assert not editor.is_dirty()  # seeing the number is not a change
    shown = [e for e in ledger.history.for_person(her) if e.action == "show_id"]
    assert len(shown) == 1 and shown[0].field == "id_number"

    type_into(qtbot, editor.form.texts["phone"], "13800001234")
    click(qtbot, editor.save_button)
    assert field.edit.text() == HER_ID  # stays shown in this editor after a save
    assert len([e for e in ledger.history.for_person(her) if e.action == "show_id"]) == 1
