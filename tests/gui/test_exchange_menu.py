"""File › Import / export from the main window: import into the person register, export all
(masked unless confirmed), the blank template, undo the last import."""

from __future__ import annotations

import threading
from dataclasses import replace

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from desktop.domain.idnumber import mask
from desktop.domain.values.exchange import SHEETS
from desktop.gui.exchange import export_actions
from desktop.gui.exchange.messages import exchange_error_text
from desktop.gui.main_window import MainWindow
from desktop.gui.models import person_table as pt
from desktop.store.models import ChangeLog, Person
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click
from tests.gui.helpers_exchange import GOOD_ROWS, LI, ZHANG, mixed_roster, roster
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

WAIT = 20_000


class Clerk(ScriptedPrompts):
    """The clerk at the window: answers the menu's questions and drives the import dialog
    when it opens (the window's Prompts)."""

    def __init__(self, qtbot):
        super().__init__()
        self.qtbot = qtbot
        self.fill_with(self.import_now)
        self.script()

    def script(self, *, file=None, save_to=None, full_ids=False, yes=True):
        """Her answers from now on; what she was asked and told before is forgotten."""
        self.yes = yes
        self.questions: list[str] = []  # the confirmations asked, in order
        self.failures: list[BaseException] = []
        self.informed.clear()
        self.summary = ""
        self.file_with(file)
        self.path_with(save_to)
        self.full_ids_with(full_ids)
        self.confirm_with(self._says_yes)
        self.errors_to(self.failures)
        return self

    @property
    def told(self) -> list[str]:
        return self.informed

    @property
    def errors(self) -> list[str]:
        return [exchange_error_text(exc) for exc in self.failures]

    def _says_yes(self, text):
        self.questions.append(text)
        return self.yes

    def import_now(self, dialog):
        """Instead of a modal exec(): wait for the check, click Import, read the summary."""
        dialog.show()
        self.qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
        with self.qtbot.waitSignal(dialog.imported, timeout=WAIT):
            click(self.qtbot, dialog.import_button)
        self.summary = dialog.status_label.text()
        dialog.close()
        return True


@pytest.fixture
def clerk(qtbot):
    return Clerk(qtbot)


@pytest.fixture
def window(qtbot, services, db_path, qsettings, clerk):
    services.user.name = "clerk"
    win = MainWindow(services, db_path, qsettings, prompts=clerk)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.exchange_ui.on_close()


def shown_names(window):
    model = window.persons_page.model
    return sorted(model.index(r, pt.COL_NAME).data() for r in range(model.rowCount()))


def import_roster(window, clerk, tmp_path):
    clerk.script(file=mixed_roster(tmp_path / "花名册.xlsx"))
    window.exchange_ui.import_action.trigger()
    return clerk


def test_the_file_menu_has_an_import_export_submenu(window):
    ui = window.exchange_ui
    file_menu = window.menuBar().actions()[0].menu()
    assert ui.menu.menuAction() in file_menu.actions()
    assert [a.text() for a in ui.menu.actions()] == [
        "&Import from Excel…", "Import &another kind of table…", "&Export all data…",
        "Import &template…", "&Undo last import…"]


def test_imported_persons_appear_in_the_person_register(qtbot, window, clerk, tmp_path):
    assert shown_names(window) == []
    import_roster(window, clerk, tmp_path)
    assert clerk.summary.startswith("Imported: 5 row(s) added")
    assert shown_names(window) == ["张秀英", "李娜"]
    combo = window.persons_page.unit_combo  # units of the file are offered at once
    assert combo.findText("城关镇", Qt.MatchFlag.MatchContains) >= 0


def test_undo_last_import_names_the_batch_and_removes_it(qtbot, window, clerk, services, tmp_path):
    town = services.units.add("城关镇")
    services.units.add("东街社区", town)
    clerk.script(file=roster(tmp_path / "花名册.xlsx", GOOD_ROWS, units=False))
    window.exchange_ui.import_action.trigger()
    assert shown_names(window) == ["张秀英", "李娜"]
    clerk.script()
    ui = window.exchange_ui
    with qtbot.waitSignal(ui.job_done, timeout=WAIT):
        ui.undo_action.trigger()
    assert len(clerk.questions) == 1
    question = clerk.questions[0]
    assert "花名册.xlsx" in question and "2026-11-28 09:30" in question and "clerk" in question
    assert "3 record(s) it added will be removed" in question  # two persons and a child
    assert clerk.errors == []
    assert clerk.told == ["The import was undone: 3 record(s) removed, 0 put back as they were."]
    assert shown_names(window) == [] and len(services.units.names()) == 2

    ui.undo_action.trigger()  # nothing left to undo
    assert clerk.told[-1] == "There is no import to undo." and len(clerk.questions) == 1


