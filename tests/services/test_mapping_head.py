"""Her sheet read on demand: the first rows of an .xlsx from the start of its XML only, the
same cells (shared strings, dates, numbers) and row numbers as the whole sheet gives, the
whole sheet only when a caller reads past them, and the limits applied to the head too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.domain.values.exchange import ExchangeReadError
from desktop.services.exchange.mapping import source
from desktop.services.exchange.mapping.source import SourceBook
from tests.helpers import woman_id

ROWS = 6000  # some 600 KB of sheet XML: more than the first read takes


def _long_roster(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet["C3"] = "花名册"  # her sheet starts at C3: numbers and columns as Excel shows them
    sheet.append([None, None, "姓名", "身份证号码", "出生日期", "备注"])
    for n in range(ROWS):
        sheet.append([None, None, f"姓名{n}", woman_id(dt.date(1990, 1, 1), n % 100),
                      dt.date(1990, 1, 1) + dt.timedelta(days=n), 7 if n % 2 else "已婚"])
    book.save(path)  # openpyxl writes shared strings: the head reads them as the whole does
    return path


def test_the_head_is_read_alone_and_gives_the_same_rows_as_the_whole(tmp_path: Path,
                                                                      monkeypatch) -> None:
    path = _long_roster(tmp_path / "花名册.xlsx")
    loads: list[str] = []
    with SourceBook(path) as book:
        whole = book._whole
        monkeypatch.setattr(book, "_whole", lambda name: loads.append(name) or whole(name))
        grid = book.sheet("花名册")
        head = grid.head(30)
        sample = grid.sample()
        assert loads == []  # nothing but the start of the sheet was read
        assert 100 < len(sample) < ROWS
        assert head[2] == (3, ["", "", "花名册"] + [""] * 3)
        assert head[3][0] == 4 and head[3][1][2:4] == ["姓名", "身份证号码"]
        assert head[4][1][2:] == ["姓名0", woman_id(dt.date(1990, 1, 1), 0),
                                  dt.date(1990, 1, 1), "已婚"]
        rows = list(grid.rows())
        assert loads == ["花名册"]  # past the head: the whole sheet, once
    assert [n for n, _ in rows] == list(range(1, ROWS + 5))
    assert rows[: len(sample)] == sample
    assert rows[-1][1][2] == f"姓名{ROWS - 1}" and rows[-1][1][5] == 7.0
    assert grid.has_rows_after(4)


def test_a_small_sheet_is_read_once(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "花名册"
    book.active.append(["姓名", "身份证号码"])
    book.active.append(["王芳", woman_id(dt.date(1990, 1, 1), 2)])
    book.save(tmp_path / "小.xlsx")
    with SourceBook(tmp_path / "小.xlsx") as opened:
        grid = opened.sheet("花名册")
        assert [n for n, _ in grid.rows()] == [1, 2]
        assert grid.has_rows_after(1) and not grid.has_rows_after(2)


def test_a_head_over_the_limits_is_refused_before_calamine_reads_it(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "花名册"
    book.active.append(["姓名", "身份证号码"])
    book.active["ZZ3"] = "远"  # column 702: over the 200-column limit, within the head
    book.save(tmp_path / "宽.xlsx")
    with SourceBook(tmp_path / "宽.xlsx") as opened:
        grid = opened.sheet("花名册")
        with pytest.raises(ExchangeReadError, match="more than 200 columns"):
            grid.head(30)


def test_a_row_longer_than_the_first_read_reads_more(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(source, "HEAD_BYTES", (64, 1024 * 1024))
    book = Workbook()
    book.active.title = "花名册"
    book.active.append(["姓名", "身份证号码", "备注"])
    book.active.append(["王芳", woman_id(dt.date(1990, 1, 1), 2), "长" * 500])
    book.save(tmp_path / "长.xlsx")
    with SourceBook(tmp_path / "长.xlsx") as opened:
        rows = opened.sheet("花名册").head(5)
    assert [n for n, _ in rows] == [1, 2] and rows[1][1][2] == "长" * 500
