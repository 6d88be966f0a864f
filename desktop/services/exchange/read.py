"""Reading the workbook: python-calamine for .xlsx/.xls/.ods, the csv module for .csv.

calamine (Rust) reads 100,000 rows several times faster than openpyxl's read-only mode
(figures in tests/perf/test_bench_exchange.py), and hands dates over as dates. Rows are
streamed; each comes with its row number as Excel shows it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import PERSONS, ExchangeReadError
from desktop.services.exchange.limits import MAX_FILE, BookLimits, check_file, open_limits
from desktop.services.exchange.pieces import (
    PIECE_SHEET,
    base_workbook,
    cuttable,
    piece_workbook,
    pieces,
)
from desktop.system_errors import reason_of

if TYPE_CHECKING:

    from python_calamine import CalamineSheet, CalamineWorkbook

Cells = list[Any]  # one row's values as the reader gives them (text, numbers, dates, None)
Part = tuple["CalamineSheet", bool]  # a whole sheet or one of its pieces (True)

CANNOT_READ = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} cannot be read as a workbook: {reason}")
NOT_FOUND = QT_TRANSLATE_NOOP("exchange", "The file {path} does not exist.")
UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is not a workbook: use .xlsx, .xls, .ods or .csv.")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass
class RawSheet:
    name: str
    header_row: int  # as Excel shows it
    headers: list[str]
    rows: Iterator[tuple[int, Cells]]  # (row number, cells aligned with headers)
    total: int  # 1 when the sheet has rows below its header row (read or not), else 0


def open_book(path: Path) -> list[RawSheet]:
    """Every sheet of the file, header read, rows not yet. Raises ExchangeReadError."""
    _check(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return [_csv_sheet(path)]
        if suffix in WORKBOOK_SUFFIXES:
            return _calamine_sheets(path)
    except ExchangeReadError:
        raise
    except Exception as exc:  # calamine raises its own types for damaged files
        raise ExchangeReadError(CANNOT_READ, path=str(path), reason=reason_of(exc)) from exc
    raise ExchangeReadError(UNKNOWN_TYPE, path=str(path))


def stream_book(path: Path) -> tuple[int, Iterator[RawSheet]]:
    """(number of sheets, the sheets one by one). calamine parses a sheet without the GIL,
    so the sheets load on a thread while the caller checks the ones already read (county
    scale: 10 s of loading hidden behind the check). Raises ExchangeReadError, also while
    iterating."""
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES:
        return 1, iter(open_book(path))
    if not path.is_file():
        raise ExchangeReadError(NOT_FOUND, path=str(path))
    try:  # the file as a whole now; each sheet's scan runs just before calamine loads it
        limits = open_limits(path)
    except OSError as exc:
        raise ExchangeReadError(CANNOT_READ, path=str(path), reason=reason_of(exc)) from exc
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except Exception as exc:  # calamine raises its own types for damaged files
        if limits is not None:
            limits.close()
        raise ExchangeReadError(CANNOT_READ, path=str(path), reason=reason_of(exc)) from exc
    return len(names), _prefetched(path, book, names, limits)


def _check(path: Path) -> None:
    """The file exists and is within the limits (before calamine sees it)."""
    if not path.is_file():
        raise ExchangeReadError(NOT_FOUND, path=str(path))
    try:
        check_file(path)
    except OSError as exc:
        raise ExchangeReadError(CANNOT_READ, path=str(path), reason=reason_of(exc)) from exc


def _prefetched(path: Path, book: CalamineWorkbook, names: list[str], limits: BookLimits | None
                ) -> Iterator[RawSheet]:
    """Each sheet checked against the limits before any of it loads. A .xlsx sheet is read
    a piece at a time (pieces.py), the next piece loading on a thread while the caller
    checks the rows of this one (calamine parses without the GIL): a few MB of cells in
    memory whatever the sheet's size. Other sheets load whole."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sheet-loader")
    base: list[bytes] = []  # the pieces' common parts, built once

    def source(name: str) -> Iterator[Part]:
        if limits is not None:
            limits.check_sheet(name)  # never a sheet that was not checked
            part = limits.part_of(name)
            if part is not None and (part in limits.numbered or cuttable(limits.book, part)):
                if not base:
                    base.append(base_workbook(limits.book))
                for xml in pieces(limits.book, part):
                    loaded = CalamineWorkbook.from_filelike(piece_workbook(base[0], xml))
                    del xml
                    yield loaded.get_sheet_by_name(PIECE_SHEET), True
                return
        yield book.get_sheet_by_name(name), False

    def failed(exc: Exception) -> ExchangeReadError:
        if isinstance(exc, ExchangeReadError):
            return exc
        return ExchangeReadError(CANNOT_READ, path=str(path), reason=reason_of(exc))

    def ahead(sheets: Iterator[Part]) -> Part | None:
        try:
            return next(sheets, None)
        except Exception as exc:  # calamine's own types, zip errors: the file's damage
            raise failed(exc) from exc

    def loaded(name: str) -> Iterator[Part]:  # the sheet's parts, one ahead
        sheets = source(name)
        coming = pool.submit(ahead, sheets)
        while (sheet := coming.result()) is not None:
            coming = pool.submit(ahead, sheets)
            yield sheet
            del sheet

    from python_calamine import CalamineWorkbook

    try:
        for name in names:
            yield _raw_sheet(name, loaded(name))
    finally:  # a cancelled check does not wait for the piece still loading
        pool.shutdown(wait=False, cancel_futures=True)
        if limits is not None:
            limits.close()


