"""The import dialog with hostile files and partial updates, driven like the clerk would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.domain.idnumber import mask
from desktop.gui.exchange.messages import exchange_error_text
from desktop.store.models import Person
from tests.faults import hostile_files as hostile
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click
from tests.gui.helpers_exchange import ZHANG
from tests.gui.test_exchange_import import WAIT, answer, choose, dialog, import_now  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.mark.parametrize("corner", ["XFD1048576", "ZZ1048576"])
def test_a_far_corner_workbook_is_refused_and_the_dialog_keeps_running(
        qtbot, dialog, services, tmp_path, corner):  # noqa: F811
    path = hostile.far_corner(tmp_path / "corner.xlsx", corner)
    errors = answer(dialog, file=path)
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.choose_button)
    assert [exchange_error_text(e) for e in errors] == [
        f"The file {path} is refused: the sheet 人员 uses more than 200 columns."]
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert dialog.isVisible() and dialog.choose_button.isEnabled()


def test_the_preview_lists_each_field_an_update_changes(qtbot, dialog, services, sample,  # noqa: F811
                                                        tmp_path):
    path = tmp_path / "u.csv"
    path.write_text(f"姓名,身份证号,单位,联系电话\n张秀英,{ZHANG},东街社区,13912345678\n",
                    encoding="utf-8")
    choose(qtbot, dialog, path)
    assert not dialog.panel.changes_view.isVisible()  # not an update yet: a duplicate
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        box = dialog.update_box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.panel.changes_view.isVisible()
    assert dialog.panel.changes_label.text() == "Fields the update changes (old → new): 1"
    with services.factory() as session:
        old = session.get(Person, sample.persons["张秀英"]).phone
    assert dialog.panel.changes_view.toPlainText() == (
        f"人员:2: 张秀英 ({mask(ZHANG)}): 联系电话: {old or '(blank)'} → 13912345678")
    import_now(qtbot, dialog)
    with services.factory() as session:
        person = session.get(Person, sample.persons["张秀英"])
        assert person.phone == "13912345678"
    assert list((tmp_path / "backups").glob("family-ledger-*.db"))  # backed up first
