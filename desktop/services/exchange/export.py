"""Writing workbooks: the whole ledger, the blank template, the rejected rows.

The export streams each sheet from SQL into openpyxl's write-only workbook; headers and
fixed values are the Chinese words of the format; ID columns are text cells.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, and_, case, func, null, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import col

from desktop.domain.cells import xml_text
from desktop.domain.enums import EventKind
from desktop.domain.idnumber import mask
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    BENEFITS,
    CHILDREN,
    POSTPONEMENTS,
    PREGNANCIES,
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
    POSTPONED_RECORD,
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
    ReminderPostponement,
    Service,
)
from desktop.store.sql import AnySelect

CANCELLED = QT_TRANSLATE_NOOP("exchange", "The export was cancelled; no file was written.")


def _queries() -> dict[str, AnySelect]:
    """Each sheet's rows in the order of its columns (columns.COLUMNS), live rows only."""
    u, parent = aliased(Unit), aliased(Unit)
    p, g = Person, Pregnancy
    live = col(p.deleted_at).is_(None)
    her_pregnancy = (select(col(g.registered_on))
                     .where(col(g.id) == col(Child.pregnancy_id), col(g.deleted_at).is_(None)).scalar_subquery())
    return {
        "单位": select(col(u.name), col(parent.name)).outerjoin(parent, col(parent.id) == col(u.parent_id))
                .order_by(col(u.id)),
        "人员": select(
            col(p.name), col(p.id_number), col(p.birth_date), col(u.name), col(p.category),
            col(p.phone), col(p.ethnicity), col(p.household_address), col(p.current_address),
            col(p.origin), col(p.employer), col(p.marriage_cert_no), col(p.marital_status),
            col(p.marriage_date), col(p.spouse_name), col(p.spouse_id_number),
            col(p.spouse_work_unit), col(p.spouse_phone), col(p.checkup_group),
            col(p.one_child_cert_no), col(p.one_child_cert_date), col(p.registered_on),
            col(p.arrival_date), col(p.status),
            case((col(p.status) == "active", null()), else_=col(p.status_date)), col(p.notes))
            .join(u, col(u.id) == col(p.unit_id)).where(live).order_by(col(p.id)),
        "事件": _events(),
        POSTPONEMENTS: _postponements(),
        "子女": select(col(p.id_number), col(Child.name), col(Child.sex), col(Child.birth_date),
                     col(Child.birth_order), col(Child.id_number), col(Child.birth_registered_on),
                     col(Child.reported_on), col(Child.death_date), her_pregnancy)
            .join(p, col(p.id) == col(Child.person_id)).where(col(Child.deleted_at).is_(None), live)
            .order_by(col(p.id), col(Child.birth_order), col(Child.id)),
        "孕情": select(col(p.id_number), col(g.registered_on), col(g.lmp), col(g.outcome),
                     col(g.outcome_date), col(g.note))
            .join(p, col(p.id) == col(g.person_id)).where(col(g.deleted_at).is_(None), live)
            .order_by(col(p.id), col(g.registered_on), col(g.id)),
        "孕情随访": select(col(p.id_number), col(g.registered_on), col(PregnancyFollowup.date),
                       col(PregnancyFollowup.note))
            .join(g, col(g.id) == col(PregnancyFollowup.pregnancy_id))
            .join(p, col(p.id) == col(g.person_id))
            .where(col(PregnancyFollowup.deleted_at).is_(None), col(g.deleted_at).is_(None), live)
            .order_by(col(p.id), col(g.registered_on), col(g.id), col(PregnancyFollowup.date),
                      col(PregnancyFollowup.id)),
        "节育措施": _of_person(Contraception, col(Contraception.start_date),
                           col(Contraception.method), col(Contraception.start_date),
                           col(Contraception.end_date), col(Contraception.place)),
        "三查": _of_person(Checkup, col(Checkup.date), col(Checkup.date),
                         col(Checkup.check_pregnancy), col(Checkup.check_iud),
                         col(Checkup.check_disease), col(Checkup.result), col(Checkup.pregnant),
                         col(Checkup.note), col(Checkup.place), col(Checkup.source)),
        "服务": _of_person(Service, col(Service.date), col(Service.date), col(Service.type),
                         col(Service.note)),
        "扶助项目": _of_person(Benefit, col(Benefit.start_date), col(Benefit.program),
                           col(Benefit.amount_fen), col(Benefit.cycle), col(Benefit.start_date),
                           col(Benefit.end_date)),
        "发放记录": select(col(p.id_number), col(Benefit.program), col(Payment.period),
                       col(Payment.amount_fen), col(Payment.paid_on))
            .join(Benefit, col(Benefit.id) == col(Payment.benefit_id))
            .join(p, col(p.id) == col(Benefit.person_id))
            .where(col(Payment.deleted_at).is_(None), col(Benefit.deleted_at).is_(None), live)
            .order_by(col(p.id), col(Benefit.start_date), col(Benefit.id), col(Payment.period),
                      col(Payment.id)),
    }


