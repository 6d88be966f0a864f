"""Each event recorded through the person editor's real forms shows up in its register page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from desktop.domain.values.registers import Register
from desktop.gui.main_window import MainWindow
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.helpers_records import Clerk, choose, tick
from tests.gui.record_helpers import filling, open_editor, press_ok

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

D = dt.date



def record_tab(editor, key):
    tab = next(t for t in editor.record_tabs if t.key == key)
    editor.show_tab(key)
    return tab


def register_rows(qtbot, window, register):
    """(first column, whole row) of the register page for November 2026."""
    page = window.register_pages[register]
    page.set_range(D(2026, 11, 1), D(2026, 11, 30))
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_recorded_events_appear_in_their_registers(qtbot, tmp_path, ledger):
    editor = open_editor(qtbot, ledger, ledger.her)

    # A pregnancy registered in November, ended by a live birth.
    tab = record_tab(editor, "pregnancies")

    def pregnancy(dialog):
        type_into(qtbot, dialog.registered_field.edit, "2026-11-02")
        type_into(qtbot, dialog.lmp_field.edit, "2026-02-10")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, pregnancy))
    click(qtbot, tab.add_button)

    def birth(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-11-12")
        type_into(qtbot, dialog.babies[0].name_edit, "李小满")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, birth))
    click(qtbot, tab.outcome_button)

    # Contraception started, a check-up and a service in November.
    tab = record_tab(editor, "contraception")

    def contraception(dialog):
        choose(dialog.method_combo, "iud")
        type_into(qtbot, dialog.start_field.edit, "2026-11-20")

    tab.prompts.fill_with(Clerk(qtbot, contraception))
    click(qtbot, tab.add_button)

    tab = record_tab(editor, "checkups")

    def checkup(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-11-22")
        tick(qtbot, dialog.iud_box)

    tab.prompts.fill_with(Clerk(qtbot, checkup))
    click(qtbot, tab.add_button)

    tab = record_tab(editor, "services")

    def service(dialog):
        choose(dialog.type_combo, "consultation")
        type_into(qtbot, dialog.note_edit, "产后随访咨询")

    tab.prompts.fill_with(Clerk(qtbot, service))
    click(qtbot, tab.add_button)

    # Last, her death.
    tab = record_tab(editor, "events")

    def deceased(dialog):
        type_into(qtbot, dialog.date_field.edit, "2026-11-26")
        press_ok(qtbot, dialog)

    tab.prompts.fill_with(filling(qtbot, deceased))
    click(qtbot, tab.deceased_button)

    window = MainWindow(ledger, tmp_path / "ledger.db",
                        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)

    def the_row(register, *values):
        found = register_rows(qtbot, window, register)
        assert len(found) == 1, (register, found)
        assert found[0][0] == "张秀英"
        for value in values:
            assert value in found[0], (register, value, found[0])

    the_row(Register.PREGNANCIES, "2026-11-02", "2026-02-10")
    the_row(Register.BIRTHS, "李小满", "2026-11-12")
    the_row(Register.CONTRACEPTION, "2026-11-20")
    the_row(Register.CHECKUPS, "2026-11-22")
    the_row(Register.SERVICES, "2026-11-28", "产后随访咨询")
    the_row(Register.DEATHS, "2026-11-26")
