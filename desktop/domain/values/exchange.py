"""The exchange workbook's API: plain data and the service's signatures.

Front ends (GUI File menu, CLI ``import`` / ``export --out``) code against this module; the
service lives in exchange_service.py (``Services.exchange``). Reasons are English templates
in the ``exchange`` context: translate, then format with the params, e.g.
``p.text(QCoreApplication.translate(p.context, p.reason))``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from desktop.errors import LedgerError

# Sheet names of the format, in the order they are read, written and shown.
UNITS, PERSONS, EVENTS, CHILDREN, PREGNANCIES = "单位", "人员", "事件", "子女", "孕情"
FOLLOWUPS, CONTRACEPTION, CHECKUPS, SERVICES = "孕情随访", "节育措施", "三查", "服务"
BENEFITS, PAYMENTS, POSTPONEMENTS = "扶助项目", "发放记录", "推迟提醒"
SHEETS: tuple[str, ...] = (UNITS, PERSONS, EVENTS, CHILDREN, PREGNANCIES, FOLLOWUPS,
                           CONTRACEPTION, CHECKUPS, SERVICES, BENEFITS, PAYMENTS, POSTPONEMENTS)
REASON_COLUMN = "原因"  # the extra column of the rejected-rows workbook

Progress = Callable[[int, int], None]  # (done, total), called from the worker thread
ShouldStop = Callable[[], bool]  # asked between chunks; True cancels (nothing written)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the workbook, where the clerk finds it in Excel."""

    sheet: str  # sheet name as in the file ("人员")
    row: int  # row number as Excel shows it (header = 1); 0 = the sheet as a whole
    column: str  # header name; "" = the whole row or sheet
    value: str  # the cell's text as read ("" when blank)
    reason: str  # English template, context "exchange"
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # Translation context of ``reason``: "exchange", or "errors" for the checks shared with
    # the editor (ID numbers, person rules), whose texts are already translated.
    context: str = "exchange"

    def text(self, template: str | None = None) -> str:
        """The reason filled in; pass the translated template from a front end."""
        try:
            return (template or self.reason).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template or self.reason

    def line(self, template: str | None = None) -> str:
        """``SHEET:ROW:COLUMN: reason`` as the CLI prints it."""
        return f"{self.sheet}:{self.row}:{self.column}: {self.text(template)}"


@dataclass(frozen=True)
class SheetCounts:
    sheet: str
    rows: int  # data rows read (blank rows not counted)
    to_add: int
    to_update: int  # matched in the database and changed (only with update=True)
    rejected: int  # rows skipped whole because of a problem
    unchanged: int = 0  # matched in the database, nothing to change


@dataclass(frozen=True)
class FieldChange:
    """One field an update will change, as the clerk reads it (values as typed in a sheet)."""

    sheet: str
    row: int  # row number of the file
    who: str  # her name and masked ID number
    column: str  # header of the column
    old: str  # "" for blank
    new: str  # "" when cleared

    def line(self, blank: str = "") -> str:
        return (f"{self.sheet}:{self.row}: {self.who}: {self.column}: "
                f"{self.old or blank} → {self.new or blank}")


@dataclass(frozen=True)
class ImportPreview:
    """Everything the check found; nothing has been written. Pass it to run_import."""

    path: Path
    update: bool  # persons/records already in the database are updated (else: rejected)
    sheets: tuple[SheetCounts, ...]  # only the sheets present in the file, in SHEETS order
    problems: tuple[Problem, ...]  # sorted by sheet (SHEETS order), row, column
    plan: object = field(default=None, repr=False, compare=False)  # opaque, for run_import
    changes: tuple[FieldChange, ...] = ()  # per updated record, each field (old -> new)
    # Rows imported as they are, with what 数据核查 will flag (e.g. a child's ID number that
    # disagrees with her birth date): shown like problems, nothing rejected.
    warnings: tuple[Problem, ...] = ()

    @property
    def to_add(self) -> int:
        return sum(s.to_add for s in self.sheets)

    @property
    def to_update(self) -> int:
        return sum(s.to_update for s in self.sheets)

    @property
    def rejected(self) -> int:
        return sum(s.rejected for s in self.sheets)

    @property
    def has_work(self) -> bool:
        return self.to_add + self.to_update > 0


