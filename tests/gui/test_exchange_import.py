"""The import dialog driven like a clerk: pick a workbook, read the preview, import, cancel,
save the rejected rows and import them again once corrected."""

from __future__ import annotations

import hashlib
import threading

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from sqlmodel import select

from desktop.domain.values.people import PersonDraft
from desktop.gui.exchange import import_dialog
from desktop.gui.exchange.import_dialog import ImportDialog
from desktop.gui.exchange.messages import exchange_error_text
from desktop.gui.exchange.problem_table import (
    COL_COLUMN,
    COL_REASON,
    COL_ROW,
    COL_SHEET,
    COL_VALUE,
    ProblemRole,
)
from desktop.store.models import Person
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click
from tests.gui.helpers_exchange import CHEN, LI, WANG, ZHANG, ZHAO, mixed_roster, roster
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

WAIT = 20_000  # ms; two cores shared with other test runs


@pytest.fixture
def dialog(qtbot, services):
    widget = ImportDialog(services.exchange, prompts=ScriptedPrompts())
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget
    widget._stop_work()


def answer(dialog, *, file=None, save_to=None) -> list[BaseException]:
    """The clerk's answers to the dialog's file choosers from now on; the errors she is
    shown are collected in the list returned."""
    errors: list[BaseException] = []
    dialog.prompts.file_with(file)
    dialog.prompts.path_with(save_to)
    dialog.prompts.errors_to(errors)
    return errors


def choose(qtbot, dialog, path):
    answer(dialog, file=path)
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.choose_button)


def import_now(qtbot, dialog):
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.import_button)


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def person_names(services):
    with services.factory() as session:
        return sorted(p.name for p in session.exec(select(Person)).all())


def file_hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_preview_counts_each_sheet_and_lists_every_problem(qtbot, qtmodeltester, dialog,
                                                              services, tmp_path):
    choose(qtbot, dialog, mixed_roster(tmp_path / "花名册.xlsx"))

    assert table(dialog.panel.counts_model) == [
        ["单位", "2", "2", "0", "0", "0"],
        ["人员", "5", "2", "0", "0", "3"],
        ["子女", "1", "1", "0", "0", "0"],
        ["Total", "8", "5", "0", "0", "3"],
    ]
    rows = table(dialog.panel.problem_model)
    assert [r[:COL_VALUE] for r in rows] == [
        ["人员", "4", "身份证号"], ["人员", "5", "类别"], ["人员", "6", "登记日期"]]
    assert rows[0][COL_VALUE].startswith("330102198501203")  # what Excel kept of it
    assert "format the column as Text" in rows[0][COL_REASON]
    assert rows[1][COL_VALUE] == "外星" and "常住 / 流入 / 流出" in rows[1][COL_REASON]
    assert rows[2][COL_VALUE] == "03/13/2025" and "2025-03-13" in rows[2][COL_REASON]
    assert dialog.panel.problems_label.text() == "Problems found: 3"
    assert dialog.status_label.text() == "Ready: 5 row(s) to add, 0 to update, 3 rejected."
    assert dialog.import_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.panel.hint_label.isVisible() and not dialog.progress.isVisible()
    assert person_names(services) == []  # the check writes nothing
    dialog.panel.problem_view.selectRow(1)  # the selected problem in full, as the CLI says it
    assert dialog.panel.detail_label.text() == (
        "人员:5:类别: Unknown value: use one of 常住 / 流入 / 流出.")
    qtmodeltester.check(dialog.panel.counts_model)
    qtmodeltester.check(dialog.panel.problem_model)


def test_the_problem_list_sorts_by_any_column(qtbot, dialog, tmp_path):
    choose(qtbot, dialog, mixed_roster(tmp_path / "in.xlsx"))
    header = dialog.panel.problem_view.horizontalHeader()
    model = dialog.panel.problem_model

    def column(c):
        return [model.index(r, c).data() for r in range(model.rowCount())]

    def click_header(c):
        x = header.sectionViewportPosition(c) + header.sectionSize(c) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    dialog.panel.problem_view.selectRow(2)  # 登记日期: the selection follows its row
    click_header(COL_COLUMN)
    first = column(COL_COLUMN)
    assert first == sorted(first) != ["身份证号", "类别", "登记日期"]  # not the file's order
    click_header(COL_COLUMN)
    assert column(COL_COLUMN) == first[::-1]
    selected = dialog.panel.problem_view.selectionModel().selectedRows()
    assert [model.index(i.row(), COL_COLUMN).data() for i in selected] == ["登记日期"]
    dialog.panel.problem_view.sortByColumn(COL_ROW, Qt.SortOrder.DescendingOrder)
    assert column(COL_ROW) == ["6", "5", "4"]
    dialog.panel.problem_view.sortByColumn(COL_SHEET, Qt.SortOrder.AscendingOrder)
    assert column(COL_ROW) == ["4", "5", "6"]  # one sheet: rows in order
    assert model.index(0, 0).data(ProblemRole).sheet == "人员"


def test_import_writes_the_good_rows_and_says_what_it_did(qtbot, dialog, services, tmp_path):
    choose(qtbot, dialog, mixed_roster(tmp_path / "in.xlsx"))
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as imported:
        click(qtbot, dialog.import_button)

    assert person_names(services) == ["张秀英", "李娜"]
    assert sum(imported.args[0].added.values()) == 5
    text = dialog.status_label.text()
    assert text.startswith("Imported: 5 row(s) added, 0 updated.")
    assert "单位 2, 人员 2, 子女 1" in text and "Undo last import" in text
    assert not dialog.import_button.isEnabled()  # once only
    assert not dialog.update_box.isEnabled()
    assert dialog.save_button.isEnabled()  # the rejected rows can still be saved


