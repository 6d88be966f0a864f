"""The recycle bin's records: every deleted record kind in one paged list, and restoring one
through the service of its kind, so that each kind keeps its own checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from sqlalchemy import Engine, Subquery, func, literal, null, select, union_all
from sqlmodel import col

from desktop.domain.idnumber import mask
from desktop.domain.kinds import Kind, kind_of
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.recycle_bin import BinRecord, describe
from desktop.errors import ConflictError, NotFoundError
from desktop.services.care.record_base import NOT_IN_BIN
from desktop.store.kinds import model_of, parent_of
from desktop.store.models import Person
from desktop.store.sql import AnySelect, Expr, column

_COLUMNS = ("entity", "record_id", "person_id", "day", "deleted_at", "code", "code2",
            "other_date", "amount", "words")


class Restorer(Protocol):
    def restore(self, entity: str, row_id: int, person_id: int) -> None: ...


def _part(kind: Kind, day: str, *, code: str | None = None, code2: str | None = None,
          other_date: str | None = None, amount: str | None = None,
          words: str | None = None) -> AnySelect:
    """One record kind's deleted rows in the union's common columns. A follow-up or payment
    reaches its person through its parent, and comes back with that parent when it is
    deleted too (so only those whose parent is not in the bin are listed on their own)."""
    model, link = model_of(kind), parent_of(kind)
    parent = link[0] if link is not None else None
    person = column(parent if parent is not None else model, "person_id")

    def shown(name: str | None) -> Expr:
        if name is None:
            return null()
        table, field = name.split(".") if "." in name else (None, name)
        return column(parent if table == "parent" and parent is not None else model, field)

    values = (literal(kind.value), column(model, "id"), person, shown(day),
              column(model, "deleted_at"), shown(code), shown(code2), shown(other_date),
              shown(amount), shown(words))
    stmt = select(*[v.label(n) for v, n in zip(values, _COLUMNS, strict=True)])
    if link is not None:
        parent_model, key = link
        stmt = stmt.join(parent_model,
                         column(parent_model, "id") == column(model, key)).where(
            column(parent_model, "deleted_at").is_(None))
    return stmt.where(column(model, "deleted_at").is_not(None))


# What the bin shows of each kind: "parent.x" is a column of the record it belongs to.
_SHOWN: dict[Kind, dict[str, str]] = {
    Kind.PREGNANCY: {"day": "registered_on", "code": "outcome", "other_date": "lmp"},
    Kind.FOLLOWUP: {"day": "date", "other_date": "parent.registered_on"},
    Kind.CONTRACEPTION: {"day": "start_date", "code": "method", "other_date": "end_date"},
    Kind.CHECKUP: {"day": "date", "code": "result"},
    Kind.SERVICE: {"day": "date", "code": "type"},
    Kind.BENEFIT: {"day": "start_date", "code": "program", "code2": "cycle",
                   "amount": "amount_fen"},
    Kind.PAYMENT: {"day": "paid_on", "code": "parent.program", "amount": "amount_fen",
                   "words": "period"},
    Kind.LIFE_EVENT: {"day": "date", "code": "kind"},
    Kind.CHILD: {"day": "birth_date", "code": "sex", "amount": "birth_order", "words": "name"},
}
assert set(_SHOWN) == set(Kind), "every record kind has its place in the recycle bin"


def _deleted_union() -> Subquery:
    return union_all(*(_part(kind, **shown) for kind, shown in _SHOWN.items())).subquery("deleted")


class RecycleBinService:
    """Deleted records of persons not themselves in the bin, newest deletion first."""

    def __init__(self, engine: Engine, restorers: Mapping[str, Restorer]) -> None:
        self._engine = engine
        self._restorers = dict(restorers)

    def count(self) -> int:
        rows = _deleted_union()
        stmt = (select(func.count()).select_from(rows)
                .join(Person,
                      col(Person.id) == rows.c.person_id).where(col(Person.deleted_at).is_(None)))
        with self._engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def page(self, offset: int = 0, limit: int = 200) -> list[BinRecord]:
        rows = _deleted_union()
        stmt = (
            select(rows, col(Person.name), col(Person.id_number))
            .join(Person,
                  col(Person.id) == rows.c.person_id).where(col(Person.deleted_at).is_(None))
            .order_by(rows.c.deleted_at.desc(), rows.c.entity, rows.c.record_id.desc())
            .offset(offset).limit(limit)
        )
        with self._engine.connect() as conn:
            result = conn.execute(stmt).all()
        out = []
        for r in result:
            text, params = describe(r.entity, r.code, r.code2, r.other_date, r.amount, r.words)
            out.append(BinRecord(r.entity, r.record_id, r.person_id, r.name, mask(r.id_number),
                                 r.day, text, params, r.deleted_at))
        return out

    def restore(self, entity: str, record_id: int) -> int:
        """Restore one record through its own service; returns her person id."""
        restorer = self._restorers.get(entity)
        owner = self._owner(entity, record_id) if restorer is not None else None
        if restorer is None or owner is None:
            raise NotFoundError(NOT_IN_BIN)
        person_id, person_deleted = owner
        if person_deleted:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "errors", "Her own record is in the recycle bin; restore her first."))
        restorer.restore(entity, record_id, person_id)
        return person_id

    def _owner(self, entity: str, record_id: int) -> tuple[int, bool] | None:
        """(person id, person deleted) of a record of any kind, deleted or not."""
        if kind_of(entity) is None:
            return None
        model, link = model_of(entity), parent_of(entity)
        owner = column(link[0] if link is not None else model, "person_id")
        stmt = (select(col(Person.id), col(Person.deleted_at).is_not(None)).select_from(model)
                .where(column(model, "id") == record_id))
        if link is not None:
            parent, key = link
            stmt = stmt.join(parent, column(parent, "id") == column(model, key))
        stmt = stmt.join(Person, col(Person.id) == owner)
        with self._engine.connect() as conn:
            row = conn.execute(stmt).first()
        if row is None or row[0] is None:
            return None
        return row[0], bool(row[1])
