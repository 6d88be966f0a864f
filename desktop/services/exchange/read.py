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

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import PERSONS, ExchangeReadError
from desktop.services.exchange.limits import MAX_FILE, BookLimits, check_file, open_limits
from desktop.system_errors import reason_of

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
    rows: Iterator[tuple[int, list]]  # (row number, cells aligned with headers)
    total: int  # rows below the header (blank ones included): for progress


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


def _prefetched(path: Path, book, names: list[str], limits: BookLimits | None  # noqa: ANN001
                ) -> Iterator[RawSheet]:
    """One sheet is checked against the limits and loaded ahead, on a thread, while the
    caller checks the rows of the one before: never more than two sheets' cells in memory,
    and the limits scan of the county workbook hidden behind the row checks."""
    from concurrent.futures import ThreadPoolExecutor

    def load(name: str):  # noqa: ANN202 - a calamine sheet
        if limits is not None:
            limits.check_sheet(name)  # never a sheet that was not checked
        return book.get_sheet_by_name(name)

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sheet-loader")
    try:
        ahead = pool.submit(load, names[0]) if names else None
        for index, name in enumerate(names):
            assert ahead is not None
            try:
                sheet = ahead.result()
            except ExchangeReadError:
                raise
            except Exception as exc:
                raise ExchangeReadError(CANNOT_READ, path=str(path),
                                        reason=reason_of(exc)) from exc
            ahead = pool.submit(load, names[index + 1]) if index + 1 < len(names) else None
            yield _raw_sheet(name, sheet)
            del sheet
    finally:  # a cancelled check does not wait for the sheet still loading
        pool.shutdown(wait=False, cancel_futures=True)
        if limits is not None:
            limits.close()


def _calamine_sheets(path: Path) -> list[RawSheet]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return [_raw_sheet(name, book.get_sheet_by_name(name)) for name in book.sheet_names]


def _raw_sheet(name: str, sheet) -> RawSheet:  # noqa: ANN001
    if sheet.height == 0:
        return RawSheet(name.strip(), 1, [], iter(()), 0)
    first_row, first_col = sheet.start
    rows = iter(sheet.iter_rows())
    number = first_row
    header: list = []
    for cells in rows:  # the first non-blank row holds the names
        number += 1
        if any(c != "" for c in cells):
            header = cells
            break
    headers = ["" if h is None else str(h).strip() for h in header]
    total = max(sheet.height - (number - first_row), 0)
    return RawSheet(name.strip(), number, headers, _numbered(rows, number), total)


def _numbered(rows: Iterator[list], header_row: int) -> Iterator[tuple[int, list]]:
    number = header_row
    for cells in rows:
        number += 1
        yield number, cells


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
