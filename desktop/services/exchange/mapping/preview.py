"""What the mapping dialog shows: the first rows as they will be stored, with their
problems, and every distinct value of a column for its translation. No database: the
unit names the ledger knows are passed in."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.values.exchange import PERSONS, UNITS, Problem
from desktop.services.exchange import rules
from desktop.services.exchange.check import Collector, read_sheet
from desktop.services.exchange.columns import COLUMNS
from desktop.services.exchange.mapping.apply import Translator, header_of, our_headers
from desktop.services.exchange.mapping.source import Grid
from desktop.services.exchange.mapping.spec import SheetMap
from desktop.services.exchange.plan import UNKNOWN_UNIT
from desktop.services.exchange.read import RawSheet
from desktop.services.exchange.values import Bad, cell_text, check_id, typed

PREVIEW_ROWS = 20
MAX_DISTINCT = 500  # a column with more distinct values is not a list to translate


@dataclass
class PreviewRow:
    number: int  # as Excel shows it
    cells: list[str]  # one per shown column, as it will be stored
    problems: list[Problem] = field(default_factory=list)


@dataclass
class SheetPreview:
    header_row: int
    headers: list[str]  # hers, as written
    columns: list[str]  # ours that the mapping fills, in the format's order
    rows: list[PreviewRow]
    problems: list[Problem]  # of the sheet as a whole (unknown or missing columns)


def preview_sheet(grid: Grid, sheet: SheetMap, today: dt.date,
                  units: Collection[str] | None = None, count: int = PREVIEW_ROWS) -> SheetPreview:
    number, headers = header_of(grid, sheet)
    ours = our_headers(sheet.target, sheet, headers)
    back = dict(zip(ours, headers, strict=True))
    translate = Translator(sheet.target, sheet, headers, ours)
    rows: list[tuple[int, list[Any]]] = []
    for row, cells in grid.rows():
        if len(rows) >= count:
            break
        if row > number and any(cell_text(c).strip() for c in cells):
            rows.append((row, translate.row(cells)))
    collector = Collector()
    result = read_sheet(RawSheet(sheet.target, number, list(ours), iter(rows), len(rows)),
                        collector, today)
    assert result is not None
    shown = [c for c in COLUMNS[sheet.target] if c.header in ours]
    out: list[PreviewRow] = []
    for values in result.good:
        found = _row_rules(sheet.target, values, today, units)
        cells = [cell_text(typed(c, values.get(c.key))) for c in shown]
        out.append(PreviewRow(values["_row"], cells, [
            Problem(grid.name, values["_row"], back.get(h, h), "", b.reason, b.params, b.context)
            for h, b in found]))
    assert result.rejected is not None
    for row, cells, problems in result.rejected.rows:
        texts = [cell_text(cells[ours.index(c.header)]) if ours.index(c.header) < len(cells)
                 else "" for c in shown]
        out.append(PreviewRow(row, texts, [_hers(p, grid.name, back) for p in problems]))
    out.sort(key=lambda r: r.number)
    whole = [_hers(p, grid.name, back) for p in collector.problems if p.row == number]
    return SheetPreview(number, headers, [c.header for c in shown], out, whole)


def _hers(problem: Problem, sheet: str, back: dict[str, str]) -> Problem:
    return dataclasses.replace(problem, sheet=sheet,
                               column=back.get(problem.column, problem.column))


def _row_rules(target: str, values: dict[str, Any], today: dt.date,
               units: Collection[str] | None) -> list[tuple[str, Bad]]:
    """The rules the plan applies to one row without the database: the editor's rules of
    a person, a record's dates against her birth, a unit the ledger does not have."""
    if target == UNITS:
        return []
    if target == PERSONS:
        found, _ = rules.person(values, today)
        if units is not None and values.get("unit") and values["unit"] not in units:
            found.append(("单位", Bad(UNKNOWN_UNIT)))
        return found
    try:
        birth = check_id(values["person"], today, woman=True).birth_date
    except Bad as bad:
        header = next(c.header for c in COLUMNS[target] if c.key == "person")
        return [(header, bad)]
    return rules.record(target, values, birth, today)


def distinct_values(grid: Grid, header_row: int, index: int,
                    limit: int = MAX_DISTINCT) -> list[tuple[str, int]]:
    """Every distinct value of one of her columns below the header, with how often it
    occurs (most frequent first); at most ``limit`` of them."""
    seen: Counter[str] = Counter()
    for row, cells in grid.rows():
        if row <= header_row or index >= len(cells):
            continue
        text = cell_text(cells[index]).strip()
        if text:
            seen[text] += 1
            if len(seen) > limit:
                break
    return seen.most_common(limit)
