"""The main window shell: pages, menus and shortcuts, remembered state, dialogs it opens."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import sys
import types

import pytest
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel

from desktop.gui.main_window import PERSONS_PAGE, MainWindow
from desktop.gui.pages.reminders_page import PAGE_KEY as REMINDERS_PAGE


@pytest.fixture
def window(qtbot, services, sample, db_path, qsettings):
    win = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    qtbot.waitUntil(lambda: not win.reminders_page.loading())
    return win


def test_the_start_list_loads_after_the_window_is_built(qtbot, services, sample, db_path,
                                                       qsettings):
    win = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(win)
    page = win.reminders_page
    # Built without the list: the reminder query runs on a worker (0.5 s at 100,000 women).
    assert page.loading() and page.model.rowCount() == 0
    assert page.count_label.text() == "Reading the reminders due as of 2026-11-28…"  # says what
    qtbot.waitUntil(lambda: not page.loading())
    assert page.model.rowCount() == 1
    assert win.nav.item(0).text() == "Reminders (1)"


def test_starts_on_the_reminders_and_shows_the_data_file(window, db_path):
    assert window.page_keys()[:2] == [REMINDERS_PAGE, PERSONS_PAGE]
    assert window.current_page_key() == REMINDERS_PAGE
    assert window.stack.currentWidget() is window.reminders_page
    assert window.nav.item(0).text() == "Reminders (1)"  # 张秀英, married, never checked
    assert window.show_page(PERSONS_PAGE)
    assert window.persons_page.model.rowCount() == 4
    assert str(db_path) in window.path_label.text()
    assert str(db_path) in window.about_text()


def test_a_hidden_reminders_page_recounts_on_a_worker_after_an_edit(qtbot, window, services,
                                                                   sample):
    from desktop.domain.values.care import CheckupDraft

    assert window.show_page(PERSONS_PAGE)
    page = window.reminders_page
    services.checkups.add(sample.persons["张秀英"],
                          CheckupDraft(date=dt.date(2026, 11, 20), check_iud=True))
    # Told of the write, the hidden page reads its count on a worker, not on the UI thread.
    with qtbot.waitSignal(page.title_changed, timeout=10_000):
        qtbot.waitUntil(page.loading, timeout=2000)
    qtbot.waitUntil(lambda: not page.loading())
    assert not page.isVisible()
    assert window.nav.item(0).text() == "Reminders (0)" and page.model.rowCount() == 0


def test_a_write_after_the_window_closed_starts_no_reading(qtbot, window, services, sample):
    from desktop.domain.values.care import CheckupDraft

    qtbot.waitUntil(lambda: not window.reminders_page.loading())
    window.close()
    # The backup on exit (or any late write) is announced after the close: no page reads
    # again on a worker that would outlive the window.
    services.checkups.add(sample.persons["张秀英"],
                          CheckupDraft(date=dt.date(2026, 11, 20), check_iud=True))
    qtbot.wait(50)
    assert not window.reminders_page.loading()
    assert window.overview_page.worker is None and window.report_page.worker is None


def test_menu_shortcuts(window):
    shortcuts = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText): a
                 for a in (window.new_action, window.find_action, window.quit_action)}
    assert set(shortcuts) == {"Ctrl+N", "Ctrl+F", "Ctrl+Q"}
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Help"]
    file_menu = window.menuBar().actions()[0].menu()
    assert window.units_action in file_menu.actions()
    assert window.recycle_action in file_menu.actions()


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    with qtbot.waitActive(window):
        window.activateWindow()
    window.persons_page.table.setFocus()
    qtbot.keyClick(window, "f", modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.persons_page.search.hasFocus()


def test_ctrl_q_closes_the_window(qtbot, window):
    with qtbot.waitActive(window):
        window.activateWindow()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_an_added_page_is_one_call_and_the_window_always_opens_on_the_reminders(qtbot, services, db_path, qsettings):
    win = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(win)
    win.add_page("later", "Later", QLabel("later page"))
    assert win.page_keys()[0] == REMINDERS_PAGE and win.page_keys()[-1] == "later"
    assert win.show_page("later")
    assert win.stack.currentWidget().text() == "later page"
    assert not win.show_page("nonexistent")
    win.setGeometry(40, 50, 700, 520)
    win.close()
    assert qsettings.value("main_window/page") is None

    again = MainWindow(services, db_path, QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.add_page("later", "Later", QLabel("later page"))
    again.restore_state()  # pages of later issues are added before the state is restored
    assert again.current_page_key() == REMINDERS_PAGE  # not the last page used
    assert (again.width(), again.height()) == (700, 520)


def test_unknown_remembered_page_falls_back_to_the_reminders(qtbot, services, db_path, qsettings):
    qsettings.setValue("main_window/page", "gone")
    qsettings.setValue("main_window/geometry", b"garbage")
    win = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(win)
    assert win.current_page_key() == REMINDERS_PAGE


class FakeDialog(QDialog):
    opened: list[tuple] = []
    saved = Signal(int)
    changed = Signal()
    restored = Signal(int)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(args[-1])
        FakeDialog.opened.append(args[1:-1] + tuple(kwargs.items()))

    def exec(self) -> int:  # what the clerk does in the dialog: change the data
        self.on_exec()
        return QDialog.DialogCode.Accepted

    def on_exec(self) -> None:
        pass


def fake_module(monkeypatch, name: str, cls_name: str, on_exec) -> None:
    cls = type(cls_name, (FakeDialog,), {"on_exec": lambda self: on_exec()})
    module = types.ModuleType(name)
    setattr(module, cls_name, cls)
    monkeypatch.setitem(sys.modules, name, module)
    FakeDialog.opened = []


def test_new_person_opens_the_editor_and_refreshes(qtbot, window, services, sample, monkeypatch):
    fake_module(monkeypatch, "desktop.gui.dialogs.person_editor", "PersonEditor",
                lambda: sample.add(f"孙倩{len(FakeDialog.opened)}", "河西乡", dt.date(1999, 9, 9),
                                   80 + len(FakeDialog.opened)))
    qtbot.keyClick(window.persons_page.table, "n", modifier=Qt.KeyboardModifier.ControlModifier)
    assert FakeDialog.opened == [(None, ("default_unit_id", None))]
    assert window.persons_page.model.rowCount() == 5
    window.persons_page.unit_combo.set_current_unit_id(sample.units["河西乡"])
    window.new_action.trigger()
    assert FakeDialog.opened[-1] == (None, ("default_unit_id", sample.units["河西乡"]))
    assert window.persons_page.model.rowCount() == 3  # 李娜 and the two new ones


def test_double_click_opens_the_editor_for_that_person(qtbot, window, sample, monkeypatch):
    fake_module(monkeypatch, "desktop.gui.dialogs.person_editor", "PersonEditor", lambda: None)
    window.persons_page.open_person.emit(sample.persons["王芳"])
    assert FakeDialog.opened == [(sample.persons["王芳"], ("default_unit_id", None))]


def test_units_dialog_reloads_the_unit_filter(window, services, monkeypatch):
    added: list[int] = []
    fake_module(monkeypatch, "desktop.gui.dialogs.units_dialog", "UnitsDialog",
                lambda: added.append(services.units.add("新村")))
    window.units_action.trigger()
    assert FakeDialog.opened == [()]
    assert window.persons_page.unit_combo.findData(added[0]) >= 0


def test_recycle_bin_restores_into_the_list(window, services, sample, monkeypatch):
    services.persons.delete(sample.persons["王芳"])
    window.persons_page.refresh()
    assert window.persons_page.model.rowCount() == 3
    fake_module(monkeypatch, "desktop.gui.dialogs.recycle_bin", "RecycleBinDialog",
                lambda: services.persons.restore(sample.persons["王芳"]))
    window.recycle_action.trigger()
    assert window.persons_page.model.rowCount() == 4


def test_real_dialog_modules_have_the_agreed_names():
    """The shell imports its dialogs lazily: their modules must have the names it uses."""
    for module, name in (("person_editor", "PersonEditor"), ("units_dialog", "UnitsDialog"),
                         ("recycle_bin", "RecycleBinDialog"), ("first_run", "FirstRunDialog")):
        mod = importlib.import_module(f"desktop.gui.dialogs.{module}")
        assert issubclass(getattr(mod, name), QDialog)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_menu_accelerators_are_unique(qapp, services, db_path, qsettings, lang):
    from PySide6.QtCore import QTranslator

    from desktop.i18n import CATALOG
    from desktop.resources import resource_path

    translator = QTranslator()
    if lang != "en":
        assert translator.load(str(resource_path("translations", f"{CATALOG}_{lang}.qm")))
        qapp.installTranslator(translator)
    try:
        window = MainWindow(services, db_path, qsettings)
        for menu_action in window.menuBar().actions():
            keys = [re.search(r"&(\w)", a.text()).group(1).lower()
                    for a in menu_action.menu().actions() if "&" in a.text()]
            assert len(keys) == len(set(keys)), (menu_action.text(), keys)
        window.close()
        window.deleteLater()
    finally:
        qapp.removeTranslator(translator)
