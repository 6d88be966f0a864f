"""Her file as it is: every sheet a grid of cells, title rows included.

.xlsx / .xls / .ods / .et are read by python-calamine (WPS's .et is an .xls-compatible
file); .csv is decoded as UTF-8 (with or without BOM), else GB18030 (which covers GBK and
GB2312), each decode strict. The untrusted-file limits of the exchange import apply before
anything is parsed: the file's size, and for .xlsx the unpacked sizes and each sheet's scan
before calamine loads it. The mapping dialog shows the first rows of a sheet: of an .xlsx
only the start of the sheet's XML is read for them (a county-size sheet opens at once);
the whole sheet loads when a caller reads past them (the import, a column's values).
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import ExchangeReadError
from desktop.services.exchange.limits import MAX_FILE, BookLimits, check_file, open_limits
from desktop.services.exchange.pieces import PIECE_SHEET, base_workbook, head_piece, piece_workbook
from desktop.services.exchange.read import CANNOT_READ, NOT_FOUND

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".et", ".csv")
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is not a table: use .xlsx, .xls, .ods, .et or .csv.")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is not text in UTF-8 or GB18030/GBK: save it again as CSV "
                "UTF-8 from Excel or WPS.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("exchange", "The file {path} has no sheet named {sheet}.")

Row = list[Any]
HEAD_BYTES = (512 * 1024, 8 * 1024 * 1024)  # sheet XML read for the first rows (then whole)


class Grid:
    """One sheet, read on demand: its first rows at once (for an .xlsx only the start of
    the sheet is read), the whole sheet only when a caller goes past them."""

    def __init__(self, name: str, load: Callable[[], Iterator[Row]],
                 head: Callable[[], tuple[list[Row], bool]] | None = None) -> None:
        self.name = name
        self._load = load  # every row from row 1
        self._head_of = head  # (the first rows from row 1, whether that is every row)
        self._head: tuple[list[Row], bool] | None = None

    def _first(self) -> tuple[list[Row], bool]:
        if self._head is None:
            self._head = self._head_of() if self._head_of is not None else (
                list(self._load()), True)
        return self._head

    def rows(self) -> Iterator[tuple[int, Row]]:
        """(row number as Excel shows it, cells) for every row from row 1."""
        first, whole = self._first()
        yield from enumerate(first, start=1)
        if whole:
            return
        rest = self._load()
        for _ in range(len(first)):  # rows already given
            next(rest, None)
        yield from enumerate(rest, start=len(first) + 1)

    def sample(self) -> list[tuple[int, Row]]:
        """The rows read for the head (a few thousand at most): no more is loaded."""
        return list(enumerate(self._first()[0], start=1))

    def has_rows_after(self, number: int) -> bool:
        first, whole = self._first()
        return not whole or len(first) > number

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
        self._base: list[bytes] = []  # the head pieces' common parts, built once
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
        """The sheet, nothing of it read yet: its head when first asked for, the whole
        sheet (checked against the limits first) only when a caller reads past it."""
        if self._csv is not None:
            return self._csv
        if name not in self.names:
            raise ExchangeReadError(NO_SUCH_SHEET, path=str(self.path), sheet=name)
        return Grid(name, partial(self._whole, name), self._head_reader(name))

    def _whole(self, name: str) -> Iterator[Row]:
        if self._limits is not None:
            self._limits.check_sheet(name)  # never a sheet that was not checked
        try:
            sheet = self._book.get_sheet_by_name(name)
        except Exception as exc:
            raise ExchangeReadError(CANNOT_READ, path=str(self.path),
                                    reason=str(exc) or type(exc).__name__) from exc
        return _from_a1(sheet)
    def _head_reader(self, name: str) -> Callable[[], tuple[list[Row], bool]] | None:
        """For an .xlsx sheet: its first rows cut out of the start of its XML and read by
        calamine as a small workbook (the original's shared strings, styles and date
        system: the same cells as the whole sheet gives), checked against the limits."""
        limits = self._limits
        part = limits.part_of(name) if limits is not None else None
        if limits is None or part is None:
            return None

        def head() -> tuple[list[Row], bool]:
            for size in HEAD_BYTES:
                piece = _guarded_head(self.path, limits.book, part, size)
                if piece is not None:
                    break
            else:
                return [], False  # not one row in the first megabytes: read it whole
            xml, whole = piece
            limits.check_piece(name, xml)
            if not self._base:
                self._base.append(base_workbook(limits.book))
            book = _calamine_buffer(piece_workbook(self._base[0], xml))
            return list(_from_a1(book.get_sheet_by_name(PIECE_SHEET))), whole

        return head

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


def _calamine_buffer(data: io.BytesIO) -> Any:
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_filelike(data)


def _from_a1(sheet: Any) -> Iterator[Row]:
    """Every row from row 1 (calamine's iter_rows starts there, whatever the first used
    row), its cells from column A (calamine's start from the first used column)."""
    start = sheet.start
    if start is None:
        return iter(())
    pad = [""] * start[1]
    rows: Iterator[Row] = iter(sheet.iter_rows())
    return (pad + row for row in rows) if pad else rows


def _guarded_head(path: Path, book: zipfile.ZipFile, part: str,
                  size: int) -> tuple[bytes, bool] | None:
    try:
        return head_piece(book, part, size)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ExchangeReadError(CANNOT_READ, path=str(path),
                                reason=str(exc) or type(exc).__name__) from exc


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
    return Grid(path.stem, lambda: iter(lines))