def _calamine_sheets(path: Path) -> list[RawSheet]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return [_raw_sheet(name, iter([(book.get_sheet_by_name(name), False)]))
            for name in book.sheet_names]


def _rows(sheets: Iterator[Part]) -> Iterator[tuple[int, Cells]]:
    """(row number as Excel shows it, cells from column A) of every row of the sheet's
    parts: (calamine sheet, is a piece) pairs, a whole sheet or its pieces in order."""
    for sheet, piece in sheets:
        if sheet.height == 0 or sheet.start is None:
            continue
        first_row, first_col = sheet.start
        pad = [""] * first_col
        # A piece's rows from its first (a few MB of them at once); a whole sheet's one by
        # one, from row 1 (calamine's iter_rows starts there, whatever the first used row).
        rows = enumerate(sheet.to_python(), start=first_row + 1) if piece else enumerate(
            sheet.iter_rows(), start=1)
        for number, cells in rows:
            yield number, (pad + cells if first_col else cells)


def _raw_sheet(name: str, sheets: Iterator[Part]) -> RawSheet:
    rows = _rows(sheets)
    number, header = 0, []  # type: tuple[int, Cells]
    for found, cells in rows:  # the first non-blank row holds the names
        if any(c != "" for c in cells):
            number, header = found, cells
            break
    lead = next((i for i, h in enumerate(header) if h != ""), 0)  # blank columns before it
    headers = ["" if h is None else str(h).strip() for h in header[lead:]]
    if not header:
        return RawSheet(name.strip(), 1, [], iter(()), 0)
    return RawSheet(name.strip(), number, headers, _trimmed(rows, lead), 1)


def _trimmed(rows: Iterator[tuple[int, Cells]], lead: int) -> Iterator[tuple[int, Cells]]:
    if not lead:
        yield from rows
        return
    for number, cells in rows:
        yield number, cells[lead:]


def _csv_sheet(path: Path) -> RawSheet:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError as exc:
                raise ExchangeReadError(CANNOT_READ, path=str(path), reason=reason_of(exc)) from exc
    if csv.field_size_limit() < MAX_FILE:  # an over-long cell rejects its row, not the file
        csv.field_size_limit(MAX_FILE)
    lines = list(csv.reader(io.StringIO(text, newline="")))
    if not lines:
        return RawSheet(PERSONS, 1, [], iter(()), 0)
    headers = [h.strip() for h in lines[0]]
    # csv cells are text: a blank cell is "" as with calamine.
    rows = ((number, cells) for number, cells in enumerate(lines[1:], start=2))
    return RawSheet(PERSONS, 1, headers, rows, len(lines) - 1)
