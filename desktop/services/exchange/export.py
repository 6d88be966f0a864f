"""Writing workbooks: the whole ledger, the blank template, the rejected rows.

The export streams each sheet from SQL into openpyxl's write-only workbook; headers and
fixed values are the Chinese words of the format; ID columns are text cells.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from desktop.domain.idnumber import mask
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    REASON_COLUMN,
    SHEETS,
    ImportCancelled,
    Problem,
    Progress,
    ShouldStop,
)
from desktop.services.exchange import xlsx as xlsx
from desktop.services.exchange.columns import (
    BOOL,
    COLUMNS,
    DATE,
    ENUM,
    ID,
    INT,
    LABEL,
    MONEY,
    VOCAB,
    Col,
)

CANCELLED = QT_TRANSLATE_NOOP("exchange", "The export was cancelled; no file was written.")
_LIVE = "deleted_at IS NULL"
QUERIES = {
    "单位": "SELECT u.name, p.name FROM unit u LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.id",
    "人员": "SELECT p.name, p.id_number, u.name, p.category, p.phone, p.ethnicity, "
            "p.household_address, p.current_address, p.employer, p.marriage_cert_no, "
            "p.marital_status, p.marriage_date, "
            "p.spouse_name, p.spouse_id_number, p.spouse_work_unit, p.spouse_phone, "
            "p.checkup_group, p.one_child_cert_no, p.one_child_cert_date, p.registered_on, "
            "p.arrival_date, p.status, CASE WHEN p.status = 'active' THEN NULL ELSE p.status_date "
            "END, p.notes FROM person p JOIN unit u ON u.id = p.unit_id "
            "WHERE p.deleted_at IS NULL ORDER BY p.id",
    "子女": "SELECT p.id_number, c.name, c.sex, c.birth_date, c.birth_order, c.id_number, "
            "c.birth_registered_on, c.reported_on, c.death_date, (SELECT g.registered_on FROM "
            "pregnancy g WHERE g.id = c.pregnancy_id AND g.deleted_at IS NULL) "
            "FROM child c JOIN person p ON "
            "p.id = c.person_id WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL "
            "ORDER BY p.id, c.birth_order, c.id",
    "孕情": "SELECT p.id_number, g.registered_on, g.lmp, g.outcome, g.outcome_date FROM pregnancy g "
            "JOIN person p ON p.id = g.person_id WHERE g.deleted_at IS NULL AND p.deleted_at IS "
            "NULL ORDER BY p.id, g.registered_on, g.id",
    "孕情随访": "SELECT p.id_number, g.registered_on, f.date, f.note FROM pregnancy_followup f "
                "JOIN pregnancy g ON g.id = f.pregnancy_id JOIN person p ON p.id = g.person_id "
                "WHERE f.deleted_at IS NULL AND g.deleted_at IS NULL AND p.deleted_at IS NULL "
                "ORDER BY p.id, g.registered_on, g.id, f.date, f.id",
    "节育措施": "SELECT p.id_number, r.method, r.start_date, r.end_date, r.place FROM contraception r "
                "JOIN person p ON p.id = r.person_id WHERE r.deleted_at IS NULL AND "
                "p.deleted_at IS NULL ORDER BY p.id, r.start_date, r.id",
    "三查": "SELECT p.id_number, r.date, r.check_pregnancy, r.check_iud, r.check_disease, r.result, "
            "r.pregnant, r.note, r.place, r.source FROM checkup r JOIN person p ON p.id = r.person_id "
            "WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY p.id, r.date, r.id",
    "服务": "SELECT p.id_number, r.date, r.type, r.note FROM service r JOIN person p ON "
            "p.id = r.person_id WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL "
            "ORDER BY p.id, r.date, r.id",
    "扶助项目": "SELECT p.id_number, b.program, b.amount_fen, b.cycle, b.start_date, b.end_date "
                "FROM benefit b JOIN person p ON p.id = b.person_id WHERE b.deleted_at IS NULL "
                "AND p.deleted_at IS NULL ORDER BY p.id, b.start_date, b.id",
    "发放记录": "SELECT p.id_number, b.program, y.period, y.amount_fen, y.paid_on FROM payment y "
                "JOIN benefit b ON b.id = y.benefit_id JOIN person p ON p.id = b.person_id "
                "WHERE y.deleted_at IS NULL AND b.deleted_at IS NULL AND p.deleted_at IS NULL "
                "ORDER BY p.id, b.start_date, b.id, y.period, y.id",
}
COUNT = {name: f"SELECT count(*) FROM ({sql})" for name, sql in QUERIES.items()}

if TYPE_CHECKING:
    from openpyxl import Workbook

    from desktop.services.exchange.check import Rejected


def _converter(col: Col, full_ids: bool) -> Callable[[object], object]:
    if col.kind == ENUM:
        labels = LABEL[col.vocab]
        return lambda v: labels.get(v, v) if isinstance(v, str) and v else None
    if col.kind == DATE:  # SQLite's text of a date
        return lambda v: dt.date.fromisoformat(str(v)) if v else None
    if col.kind == BOOL:
        return lambda v: "是" if v else "否"
    if col.kind == MONEY:
        return lambda v: v / 100 if isinstance(v, int | float) else None
    if col.kind == ID:
        if full_ids:
            return lambda v: v or None
        return lambda v: mask(v if isinstance(v, str) else None) or None
    if col.kind == INT:
        return lambda v: v
    return lambda v: v if v != "" else None


def write_all(engine: Engine, part: Path, full_ids: bool, progress: Progress | None,
              should_stop: ShouldStop | None) -> dict[str, int]:
    kinds = {ID: xlsx.ID, DATE: xlsx.DATE, MONEY: xlsx.MONEY, INT: xlsx.NUMBER}
    book = xlsx.XlsxStream(part)
    counts: dict[str, int] = {}
    try:
        with engine.connect() as conn:
            total = sum(conn.exec_driver_sql(COUNT[name]).scalar() or 0 for name in SHEETS)
            done = 0
            for name in SHEETS:
                cols = COLUMNS[name]
                book.sheet(name, [(c.header, c.required) for c in cols], [c.width for c in cols],
                           [kinds.get(c.kind, xlsx.TEXT) for c in cols])
                convert = [_converter(c, full_ids) for c in cols]
                rows = 0
                result = conn.exec_driver_sql(QUERIES[name])
                while chunk := result.fetchmany(5000):
                    if should_stop is not None and should_stop():
                        raise ImportCancelled(CANCELLED)
                    for raw in chunk:
                        book.append([f(v) for f, v in zip(convert, raw, strict=True)])
                    rows += len(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, max(total, done))
                counts[name] = rows
        book.close()
    except BaseException:
        book.discard()
        raise
    return counts


def _sheet(book: Workbook, name: str, cols: tuple[Col, ...], extra: tuple[str, ...] = ()) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    for number, col in enumerate(cols, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = col.width
    for offset, _header in enumerate(extra, start=len(cols) + 1):
        sheet.column_dimensions[get_column_letter(offset)].width = 40
    header: list[object] = []
    for title, required in [(c.header, c.required) for c in cols] + [(h, False) for h in extra]:
        cell = WriteOnlyCell(sheet, title)
        cell.font = Font(bold=True, color="C00000" if required else None)
        header.append(cell)
    sheet.append(header)
    return sheet


def write_template(path: Path) -> None:
    """Headers (required ones in red) and drop-down lists for the fixed values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    for sheet in book.worksheets:  # the one a new workbook starts with
        book.remove(sheet)
    for name in SHEETS:
        sheet = book.create_sheet(name)
        sheet.freeze_panes = "A2"
        for number, col in enumerate(COLUMNS[name], start=1):
            letter = get_column_letter(number)
            cell = sheet.cell(1, number, col.header)
            cell.font = Font(bold=True, color="C00000" if col.required else None)
            sheet.column_dimensions[letter].width = col.width
            words = list(VOCAB[col.vocab]) if col.kind == ENUM else (["是", "否"] if col.kind == BOOL else [])
            if words:
                rule = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True)
                sheet.add_data_validation(rule)
                rule.add(f"{letter}2:{letter}5000")
            if col.kind == ID:
                for row in range(2, 501):
                    sheet.cell(row, number).number_format = "@"
    _save(book, path)