def test_undo_also_removes_the_units_the_import_added(qtbot, window, clerk, services, tmp_path):
    import_roster(window, clerk, tmp_path)  # adds 城关镇 and its 东街社区
    clerk.script()
    ui = window.exchange_ui
    with qtbot.waitSignal(ui.job_done, timeout=WAIT):
        ui.undo_action.trigger()
    assert clerk.errors == []
    assert shown_names(window) == [] and services.units.names() == {}


def test_undo_is_refused_once_the_imported_records_were_changed(qtbot, window, clerk, services,
                                                                tmp_path):
    import_roster(window, clerk, tmp_path)
    with services.factory() as session:
        person_id = session.exec(select(Person.id).where(Person.id_number == ZHANG)).one()
    draft = services.persons.get(person_id).draft
    services.persons.update(person_id, replace(draft, phone="13900001111"))  # in the editor
    clerk.script()
    ui = window.exchange_ui
    with qtbot.waitSignal(ui.job_done, timeout=WAIT):
        ui.undo_action.trigger()
    assert len(clerk.errors) == 1 and "cannot be undone" in clerk.errors[0]
    assert shown_names(window) == ["张秀英", "李娜"]  # nothing removed


def exported(path):
    book = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book}


def test_export_all_writes_every_sheet_with_masked_ids(qtbot, window, clerk, services, tmp_path):
    import_roster(window, clerk, tmp_path)
    out = tmp_path / "全部数据.xlsx"
    clerk.script(save_to=out)
    ui = window.exchange_ui
    with qtbot.waitSignal(ui.job_done, timeout=WAIT):
        ui.export_action.trigger()
    assert clerk.questions == []  # masked: no question
    sheets = exported(out)
    assert list(sheets) == list(SHEETS)
    persons = sheets["人员"]
    column = persons[0].index("身份证号")
    assert sorted(r[column] for r in persons[1:]) == sorted([mask(ZHANG), mask(LI)])
    assert clerk.told[0].startswith(f"5 row(s) written to {out}")
    assert clerk.told[0].endswith("\n单位 2, 人员 2, 子女 1")


def test_full_ids_need_a_confirmation_and_are_logged(qtbot, window, clerk, services, tmp_path):
    import_roster(window, clerk, tmp_path)
    out = tmp_path / "full.xlsx"
    clerk.script(save_to=out, full_ids=True, yes=False)
    ui = window.exchange_ui
    assert not ui.export_action.trigger() and not out.exists()
    assert "complete ID numbers" in clerk.questions[0]

    clerk.yes = True
    with qtbot.waitSignal(ui.job_done, timeout=WAIT):
        ui.export_action.trigger()
    persons = exported(out)["人员"]
    column = persons[0].index("身份证号")
    assert sorted(r[column] for r in persons[1:]) == sorted([ZHANG, LI])
    with services.factory() as session:
        logged = session.exec(select(ChangeLog).where(ChangeLog.entity == "export")).all()
    assert {(e.field, e.new_value) for e in logged} >= {("full_ids", "yes"), ("file", str(out))}


def test_cancelling_the_export_leaves_no_file(qtbot, window, clerk, services, tmp_path, monkeypatch):
    reached, go = threading.Event(), threading.Event()
    real = export_actions._export

    def held(exchange, path, full_ids, progress, should_stop):
        def stop():  # the clerk presses Cancel while the first sheet is written
            reached.set()
            go.wait(WAIT / 1000)
            return should_stop()

        return real(exchange, path, full_ids, progress, stop)

    monkeypatch.setattr(export_actions, "_export", held)
    import_roster(window, clerk, tmp_path)
    out = tmp_path / "全部数据.xlsx"
    clerk.script(save_to=out)
    ui = window.exchange_ui
    ui.export_action.trigger()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    assert not ui.export_action.trigger()  # one export at a time
    with qtbot.waitSignal(ui.job_done, timeout=WAIT):
        ui.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
        go.set()
    assert clerk.told == [] and clerk.errors == []
    assert list(tmp_path.glob("*全部数据*")) == []


def test_the_blank_template_has_every_sheet(qtbot, window, clerk, tmp_path):
    out = tmp_path / "模板.xlsx"
    clerk.script(save_to=out)
    window.exchange_ui.template_action.trigger()
    sheets = exported(out)
    assert list(sheets) == list(SHEETS)
    assert sheets["人员"][0][:4] == ["姓名", "身份证号", "出生日期", "单位"]
    assert sheets["事件"][0][:3] == ["身份证号", "事件", "日期"]
    assert not any(v is not None for rows in sheets.values() for row in rows[1:] for v in row)
    assert str(out) in clerk.told[0]
