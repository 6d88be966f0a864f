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
from desktop.services.exchange.rowstore import ABSENT, BOOL_NONE, RowStore, ValueTable
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
    _check_rows(raw, result, missing, collector, today, tick)
    return result


def _check_rows(raw: RawSheet, result: SheetResult, missing: list[str], collector: Collector,
                today: dt.date, tick: Callable[[], None] | None) -> None:
    """Every row's cells, parsed and encoded straight into the sheet's RowStore."""
    encoder = _Encoder(raw.name, result, collector, today)
    slots, blank_codes, track = encoder.slots, encoder.blank_codes, collector.update
    rejected, store = result.rejected, result.good
    pending: list[list[int]] = []
    assert rejected is not None
    width = len(raw.headers)
    id_columns = [index for index, c in result.mapped if c.kind == ID]
    for number, cells in raw.rows:
        if tick is not None and number % CHECK_EVERY == 0:
            tick()
        first = cells[0] if cells else None
        if not (type(first) is str and first.strip()) and _blank_row(cells):
            continue
        result.rows += 1
        if len(cells) < width:
            cells = list(cells) + [""] * (width - len(cells))
        refuse_masked(raw.name, number, cells, id_columns)
        codes = blank_codes.copy()  # the row number, the values, the flags (, given keys)
        codes[0] = number
        given = 0
        problems: list[Problem] | None = None
        for slot in slots:
            value = cells[slot.index]
            found = slot.memo.get(value) if type(value) in _MEMO_TYPES else None
            if found is None:
                try:
                    found = encoder.encode(slot, value)
                except Bad as bad:
                    problems = problems or []
                    problems.append(Problem(raw.name, number, slot.col.header, cell_text(value),
                                            bad.reason, bad.params, bad.context))
                    continue
            codes[slot.at] = found >> 1
            if found & 1:
                given |= slot.bit
        if missing:
            problems = problems or []
            problems.append(Problem(raw.name, number, missing[0], "", MISSING_COLUMN,
                                    {"column": missing[0]}))
            rejected.rows.append((number, cells, problems))
            continue  # reported once on the header row
        if problems:
            collector.problems.extend(problems)
            rejected.rows.append((number, cells, problems))
            continue
        if track:
            codes.append(given)
        pending.append(codes)
        if len(pending) >= CHECK_EVERY:
            store.extend_coded(pending)
            pending.clear()
    store.extend_coded(pending)


# A cell's outcome is remembered per column (a county workbook repeats its dates, words,
# ID numbers and places millions of times): text and dates only (1, 1.0 and True are equal
# keys), successful outcomes only, and a bounded number of them.
_MEMO_TYPES = frozenset({str, dt.date})
MEMO_PER_COLUMN = 150_000
MEMO_PER_SHEET = 400_000


@dataclass
class _Slot:
    index: int  # the column's index in the row
    col: Col
    at: int  # position in the row's codes: 0 the row number, the store's value keys, its flags
    flag: bool  # a yes/no column, stored as 0 / 1
    bit: int  # the key's bit in the mask of given keys (update only)
    blank: int  # the code of a blank cell's stored value
    memo: dict[object, int] = field(default_factory=dict)  # cell -> code << 1 | given


class _Encoder:
    """Turns cells into RowStore codes: each known column's slot, the codes of a row whose
    cells are all blank (every column of the format, given in the sheet or not)."""

    def __init__(self, sheet: str, result: SheetResult, collector: Collector,
                 today: dt.date) -> None:
        store, self.table, self.today = result.good, collector.table, today
        order = ["_row", *store.value_keys, *store.flag_keys]
        self.blank_codes = [0] + [ABSENT] * len(store.value_keys) + [BOOL_NONE] * len(
            store.flag_keys)
        for col in COLUMNS[sheet]:
            self.blank_codes[order.index(col.key)] = self._code(col, _blank(col))
        self.slots = [
            _Slot(index, col, order.index(col.key), col.kind == BOOL,
                  store.bit(col.key) if collector.update else 0,
                  self.blank_codes[order.index(col.key)])
            for index, col in result.mapped]
        self.room = MEMO_PER_SHEET

    def _code(self, col: Col, stored: object) -> int:
        if col.kind == BOOL:
            return int(bool(stored))
        return self.table.index(stored)

    def encode(self, slot: _Slot, value: object) -> int:
        """The cell's code << 1 | 1 when the file gives the value (not blank). Raises Bad."""
        try:
            parsed = parse(slot.col, value, self.today)
            found = slot.blank << 1 if parsed is None else self._code(slot.col, parsed) << 1 | 1
        except Cleared:
            found = slot.blank << 1 | 1
        if type(value) in _MEMO_TYPES and self.room and len(slot.memo) < MEMO_PER_COLUMN:
            slot.memo[value] = found
            self.room -= 1
        return found


def _blank_row(cells: Cells) -> bool:
    return not any(c is not None and c != "" and not (isinstance(c, str) and not c.strip())
                   for c in cells)


def _blank(col: Col) -> object:
    """The stored value of a blank optional cell."""
    if col.kind in (TEXT, ID):
        return ""
    if col.kind == ENUM:
        return DEFAULTS.get(col.key)
    return False if col.kind == BOOL else None
