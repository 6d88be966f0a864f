"""Checking one sheet: header names, then every cell of every row, nothing written.

A row with any problem is rejected whole and kept (cells and reasons) for the
rejected-rows workbook; a good row's stored values go into the sheet's RowStore (compact
columns; a dict with ``_row`` again when read).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    CHILDREN,
    FOLLOWUPS,
    PAYMENTS,
    PERSONS,
    POSTPONEMENTS,
    REASON_COLUMN,
    SHEETS,
    MaskedWorkbook,
    Problem,
)
from desktop.services.exchange.columns import BOOL, COLUMNS, DEFAULTS, ENUM, ID, TEXT, Col
from desktop.services.exchange.read import Cells, RawSheet
from desktop.services.exchange.rowstore import RowStore, ValueTable
from desktop.services.exchange.values import Bad, Cleared, cell_text, parse, typed

UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("exchange", "Unknown column: it is ignored.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("exchange", "The required column {column} is missing.")
UNKNOWN_SHEET = QT_TRANSLATE_NOOP(
    "exchange", "Unknown sheet: it is ignored (the sheets are {sheets}).")
CANCELLED_CHECK = QT_TRANSLATE_NOOP("exchange", "The check was cancelled.")
MASKED = QT_TRANSLATE_NOOP(
    "exchange", "This workbook holds masked ID numbers (such as {value} on sheet {sheet}, row "
                "{row}), as an export writes them unless full numbers are chosen, so it cannot "
                "be imported; nothing was written. Export again with full ID numbers (File › "
                "Import / export › Export all data…, then Full numbers; on the command line "
                "export --out FILE --full-ids) and import that file.")
CHECK_EVERY = 2000  # rows between progress reports and cancel questions


@dataclass
class Rejected:
    headers: list[str]
    rows: list[tuple[int, Cells, list[Problem]]] = field(default_factory=list)


# What the plan adds to a sheet's rows: her birth date, the links to other rows.
EXTRA_VALUES = {PERSONS: ("birth_date",)}
EXTRA_REFS = {CHILDREN: ("_preg",), FOLLOWUPS: ("_ref",), PAYMENTS: ("_ref",),
              POSTPONEMENTS: ("_ref",)}


def new_store(sheet: str, table: ValueTable, given: bool) -> RowStore:
    cols = COLUMNS[sheet]
    return RowStore(table, [*(c.key for c in cols if c.kind != BOOL), *EXTRA_VALUES.get(sheet, ())],
                    [c.key for c in cols if c.kind == BOOL], EXTRA_REFS.get(sheet, ()), given)


@dataclass
class SheetResult:
    name: str
    good: RowStore
    rows: int = 0  # data rows read
    rejected: Rejected | None = None
    # (index in the row, Col) of the known columns
    mapped: list[tuple[int, Col]] = field(default_factory=list)


class Collector:
    """Problems and rejected rows of the whole workbook."""

    def __init__(self, update: bool = False) -> None:
        # With update, each good row keeps which of its fields the file gives ("_given": a
        # set of keys, non-blank cells and （清空）): an update changes only those.
        self.update = update
        # Every distinct value of every sheet, once (a person's ID is in dozens of rows).
        self.table = ValueTable()
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # imported as they are; 数据核查 will list them
        self.sheets: dict[str, SheetResult] = {}

    def sheet_problem(self, sheet: str, row: int, header: str, value: str, reason: str,
                      **params: object) -> None:
        self.problems.append(Problem(sheet, row, header, value, reason, params))

    def reject(self, sheet: str, row: dict[str, Any], problems: list[Problem]) -> None:
        """Reject a row that passed the cell checks (a rule across cells or sheets)."""
        result = self.sheets[sheet]
        self.problems.extend(problems)
        assert result.rejected is not None
        result.rejected.rows.append((row["_row"], self._cells(result, row), problems))

    def warn(self, sheet: str, row: dict[str, Any], found: list[tuple[str, Bad]]) -> None:
        """A good row with what 数据核查 will flag: imported, the clerk told."""
        self.warnings.extend(self.problem(sheet, row, header, bad) for header, bad in found)

    def problem(self, sheet: str, row: dict[str, Any], header: str, bad: Bad) -> Problem:
        result = self.sheets[sheet]
        cols = result.rejected.headers if result.rejected else []
        col = next((c for _, c in result.mapped if c.header == header), None)
        value = cell_text(typed(col, row.get(col.key))) if col is not None and header in cols else ""
        return Problem(sheet, row["_row"], header, value, bad.reason, bad.params, bad.context)

    @staticmethod
    def _cells(result: SheetResult, row: dict[str, Any]) -> Cells:
        """A good row's cells, rebuilt from its values (the raw cells of the hundreds of
        thousands of good rows are not kept: they were two thirds of the check's memory);
        columns the format does not know come back blank."""
        assert result.rejected is not None
        cells: Cells = [""] * len(result.rejected.headers)
        for index, col in result.mapped:
            cells[index] = typed(col, row.get(col.key))
        return cells

    def sorted_problems(self) -> tuple[Problem, ...]:
        return _in_order(self.problems)

    def sorted_warnings(self) -> tuple[Problem, ...]:
        return _in_order(self.warnings)


def _in_order(problems: list[Problem]) -> tuple[Problem, ...]:
    order = {name: i for i, name in enumerate(SHEETS)}
    return tuple(sorted(problems, key=lambda p: (order.get(p.sheet, 99), p.sheet, p.row)))


def refuse_masked(sheet: str, number: int, cells: Cells, columns: list[int]) -> None:
    """A masked ID number (a default export) refuses the whole workbook."""
    for index in columns:
        value = cells[index]
        if isinstance(value, str) and "*" in value:
            raise MaskedWorkbook(MASKED, value=value[:20], sheet=sheet, row=number)


def read_sheet(raw: RawSheet, collector: Collector, today: dt.date,
               tick: Callable[[], None] | None = None) -> SheetResult | None:
    """Parse the rows of a known sheet; None (and a problem) for an unknown sheet."""
    if raw.name not in COLUMNS:
        if raw.headers or raw.total:
            collector.sheet_problem(raw.name, 0, "", "", UNKNOWN_SHEET, sheets=" ".join(SHEETS))
        for _ in raw.rows:  # drain calamine's iterator
            pass
        return None
    rejected = Rejected(raw.headers)
    result = SheetResult(raw.name, new_store(raw.name, collector.table, collector.update),
                         rejected=rejected)
    collector.sheets[raw.name] = result
    known = {c.header: c for c in COLUMNS[raw.name]}
    mapped: list[tuple[int, Col]] = []
    raw.headers = [h.rstrip("*").strip() for h in raw.headers]  # a template's "名称*" too
    rejected.headers = raw.headers
    for index, header in enumerate(raw.headers):
        if header in known and all(c.header != header for _, c in mapped):
            mapped.append((index, known[header]))
        elif header and header != REASON_COLUMN:
            collector.sheet_problem(raw.name, raw.header_row, header, header, UNKNOWN_COLUMN)
    result.mapped = mapped
    missing = [c.header for c in COLUMNS[raw.name] if c.required and c.header not in raw.headers]
    for header in missing:
        collector.sheet_problem(raw.name, raw.header_row, header, "", MISSING_COLUMN, column=header)
    width = len(raw.headers)
    track = collector.update
    id_columns = [index for index, c in mapped if c.kind == ID]
    for number, cells in raw.rows:
        if tick is not None and number % CHECK_EVERY == 0:
            tick()
        if not any(c is not None and c != "" and not (isinstance(c, str) and not c.strip())
                   for c in cells):
            continue
        result.rows += 1
        given: set[str] = set()
        if len(cells) < width:
            cells = list(cells) + [""] * (width - len(cells))
        refuse_masked(raw.name, number, cells, id_columns)
        problems: list[Problem] = []
        values: dict[str, Any] = {"_row": number}
        for index, col in mapped:
            value = cells[index]
            try:
                parsed = parse(col, value, today)
                values[col.key] = parsed
                if track and parsed is not None:
                    given.add(col.key)
            except Cleared:
                values[col.key] = _blank(col)
                given.add(col.key)
            except Bad as bad:
                problems.append(Problem(raw.name, number, col.header, cell_text(value),
                                        bad.reason, bad.params, bad.context))
        if missing:
            problems.append(Problem(raw.name, number, missing[0], "", MISSING_COLUMN,
                                    {"column": missing[0]}))
            rejected.rows.append((number, cells, problems))
            continue  # reported once on the header row
        if problems:
            collector.problems.extend(problems)
            rejected.rows.append((number, cells, problems))
            continue
        for col in COLUMNS[raw.name]:
            if values.get(col.key) is None:
                values[col.key] = _blank(col)
        if track:
            values["_given"] = given
        result.good.append(values)
    return result


def _blank(col: Col) -> object:
    """The stored value of a blank optional cell."""
    if col.kind in (TEXT, ID):
        return ""
    if col.kind == ENUM:
        return DEFAULTS.get(col.key)
    return False if col.kind == BOOL else None
