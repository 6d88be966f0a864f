"""The change-log viewer (filters, pages, opening a person) and the settings dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qt_compat import qt_api  # noqa: F401 - pytest-qt's binding check

from desktop.gui.dialogs.change_log_dialog import ChangeLogDialog
from desktop.gui.dialogs.settings_dialog import SettingsDialog, SettingsServices
from desktop.gui.models import change_log_table
from desktop.gui.models.change_log_table import COL_ACTION, COL_NEW, COL_RECORD, PersonRole, RowRole
from desktop.services.safety.changelog import HistoryFilters
from desktop.services.settings import CLERK_NAME, OFFICE_NAME
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def open_log(qtbot, services, opened=None) -> ChangeLogDialog:
    dialog = ChangeLogDialog(services.history, None, opened.append if opened is not None else None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_filters_newest_first_and_masked(qtbot, services, sample):
    services.units.add("新村")
    dialog = open_log(qtbot, services)
    model = dialog.model
    total = services.history.count(HistoryFilters())
    assert model.rowCount() == total > 0
    ids = [model.index(r, 0).data(RowRole) for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)  # newest first
    assert model.index(0, COL_RECORD).data() == "Unit"
    text = " ".join(" ".join(row) for row in dialog.rows_text())
    her_id = services.persons.get(sample.persons["张秀英"]).draft.id_number
    assert her_id not in text and her_id[:6] + "********" + her_id[-4:] in text

    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("unit"))
    click(qtbot, dialog.apply_button)
    units = services.history.count(HistoryFilters(entity="unit"))
    assert 0 < units < total
    assert model.rowCount() == units and str(units) in dialog.message.text()
    dialog.entity_combo.setCurrentIndex(0)
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("update"))
    click(qtbot, dialog.apply_button)
    assert model.rowCount() == 0
    dialog.action_combo.setCurrentIndex(0)
    type_into(qtbot, dialog.date_from.edit, "2026-11-29")
    click(qtbot, dialog.apply_button)
    assert model.rowCount() == 0
    type_into(qtbot, dialog.date_from.edit, "2026-11-28")
    type_into(qtbot, dialog.date_to.edit, "2026-11-28")
    click(qtbot, dialog.apply_button)
    assert model.rowCount() == total
    type_into(qtbot, dialog.date_from.edit, "2026-12-01")
    click(qtbot, dialog.apply_button)
    assert "after the last day" in dialog.message.text()
    assert not dialog.view.model().flags(model.index(0, 0)) & qt_api.QtCore.Qt.ItemFlag.ItemIsEditable


def test_model_reads_pages(qtbot, services, sample, monkeypatch, qtmodeltester):
    monkeypatch.setattr(change_log_table, "PAGE_SIZE", 3)
    dialog = open_log(qtbot, services)
    model = dialog.model
    qtmodeltester.check(model)
    before = model.pages_read
    model.index(model.rowCount() - 1, COL_ACTION).data()
    assert model.pages_read == before + (1 if model.rowCount() > 3 else 0)
    assert model.index(model.rowCount() - 1, COL_ACTION).data() == "Created"


def test_double_click_opens_the_person(qtbot, services, sample):
    opened: list[int] = []
    dialog = open_log(qtbot, services, opened)
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("person"))
    click(qtbot, dialog.apply_button)
    index = dialog.model.index(0, COL_NEW)
    person_id = index.data(PersonRole)
    assert person_id in sample.persons.values()
    rect = dialog.view.visualRect(index)
    qtbot.mouseClick(dialog.view.viewport(), qt_api.QtCore.Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), qt_api.QtCore.Qt.MouseButton.LeftButton,
                      pos=rect.center())
    assert opened == [person_id]


def test_settings_dialog_sets_and_changes_the_password(qtbot, services):
    dialog = SettingsDialog(SettingsServices.of(services))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.old_password.isEnabled() and not dialog.clear_button.isEnabled()
    dialog.encrypt_check.setChecked(False)  # the window-only password (encryption: elsewhere)
    type_into(qtbot, dialog.new_password, "abcd1234")
    type_into(qtbot, dialog.repeat_password, "abcd123")
    click(qtbot, dialog.set_button)
    assert "not the same" in dialog.message.text() and not services.security.has_password()
    type_into(qtbot, dialog.new_password, "abcd1234")
    type_into(qtbot, dialog.repeat_password, "abcd1234")
    with qtbot.waitSignal(dialog.security_changed):
        click(qtbot, dialog.set_button)
    assert services.security.verify("abcd1234")
    assert dialog.old_password.isEnabled() and dialog.new_password.text() == ""
    type_into(qtbot, dialog.old_password, "wrong")
    click(qtbot, dialog.clear_button)
    assert "not correct" in dialog.message.text() and services.security.has_password()
    type_into(qtbot, dialog.office_edit, "城关镇计生办")
    type_into(qtbot, dialog.clerk_edit, "李梅")
    dialog.idle_spin.setValue(3)
    click(qtbot, dialog.ok_button)
    assert services.settings.get(OFFICE_NAME) == "城关镇计生办"
    assert services.settings.get(CLERK_NAME) == "李梅" and services.user() == "李梅"
    assert services.security.idle_minutes() == 3
    rows = services.history.page(HistoryFilters(entity="settings"), 0, 10)
    assert {r.field for r in rows} == {OFFICE_NAME, CLERK_NAME}
    assert dt.date(2026, 11, 28) == rows[0].at.date()


def test_settings_dialog_sets_the_reminder_rules(qtbot, services):
    from desktop.domain.values.reminders import ReminderKind, ReminderQuery
    from desktop.services.settings import CHECKUP_INTERVALS, SERVICE_PLACE
    from tests.helpers import draft

    services.settings.set_checkup_intervals({"key": 3, "general": 12, "postnatal": 1})
    unit = services.units.add("东街社区")
    person = services.persons.create(draft("王芳", dt.date(1990, 5, 6), unit,
                                           marital_status="first_marriage"))
    from desktop.domain.values.care import CheckupDraft

    services.checkups.add(person, CheckupDraft(date=dt.date(2025, 10, 20), check_iud=True))
    query = ReminderQuery(dt.date(2026, 11, 28))
    assert services.reminders.counts_by_kind(query)[ReminderKind.CHECKUP] == 1  # 12 months
    dialog = SettingsDialog(SettingsServices.of(services))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.reminders_box
    assert (box.key_spin.value(), box.general_spin.value()) == (3, 12)
    box.general_spin.setValue(24)
    type_into(qtbot, box.place_edit, "城关镇卫生院二楼")
    click(qtbot, dialog.ok_button)
    assert services.settings.checkup_intervals() == {"key": 3, "general": 24, "postnatal": 1}
    assert services.settings.service_place() == "城关镇卫生院二楼"
    rows = services.history.page(HistoryFilters(entity="settings"), 0, 10)
    assert {r.field for r in rows} == {CHECKUP_INTERVALS, SERVICE_PLACE}  # only what changed
    assert services.reminders.counts_by_kind(query)[ReminderKind.CHECKUP] == 0  # due 2027-10


def test_settings_dialog_chooses_a_system_font_for_pdfs(qtbot, services, tmp_path, monkeypatch):
    import shutil

    from desktop.reports import system_fonts
    from desktop.resources import font_path

    fonts = tmp_path / "Fonts"
    fonts.mkdir()
    shutil.copy(font_path(), fonts / "simhei.ttf")  # a TrueType CJK font under SimHei's name
    monkeypatch.setattr(system_fonts, "_WINDOWS_FONTS", fonts)
    monkeypatch.setattr(system_fonts.available, "__defaults__", (fonts,))
    dialog = SettingsDialog(SettingsServices.of(services))
    qtbot.addWidget(dialog)
    choice = dialog.font_choice
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Bundled font (Droid Sans Fallback)", "SimHei"]
    choice.setCurrentIndex(1)
    click(qtbot, dialog.ok_button)
    assert services.settings.pdf_font_path() == str(fonts / "simhei.ttf")
    rows = services.history.page(HistoryFilters(entity="settings"), 0, 10)
    assert [r.field for r in rows] == ["pdf_font_path"]
