"""A large .xlsx sheet read a piece at a time gives the rows the whole sheet gives, and the
check keeps its good rows compactly without changing them."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop.services.exchange import pieces as sheet_pieces
from desktop.services.exchange.read import stream_book
from desktop.services.exchange.rowstore import Picked, RowStore, ValueTable
from tests.faults import hostile_files as hostile


def _whole(path: Path, name: str) -> list[tuple[int, list]]:
    """Every non-blank row of the sheet as calamine reads the whole of it, numbered."""
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name)
    first_col = sheet.start[1] if sheet.start else 0
    return [(number, [""] * first_col + list(cells))
            for number, cells in enumerate(sheet.iter_rows(), start=1)
            if any(c != "" for c in cells)]


def _trimmed(cells: list) -> list:
    while cells and cells[-1] == "":
        cells = cells[:-1]
    return cells


def _read(path: Path) -> dict[str, tuple[int, list[str], list[tuple[int, list]]]]:
    _, sheets = stream_book(path)
    return {raw.name: (raw.header_row, raw.headers,
                       [(n, _trimmed(list(c))) for n, c in raw.rows if any(x != "" for x in c)])
            for raw in sheets}


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_pieces, "PIECE_BYTES", 2048)  # a piece every few rows


def test_pieces_give_the_rows_of_the_whole_sheet(tmp_path: Path, small_pieces: None) -> None:
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "人员"
    sheet.append(["姓名", "身份证号", "单位", "登记日期", "金额"])
    for i in range(1, 400):  # shared strings, dates through their style, numbers
        sheet.append([f"王{i % 7}", f"61032419900101{i:04d}", "一村", dt.date(2020, 1, 1 + i % 28),
                      i * 1.5])
    sheet["G250"] = "beyond the headers"
    other = book.create_sheet("单位")
    other["C3"], other["D3"], other["C4"], other["E900"] = "名称", "上级单位", "一村", "x"
    book.save(path)
    with zipfile.ZipFile(path) as z:
        part = next(n for n in z.namelist() if n.endswith("sheet1.xml"))
        assert len(list(sheet_pieces.pieces(z, part))) > 10

    got = _read(path)
    header_row, headers, rows = got["人员"]
    assert (header_row, headers) == (1, ["姓名", "身份证号", "单位", "登记日期", "金额"])
    assert rows == [(n, _trimmed(c)) for n, c in _whole(path, "人员")[1:]]
    assert rows[0] == (2, ["王1", "610324199001010001", "一村", dt.date(2020, 1, 2), 1.5])
    # a sheet that starts at C3: its rows keep their numbers, columns from its header's
    header_row, headers, rows = got["单位"]
    assert (header_row, _trimmed(headers)) == (3, ["名称", "上级单位"])
    assert rows == [(4, ["一村"]), (900, ["", "", "x"])]


def test_a_sheet_without_row_numbers_is_read_whole(tmp_path: Path, small_pieces: None) -> None:
    rows = ['<row><c t="inlineStr"><is><t>姓名</t></is></c></row>'] + [
        f'<row><c t="inlineStr"><is><t>王{i}</t></is></c></row>' for i in range(200)]
    path = hostile.book(tmp_path / "plain.xlsx", {"人员": b"".join(hostile.sheet_xml(rows))})
    with zipfile.ZipFile(path) as z:
        assert not sheet_pieces.cuttable(z, "xl/worksheets/sheet1.xml")
    header_row, headers, got = _read(path)["人员"]
    assert (header_row, headers) == (1, ["姓名"])
    assert got == [(i + 2, [f"王{i}"]) for i in range(200)]


def test_a_namespace_prefix_and_an_empty_sheet(tmp_path: Path, small_pieces: None) -> None:
    rows = "".join(f'<x:row r="{i}"><x:c r="A{i}" t="inlineStr"><x:is><x:t>v{i}</x:t></x:is>'
                   f'</x:c></x:row>' for i in range(1, 300))
    xml = (f'<?xml version="1.0"?><x:worksheet xmlns:x="{hostile.NS[7:-1]}">'
           f'<x:dimension ref="A1:A299"/><x:sheetData>{rows}</x:sheetData></x:worksheet>')
    empty = f'<?xml version="1.0"?><worksheet {hostile.NS}><sheetData/></worksheet>'
    path = hostile.book(tmp_path / "prefixed.xlsx", {"人员": xml.encode(), "单位": empty.encode()})
    got = _read(path)
    assert got["人员"][2] == [(i, [f"v{i}"]) for i in range(2, 300)]
    assert got["单位"] == (1, [], [])


def test_the_date_system_of_1904_is_kept(tmp_path: Path, small_pieces: None) -> None:
    path = tmp_path / "mac.xlsx"
    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    book.active.title = "孕情"
    book.active.append(["登记日期"])
    for i in range(300):
        book.active.append([dt.date(2024, 1, 1) + dt.timedelta(days=i)])
    book.save(path)
    rows = _read(path)["孕情"][2]
    assert rows[0] == (2, [dt.date(2024, 1, 1)]) and rows[-1][1] == [dt.date(2024, 10, 26)]


def test_the_row_store_gives_back_what_it_was_given() -> None:
    table = ValueTable()
    store = RowStore(table, ["person", "birth_order", "note", "birth_date"], ["pregnant"],
                     ["_ref"], given=True)
    rows = [
        {"_row": 2, "person": "X1", "birth_order": 1, "note": "", "pregnant": True,
         "_given": {"person", "pregnant"}},
        {"_row": 3, "person": "X1", "birth_order": None, "note": "备注", "pregnant": False},
        {"_row": 5, "person": "X2", "birth_order": 0, "note": "备注", "pregnant": None,
         "_ref": ("db", 7)},
    ]
    for row in rows:
        store.append(row)
    assert len(store) == 3
    assert store.row(0) == {**rows[0]}  # birth_date absent: never given
    assert store.row(0)["pregnant"] is True and store.row(1)["birth_order"] is None
    assert store.row(2)["birth_order"] == 0 and store.row(2)["_ref"] == ("db", 7)
    assert store.row(1)["_given"] == set()
    assert store.distinct("person") == {"X1", "X2"}
    assert list(store.column("note")) == ["", "备注", "备注"]
    store.put(1, {"birth_date": dt.date(1990, 1, 1), "_ref": ("new", 3)})
    assert store.row(1)["birth_date"] == dt.date(1990, 1, 1) and store.row(1)["_ref"] == ("new", 3)
    picked = Picked(store)
    picked.append(2)
    picked.append(0)
    assert [r["_row"] for r in picked] == [5, 2] and len(picked) == 2
    # one table for every sheet: True and 1 stay apart, equal strings are one object
    assert table.index(True) != table.index(1) and table.values[table.index(True)] is True
    assert table.index("X" + "1") == table.index("X1")
