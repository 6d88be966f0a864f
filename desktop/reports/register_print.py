"""登记册 printouts: one of the six registers over a date range, landscape A4."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.domain.register_words import OTHER_LABELS, SHEET_TITLES, header
from desktop.domain.values.registers import (
    COLUMNS,
    DATE,
    ENUM,
    ID_NUMBER,
    ITEMS,
    NUMBER,
    WHOM,
    Register,
    RegisterRow,
)
from desktop.reports.labels import enum_word, id_text, item_words
from desktop.reports.pages import Progress, ProgressFn, Sheet, atomic_output
from desktop.reports.styles import LANDSCAPE, cn_date, cn_range, iso_date, load_fonts
from desktop.reports.tables import Column, TableWriter

# Relative widths by column kind / key; notes and places may wrap to two lines.
_KIND_WIDTH = {ID_NUMBER: 11.5, DATE: 8.5, NUMBER: 6, ITEMS: 12, ENUM: 8, WHOM: 5}
_KEY_WIDTH = {"name": 7, "unit": 13, "note": 16, "place": 11, "child_name": 7, "deceased": 7,
              "weeks": 8}
_WRAP = {"note": 2, "place": 2, "unit": 2}


def register_title(register: Register) -> str:
    return SHEET_TITLES[Register(register)] + "册"


def register_columns(register: Register) -> list[Column]:
    out = [Column("序号", 4.5, "center")]
    for col in COLUMNS[register]:
        title = header(register, col.key)
        width = _KEY_WIDTH.get(col.key) or _KIND_WIDTH.get(col.kind, 9)
        align = "left" if col.kind not in (DATE, NUMBER, ID_NUMBER, ENUM, WHOM) else "center"
        out.append(Column(title, width, align, _WRAP.get(col.key, 1)))
    return out


def register_cells(register: Register,
                   full_ids: bool) -> Callable[[int, RegisterRow], list[object]]:
    """A function turning (line number, row) into the printed cells."""
    formats = [_formatter(c.kind, c.enum, full_ids) for c in COLUMNS[register]]

    def cells(number: int, row: RegisterRow) -> list[object]:
        return [number] + [fmt(v) for fmt, v in zip(formats, row.values, strict=True)]
    return cells


def write_register_pdf(register: Register, rows: Iterable[list[RegisterRow]], out: Path | str, *,
                       office_name: str, start: dt.date, end: dt.date, full_ids: bool = False,
                       font_path: str | None = None, progress: ProgressFn | None = None,
                       total: int = 0, printed_on: dt.date | None = None) -> int:
    """Write the register's rows (chunks as RegisterService.stream gives them)."""
    register = Register(register)
    fonts = load_fonts(font_path)
    report = Progress(progress, total)
    heading = f"{office_name}{register_title(register)}"
    printed = printed_on or dt.date.today()

    def header(sheet: Sheet) -> None:
        sheet.title_block(heading, f"登记期间：{cn_range(start, end)}",
                          f"打印日期：{cn_date(printed)}")

    with atomic_output(out) as part:
        sheet = Sheet(part, fonts, header, LANDSCAPE, heading)
        count = write_register_table(sheet, register, rows, full_ids, report)
        sheet.ensure(16)
        sheet.y -= 13
        sheet.text(sheet.left, sheet.y, f"合计：{count} 条", 9)
        report(count)
        return sheet.finish()


def write_register_table(sheet: Sheet, register: Register, rows: Iterable[list[RegisterRow]],
                         full_ids: bool, report: Progress, done: int = 0) -> int:
    """The register's table on ``sheet`` from its cursor on; returns the rows written
    (``done`` counts earlier rows for progress, as in a report's appendices)."""
    table = TableWriter(sheet, register_columns(register), size=8.0, row_height=15.0)
    cells = register_cells(register, full_ids)
    count, page = 0, sheet.pages
    report(done)
    for chunk in rows:
        for row in chunk:
            count += 1
            table.row(cells(count, row))
            if sheet.pages != page:
                page = sheet.pages
                report(done + count)
    if count == 0:
        table.row(["（本期无记录）"], spans=[len(table.columns)])
    table.close()
    return count


def _formatter(kind: str, enum: type | None, full_ids: bool) -> Callable[[object], str]:
    if kind == ID_NUMBER:
        return lambda v: id_text(v if isinstance(v, str) else "", full_ids)
    if kind == DATE:
        return lambda v: iso_date(v) if isinstance(v, dt.date) else ""
    if kind == ENUM and enum is not None:
        return lambda v: enum_word(enum, v)
    if kind == ITEMS:
        return lambda v: item_words(v if isinstance(v, tuple | list) else ())
    if kind == WHOM:
        return lambda v: OTHER_LABELS.get(v, v) if isinstance(v, str) else ""
    return lambda v: "" if v is None else str(v)
