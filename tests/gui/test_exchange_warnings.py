"""What 数据核查 only flags imports with a warning the clerk sees in the preview."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from desktop.gui.exchange.import_dialog import ImportDialog
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click
from tests.gui.scripted_prompts import ScriptedPrompts
from tests.helpers import make_id

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
WAIT = 20_000
MOTHER = make_id("330102", dt.date(1988, 4, 2), 41)


def test_a_child_whose_id_disagrees_imports_with_a_warning(qtbot, services, sample, tmp_path):
    path = tmp_path / "子女.xlsx"
    book = openpyxl.Workbook()
    persons = book.active
    persons.title = "人员"
    persons.append(["姓名", "身份证号", "单位"])
    persons.append(["周敏", MOTHER, "河西乡"])
    kids = book.create_sheet("子女")
    kids.append(["母亲身份证号", "姓名", "性别", "出生日期", "身份证号"])
    # her ID says born on 6 June, the record says 5 June: kept, 数据核查 lists it
    kids.append([MOTHER, "周小红", "女", dt.date(2015, 6, 5),
                 make_id("330102", dt.date(2015, 6, 6), 3)])
    book.save(path)

    dialog = ImportDialog(services.exchange, prompts=ScriptedPrompts(file=path))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.choose_button)
    panel = dialog.panel
    assert dialog.preview.rejected == 0 and dialog.preview.to_add == 2
    assert not panel.warnings_view.isHidden()
    assert "子女:2:身份证号:" in panel.warnings_view.toPlainText()
    assert "1" in panel.warnings_label.text()
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT):
        click(qtbot, dialog.import_button)
    assert dialog.import_result is not None and dialog.import_result.added["子女"] == 1
    dialog._stop_work()
