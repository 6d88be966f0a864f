"""Round trip: demo data -> export (full IDs) -> import into an empty ledger -> export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from desktop.domain.values.exchange import SHEETS
from desktop.domain.values.reminders import ReminderQuery
from desktop.services.demo.service import generate_demo
from desktop.services.safety.changelog import HistoryFilters
from tests.helpers import TODAY, fresh_services


def _rows(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path, read_only=True)
    return {name: [tuple(r) for r in book[name].iter_rows(values_only=True)] for name in SHEETS}


def test_export_import_export_gives_the_same_rows(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = fresh_services(tmp_path / "a")
    generate_demo(first, 200, seed=3)
    for reminder in first.reminders.page(ReminderQuery(TODAY, 60), 0, 3):  # 推迟提醒 too
        first.reminders.postpone(reminder, TODAY + dt.timedelta(days=10), "外出")
    out1 = tmp_path / "one.xlsx"
    result = first.exchange.export(out1, full_ids=True)
    assert result.rows["人员"] == 200

    second = fresh_services(tmp_path / "b")
    preview = second.exchange.check(out1)
    assert [p.line() for p in preview.problems] == []
    assert preview.rejected == 0
    second.exchange.run_import(preview)
    out2 = tmp_path / "two.xlsx"
    second.exchange.export(out2, full_ids=True)

    one, two = _rows(out1), _rows(out2)
    for name in SHEETS:
        assert one[name] == two[name], name
    assert all(len(one[name]) > 1 for name in SHEETS)
    # the migrants' 婚育证明编号 and 工作单位 travel too
    header = one["人员"][0]
    certs = [row[header.index("婚育证明编号")] for row in one["人员"][1:]]
    assert any(certs) and "工作单位" in header and "查出怀孕" in one["三查"][0]


def test_export_masks_ids_freezes_headers_and_keeps_ids_as_text(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    generate_demo(services, 20, seed=4)
    out = tmp_path / "masked.xlsx"
    services.exchange.export(out)
    book = load_workbook(out)
    persons = book["人员"]
    assert persons.freeze_panes == "A2"
    assert persons["A1"].font.b and persons["B1"].value == "身份证号"
    cell = persons["B2"]
    assert cell.data_type == "s" and cell.number_format == "@" and "********" in cell.value
    assert book["三查"]["B2"].number_format == "yyyy-mm-dd"
    assert [s.title for s in book.worksheets] == list(SHEETS)
    # A masked export leaves no trace in the change log; a full one does.
    services.exchange.export(tmp_path / "full.xlsx", full_ids=True)
    logged = services.history.page(HistoryFilters(entity="export"), 0, 10)
    assert {e.field for e in logged} >= {"full_ids", "file"}


def test_template_has_headers_and_drop_downs(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    path = services.exchange.write_template(tmp_path / "template.xlsx")
    book = load_workbook(path)
    assert [s.title for s in book.worksheets] == list(SHEETS)
    persons = book["人员"]
    assert persons["A1"].value == "姓名"
    lists = [v.formula1 for v in persons.data_validations.dataValidation]
    assert '"常住,流入,流出"' in lists
    preview = services.exchange.check(path)  # a blank template imports as nothing, no problems
    assert preview.problems == () and not preview.has_work
