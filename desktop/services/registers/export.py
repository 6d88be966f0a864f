"""One register to an .xlsx file: a Chinese office document, streamed page by page.

Headers and labels are Chinese here (like printed reports), not translations: the file is
what the office files away, whatever language the window shows. ID numbers are masked
unless the clerk asks for full ones; a full-ID export is written to the change log.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.cells import sheet_value
from desktop.domain.idnumber import mask
from desktop.domain.register_words import LABELS, OTHER_LABELS, SHEET_TITLES, header
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.registers import (
    COLUMNS,
    DATE,
    ENUM,
    ID_NUMBER,
    ITEMS,
    NUMBER,
    WHOM,
    Register,
    RegisterQuery,
)
from desktop.errors import LedgerError, StorageError
from desktop.services.registers.service import RegisterService
from desktop.services.safety.changelog import ChangeRecorder
from desktop.services.xlsx_temp import temp_files_in
from desktop.store.db import SessionFactory, transaction
from desktop.store.leftovers import part_for
from desktop.system_errors import reason_of

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Progress = Callable[[int, int], None]

WIDTHS = {ID_NUMBER: 21, DATE: 12, NUMBER: 8, ITEMS: 18}
TEXT_WIDTH = {"name": 10, "unit": 16, "note": 24, "place": 16, "child_name": 10, "deceased": 10}


class ExportCancelled(LedgerError):
    """The clerk stopped the export; no file was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    full_ids: bool
    seconds: float


class RegisterExportService:
    def __init__(self, registers: RegisterService, factory: SessionFactory,
                 recorder: ChangeRecorder, now: Callable[[], dt.datetime]) -> None:
        self._registers = registers
        self._factory = factory
        self._recorder = recorder
        self._now = now

    def export(self, query: RegisterQuery, path: Path | str, full_ids: bool = False,
               progress: Progress | None = None,
               should_stop: Callable[[], bool] | None = None) -> ExportResult:
        """Write the register to ``path`` (replaced only when complete). Safe to run on a
        worker thread: ``progress(done, total)`` after each page, ``should_stop()`` asked
        before each page."""
        started = time.perf_counter()
        path = Path(path)
        total = self._registers.count(query)
        part = part_for(path)
        try:
            if not path.parent.is_dir():
                raise FileNotFoundError(2, os.strerror(2))
            with temp_files_in(path.parent):  # openpyxl's sheet files: not the system temp
                rows = self._write(query, part, full_ids, total, progress, should_stop)
            if full_ids:
                self._log_full_ids(query, path, rows)
            os.replace(part, path)
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "The file {path} cannot be written: {reason}"),
                path=str(path), reason=reason_of(exc),
            ) from exc
        finally:
            part.unlink(missing_ok=True)
        return ExportResult(path, rows, full_ids, time.perf_counter() - started)

    def _write(self, query: RegisterQuery, part: Path, full_ids: bool, total: int,
               progress: Progress | None, should_stop: Callable[[], bool] | None) -> int:
        # Imported here: openpyxl costs ~0.15 s, and the app starts without exporting.
        from openpyxl import Workbook
        from openpyxl.cell import Cell, WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        register = Register(query.register)
        columns = COLUMNS[register]
        book = Workbook(write_only=True)
        sheet = book.create_sheet(SHEET_TITLES[register])
        sheet.freeze_panes = "A2"
        for number, column in enumerate(columns, start=1):
            width = WIDTHS.get(column.kind) or TEXT_WIDTH.get(column.key, 12)
            sheet.column_dimensions[get_column_letter(number)].width = width
        bold = Font(bold=True)
        titles = []
        for column in columns:
            cell = WriteOnlyCell(sheet, header(register, column.key))
            cell.font = bold
            titles.append(cell)
        sheet.append(titles)
        formats = [_formatter(column.kind, column.enum, full_ids) for column in columns]
        id_col = next(i for i, c in enumerate(columns) if c.kind == ID_NUMBER)
        done = 0
        if progress:
            progress(0, total)
        try:
            for chunk in self._registers.stream(query):
                if should_stop is not None and should_stop():
                    raise ExportCancelled(QT_TRANSLATE_NOOP(
                        "errors", "The export was cancelled; no file was written."))
                for row in chunk:
                    cells = [sheet_value(sheet, fmt(value))
                             for fmt, value in zip(formats, row.values, strict=True)]
                    id_value = cells[id_col]  # text, or already a text cell (formula-like)
                    text = id_value if isinstance(id_value, Cell) else WriteOnlyCell(sheet, str(id_value))
                    text.number_format = "@"  # text: Excel must not turn it into 3.3E+17
                    cells[id_col] = text
                    sheet.append(cells)
                done += len(chunk)
                if progress:
                    progress(done, max(total, done))
        except BaseException:
            _discard(sheet)
            raise
        book.save(part)
        return done

    def _log_full_ids(self, query: RegisterQuery, path: Path, rows: int) -> None:
        """Full ID numbers left the database: say when, who, which register and where to."""
        with transaction(self._factory) as session:
            self._recorder.record_export(session, (
                ("register", Register(query.register).value), ("date_from", query.date_from),
                ("date_to", query.date_to), ("unit_id", query.unit_id), ("full_ids", "yes"),
                ("rows", rows), ("file", str(path))))


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Close a half-written sheet and remove its temporary file now, not at garbage
    collection (where openpyxl's row writer complains about its closed file)."""
    try:
        sheet.close()
        # openpyxl keeps the temp file until exit otherwise (a private part its stubs omit)
        sheet._writer.cleanup()  # type: ignore[attr-defined]
    except Exception:  # best effort: the .part file is removed by the caller anyway
        pass


def _formatter(kind: str, enum: type | None, full_ids: bool) -> Callable[[object], object]:
    if kind == ID_NUMBER:
        return _text if full_ids else _masked
    if kind == ENUM and enum is not None:
        labels = LABELS[enum]
        return lambda code: labels.get(code, code) if isinstance(code, str) and code else None
    if kind == ITEMS:
        return _item_words
    if kind == WHOM:
        return lambda code: OTHER_LABELS.get(code, code) if isinstance(code, str) else code
    return _plain


def _item_words(items: object) -> str:
    codes: tuple[str, ...] = items if isinstance(items, tuple) else ()
    return "、".join(OTHER_LABELS.get(i, i) for i in codes)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _masked(value: object) -> str:
    return mask(value) if isinstance(value, str) else ""


def _plain(value: object) -> object:
    return None if value == "" else value