def _events() -> AnySelect:
    """Her life events, oldest first. The note of a move away or a return is where she went
    or came from (去向或来源); of a death or a move between units, its 说明."""
    e, p = LifeEvent, Person
    left, joined = aliased(Unit), aliased(Unit)
    place = col(e.kind).in_((EventKind.MOVED_AWAY.value, EventKind.RETURNED.value))
    return (select(col(p.id_number), col(e.kind), col(e.date),
                   case((place, col(e.note)), else_=null()), col(left.name), col(joined.name),
                   case((place, null()), else_=col(e.note)))
            .join(p, col(p.id) == col(e.person_id))
            .outerjoin(left, col(left.id) == col(e.from_unit_id))
            .outerjoin(joined, col(joined.id) == col(e.to_unit_id))
            .where(col(e.deleted_at).is_(None), col(p.deleted_at).is_(None))
            .order_by(col(p.id), col(e.date), col(e.id)))


def _postponements() -> AnySelect:
    """Postponed reminders (those of her records in the recycle bin stay behind with them),
    each with the key of the record it is about."""
    r, p = ReminderPostponement, Person
    g, c, b = aliased(Pregnancy), aliased(Child), aliased(Benefit)

    def about(model: Any, sheet: str) -> Any:
        kinds = [k for k, (s, _) in POSTPONED_RECORD.items() if s == sheet]
        return and_(col(model.id) == col(r.record_id), col(r.kind).in_(kinds),
                    col(model.deleted_at).is_(None))

    return (select(col(p.id_number), col(r.kind), col(r.due_date), col(r.until), col(r.reason),
                   col(g.registered_on), col(c.birth_date), col(c.name), col(b.program),
                   col(b.start_date))
            .join(p, col(p.id) == col(r.person_id))
                    .outerjoin(g, about(g, PREGNANCIES)).outerjoin(c, about(c, CHILDREN))
            .outerjoin(b, about(b, BENEFITS))
            .where(col(r.deleted_at).is_(None), col(p.deleted_at).is_(None),
                   or_(col(r.record_id).is_(None), col(g.id).is_not(None),
                       col(c.id).is_not(None), col(b.id).is_not(None)))
            .order_by(col(p.id), col(r.due_date), col(r.id)))


def _of_person(model: Any, day: Any, *columns: Any) -> AnySelect:
    """A record kind kept per person: her ID number then ``columns``, by person and day."""
    return (select(col(Person.id_number), *columns).join(Person, col(Person.id) == model.person_id)
            .where(model.deleted_at.is_(None), col(Person.deleted_at).is_(None))
            .order_by(col(Person.id), day, model.id))


QUERIES = _queries()

if TYPE_CHECKING:
    from openpyxl import Workbook

    from desktop.services.exchange.check import Rejected


def _converter(col: Col, full_ids: bool) -> Callable[[object], object]:
    if col.kind == ENUM:
        labels = LABEL[col.vocab]
        return lambda v: labels.get(v, v) if isinstance(v, str) and v else None
    if col.kind == DATE:
        return lambda v: v or None
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


def selected(person_ids: Sequence[int] | None, units: Collection[int] | None = None
             ) -> dict[str, AnySelect]:
    """The sheets' queries, or only these persons' rows and these units (a transfer)."""
    if person_ids is None:
        return QUERIES
    ids = sorted(set(person_ids))
    out = {name: query.where(col(Person.id).in_(ids)) for name, query in QUERIES.items()
           if name != "单位"}
    unit = QUERIES["单位"].selected_columns[0].table  # the aliased unit of the sheet
    out["单位"] = QUERIES["单位"].where(unit.c.id.in_(sorted(set(units or ()))))
    return out


def write_all(source: Engine | Connection, part: Path, full_ids: bool,
              progress: Progress | None, should_stop: ShouldStop | None,
              queries: dict[str, AnySelect] | None = None) -> dict[str, int]:
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


def _sheet(book: Workbook, name: str, cols: tuple[Col, ...], extra: tuple[str, ...] = ()) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    for number, spec in enumerate(cols, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = spec.width
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
        for number, spec in enumerate(COLUMNS[name], start=1):
            letter = get_column_letter(number)
            cell = sheet.cell(1, number, spec.header)
            cell.font = Font(bold=True, color="C00000" if spec.required else None)
            sheet.column_dimensions[letter].width = spec.width
            words = list(VOCAB[spec.vocab]) if spec.kind == ENUM else (["是", "否"] if spec.kind == BOOL else [])
            if words:
                rule = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True)
                sheet.add_data_validation(rule)
                rule.add(f"{letter}2:{letter}5000")
            if spec.kind == ID:
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
                if isinstance(value, str) and value:
                    cell = WriteOnlyCell(sheet, None)
                    # as typed, never a formula (a private field the stubs omit)
                    cell._value = xml_text(value[:MAX_CELL])  # type: ignore[attr-defined]  # noqa: SLF001
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


def _save(book: Workbook, path: Path) -> None:
    part = part_for(path)
    try:
        with temp_files_in(path.parent):
            book.save(part)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
