"""档案转出 from the person register, driven like the clerk: select two women, write their
files with their 迁出; the receiving office imports the file with its normal import. A
masked workbook is refused in the import dialog with the one message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from desktop.domain.values.exchange import MaskedWorkbook
from desktop.gui.exchange.import_dialog import ImportDialog
from desktop.gui.exchange.messages import exchange_error_text
from desktop.gui.models import person_table as pt
from desktop.gui.pages.persons_page import PersonsPage, PersonsPageServices
from desktop.store.models import Person
from desktop.store.records import LifeEvent
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.scripted_prompts import ScriptedPrompts
from tests.helpers import fresh_services

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
WAIT = 20_000


def _row_of(page: PersonsPage, name: str) -> int:
    model = page.model
    return next(r for r in range(model.rowCount()) if model.index(r, pt.COL_NAME).data() == name)


def _click_row(qtbot, page: PersonsPage, name: str, modifier=Qt.KeyboardModifier.NoModifier):  # noqa: ANN001
    index = page.model.index(_row_of(page, name), pt.COL_NAME)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_transfer_two_women_with_their_move_away(qtbot, services, sample, tmp_path):
    out = tmp_path / "转出.xlsx"
    asked: list[str] = []

    def fill(dialog) -> bool:  # noqa: ANN001 - the clerk ticks the move and types where to
        assert "张秀英" in dialog.names.toPlainText() and "********" in dialog.names.toPlainText()
        click(qtbot, dialog.record_move)
        type_into(qtbot, dialog.date_field.edit, "2026-11-20")
        type_into(qtbot, dialog.destination, "浙江省杭州市")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        return dialog.result() == QDialog.DialogCode.Accepted

    clerk = ScriptedPrompts(form=fill, path=out, confirm=lambda text: asked.append(text) or True)
    page = PersonsPage(PersonsPageServices.of(services), prompts=clerk)  # an error box fails
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitExposed(page):
        page.show()
    informed = clerk.informed
    action = page.transfer

    _click_row(qtbot, page, "张秀英")
    _click_row(qtbot, page, "王芳", Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in page.selected_persons()] == ["王芳", "张秀英"]
    with qtbot.waitSignal(action.done, timeout=WAIT):
        click(qtbot, page.transfer_button)
    assert out.is_file() and "2026-11-20" in asked[0] and "迁出" in informed[0]
    qtbot.waitUntil(lambda: "张秀英" not in [page.model.index(r, pt.COL_NAME).data()
                                             for r in range(page.model.rowCount())])
    with services.factory() as session:
        moved = session.exec(select(Person.status, LifeEvent.note).join(
            LifeEvent, LifeEvent.person_id == Person.id)
            .where(Person.id.in_([sample.persons["张秀英"], sample.persons["王芳"]]))).all()
    assert sorted(moved) == [("moved", "浙江省杭州市")] * 2

    (tmp_path / "there").mkdir()
    there = fresh_services(tmp_path / "there")
    preview = there.exchange.check(out)
    assert preview.problems == () and preview.rejected == 0
    there.exchange.run_import(preview)
    with there.factory() as session:
        assert sorted(session.exec(select(Person.name)).all()) == ["张秀英", "王芳"]


def test_no_selection_tells_her_to_select_and_cancel_writes_nothing(qtbot, services, sample,
                                                                     tmp_path):
    clerk = ScriptedPrompts(form=lambda _dialog: False)  # she cancels the transfer dialog
    page = PersonsPage(PersonsPageServices.of(services), prompts=clerk)
    qtbot.addWidget(page)
    page.table.clearSelection()
    assert not page.transfer_selected() and "Select" in clerk.informed[0]
    page.table.selectRow(0)
    assert not page.transfer_selected()
    with services.factory() as session:
        assert session.exec(select(LifeEvent)).all() == []


def test_a_masked_workbook_is_refused_in_the_import_dialog(qtbot, services, sample, tmp_path):
    (tmp_path / "other").mkdir()
    other = fresh_services(tmp_path / "other")
    masked = tmp_path / "masked.xlsx"
    services.exchange.export(masked)  # the default: masked ID numbers
    errors: list[BaseException] = []
    dialog = ImportDialog(other.exchange, prompts=ScriptedPrompts(file=masked, errors=errors))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.choose_button)
    assert len(errors) == 1 and isinstance(errors[0], MaskedWorkbook)
    assert "full" in exchange_error_text(errors[0]).lower()
    assert not dialog.import_button.isEnabled()
    with other.factory() as session:
        assert session.exec(select(Person)).all() == []
    other.engine.dispose()

