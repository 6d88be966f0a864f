"""A whole workbook guessed at once (CLI ``--guess-mapping``, the dialog's first state),
and the mappings the clerk saved, found again for a workbook with the same headers."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Protocol

from desktop.services.exchange.columns import BOOL, ENUM, by_header
from desktop.services.exchange.mapping.apply import header_block
from desktop.services.exchange.mapping.guess import (
    guess_columns,
    guess_sheet,
    guess_value,
    is_date,
)
from desktop.services.exchange.mapping.source import Grid, SourceBook
from desktop.services.exchange.mapping.spec import Mapping, SheetMap, load_mapping, save_mapping
from desktop.services.exchange.values import cell_text

DATE_SAMPLE = 200  # rows looked at to guess her date form
_EIGHT_DIGITS = re.compile(r"^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")


def sheet_headers(grid: Grid) -> tuple[int, int, list[str]]:
    """(row of her column names, rows her headers take, her headers), found by themselves."""
    return header_block(grid)


class Sheets(Protocol):
    """An open workbook: its sheet names and each sheet's grid."""

    names: list[str]

    @property
    def single(self) -> bool: ...

    def grid(self, name: str) -> Grid: ...


def guess_mapping(path: Path) -> Mapping:
    """Every sheet that looks like one of ours, with its columns, values and date form."""
    with SourceBook(path) as book:
        return guess_book(book)


def guess_book(book: Sheets, sample: bool = False) -> Mapping:
    """Guesses for every sheet; with ``sample`` her values are guessed from the rows read
    for the head only (the dialog opens at once; it lists every value of a column when
    the clerk picks it), else from every row (the CLI's ``--guess-mapping``)."""
    mapping = Mapping()
    for name in book.names:
        grid = book.grid(name)
        number, count, headers = sheet_headers(grid)
        target = guess_sheet(name, headers)
        if target:
            mapping.sheets[name] = guess_sheet_map(grid, target, number, headers, sample)
            mapping.sheets[name].header_rows = count if count > 1 else None
    return mapping


def guess_sheet_map(grid: Grid, target: str, number: int, headers: list[str],
                    sample: bool = False) -> SheetMap:
    columns = guess_columns(target, headers)
    cols = by_header(target)
    enums = {i: cols[columns[h]] for i, h in enumerate(headers)
             if h in columns and cols[columns[h]].kind in (ENUM, BOOL)}
    dates = [i for i, h in enumerate(headers) if h in columns and is_date(cols[columns[h]])]
    seen: dict[int, Counter[str]] = {i: Counter() for i in enums}
    eight = 0
    for row, cells in grid.sample() if sample else grid.rows():
        if row <= number:
            continue
        for index in seen:
            if index < len(cells):
                text = cell_text(cells[index]).strip()
                if text:
                    seen[index][text] += 1
        if row - number <= DATE_SAMPLE:
            eight += sum(1 for i in dates if i < len(cells)
                         and _EIGHT_DIGITS.match(cell_text(cells[i]).strip()))
    values: dict[str, dict[str, str]] = {}
    for index, col in enums.items():
        words = {v: guess_value(col, v) for v in seen[index]}
        words = {k: v for k, v in words.items() if v}
        if words:
            values[headers[index]] = words
    return SheetMap(target, number, columns, values, "%Y%m%d" if eight else "")



def signature(book: Sheets) -> str:
    """The same for two workbooks whose sheets have the same names and headers."""
    parts = []
    for name in book.names:
        _, _, headers = sheet_headers(book.grid(name))
        parts.append(["" if book.single else name, [h for h in headers if h]])
    data = json.dumps(parts, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:24]


class MappingStore:
    """Saved mappings in a folder beside the ledger, one JSON file per set of headers."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def find(self, key: str) -> Mapping | None:
        path = self._file(key)
        return load_mapping(path) if path.is_file() else None

    def save(self, key: str, mapping: Mapping) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return save_mapping(mapping, self._file(key))
