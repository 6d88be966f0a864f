"""File › 导入/导出 › 导入其他格式的表格…, driven like the clerk: her 花名册 opens in the mapping
dialog with the guesses filled in; she translates a village, sees the preview change,
saves the mapping, goes on to the normal check and import, undoes it; the next workbook
with the same headers is offered the saved mapping."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from desktop.gui.exchange.mapping_dialog import MappingDialog
from desktop.gui.main_window import MainWindow
from desktop.store.models import Person
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click
from tests.gui.scripted_prompts import ScriptedPrompts
from tests.services.mapping_books import ID1, ID2, ID3, ID4, UNITS, roster_xlsx

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
WAIT = 20_000


@pytest.fixture
def prompts():
    return ScriptedPrompts()  # what the clerk answers, set by each test


@pytest.fixture
def window(qtbot, services, db_path, qsettings, prompts):
    for unit in UNITS:
        services.units.add(unit)
    win = MainWindow(services, db_path, qsettings, prompts=prompts)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.exchange_ui.on_close()


def stored(services) -> set[str]:
    with services.factory() as session:
        return set(session.scalars(select(Person.id_number)))


def preview_row(dialog, number: int) -> dict[str, str]:
    table = dialog.preview
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == str(number):
            return {h: table.item(row, c).text() for c, h in enumerate(heads)}
    raise KeyError(number)


class Clerk:
    def __init__(self, qtbot, tmp_path):
        self.qtbot, self.tmp_path = qtbot, tmp_path
        self.summary = ""
        self.seen: dict = {}

    def map_columns(self, dialog: QDialog) -> bool:
        """Check the guesses, translate 北村, save the mapping, go on."""
        dialog.show()
        self.seen["guess"] = dialog.column_box("公民身份号码").currentText()
        self.seen["marital"] = preview_row(dialog, 4)["婚姻状况"]
        self.seen["before"] = preview_row(dialog, 7)["Problems"]
        dialog.columns.setCurrentCell(dialog._headers.index("所在村"), 0)
        village = dialog.value_box("北村")
        village.setCurrentIndex(village.findText("东村"))
        self.seen["after"] = preview_row(dialog, 7)["Problems"]
        phone = dialog.column_box("手机号")
        phone.setCurrentIndex(0)  # she does not want the phones
        self.seen["columns"] = dialog.last_preview.columns
        click(self.qtbot, dialog.save_button)
        click(self.qtbot, dialog.next_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    def run(self, dialog: QDialog) -> bool:
        """The mapping dialog, then the import dialog, as they open."""
        return self.map_columns(dialog) if isinstance(dialog, MappingDialog) \
            else self.import_it(dialog)

    def import_it(self, dialog) -> bool:
        dialog.show()
        self.qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT)
        with self.qtbot.waitSignal(dialog.imported, timeout=WAIT):
            click(self.qtbot, dialog.import_button)
        self.summary = dialog.status_label.text()
        self.problems = dialog.preview.problems
        dialog.close()
        return True


def test_the_clerk_maps_imports_and_undoes_her_roster(qtbot, window, prompts, services,
                                                       tmp_path):
    path = roster_xlsx(tmp_path / "花名册.xlsx")
    ui = window.exchange_ui
    clerk = Clerk(qtbot, tmp_path)
    prompts.fill_with(clerk.run)
    saved_to = tmp_path / "花名册 对应表.json"
    prompts.path_with(saved_to)
    prompts.file_with(path)
    assert ui.import_other()

    assert clerk.seen["guess"] == "身份证号"
    assert clerk.seen["marital"] == "初婚"  # 已婚 translated by the guess
    assert "所在村: Unknown unit" in clerk.seen["before"] and clerk.seen["after"] == ""
    assert "联系电话" not in clerk.seen["columns"]
    written = json.loads(saved_to.read_text(encoding="utf-8"))
    assert written["sheets"]["花名册"]["values"]["所在村"] == {"北村": "东村"}
    assert clerk.summary.startswith("Imported: 5 row(s) added")  # 3 women, 2 children
    assert stored(services) == {ID1, ID2, ID4}
    assert any(p.sheet == "花名册" and p.row == 6 and p.column == "公民身份号码"
               for p in clerk.problems)  # her ID typed as a number: refused, with the advice
    with services.factory() as session:
        assert session.scalars(select(Person.phone)).all() == ["", "", ""]

    prompts.confirm_with(True)
    with qtbot.waitSignal(ui.job_done, timeout=WAIT):
        ui.undo_action.trigger()
    assert stored(services) == set()
    assert ID3 not in stored(services)


def test_the_same_headers_are_offered_the_saved_mapping(qtbot, window, prompts, services,
                                                        tmp_path):
    first = roster_xlsx(tmp_path / "一月.xlsx")
    ui = window.exchange_ui
    clerk = Clerk(qtbot, tmp_path)
    prompts.fill_with(clerk.run)
    prompts.path_with(None)  # she does not save a file this time
    prompts.file_with(first)
    assert ui.import_other()
    assert not any("same sheets and headers" in text for text in prompts.asked)  # not yet

    second = roster_xlsx(tmp_path / "二月.xlsx")
    kept: dict = {}

    def look(dialog):
        kept["mapping"] = dialog.mapping
        kept["village"] = preview_row(dialog, 7)["Problems"]
        return False  # she cancels: nothing is checked or imported

    prompts.fill_with(look)
    prompts.confirm_with(True)
    prompts.file_with(second)
    assert ui.import_other() is False
    assert any("same sheets and headers" in text for text in prompts.asked)
    assert kept["mapping"].sheets["花名册"].values["所在村"] == {"北村": "东村"}
    assert kept["village"] == ""


def test_a_bad_mapping_file_is_said_and_the_shown_one_stays(qtbot, window, prompts, tmp_path):
    path = roster_xlsx(tmp_path / "花名册.xlsx")
    bad = tmp_path / "坏.json"
    bad.write_text('{"sheets": {"花名册": {"as": "人口"}}}', encoding="utf-8")
    errors: list[BaseException] = []
    seen: dict = {}
    ui = window.exchange_ui

    def load_bad(dialog):
        dialog.show()
        prompts.file_with(bad)  # the mapping she loads
        before = dialog.mapping
        click(qtbot, dialog.load_button)
        assert dialog.mapping is before
        for index in range(dialog.sheet_box.count()):  # no sheet imported: nothing to go on with
            dialog.sheet_box.setCurrentIndex(index)
            dialog.target_box.setCurrentIndex(0)
        seen["next"] = dialog.next_button.isEnabled()
        seen["said"] = dialog.problems_label.text()
        return False

    prompts.fill_with(load_bad)
    prompts.errors_to(errors)
    prompts.file_with(path)  # her table
    assert ui.import_other() is False
    assert len(errors) == 1 and "人口" in str(errors[0])
    assert seen == {"next": False, "said": "This sheet is not imported."}


def test_her_two_header_rows_in_the_dialog(qtbot, services, tmp_path) -> None:
    """A group row above her names: found, shown as 基本情况/姓名, and the clerk can say
    her headers take one row only (the lower row's names)."""
    from desktop.gui.exchange.mapping_dialog import MappingDialog
    from tests.services.test_mapping_header_rows import grouped_roster

    for unit in UNITS:
        services.units.add(unit)
    book = services.mappings.open(grouped_roster(tmp_path / "花名册.xlsx"))
    dialog = MappingDialog(services.mappings, ScriptedPrompts(), book,
                           services.mappings.guess(book))
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.header_spin.value(), dialog.header_rows_spin.value()) == (3, 2)
    assert dialog.column_box("基本情况/姓名").currentText() == "姓名"
    assert preview_row(dialog, 4)["婚姻状况"] == "初婚"
    dialog.header_rows_spin.setValue(1)
    assert dialog.column_box("姓名").currentText() == "姓名"
    assert dialog.mapping.sheets["花名册"].header_rows is None
    dialog.header_rows_spin.setValue(2)
    assert dialog.mapping.sheets["花名册"].header_rows == 2
    assert "基本情况/公民身份号码" in dialog.mapping.sheets["花名册"].columns
    dialog.grab().save(str(tmp_path / "两行表头.png"))
    book.close()
    dialog.done(QDialog.DialogCode.Rejected)
