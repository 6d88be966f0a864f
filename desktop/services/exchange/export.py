"""Writing workbooks: the whole ledger, the blank template, the rejected rows.

The export streams each sheet from SQL into openpyxl's write-only workbook; headers and
fixed values are the Chinese words of the format; ID columns are text cells.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Select, case, func, null, select
from sqlalchemy.orm import aliased

from desktop.domain.cells import xml_text
from desktop.domain.enums import EventKind
from desktop.domain.idnumber import mask
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    REASON_COLUMN,
    SHEETS,
    ImportCancelled,
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
from desktop.services.exchange.limits import MAX_CELL
from desktop.services.xlsx_temp import temp_files_in
from desktop.store.leftovers import part_for
from desktop.store.models import Child, Person, Unit
from desktop.store.records import (
    Benefit,
    Checkup,
    Contraception,
    LifeEvent,
    Payment,
    Pregnancy,
    PregnancyFollowup,
    Service,
)

CANCELLED = QT_TRANSLATE_NOOP("exchange", "The export was cancelled; no file was written.")


def _queries() -> dict[str, Select]:
    """Each sheet's rows in the order of its columns (columns.COLUMNS), live rows only."""
    u, parent = aliased(Unit), aliased(Unit)
    p, g = Person, Pregnancy
    live = p.deleted_at.is_(None)
    her_pregnancy = (select(g.registered_on)
                     .where(g.id == Child.pregnancy_id, g.deleted_at.is_(None)).scalar_subquery())
    return {
        "单位": select(u.name, parent.name).outerjoin(parent, parent.id == u.parent_id)
                .order_by(u.id),
        "人员": select(
            p.name, p.id_number, p.birth_date, u.name, p.category, p.phone, p.ethnicity,
            p.household_address, p.current_address, p.origin, p.employer, p.marriage_cert_no,
            p.marital_status, p.marriage_date, p.spouse_name,
            p.spouse_id_number, p.spouse_work_unit, p.spouse_phone, p.checkup_group,
            p.one_child_cert_no, p.one_child_cert_date, p.registered_on, p.arrival_date,
            p.status, case((p.status == "active", null()), else_=p.status_date), p.notes)
            .join(u, u.id == p.unit_id).where(live).order_by(p.id),
        "事件": _events(),
        "子女": select(p.id_number, Child.name, Child.sex, Child.birth_date, Child.birth_order,
                     Child.id_number, Child.birth_registered_on, Child.reported_on,
                     Child.death_date, her_pregnancy)
            .join(p, p.id == Child.person_id).where(Child.deleted_at.is_(None), live)
            .order_by(p.id, Child.birth_order, Child.id),
        "孕情": select(p.id_number, g.registered_on, g.lmp, g.outcome, g.outcome_date, g.note)
            .join(p, p.id == g.person_id).where(g.deleted_at.is_(None), live)
            .order_by(p.id, g.registered_on, g.id),
        "孕情随访": select(p.id_number, g.registered_on, PregnancyFollowup.date,
                       PregnancyFollowup.note)
            .join(g, g.id == PregnancyFollowup.pregnancy_id).join(p, p.id == g.person_id)
            .where(PregnancyFollowup.deleted_at.is_(None), g.deleted_at.is_(None), live)
            .order_by(p.id, g.registered_on, g.id, PregnancyFollowup.date, PregnancyFollowup.id),
        "节育措施": _of_person(Contraception, Contraception.start_date, Contraception.method,
                           Contraception.start_date, Contraception.end_date,
                           Contraception.place),
        "三查": _of_person(Checkup, Checkup.date, Checkup.date, Checkup.check_pregnancy,
                         Checkup.check_iud, Checkup.check_disease, Checkup.result,
                         Checkup.pregnant, Checkup.note, Checkup.place, Checkup.source),
        "服务": _of_person(Service, Service.date, Service.date, Service.type, Service.note),
        "扶助项目": _of_person(Benefit, Benefit.start_date, Benefit.program, Benefit.amount_fen,
                           Benefit.cycle, Benefit.start_date, Benefit.end_date),
        "发放记录": select(p.id_number, Benefit.program, Payment.period, Payment.amount_fen,
                       Payment.paid_on)
            .join(Benefit, Benefit.id == Payment.benefit_id).join(p, p.id == Benefit.person_id)
            .where(Payment.deleted_at.is_(None), Benefit.deleted_at.is_(None), live)
            .order_by(p.id, Benefit.start_date, Benefit.id, Payment.period, Payment.id),
    }


