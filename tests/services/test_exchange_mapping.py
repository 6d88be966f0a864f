"""Her own workbooks through a mapping: each imports what it should, reports the rest
under her sheet, row and header, and is one undoable batch like any import."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.values.exchange import ExchangeReadError
from desktop.services.exchange.mapping.auto import guess_mapping
from desktop.services.exchange.mapping.spec import Mapping, SheetMap, load_mapping, parse_mapping
from desktop.services.exchange.values import ID_AS_NUMBER
from desktop.store.models import Child, Person
from tests.helpers import fresh_services
from tests.services.mapping_books import (
    ID1,
    ID2,
    ID3,
    ID4,
    UNITS,
    roster_csv,
    roster_xls,
    roster_xlsx,
)


def _ledger(tmp_path: Path):  # noqa: ANN202
    services = fresh_services(tmp_path)
    for unit in UNITS:
        services.units.add(unit)
    return services


def _persons(services) -> dict[str, Person]:  # noqa: ANN001
    with services.factory() as session:
        return {p.id_number: p for p in session.scalars(select(Person))}


def _children(services) -> list[Child]:  # noqa: ANN001
    with services.factory() as session:
        return list(session.scalars(select(Child)))


def _lines(preview) -> list[str]:  # noqa: ANN001
    return [p.line() for p in preview.problems]


def test_the_guess_reads_her_roster_as_she_keeps_it(tmp_path: Path) -> None:
    mapping = guess_mapping(roster_xlsx(tmp_path / "花名册.xlsx"))
    assert set(mapping.sheets) == {"花名册", "子女登记"}  # 说明 is nothing of ours
    roster, kids = mapping.sheets["花名册"], mapping.sheets["子女登记"]
    assert (roster.target, roster.header_row, kids.target, kids.header_row) == ("人员", 3, "子女", 2)
    assert roster.columns == {"姓名": "姓名", "公民身份号码": "身份证号", "所在村": "单位",
                              "手机号": "联系电话", "婚姻状况": "婚姻状况", "结婚时间": "结婚日期"}
    assert roster.values == {"婚姻状况": {"已婚": "初婚"}}
    assert roster.dates == "%Y%m%d"  # 20150501 typed as a number
    assert kids.columns == {"母亲身份证号码": "母亲身份证号", "子女姓名": "姓名", "性别": "性别",
                            "出生日期": "出生日期"}


def test_her_roster_imports_what_it_should_and_reports_the_rest(tmp_path: Path) -> None:
    services = _ledger(tmp_path)
    path = roster_xlsx(tmp_path / "花名册.xlsx")
    preview = services.exchange.check(path, mapping=guess_mapping(path))
    lines = _lines(preview)
    assert "说明:0:: This sheet is not in the mapping: it is ignored." in lines
    assert "花名册:3:序号: Unknown column: it is ignored." in lines
    assert "花名册:6:公民身份号码: " + ID_AS_NUMBER in lines  # still refused, with the advice
    assert any(line.startswith("花名册:7:所在村: Unknown unit") for line in lines)
    assert any(line.startswith("子女登记:5:母亲身份证号码: ") for line in lines)
    counts = {c.sheet: (c.to_add, c.rejected) for c in preview.sheets}
    assert counts == {"人员": (2, 2), "子女": (2, 1)}

    result = services.exchange.run_import(preview)
    persons = _persons(services)
    assert set(persons) == {ID1, ID2}
    wang, li = persons[ID1], persons[ID2]
    assert (wang.name, wang.marital_status, wang.marriage_date, wang.phone) == (
        "王芳", "first_marriage", dt.date(2015, 5, 1), "13800000001")
    assert (li.marital_status, li.marriage_date) == ("single", None)
    births = sorted(c.birth_date for c in _children(services))
    assert births == [dt.date(2016, 6, 1), dt.date(2018, 9, 20)]  # 20180920 in her date form

    services.exchange.undo_last_import()
    assert _persons(services) == {} and _children(services) == []
    assert result.batch


def test_a_value_translation_brings_her_village_in(tmp_path: Path) -> None:
    services = _ledger(tmp_path)
    path = roster_xlsx(tmp_path / "花名册.xlsx", kids=False)
    mapping = guess_mapping(path)
    mapping.sheets["花名册"].values["所在村"] = {"北村": "东村"}
    preview = services.exchange.check(path, mapping=mapping)
    services.exchange.run_import(preview)
    assert _persons(services)[ID4].marriage_date == dt.date(2019, 10, 1)  # an Excel date cell
    assert ID3 not in _persons(services)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_a_csv_in_any_of_her_encodings(tmp_path: Path, encoding: str) -> None:
    services = _ledger(tmp_path)
    path = roster_csv(tmp_path / "花名册.csv", encoding)
    mapping = guess_mapping(path)
    assert mapping.sheets["花名册"].header_row == 2  # under the title line
    preview = services.exchange.check(path, mapping=mapping)
    services.exchange.run_import(preview)
    persons = _persons(services)
    assert set(persons) == {ID1, ID2, ID3}  # in a csv the ID is text: nothing was lost
    assert persons[ID3].marriage_date == dt.date(2012, 3, 5)  # 2012.3.5
    assert persons[ID1].marriage_date == dt.date(2015, 5, 1)


def test_a_saved_mapping_applies_to_a_csv_of_any_name(tmp_path: Path) -> None:
    services = _ledger(tmp_path)
    mapping = guess_mapping(roster_csv(tmp_path / "花名册.csv"))
    other = roster_csv(tmp_path / "三月.csv")
    preview = services.exchange.check(other, mapping=mapping)
    assert {c.sheet: c.to_add for c in preview.sheets} == {"人员": 3}


@pytest.mark.parametrize("suffix", [".xls", ".et"])
def test_an_xls_and_a_wps_et_file(tmp_path: Path, suffix: str) -> None:
    services = _ledger(tmp_path)
    path = roster_xls(tmp_path / "花名册.xls")
    if suffix == ".et":  # WPS's own format is .xls-compatible
        path = Path(shutil.copy(path, tmp_path / "花名册.et"))
    mapping = guess_mapping(path)
    preview = services.exchange.check(path, mapping=mapping)
    assert "花名册:6:公民身份号码: " + ID_AS_NUMBER in _lines(preview)
    services.exchange.run_import(preview)
    persons = _persons(services)
    assert set(persons) == {ID1, ID2}
    assert persons[ID1].marriage_date == dt.date(2015, 5, 1)


def test_two_village_sheets_are_one_roster(tmp_path: Path) -> None:
    services = _ledger(tmp_path)
    book = Workbook()
    east = book.active
    east.title = "东村"
    east.append(["姓名", "身份证号码", "村组"])
    east.append(["王芳", ID1, "东村"])
    west = book.create_sheet("西村")
    west.append(["西村花名册"])
    west.append(["名字", "公民身份号码", "所在村", "备注"])
    west.append(["李娜", ID2, "西村", None])
    west.append(["赵敏", ID4, "北村", "新来"])
    path = tmp_path / "两村.xlsx"
    book.save(path)
    mapping = guess_mapping(path)
    assert [s.target for s in mapping.sheets.values()] == ["人员", "人员"]
    preview = services.exchange.check(path, mapping=mapping)
    assert [line for line in _lines(preview) if "Unknown unit" in line] == [
        "西村:4:所在村: Unknown unit: add it on sheet 单位 or in the ledger first."]
    services.exchange.run_import(preview)
    assert set(_persons(services)) == {ID1, ID2}


def test_a_mapping_file_round_trips_and_bad_ones_are_refused(tmp_path: Path) -> None:
    mapping = Mapping({"花名册": SheetMap("人员", 3, {"身份证号码": "身份证号", "所在村": "单位"},
                                         {"婚姻状况": {"已婚": "初婚"}}, "%Y%m%d")})
    path = tmp_path / "对应.json"
    path.write_text(mapping.dumps(), encoding="utf-8")
    assert load_mapping(path) == mapping
    spec_example = {"sheets": {"花名册": {"as": "人员", "header_row": 3,
                                       "columns": {"身份证号码": "身份证号", "所在村": "单位"},
                                       "values": {"婚姻状况": {"已婚": "初婚"}},
                                       "dates": "%Y%m%d"}}}
    assert parse_mapping(spec_example) == mapping
    bad = [
        ({}, "names no sheet"),
        ({"sheets": {"a": {"as": "人口"}}}, "is not one of"),
        ({"sheets": {"a": {"as": "人员", "columns": {"x": "身份证"}}}}, "does not have"),
        ({"sheets": {"a": {"as": "人员", "columns": {"x": "姓名", "y": "姓名"}}}}, "both mapped"),
        ({"sheets": {"a": {"as": "人员", "header_row": 0}}}, "header row"),
        ({"sheets": {"a": {"as": "人员", "dates": "%d"}}}, "not a date form"),
        ({"sheets": {"a": {"as": "人员", "values": {"x": ["已婚"]}}}}, "must be"),
    ]
    for raw, words in bad:
        with pytest.raises(ExchangeReadError) as caught:
            parse_mapping(raw, "m.json")
        assert words in str(caught.value) and "m.json" in str(caught.value)
    path.write_bytes(b"\xff{not json")
    with pytest.raises(ExchangeReadError, match="not a JSON mapping"):
        load_mapping(path)
    path.write_text('{"sheets":\n  {"a" 1}}', encoding="utf-8")
    with pytest.raises(ExchangeReadError) as caught:  # where, in words: not json's English
        load_mapping(path)
    text = str(caught.value)
    assert "line 2, column 8" in text and "Expecting" not in text


def test_a_saved_mapping_is_found_again_for_the_same_headers(tmp_path: Path) -> None:
    services = _ledger(tmp_path)
    mappings = services.mappings
    first = mappings.open(roster_xlsx(tmp_path / "一月.xlsx"))
    assert mappings.saved_for(first) is None
    mapping = mappings.guess(first)
    assert mapping == guess_mapping(first.path)
    mapping.sheets["花名册"].values["所在村"] = {"北村": "东村"}
    mappings.remember(first, mapping)
    again = mappings.open(roster_xlsx(tmp_path / "二月.xlsx"))
    assert mappings.saved_for(again) == mapping
    other = mappings.open(roster_csv(tmp_path / "other.csv"))
    assert mappings.saved_for(other) is None
    for book in (first, again, other):
        book.close()


def test_the_preview_shows_rows_as_stored_with_their_problems(tmp_path: Path) -> None:
    services = _ledger(tmp_path)
    path = roster_xlsx(tmp_path / "花名册.xlsx")
    mapping = guess_mapping(path)
    book = services.mappings.open(path)
    try:
        shown = services.mappings.preview(book, "花名册", mapping.sheets["花名册"],
                                          services.mappings.units())
        distinct = services.mappings.distinct(book, "花名册", 3, 5)
    finally:
        book.close()
    assert shown.header_row == 3
    assert shown.columns == ["姓名", "身份证号", "单位", "联系电话", "婚姻状况", "结婚日期"]
    assert [r.number for r in shown.rows] == [4, 5, 6, 7]
    assert shown.rows[0].cells == ["王芳", ID1, "东村", "13800000001", "初婚", "2015-05-01"]
    assert shown.rows[0].problems == [] and shown.rows[1].problems == []
    assert [p.reason for p in shown.rows[2].problems] == [ID_AS_NUMBER]
    assert [p.column for p in shown.rows[3].problems] == ["所在村"]
    assert [p.column for p in shown.problems] == ["序号", "末次月经时间"]
    assert distinct == [("已婚", 3), ("未婚", 1)]


def test_over_the_limits_is_refused_before_the_sheet_is_read(tmp_path: Path) -> None:
    services = _ledger(tmp_path)
    book = Workbook()
    book.active.title = "宽表"
    book.active.append(["姓名", "身份证号码"] + [f"列{i}" for i in range(250)])
    path = tmp_path / "宽表.xlsx"
    book.save(path)
    mapping = Mapping({"宽表": SheetMap("人员", 1, {"身份证号码": "身份证号"})})
    with pytest.raises(ExchangeReadError, match="more than 200 columns"):
        services.exchange.check(path, mapping=mapping)
    with pytest.raises(ExchangeReadError, match="does not have"):
        services.exchange.check(path, mapping=Mapping({"别的": SheetMap("人员")}))
    bad = tmp_path / "乱码.csv"
    bad.write_bytes(b"\x81\x30\xff\xfe,\x80")
    with pytest.raises(ExchangeReadError, match="not text in UTF-8"):
        services.exchange.check(bad, mapping=mapping)