@dataclass(frozen=True)
class ImportResult:
    batch: str  # change-log batch of this import ("import-YYYYmmddHHMMSS-n")
    added: dict[str, int]  # sheet -> rows added
    updated: dict[str, int]  # sheet -> rows updated
    seconds: float
    backup: Path | None = None  # the verified backup written just before


@dataclass(frozen=True)
class ImportBatch:
    """The last import that can still be undone (for the menu's confirmation)."""

    batch: str
    at: dt.datetime
    user: str
    file: str  # file name only, no folder
    added: int  # records added (all kinds)
    updated: int  # records updated


@dataclass(frozen=True)
class UndoResult:
    batch: str  # the import that was undone
    removed: int  # records removed
    restored: int  # records whose values were put back


@dataclass(frozen=True)
class ExchangeExportResult:
    path: Path
    rows: dict[str, int]  # sheet -> data rows written
    full_ids: bool
    seconds: float


class ExchangeReadError(LedgerError):
    """The file cannot be read at all (missing, not a workbook, no known sheet); nothing written."""


class MaskedWorkbook(ExchangeReadError):
    """The workbook holds masked ID numbers (a default export): refused as a whole."""


class ImportCancelled(LedgerError):
    """The clerk stopped the import; the transaction was rolled back, nothing written."""


class ExchangeApi(Protocol):
    """What ``Services.exchange`` offers. Every method is Qt-free and may run on a Worker."""

    def check(self, path: Path | str, update: bool = False, progress: Progress | None = None,
              should_stop: ShouldStop | None = None, mapping: Any = None) -> ImportPreview:
        """Read and check the whole workbook (.xlsx/.xls/.ods; .csv = one 人员 sheet); write
        nothing. With a mapping (services.exchange.mapping.spec.Mapping) the file is one of
        the clerk's own (.xlsx/.xls/.ods/.et/.csv), translated into the sheets here. Raises ExchangeReadError when the file cannot be read at all, ImportCancelled
        when should_stop() said so. Persons already in the database are problems unless
        ``update``; then they are counted in to_update."""
        ...

    def run_import(self, preview: ImportPreview, progress: Progress | None = None,
                   should_stop: ShouldStop | None = None) -> ImportResult:
        """Write the good rows of ``preview`` in one transaction and one change-log batch.
        Cancel (should_stop) or any failure rolls back: ImportCancelled / StorageError, the
        database file unchanged. Raises ConflictError if the database changed since check()
        in a way that breaks the plan (e.g. an ID registered meanwhile)."""
        ...

    def save_rejected(self, preview: ImportPreview, path: Path | str,
                      translate: Callable[[str, str], str] | None = None) -> int:
        """Write the rejected rows (same sheets and headers plus a 原因 column) to ``path``;
        returns the rows written. The file imports again once corrected. ``translate(context,
        text)`` turns reasons into the clerk's language (pass QCoreApplication.translate);
        without it they stay English."""
        ...

    def export(self, path: Path | str, full_ids: bool = False, progress: Progress | None = None,
               should_stop: ShouldStop | None = None) -> ExchangeExportResult:
        """Every sheet of the format (records in the recycle bin left out), the file replaced
        only when complete. ID numbers masked unless ``full_ids`` (then logged)."""
        ...

    def export_transfer(self, path: Path | str, person_ids: Sequence[int],
                        moved_on: dt.date | None = None, destination: str = "",
                        progress: Progress | None = None,
                        should_stop: ShouldStop | None = None) -> ExchangeExportResult:
        """档案转出: these persons with all their records (and their units), full ID numbers,
        logged. With ``moved_on`` her 迁出 on that day (to ``destination``) is recorded first,
        in one transaction, and travels in the file; nothing is recorded if the file cannot
        be written."""
        ...

    def write_template(self, path: Path | str) -> Path:
        """A blank workbook: every sheet with its headers (required ones marked) and drop-down
        lists for the fixed values."""
        ...

    def last_import(self) -> ImportBatch | None:
        """The latest import not yet undone, or None."""
        ...

    def undo_last_import(self) -> UndoResult:
        """Remove what the last import added and put back what it updated, logged as its own
        batch. ConflictError (clear message) when records of that import were changed since,
        or NotFoundError when there is no import to undo."""
        ...