def _events() -> Select:
    """Her life events, oldest first. The note of a move away or a return is where she went
    or came from (去向或来源); of a death or a move between units, its 说明."""
    e, p = LifeEvent, Person
    left, joined = aliased(Unit), aliased(Unit)
    place = e.kind.in_((EventKind.MOVED_AWAY.value, EventKind.RETURNED.value))
    return (select(p.id_number, e.kind, e.date, case((place, e.note), else_=null()),
                   left.name, joined.name, case((place, null()), else_=e.note))
            .join(p, p.id == e.person_id)
            .outerjoin(left, left.id == e.from_unit_id).outerjoin(joined, joined.id == e.to_unit_id)
            .where(e.deleted_at.is_(None), p.deleted_at.is_(None))
            .order_by(p.id, e.date, e.id))


def _of_person(model: Any, day: Any, *columns: Any) -> Select:
    """A record kind kept per person: her ID number then ``columns``, by person and day."""
    return (select(Person.id_number, *columns).join(Person, Person.id == model.person_id)
            .where(model.deleted_at.is_(None), Person.deleted_at.is_(None))
            .order_by(Person.id, day, model.id))


QUERIES = _queries()


def _converter(col: Col, full_ids: bool) -> Callable[[object], object]:
    if col.kind == ENUM:
        labels = LABEL[col.vocab]
        return lambda v: labels.get(v, v) if v else None  # type: ignore[arg-type]
    if col.kind == DATE:
        return lambda v: v or None
    if col.kind == BOOL:
        return lambda v: "是" if v else "否"
    if col.kind == MONEY:
        return lambda v: None if v is None else v / 100  # type: ignore[operator]
    if col.kind == ID:
        return (lambda v: v or None) if full_ids else (lambda v: mask(v) or None)  # type: ignore[arg-type]
    if col.kind == INT:
        return lambda v: v
    return lambda v: v if v != "" else None


def selected(person_ids: Sequence[int] | None, units: Sequence[int] | None = None
             ) -> dict[str, Select]:
    """The sheets' queries, or only these persons' rows and these units (a transfer)."""
    if person_ids is None:
        return QUERIES
    ids = sorted(set(person_ids))
    out = {name: query.where(Person.id.in_(ids)) for name, query in QUERIES.items()
           if name != "单位"}
    unit = QUERIES["单位"].selected_columns[0].table  # the aliased unit of the sheet
    out["单位"] = QUERIES["单位"].where(unit.c.id.in_(sorted(set(units or ()))))
    return out


def write_all(source: Engine | Connection, part: Path, full_ids: bool,
              progress: Progress | None, should_stop: ShouldStop | None,
              queries: dict[str, Select] | None = None) -> dict[str, int]:
    """Every sheet to ``part``; ``source`` may be the connection of an open transaction
    (a transfer writes the file with the 迁出 it records)."""
    kinds = {ID: xlsx.ID, DATE: xlsx.DATE, MONEY: xlsx.MONEY, INT: xlsx.NUMBER}
    queries = queries or QUERIES
    book = xlsx.XlsxStream(part)
    counts: dict[str, int] = {}
    try:
        with _connected(source) as conn:
            total = sum(conn.scalar(select(func.count()).select_from(
                queries[name].order_by(None).subquery())) or 0 for name in SHEETS)
            done = 0
            for name in SHEETS:
                cols = COLUMNS[name]
                book.sheet(name, [(c.header, c.required) for c in cols], [c.width for c in cols],
                           [kinds.get(c.kind, xlsx.TEXT) for c in cols])
                convert = [_converter(c, full_ids) for c in cols]
                rows = 0
                result = conn.execute(queries[name])
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


@contextmanager
def _connected(source: Engine | Connection) -> Iterator[Connection]:
    if isinstance(source, Connection):
        yield source
    else:
        with source.connect() as conn:
            yield conn


def _sheet(book, name: str, cols: tuple[Col, ...], extra: tuple[str, ...] = ()):  # noqa: ANN001, ANN202
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    for number, col in enumerate(cols, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = col.width
    for offset, _header in enumerate(extra, start=len(cols) + 1):
        sheet.column_dimensions[get_column_letter(offset)].width = 40
    header = []
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
    book.remove(book.active)
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


def write_rejected(path: Path, sheets: dict, reason_text: Callable[[object], str]) -> int:
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
            out = []
            for i in keep:
                value = cells[i] if i < len(cells) else None
                if isinstance(value, str) and value:
                    cell = WriteOnlyCell(sheet, None)
                    cell._value = xml_text(value[:MAX_CELL])  # noqa: SLF001 - as typed, never a formula
                    cell.data_type = "s"
                    cell.number_format = "@"
                    value = cell
                out.append(value if value != "" else None)
            out.append(xml_text("；".join(f"{p.column}: {reason_text(p)}" if p.column else reason_text(p)
                                for p in problems)))
            sheet.append(out)
            written += 1
    if not book.worksheets:
        book.create_sheet(SHEETS[1]).append([c.header for c in COLUMNS[SHEETS[1]]])
    _save(book, path)
    return written


def _save(book, path: Path) -> None:  # noqa: ANN001
    part = part_for(path)
    try:
        with temp_files_in(path.parent):
            book.save(part)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
