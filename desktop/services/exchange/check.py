"""Checking one sheet: header names, then every cell of every row, nothing written.

A row with any problem is rejected whole and kept (cells and reasons) for the
rejected-rows workbook; a good row becomes a dict of stored values with ``_row``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    REASON_COLUMN,
    SHEETS,
    MaskedWorkbook,
    Problem,
    ShouldStop,
)
from desktop.services.exchange.columns import BOOL, COLUMNS, DATE, DEFAULTS, ENUM, ID, TEXT, Col
from desktop.services.exchange.read import RawSheet
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
# Values that repeat from row to row share one object (ID numbers, dates, places, units).
SHARED_KINDS = (ID, DATE)
SHARED_KEYS = frozenset({"place", "unit", "parent", "ethnicity", "employer"})
CHECK_EVERY = 2000  # rows between progress reports and cancel questions


@dataclass
class Rejected:
    headers: list[str]
    rows: list[tuple[int, list, list[Problem]]] = field(default_factory=list)


@dataclass
class SheetResult:
    name: str
    rows: int = 0  # data rows read
    good: list[dict] = field(default_factory=list)
    rejected: Rejected | None = None
    mapped: list = field(default_factory=list)  # (index in the row, Col) of the known columns


class Collector:
    """Problems and rejected rows of the whole workbook."""

    def __init__(self, update: bool = False) -> None:
        # With update, each good row keeps which of its fields the file gives ("_given": a
        # set of keys, non-blank cells and （清空）): an update changes only those.
        self.update = update
        # Equal short values (ID numbers, dates, places) share one object across all rows:
        # at county scale a person's ID is in dozens of rows (saves ~100 bytes a cell).
        self.shared: dict = {}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # imported as they are; 数据核查 will list them
        self.sheets: dict[str, SheetResult] = {}

    def sheet_problem(self, sheet: str, row: int, column: str, value: str, reason: str,
                      **params: object) -> None:
        self.problems.append(Problem(sheet, row, column, value, reason, params))

    def reject(self, sheet: str, row: dict, problems: list[Problem]) -> None:
        """Reject a row that passed the cell checks (a rule across cells or sheets)."""
        result = self.sheets[sheet]
        self.problems.extend(problems)
        assert result.rejected is not None
        result.rejected.rows.append((row["_row"], self._cells(result, row), problems))
        row["_rejected"] = True

    def warn(self, sheet: str, row: dict, found: list[tuple[str, Bad]]) -> None:
        """A good row with what 数据核查 will flag: imported, the clerk told."""
        self.warnings.extend(self.problem(sheet, row, header, bad) for header, bad in found)

    def problem(self, sheet: str, row: dict, header: str, bad: Bad) -> Problem:
        result = self.sheets[sheet]
        cols = result.rejected.headers if result.rejected else []
        col = next((c for _, c in result.mapped if c.header == header), None)
        value = cell_text(typed(col, row.get(col.key))) if col is not None and header in cols else ""
        return Problem(sheet, row["_row"], header, value, bad.reason, bad.params, bad.context)

    @staticmethod
    def _cells(result: SheetResult, row: dict) -> list:
        """A good row's cells, rebuilt from its values (the raw cells of the hundreds of
        thousands of good rows are not kept: they were two thirds of the check's memory);
        columns the format does not know come back blank."""
        assert result.rejected is not None
        cells: list = [""] * len(result.rejected.headers)
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


def refuse_masked(sheet: str, number: int, cells: list, columns: list[int]) -> None:
    """A masked ID number (a default export) refuses the whole workbook."""
    for index in columns:
        value = cells[index]
        if isinstance(value, str) and "*" in value:
            raise MaskedWorkbook(MASKED, value=value[:20], sheet=sheet, row=number)


def read_sheet(raw: RawSheet, collector: Collector, today: dt.date,
               tick: ShouldStop | None = None) -> SheetResult | None:
    """Parse the rows of a known sheet; None (and a problem) for an unknown sheet."""
    if raw.name not in COLUMNS:
        if raw.headers or raw.total:
            collector.sheet_problem(raw.name, 0, "", "", UNKNOWN_SHEET, sheets=" ".join(SHEETS))
        for _ in raw.rows:  # drain calamine's iterator
            pass
        return None
    result = SheetResult(raw.name, rejected=Rejected(raw.headers))
    collector.sheets[raw.name] = result
    known = {c.header: c for c in COLUMNS[raw.name]}
    mapped: list[tuple[int, Col]] = []
    raw.headers = [h.rstrip("*").strip() for h in raw.headers]  # a template's "名称*" too
    result.rejected.headers = raw.headers
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
    shared = collector.shared.setdefault
    sharing = {c.key for _, c in mapped if c.kind in SHARED_KINDS or c.key in SHARED_KEYS}
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
        values: dict = {"_row": number}
        for index, col in mapped:
            value = cells[index]
            try:
                parsed = parse(col, value, today)
                if parsed is not None and col.key in sharing:
                    parsed = shared(parsed, parsed)  # one object per ID number, date, place
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
            result.rejected.rows.append((number, cells, problems))
            continue  # reported once on the header row
        if problems:
            collector.problems.extend(problems)
            result.rejected.rows.append((number, cells, problems))
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
