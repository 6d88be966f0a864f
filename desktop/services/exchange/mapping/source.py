"""Her file as it is: every sheet a grid of cells, title rows included.

.xlsx / .xls / .ods / .et are read by python-calamine (WPS's .et is an .xls-compatible
file); .csv is decoded as UTF-8 (with or without BOM), else GB18030 (which covers GBK and
GB2312), each decode strict. The untrusted-file limits of the exchange import apply before
anything is parsed: the file's size, and for .xlsx the unpacked sizes and each sheet's scan
before calamine loads it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import ExchangeReadError
from desktop.services.exchange.limits import MAX_FILE, BookLimits, check_file, open_limits
from desktop.services.exchange.read import CANNOT_READ, NOT_FOUND

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".et", ".csv")
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is not a table: use .xlsx, .xls, .ods, .et or .csv.")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is not text in UTF-8 or GB18030/GBK: save it again as CSV "
                "UTF-8 from Excel or WPS.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("exchange", "The file {path} has no sheet named {sheet}.")

Row = list[Any]


@dataclass
class Grid:
    """One sheet: its rows from ``first_row`` (as Excel numbers it) on, read on demand."""

    name: str
    first_row: int
    height: int  # rows in the used range
    _rows: Callable[[], Iterator[Row]]

    def rows(self) -> Iterator[tuple[int, Row]]:
        """(row number as Excel shows it, cells) for every row of the used range."""
        return enumerate(self._rows(), start=self.first_row)

    def head(self, count: int) -> list[tuple[int, Row]]:
        out: list[tuple[int, Row]] = []
        for item in self.rows():
            if len(out) >= count:
                break
            out.append(item)
        return out


class SourceBook:
    """Her workbook, open: the sheet names at once, each sheet loaded when asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            raise ExchangeReadError(NOT_A_TABLE, path=str(path))
        if not path.is_file():
            raise ExchangeReadError(NOT_FOUND, path=str(path))
        self._limits: BookLimits | None = None
        self._book: Any = None
        self._csv: Grid | None = None
        try:
            if suffix == ".csv":
                check_file(path)
                self._csv = _csv_grid(path)
                self.names = [self._csv.name]
            else:
                self._limits = open_limits(path)
                self._book = _calamine(path)
                self.names = [str(n) for n in self._book.sheet_names]
        except ExchangeReadError:
            self.close()
            raise
        except OSError as exc:
            self.close()
            raise ExchangeReadError(CANNOT_READ, path=str(path),
                                    reason=exc.strerror or str(exc)) from exc
        except Exception as exc:  # calamine raises its own types for damaged files
            self.close()
            raise ExchangeReadError(CANNOT_READ, path=str(path),
                                    reason=str(exc) or type(exc).__name__) from exc

    @property
    def single(self) -> bool:
        """A csv file: one sheet, named after the file."""
        return self._csv is not None

    def sheet(self, name: str) -> Grid:
        if self._csv is not None:
            return self._csv
        if name not in self.names:
            raise ExchangeReadError(NO_SUCH_SHEET, path=str(self.path), sheet=name)
        if self._limits is not None:
            self._limits.check_sheet(name)  # never a sheet that was not checked
        try:
            sheet = self._book.get_sheet_by_name(name)
        except Exception as exc:
            raise ExchangeReadError(CANNOT_READ, path=str(self.path),
                                    reason=str(exc) or type(exc).__name__) from exc
        start = sheet.start
        first = start[0] + 1 if start else 1
        return Grid(name, first, sheet.height, lambda: iter(sheet.iter_rows()))

    def grid(self, name: str) -> Grid:
        return self.sheet(name)

    def close(self) -> None:
        if self._limits is not None:
            self._limits.close()
            self._limits = None

    def __enter__(self) -> SourceBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _calamine(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path))


def decode_csv(path: Path, data: bytes) -> str:
    """UTF-8 (BOM or not), else GB18030; strict, so a wrong guess fails instead of garbling."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExchangeReadError(NOT_TEXT, path=str(path))


def _csv_grid(path: Path) -> Grid:
    text = decode_csv(path, path.read_bytes())
    if csv.field_size_limit() < MAX_FILE:  # an over-long cell rejects its row, not the file
        csv.field_size_limit(MAX_FILE)
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ExchangeReadError(CANNOT_READ, path=str(path), reason=str(exc)) from exc
    return Grid(path.stem, 1, len(lines), lambda: iter(lines))
