"""A register page driven like a clerk: range, quick picks, unit, search, open, export."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.domain.idnumber import mask
from desktop.domain.values.registers import Register
from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.register_page import RegisterPage
from desktop.gui.pages.register_pages import page_key
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.helpers_dialogs import click, type_into
from tests.gui.scripted_prompts import ScriptedPrompts
from tests.register_sample import fill_registers

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

D = dt.date


@pytest.fixture
def filled(services):
    return fill_registers(services)


@pytest.fixture
def page(qtbot, services, filled):
    widget = RegisterPage(Register.CHECKUPS, services.registers, services.register_export,
                          services.units, services.today, prompts=ScriptedPrompts())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget
    widget.exporter.wait()


def shown_names(page):
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_opens_on_this_month(page):
    assert (page.date_from.text(), page.date_to.text()) == ("2026-11-01", "2026-11-30")
    assert page.quick_buttons["this_month"].isChecked()
    assert shown_names(page) == ["王芳"]  # her check-up of 11-01
    assert page.count_label.text() == "1 record(s)"


def test_quick_picks_and_typed_dates_change_the_range(qtbot, page):
    click(qtbot, page.quick_buttons["last_month"])
    assert shown_names(page) == ["张秀英", "王芳", "李娜"]
    assert page.quick_buttons["last_month"].isChecked()
    assert not page.quick_buttons["this_month"].isChecked()
    assert page.count_label.text() == "3 record(s)"
    type_into(qtbot, page.date_from.edit, "2026-10-15")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert shown_names(page) == ["王芳", "李娜"]
    assert not any(b.isChecked() for b in page.quick_buttons.values())
    click(qtbot, page.quick_buttons["this_year"])
    assert page.model.query().date_from == D(2026, 1, 1)
    assert page.model.rowCount() == 4


def test_an_unusable_range_keeps_the_rows_and_says_why(qtbot, page):
    click(qtbot, page.quick_buttons["last_month"])
    type_into(qtbot, page.date_from.edit, "2026-12-01")
    qtbot.waitUntil(lambda: page.range_message.text() != "")
    assert "after the end date" in page.range_message.text()
    assert page.model.rowCount() == 3
    type_into(qtbot, page.date_from.edit, "2026-13-01")
    qtbot.waitUntil(lambda: "2025-03-13" in page.range_message.text())
    type_into(qtbot, page.date_from.edit, "2026/10/31")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.range_message.text() == ""


def test_search_and_unit_filter(qtbot, page, filled):
    click(qtbot, page.quick_buttons["last_month"])
    type_into(qtbot, page.search, "zxy")
    qtbot.waitUntil(lambda: shown_names(page) == ["张秀英"])
    type_into(qtbot, page.search, "芳")
    qtbot.waitUntil(lambda: shown_names(page) == ["王芳"])
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.unit_combo.set_current_unit_id(filled.units["城关镇"])
    assert shown_names(page) == ["张秀英", "王芳"]  # 东街社区 is under 城关镇
    page.unit_combo.set_current_unit_id(filled.units["河西乡"])
    assert shown_names(page) == ["李娜"]


def test_double_click_and_enter_open_the_record(qtbot, page, filled):
    click(qtbot, page.quick_buttons["last_month"])
    rect = page.table.visualRect(page.model.index(2, 0))
    with qtbot.waitSignal(page.open_record) as opened:  # a real double-click: press, then again
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [filled.persons["李娜"], "checkups", filled.records["chk_li"]]
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.setFocus()
    with qtbot.waitSignal(page.open_record) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [filled.persons["张秀英"], "checkups", filled.records["chk_zhang"]]


def test_export_writes_the_rows_on_screen_with_masked_ids(qtbot, page, filled, tmp_path):
    click(qtbot, page.quick_buttons["last_month"])
    out = tmp_path / "三查.xlsx"
    suggested: list[str] = []
    page.exporter.prompts.path_with(lambda name: suggested.append(name) or out)
    page.exporter.prompts.full_ids_with(False)
    with qtbot.waitSignal(page.exporter.done, timeout=20000) as finished:
        click(qtbot, page.export_button)
    assert finished.args[0].rows == 3
    assert suggested == ["Check-up register_20261001-20261031.xlsx"]
    assert page.exporter.prompts.informed == [f"3 row(s) written to {out}."]
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[0][0] == "姓名"
    assert [r[1] for r in rows[1:]] == [mask(filled.ids[n]) for n in ("张秀英", "王芳", "李娜")]
    assert not page.exporter.is_running()


def test_full_ids_need_a_confirmation(qtbot, page, filled, tmp_path):
    click(qtbot, page.quick_buttons["last_month"])
    out = tmp_path / "full.xlsx"
    asked: list[str] = []
    answers = iter([False, True])
    page.exporter.prompts.path_with(out)
    page.exporter.prompts.full_ids_with(True)
    page.exporter.prompts.confirm_with(lambda text: asked.append(text) or next(answers))
    click(qtbot, page.export_button)  # declined: nothing written
    assert len(asked) == 1 and "complete ID numbers" in asked[0]
    assert not out.exists() and not page.exporter.is_running()
    with qtbot.waitSignal(page.exporter.done, timeout=20000):
        click(qtbot, page.export_button)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][1] == filled.ids["张秀英"]


def test_cancelled_questions_start_nothing(qtbot, page, tmp_path):
    page.exporter.prompts.path_with(None)
    assert page.export() is False
    page.exporter.prompts.path_with(tmp_path / "x.xlsx")
    page.exporter.prompts.full_ids_with(None)
    assert page.export() is False
    assert not (tmp_path / "x.xlsx").exists()


def test_main_window_lists_the_six_registers_and_opens_the_tab(
        qtbot, services, filled, db_path, qsettings, monkeypatch):
    from tests.gui.test_main_window import FakeDialog, fake_module

    window = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(window)
    window.show()
    keys = window.page_keys()
    start = keys.index(page_key(Register.BIRTHS))  # after 提醒, the persons and other pages
    assert keys[start:start + 6] == [page_key(r) for r in (
        Register.BIRTHS, Register.CONTRACEPTION, Register.DEATHS, Register.CHECKUPS,
        Register.PREGNANCIES, Register.SERVICES)]
    assert window.nav.item(start).text() == "Birth register"
    assert window.show_page(page_key(Register.DEATHS))
    deaths = window.register_pages[Register.DEATHS]
    deaths.set_range(D(2026, 10, 1), D(2026, 10, 31))
    assert deaths.model.rowCount() == 2
    # The clerk clears the child's death in the editor: the page shows it at once.
    fake_module(monkeypatch, "desktop.gui.dialogs.person_editor", "PersonEditor",
                lambda: services.life_events.clear_child_death(filled.records["child_death"]))
    deaths.open_record.emit(filled.persons["张秀英"], "events", filled.records["child_death"])
    assert FakeDialog.opened == [(filled.persons["张秀英"], ("default_unit_id", None),
                                  ("tab", "events"), ("record_id", filled.records["child_death"]))]
    qtbot.waitUntil(lambda: deaths.model.rowCount() == 1)  # told of the write, it reads again
    births = window.register_pages[Register.BIRTHS]
    services.persons.delete(filled.persons["王芳"])
    assert window.show_page(page_key(Register.BIRTHS))  # catches up with the write when shown
    births.set_range(D(2026, 10, 1), D(2026, 10, 31))
    assert births.model.rowCount() == 1


def test_real_editor_opens_on_the_record_tab(qtbot, services, filled):
    from desktop.gui.dialogs.person_editor import PersonEditor
    from desktop.gui.records.registry import RECORD_TABS

    assert "pregnancies" in [key for key, _module, _cls, _uses in RECORD_TABS]
    editor = PersonEditor(EditorServices.of(services), filled.persons["张秀英"], None, tab="pregnancies",
                          record_id=filled.records["pre_zhang"])
    qtbot.addWidget(editor)
    assert editor.tabs.currentWidget().key == "pregnancies"


def test_register_pages_are_built_when_first_shown(qtbot, services, db_path, qsettings):
    window = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(window)
    assert window.register_pages.built() == []  # start-up counts no register
    assert window.show_page(page_key(Register.DEATHS))
    [page] = window.register_pages.built()
    assert page.register == Register.DEATHS
    assert window.stack.currentWidget() is page
    assert window.current_page_key() == page_key(Register.DEATHS)
    assert window.register_pages[Register.BIRTHS].register == Register.BIRTHS  # asked for: built
    assert window.stack.currentWidget() is page  # and not shown
    assert window.stack.count() == len(window.page_keys())
