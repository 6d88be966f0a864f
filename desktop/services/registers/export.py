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

from desktop.domain.enums import CheckupResult, CheckupSource, Method, Outcome, ServiceType, Sex
from desktop.domain.idnumber import mask
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
from desktop.store.db import SessionFactory, transaction

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Progress = Callable[[int, int], None]

SHEET_TITLES = {
    Register.BIRTHS: "生育登记", Register.CONTRACEPTION: "节育登记", Register.DEATHS: "死亡登记",
    Register.CHECKUPS: "三查登记", Register.PREGNANCIES: "怀孕登记", Register.SERVICES: "服务登记",
}
HEADERS = {
    "name": "姓名", "id_number": "身份证号码", "unit": "单位", "date": "日期", "note": "备注",
    "place": "地点", "child_name": "子女姓名", "sex": "性别", "birth_order": "孩次",
    "birth_date": "出生日期", "birth_registered_on": "生育登记日期", "reported_on": "上报日期",
    "days_to_report": "出生至上报天数", "method": "节育措施", "start_date": "开始日期",
    "end_date": "结束日期", "whom": "死亡人", "deceased": "死者姓名", "death_date": "死亡日期",
    "items": "检查项目", "result": "结果", "source": "来源", "registered_on": "登记日期",
    "lmp": "末次月经", "edd": "预产期", "weeks": "登记时孕周", "outcome": "妊娠结局",
    "outcome_date": "结局日期", "type": "服务类型",
}
_OWN_HEADERS = {(Register.BIRTHS, "name"): "母亲姓名"}


def header(register: Register, key: str) -> str:
    """A column's Chinese header in this register (the births register names the mother)."""
    return _OWN_HEADERS.get((register, key), HEADERS[key])

LABELS: dict[type, dict[str, str]] = {
    Sex: {"M": "男", "F": "女"},
    Method: {"iud": "上环", "tubal_ligation": "女扎", "vasectomy": "男扎", "implant": "皮埋",
             "injectable": "注射", "pill": "口服药", "condom": "避孕套", "other": "其他",
             "none": "无"},
    CheckupResult: {"normal": "正常", "abnormal": "异常"},
    CheckupSource: {"station": "服务站", "hospital": "其他医院", "certificate": "寄回证明"},
    Outcome: {"live_birth": "活产", "stillbirth": "死产", "miscarriage": "自然流产",
              "termination": "终止妊娠"},
    ServiceType: {"consultation": "咨询", "supplies": "发放避孕药具", "followup": "随访",
                  "education": "宣传教育", "referral": "转诊",
                  "prepregnancy": "孕前优生健康检查", "other": "其他"},
}
OTHER_LABELS = {"pregnancy": "查孕", "pregnant": "查孕(有孕)", "iud": "查环", "disease": "查病",
                "self": "本人", "child": "子女"}
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
        part = path.with_name(f".{path.name}.part")
        try:
            if not path.parent.is_dir():
                raise FileNotFoundError(2, os.strerror(2))
            rows = self._write(query, part, full_ids, total, progress, should_stop)
            if full_ids:
                self._log_full_ids(query, path, rows)
            os.replace(part, path)
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "The file {path} cannot be written: {reason}"),
                path=str(path), reason=exc.strerror or str(exc),
            ) from exc
        finally:
            part.unlink(missing_ok=True)
        return ExportResult(path, rows, full_ids, time.perf_counter() - started)

    def _write(self, query: RegisterQuery, part: Path, full_ids: bool, total: int,
               progress: Progress | None, should_stop: Callable[[], bool] | None) -> int:
        # Imported here: openpyxl costs ~0.15 s, and the app starts without exporting.
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
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
                    cells = [fmt(value) for fmt, value in zip(formats, row.values, strict=True)]
                    text = WriteOnlyCell(sheet, str(cells[id_col]))
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