def write_rejected(path: Path, sheets: Mapping[str, Rejected | None],
                   reason_text: Callable[[Problem], str]) -> int:
    """Rejected rows under their own headers plus 原因; returns the rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    written = 0
    for name in SHEETS:
        rejected = sheets.get(name)
        if rejected is None or not rejected.rows:
            continue
        headers = [h for h in rejected.headers if h != REASON_COLUMN]
        sheet = book.create_sheet(name)
        sheet.freeze_panes = "A2"
        sheet.append([*headers, REASON_COLUMN])
        keep = [i for i, h in enumerate(rejected.headers) if h != REASON_COLUMN]
        for _number, cells, problems in sorted(rejected.rows, key=lambda r: r[0]):
            out: list[object] = []
            for i in keep:
                value = cells[i] if i < len(cells) else None
                if isinstance(value, str):
                    cell = WriteOnlyCell(sheet, value)
                    cell.number_format = "@"
                    value = cell
                out.append(value if value != "" else None)
            out.append("；".join(f"{p.column}: {reason_text(p)}" if p.column else reason_text(p)
                                for p in problems))
            sheet.append(out)
            written += 1
    if not book.worksheets:
        book.create_sheet(SHEETS[1]).append([c.header for c in COLUMNS[SHEETS[1]]])
    _save(book, path)
    return written


def _save(book: Workbook, path: Path) -> None:
    part = path.with_name(f".{path.name}.part")
    try:
        book.save(part)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