def test_cancel_during_the_import_leaves_the_ledger_as_it_was(qtbot, dialog, services, db_path,
                                                             tmp_path, monkeypatch):
    reached, go = threading.Event(), threading.Event()
    real = import_dialog._import

    def held(exchange, preview, progress, should_stop):
        calls = []

        def stop():  # the first chunk (units) is written, then the clerk clicks Cancel
            calls.append(1)
            if len(calls) == 2:
                reached.set()
                go.wait(WAIT / 1000)
            return should_stop()

        return real(exchange, preview, progress, stop)

    monkeypatch.setattr(import_dialog, "_import", held)
    choose(qtbot, dialog, mixed_roster(tmp_path / "in.xlsx"))
    services.engine.dispose()  # nothing cached: compare the file itself
    before = file_hash(db_path)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.cancel_button)
        go.set()

    assert dialog.status_label.text() == "The import was cancelled; nothing was written."
    services.engine.dispose()
    assert file_hash(db_path) == before
    assert person_names(services) == [] and services.units.names() == {}
    assert dialog.import_button.isEnabled()  # she may try again
    import_now(qtbot, dialog)
    assert person_names(services) == ["张秀英", "李娜"]


def test_rejected_rows_saved_corrected_and_imported_again(qtbot, dialog, services, tmp_path):
    choose(qtbot, dialog, mixed_roster(tmp_path / "in.xlsx"))
    import_now(qtbot, dialog)
    rejected = tmp_path / "rejected.xlsx"
    answer(dialog, save_to=rejected)
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.save_button)
    assert dialog.status_label.text() == "3 rejected row(s) saved."

    book = openpyxl.load_workbook(rejected)
    sheet = book["人员"]
    rows = list(sheet.values)
    assert rows[0][-1] == "原因" and [r[0] for r in rows[1:]] == ["王芳", "陈静", "赵丽"]
    assert "format the column as Text" in rows[1][-1] and "类别" in rows[2][-1]
    for row, (column, value) in enumerate(((2, WANG), (4, "流出"), (5, "2025-03-13")), start=2):
        sheet.cell(row, column).value = value  # what the clerk types in Excel
    sheet.cell(2, 2).number_format = "@"
    book.save(rejected)

    choose(qtbot, dialog, rejected)
    assert table(dialog.panel.counts_model) == [["人员", "3", "3", "0", "0", "0"]]
    import_now(qtbot, dialog)
    assert person_names(services) == ["张秀英", "李娜", "王芳", "赵丽", "陈静"]
    with services.factory() as session:
        ids = {p.name: p.id_number for p in session.exec(select(Person)).all()}
    assert (ids["王芳"], ids["陈静"], ids["赵丽"]) == (WANG, CHEN, ZHAO)


def test_persons_already_in_the_ledger_are_updated_only_when_ticked(qtbot, dialog, services,
                                                                    sample, tmp_path):
    # 张秀英 is in the sample ledger; the file gives her a registration date.
    choose(qtbot, dialog, roster(tmp_path / "in.xlsx", [
        ["张秀英", ZHANG, "东街社区",
         "常住", "2020-03-01"]], children=False))
    assert table(dialog.panel.counts_model)[1] == ["人员", "1", "0", "0", "0", "1"]
    assert [r[:COL_VALUE] for r in table(dialog.panel.problem_model)] == [["人员", "2", "身份证号"]]

    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        box = dialog.update_box  # checked again with updates allowed
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert table(dialog.panel.counts_model)[1] == ["人员", "1", "0", "1", "0", "0"]
    assert dialog.panel.problem_model.rowCount() == 0
    assert dialog.panel.problems_label.text() == "No problems found."
    assert not dialog.save_button.isEnabled()
    import_now(qtbot, dialog)
    with services.factory() as session:
        person = session.get(Person, sample.persons["张秀英"])
        assert person.registered_on.isoformat() == "2020-03-01"


def test_a_file_that_cannot_be_read_is_explained(qtbot, dialog, services, tmp_path):
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    errors = answer(dialog, file=bad)
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.choose_button)
    assert len(errors) == 1
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert dialog.panel.counts_model.rowCount() == 0


def test_a_person_registered_meanwhile_stops_the_import_and_the_file_is_checked_again(
        qtbot, dialog, services, tmp_path):
    choose(qtbot, dialog, mixed_roster(tmp_path / "in.xlsx"))
    town = services.units.add("河西乡")  # the clerk types her in meanwhile
    services.persons.create(PersonDraft(name="李娜", id_number=LI, unit_id=town))
    errors = answer(dialog)
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):  # the refused import
        click(qtbot, dialog.import_button)
    qtbot.waitUntil(dialog.preview_ready, timeout=WAIT)  # then the file is checked again
    assert [exchange_error_text(e) for e in errors] == [
        "The database changed since the file was checked; check the file again."]
    assert person_names(services) == ["李娜"]  # nothing of the file written
    rows = [r[:COL_VALUE] for r in table(dialog.panel.problem_model)]
    assert ["人员", "3", "身份证号"] in rows  # now a duplicate of the ledger
    assert dialog.import_button.isEnabled()


def test_the_preview_shows_at_least_12_problem_rows_at_its_default_size(qtbot, dialog, tmp_path):
    choose(qtbot, dialog, mixed_roster(tmp_path / "花名册.xlsx"))
    view = dialog.panel.problem_view
    row = view.verticalHeader().defaultSectionSize()
    assert view.viewport().height() // row >= 12
    counts = dialog.panel.counts_view  # the per-sheet counts stay compact above
    assert counts.height() <= counts.horizontalHeader().height() + 6 * row
