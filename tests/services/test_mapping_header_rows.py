"""Her roster with two header rows: a merged group row (基本情况, 婚育情况) above the column
names, 序号 merged down over both. The rows are found by themselves (whichever of the two
reads more like names), her columns are named "基本情况/姓名", a mapping may name
``header_rows``; real .xlsx files with merged cells, built here, and generated layouts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.values.exchange import ExchangeReadError
from desktop.services.exchange.mapping.auto import guess_mapping
from desktop.services.exchange.mapping.guess import find_header_block, joined_headers
from desktop.services.exchange.mapping.spec import load_mapping
from desktop.store.models import Person
from tests.helpers import fresh_services
from tests.services.mapping_books import ID1, ID2, UNITS

DATA = [[1, "王芳", ID1, "东村", "13800000001", "已婚", "2015-05-01"],
        [2, "李娜", ID2, "西村", "13800000002", "未婚", None]]


def grouped_roster(path: Path, names_merged_down: bool = False) -> Path:
    """Title on row 1; groups on row 2 (序号 merged down A2:A3); names on row 3."""
    book = Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet["A1"] = "东风镇育龄妇女花名册"
    sheet.merge_cells("A1:G1")
    sheet["A2"] = "序号"
    sheet.merge_cells("A2:A3")
    if names_merged_down:  # 姓名 … 手机号 merged down too, one group 婚育情况 over F:G
        for column, name in zip("BCDE", ["姓名", "公民身份号码", "所在村", "手机号"], strict=True):
            sheet[f"{column}2"] = name
            sheet.merge_cells(f"{column}2:{column}3")
    else:
        sheet["B2"] = "基本情况"
        sheet.merge_cells("B2:E2")
        for column, name in zip("BCDE", ["姓名", "公民身份号码", "所在村", "手机号"], strict=True):
            sheet[f"{column}3"] = name
    sheet["F2"] = "婚育情况"
    sheet.merge_cells("F2:G2")
    sheet["F3"], sheet["G3"] = "婚姻状况", "结婚时间"
    for row in DATA:
        sheet.append(row)
    book.save(path)
    return path


def test_a_group_row_above_her_names_is_found_and_joined(tmp_path: Path) -> None:
    mapping = guess_mapping(grouped_roster(tmp_path / "花名册.xlsx"))
    roster = mapping.sheets["花名册"]
    assert (roster.target, roster.header_row, roster.header_rows) == ("人员", 3, 2)
    assert roster.columns == {
        "基本情况/姓名": "姓名", "基本情况/公民身份号码": "身份证号", "基本情况/所在村": "单位",
        "基本情况/手机号": "联系电话", "婚育情况/婚姻状况": "婚姻状况",
        "婚育情况/结婚时间": "结婚日期"}
    assert json.loads(mapping.dumps())["sheets"]["花名册"]["header_rows"] == 2


def test_names_merged_down_with_one_group_are_found_too(tmp_path: Path) -> None:
    mapping = guess_mapping(grouped_roster(tmp_path / "花名册.xlsx", names_merged_down=True))
    roster = mapping.sheets["花名册"]
    assert (roster.header_row, roster.header_rows) == (3, 2)
    assert set(roster.columns) == {"姓名", "公民身份号码", "所在村", "手机号",
                                   "婚育情况/婚姻状况", "婚育情况/结婚时间"}


def test_her_grouped_roster_imports_and_problems_name_her_joined_column(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    for unit in UNITS:
        services.units.add(unit)
    path = grouped_roster(tmp_path / "花名册.xlsx")
    preview = services.exchange.check(path, mapping=guess_mapping(path))
    assert "花名册:3:序号: Unknown column: it is ignored." in [p.line() for p in preview.problems]
    services.exchange.run_import(preview)
    with services.factory() as session:
        persons = {p.id_number: p for p in session.scalars(select(Person))}
    assert set(persons) == {ID1, ID2}
    assert (persons[ID1].marital_status, persons[ID1].marriage_date) == (
        "first_marriage", dt.date(2015, 5, 1))


def test_a_mapping_names_its_header_rows(tmp_path: Path) -> None:
    path = grouped_roster(tmp_path / "花名册.xlsx")
    file = tmp_path / "对应.json"
    file.write_text(json.dumps({"sheets": {"花名册": {
        "as": "人员", "header_row": 3, "header_rows": 1,
        "columns": {"姓名": "姓名", "公民身份号码": "身份证号", "所在村": "单位"}}}},
        ensure_ascii=False), encoding="utf-8")
    services = fresh_services(tmp_path)
    for unit in UNITS:
        services.units.add(unit)
    preview = services.exchange.check(path, mapping=load_mapping(file))  # the lower row only
    assert {c.sheet: (c.to_add, c.rejected) for c in preview.sheets} == {"人员": (1, 1)}
    lines = [p.line() for p in preview.problems]
    assert any(line.startswith("花名册:4:婚姻状况: ") for line in lines)  # 已婚, not translated
    assert not any(line.startswith("花名册:4:婚育情况/") for line in lines)
    for bad in (0, 4, "2", True):
        file.write_text(json.dumps({"sheets": {"花名册": {"as": "人员", "header_row": 3,
                                                          "header_rows": bad}}}), "utf-8")
        with pytest.raises(ExchangeReadError, match="number of header rows"):
            load_mapping(file)
    file.write_text(json.dumps({"sheets": {"花名册": {"as": "人员", "header_row": 1,
                                                      "header_rows": 2}}}), "utf-8")
    with pytest.raises(ExchangeReadError, match="number of header rows"):
        load_mapping(file)


def test_a_title_or_a_single_header_row_stays_one_row() -> None:
    rows = [(1, ["东风镇育龄妇女花名册", "", ""]), (2, ["姓名", "身份证号码", "所在村"]),
            (3, ["王芳", ID1, "东村"]), (4, ["李娜", ID2, "西村"])]
    assert find_header_block(rows) == (2, 1)
    units = [(1, ["名称", "上级单位"]), (2, ["东村", "东风镇"]), (3, ["西村", "东风镇"])]
    assert find_header_block(units) == (1, 1)
    filled = [(1, ["填报单位：东风镇", "", "填报日期：2026年3月"]),
              (2, ["姓名", "身份证号码", "所在村"]), (3, ["王芳", ID1, "东村"])]
    assert find_header_block(filled) == (2, 1)


_NAME = st.sampled_from(["姓名", "身份证号码", "所在村", "手机号", "婚姻状况", "结婚时间",
                         "末次月经时间", "民族", "备注", "现住址"])
_GROUP = st.sampled_from(["基本情况", "婚育情况", "联系方式", "其他", "户籍情况"])
# A layout: each item a name merged down over both rows, or a group over 2 to 4 names.
_LAYOUT = st.lists(st.one_of(_NAME.map(lambda n: (None, [n])),
                             st.tuples(_GROUP, st.lists(_NAME, min_size=2, max_size=4))),
                   min_size=2, max_size=6)


@given(_LAYOUT)
@settings(max_examples=200, deadline=None)
def test_any_layout_of_groups_is_joined_as_she_reads_it(layout) -> None:  # noqa: ANN001
    upper: list[str] = []
    lower: list[str] = []
    expected: list[str] = []
    for group, names in layout:
        if group is None:
            upper.append(names[0])
            lower.append("")
            expected.append(names[0])
        else:
            upper += [group] + [""] * (len(names) - 1)
            lower += names
            expected += [f"{group}/{n}" for n in names]
    assert joined_headers([upper, lower]) == expected
    data = [[str(i + 1)] + [ID1] * (len(upper) - 1) for i in range(3)]
    rows = list(enumerate([["花名册"] + [""] * (len(upper) - 1), upper, lower, *data], 1))
    if any(group for group, _ in layout):
        assert find_header_block(rows) == (3, 2)
