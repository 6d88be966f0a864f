"""Her sheets translated into ours, row by row, for the normal check and import.

Each mapped sheet becomes a RawSheet of the exchange format: our sheet name, our headers
(her columns not in the mapping keep their names and are reported and ignored), her values
translated, her date form read. Several of her sheets may be the same sheet of ours (one
花名册 per village): they are read one after the other as one sheet. The problems found come
back under her sheet names, row numbers and headers (``relabel``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import SHEETS, ExchangeReadError, FieldChange, Problem
from desktop.services.exchange.columns import COLUMNS, Col
from desktop.services.exchange.mapping.guess import (
    HEADER_SEARCH,
    find_header_block,
    is_date,
    joined_headers,
)
from desktop.services.exchange.mapping.source import Grid, SourceBook
from desktop.services.exchange.mapping.spec import Mapping, SheetMap
from desktop.services.exchange.read import RawSheet
from desktop.services.exchange.values import cell_text

NOT_MAPPED = QT_TRANSLATE_NOOP("exchange", "This sheet is not in the mapping: it is ignored.")
MAPPED_MISSING = QT_TRANSLATE_NOOP(
    "exchange", "The mapping names the sheet {sheet}, which the file {path} does not have.")
ROW_BLOCK = 10_000_000  # row numbers of the 2nd, 3rd … sheet read as one sheet of ours


@dataclass
class Part:
    """One of her sheets inside a sheet of ours."""

    name: str  # her sheet name
    sheet: SheetMap
    offset: int  # added to her row numbers
    back: dict[str, str] = field(default_factory=dict)  # our header -> hers


@dataclass
class Target:
    name: str  # our sheet
    parts: list[Part] = field(default_factory=list)


def header_of(grid: Grid, sheet: SheetMap) -> tuple[int, list[str]]:
    """(row number of her column names, her headers as written): the mapping's rows, or
    found by themselves."""
    number, _, headers = header_block(grid, sheet.header_row, sheet.header_rows)
    return number, headers


def header_block(grid: Grid, row: int | None = None,
                 count: int | None = None) -> tuple[int, int, list[str]]:
    """(row of her column names, rows her headers take, her headers): a group row above
    the names joins them ("基本情况/姓名"). Either part found by itself when not given."""
    head = grid.head(max(HEADER_SEARCH, (row or 0) + 1))
    if row is None:
        row, found = find_header_block(head)
        count = count or found
    count = max(1, min(count or 1, row))
    cells = {n: c for n, c in head if row - count < n <= row}
    return row, count, joined_headers([cells.get(n, []) for n in range(row - count + 1, row + 1)])


def our_headers(target: str, sheet: SheetMap, headers: Sequence[str]) -> list[str]:
    """Our header for each of her columns: the mapped one; a column already named as ours
    keeps it unless another column is mapped there; any other keeps her name (reported as
    an unknown column and ignored)."""
    ours = {c.header for c in COLUMNS[target]}
    taken = set(sheet.columns.values())
    out: list[str] = []
    for index, her in enumerate(headers):
        mine = sheet.columns.get(her, "")
        if not mine and her in ours and her not in taken:
            mine = her
        elif not mine and her in ours:  # e.g. her 姓名 while another column is mapped there
            mine = f"{her}（第{index + 1}列）"
        out.append(mine or her)
    return out


class Translator:
    """Cell by cell: value translations and her extra date form, for one of her sheets."""

    def __init__(self, target: str, sheet: SheetMap, headers: Sequence[str],
                 ours: Sequence[str]) -> None:
        cols = {c.header: c for c in COLUMNS[target]}
        self.words: list[tuple[int, dict[str, str]]] = []
        self.dates: list[int] = []
        for index, her in enumerate(headers):
            col: Col | None = cols.get(ours[index])
            words = sheet.values_for(her)
            if words:
                self.words.append((index, words))
            if sheet.dates and is_date(col):
                self.dates.append(index)
        self.form = sheet.dates

    @property
    def idle(self) -> bool:
        return not self.words and not self.dates

    def row(self, cells: list[Any]) -> list[Any]:
        if self.idle:
            return cells
        cells = list(cells)
        width = len(cells)
        for index, words in self.words:
            if index < width:
                key = cell_text(cells[index]).strip()
                if key in words:
                    cells[index] = words[key]
        for index in self.dates:
            if index < width:
                cells[index] = her_date(cells[index], self.form)
        return cells


def her_date(value: Any, form: str) -> Any:
    """A cell in her date form (20260305 typed as a number or text, …) as a date; any
    other cell as it was, for the normal date rules to accept or explain."""
    if isinstance(value, (dt.date, bool)) or value is None or value == "":
        return value
    text = cell_text(value).strip()
    try:
        return dt.datetime.strptime(text, form).date()
    except ValueError:
        return value


class MappedBook:
    """Her workbook through a mapping: ``sheets()`` for the check, ``relabel`` after it."""

    def __init__(self, path: Path, mapping: Mapping) -> None:
        self.path, self.mapping = path, mapping
        self.targets: dict[str, Target] = {}
        self.ignored: list[str] = []  # her sheets the mapping does not name

    def sheets(self) -> tuple[int, Iterator[RawSheet]]:
        book = SourceBook(self.path)
        try:
            names = self._plan(book)
        except BaseException:
            book.close()
            raise
        return len(self.targets) or 1, self._stream(book, names)

    def _plan(self, book: SourceBook) -> dict[str, SheetMap]:
        chosen: dict[str, SheetMap] = {}
        if book.single and len(self.mapping.sheets) == 1:  # a csv: its one sheet, any name
            chosen[book.names[0]] = next(iter(self.mapping.sheets.values()))
        else:
            for name, sheet in self.mapping.sheets.items():
                if name not in book.names:
                    raise ExchangeReadError(MAPPED_MISSING, sheet=name, path=str(self.path))
                chosen[name] = sheet
            self.ignored = [n for n in book.names if n not in chosen]
        order = {name: i for i, name in enumerate(SHEETS)}
        for name in sorted(chosen, key=lambda n: order[chosen[n].target]):
            target = self.targets.setdefault(chosen[name].target, Target(chosen[name].target))
            target.parts.append(Part(name, chosen[name], ROW_BLOCK * len(target.parts)))
        return chosen

    def _stream(self, book: SourceBook, names: dict[str, SheetMap]) -> Iterator[RawSheet]:
        try:
            for target in self.targets.values():
                yield self._raw(book, target)
        finally:
            book.close()

    def _raw(self, book: SourceBook, target: Target) -> RawSheet:
        loaded = []
        union: list[str] = []
        for part in target.parts:
            grid = book.sheet(part.name)
            number, headers = header_of(grid, part.sheet)
            ours = our_headers(target.name, part.sheet, headers)
            part.back = {mine: hers for mine, hers in zip(ours, headers, strict=True) if mine}
            for mine in ours:
                if mine and mine not in union:
                    union.append(mine)
            loaded.append((part, grid, number, headers, ours))
        first = loaded[0]
        total = sum(1 for _, grid, number, _, _ in loaded if grid.has_rows_after(number))
        rows = self._rows(target.name, loaded, union)
        return RawSheet(target.name, first[2], list(union), rows, total)

    @staticmethod
    def _rows(target: str, loaded: list[Any], union: list[str]) -> Iterator[tuple[int, list[Any]]]:
        for part, grid, number, headers, ours in loaded:
            translate = Translator(target, part.sheet, headers, ours)
            place = [union.index(mine) if mine else -1 for mine in ours]
            same = place == list(range(len(place))) and len(place) == len(union)
            for row, cells in grid.rows():
                if row <= number:
                    continue
                cells = translate.row(cells)
                if not same:
                    out: list[Any] = [""] * len(union)
                    for index, at in enumerate(place):
                        if at >= 0 and index < len(cells):
                            out[at] = cells[index]
                    cells = out
                yield row + part.offset, cells

    # -- the problems under her names -------------------------------------------------
    def _part(self, sheet: str, row: int) -> Part | None:
        target = self.targets.get(sheet)
        if target is None:
            return None
        index = min(row // ROW_BLOCK, len(target.parts) - 1)
        return target.parts[index]

    def relabel(self, problems: Sequence[Problem]) -> tuple[Problem, ...]:
        ignored = [Problem(name, 0, "", "", NOT_MAPPED) for name in self.ignored]
        return (*ignored, *self.relabel_warnings(problems))

    def relabel_warnings(self, problems: Sequence[Problem]) -> tuple[Problem, ...]:
        """Problems (or warnings) on her own sheets, rows and columns."""
        out = []
        for problem in problems:
            part = self._part(problem.sheet, problem.row)
            if part is None:
                out.append(problem)
                continue
            out.append(dataclasses.replace(
                problem, sheet=part.name, row=problem.row - part.offset if problem.row else 0,
                column=part.back.get(problem.column, problem.column)))
        return tuple(out)

    def relabel_changes(self, changes: Sequence[FieldChange]) -> tuple[FieldChange, ...]:
        out = []
        for change in changes:
            part = self._part(change.sheet, change.row)
            if part is None:
                out.append(change)
                continue
            out.append(dataclasses.replace(
                change, sheet=part.name, row=change.row - part.offset,
                column=part.back.get(change.column, change.column)))
        return tuple(out)
