"""Register exports to .xlsx: Chinese headers, masked or full IDs as text, progress, log."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.domain.idnumber import mask
from desktop.domain.values.registers import Register, RegisterQuery
from desktop.services.registers.export import ExportCancelled
from desktop.store.models import ChangeLog
from tests.helpers import fresh_services
from tests.register_sample import OCT_FROM, OCT_TO, fill_registers


@pytest.fixture
def sample(tmp_path):
    return fill_registers(fresh_services(tmp_path))


def sheet_rows(path):
    book = load_workbook(path)
    sheet = book.active
    return sheet, [[c.value for c in row] for row in sheet.iter_rows()]


def export_log(services):
    with services.factory() as session:
        return session.execute(select(ChangeLog.field, ChangeLog.new_value)
                               .where(ChangeLog.entity == "export")).all()


def test_births_export_has_chinese_headers_and_masked_ids(sample, tmp_path):
    out = tmp_path / "births.xlsx"
    seen = []
    result = sample.services.register_export.export(
        RegisterQuery(Register.BIRTHS, OCT_FROM, OCT_TO), out,
        progress=lambda done, total: seen.append((done, total)))
    assert result.rows == 2 and not result.full_ids and out.exists()
    sheet, values = sheet_rows(out)
    assert sheet.title == "生育登记"
    assert sheet.freeze_panes == "A2"
    assert values[0] == ["母亲姓名", "身份证号码", "单位", "子女姓名", "性别", "孩次", "出生日期",
                         "生育登记日期", "上报日期", "出生至上报天数"]
    assert len(values) == 3
    first = values[1]
    assert first[:6] == ["张秀英", mask(sample.ids["张秀英"]), "东街社区", "张小明", "男", 2]
    assert first[6].date() == OCT_FROM and first[9] == 20
    assert sheet["B2"].number_format == "@" and sheet["B2"].data_type == "s"
    assert sheet.column_dimensions["B"].width >= 20
    assert values[2][8] is None  # 王宝 not reported yet: an empty cell
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    assert export_log(sample.services) == []  # masked exports are not logged
    assert not list(tmp_path.glob(".*.part"))


def test_full_ids_are_written_as_text_and_logged(sample, tmp_path):
    out = tmp_path / "checkups.xlsx"
    sample.services.register_export.export(
        RegisterQuery(Register.CHECKUPS, OCT_FROM, OCT_TO), out, full_ids=True)
    sheet, values = sheet_rows(out)
    assert values[0] == ["姓名", "身份证号码", "单位", "日期", "检查项目", "结果", "备注", "来源", "地点"]
    assert [v[1] for v in values[1:]] == [sample.ids[n] for n in ("张秀英", "王芳", "李娜")]
    assert all(isinstance(v[1], str) for v in values[1:])
    assert values[1][4] == "查孕、查环" and values[2][4] == "查孕(有孕)"
    assert values[3][4:8] == ["查病", "异常", "炎症", "其他医院"]
    logged = dict(export_log(sample.services))
    assert logged["register"] == "checkups" and logged["rows"] == "3"
    assert logged["full_ids"] == "yes" and logged["date_from"] == "2026-10-01"
    assert logged["file"] == str(out)


def test_every_register_exports_with_labels_in_chinese(sample, tmp_path):
    wide = dict(date_from=dt.date(2000, 1, 1), date_to=dt.date(2026, 11, 28))
    expected = {"births": 4, "contraception": 3, "deaths": 2, "checkups": 4,
                "pregnancies": 2, "services": 3}
    for register in Register:
        out = tmp_path / f"{register.value}.xlsx"
        result = sample.services.register_export.export(RegisterQuery(register, **wide), out)
        _, values = sheet_rows(out)
        assert result.rows == expected[register.value] == len(values) - 1, register
    _, deaths = sheet_rows(tmp_path / "deaths.xlsx")
    assert [row[3] for row in deaths[1:]] == ["本人", "子女"]
    _, methods = sheet_rows(tmp_path / "contraception.xlsx")
    assert {row[3] for row in methods[1:]} == {"上环", "口服药", "避孕套"}
    _, services = sheet_rows(tmp_path / "services.xlsx")
    assert [row[4] for row in services[1:]] == ["随访", "发放避孕药具", "咨询"]


def test_cancel_leaves_no_file_and_an_old_file_untouched(sample, tmp_path):
    out = tmp_path / "births.xlsx"
    out.write_bytes(b"the old export")
    with pytest.raises(ExportCancelled):
        sample.services.register_export.export(
            RegisterQuery(Register.BIRTHS, OCT_FROM, OCT_TO), out, full_ids=True,
            should_stop=lambda: True)
    assert out.read_bytes() == b"the old export"
    assert not list(tmp_path.glob(".*.part"))
    assert export_log(sample.services) == []


def test_unwritable_target_gives_a_clear_error(sample, tmp_path):
    from desktop.errors import StorageError

    with pytest.raises(StorageError) as caught:
        sample.services.register_export.export(
            RegisterQuery(Register.BIRTHS, OCT_FROM, OCT_TO), tmp_path / "missing" / "x.xlsx")
    assert "cannot be written" in str(caught.value)
