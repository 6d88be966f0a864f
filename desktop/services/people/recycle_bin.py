"""The recycle bin's records: every deleted record kind in one paged list, and restoring one
through the service of its kind, so that each kind keeps its own checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import Engine, Select, Subquery, func, literal, null, select, union_all
from sqlalchemy.orm import Mapped
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel, col

from desktop.domain.idnumber import mask
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.recycle_bin import BinRecord, describe
from desktop.errors import ConflictError, NotFoundError
from desktop.services.care.record_base import ENTITIES, NOT_IN_BIN, PARENTS
from desktop.store.models import Child, Person
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
from desktop.store.sql import column

_COLUMNS = ("entity", "record_id", "person_id", "day", "deleted_at", "code", "code2",
            "other_date", "amount", "words")


class Restorer(Protocol):
    def restore(self, entity: str, row_id: int, person_id: int) -> None: ...


_Column = Mapped[Any] | ColumnElement[Any]


def _part(entity: str, model: type[SQLModel], day: _Column, *, person: _Column | None = None,
          code: _Column | None = None, code2: _Column | None = None,
          other_date: _Column | None = None, amount: _Column | None = None,
          words: _Column | None = None,
          parent: tuple[type[SQLModel], _Column] | None = None) -> Select[*tuple[Any, ...]]:
    """One record kind's deleted rows in the union's common columns."""
    values = (literal(entity), column(model, "id"),
              person if person is not None else column(model, "person_id"), day,
              column(model, "deleted_at"), code, code2, other_date, amount, words)
    stmt = select(*[(null() if v is None else v).label(n) for v, n in zip(values, _COLUMNS,
                                                                           strict=True)])
    if parent is not None:  # a follow-up or payment whose parent is deleted comes back with it
        model_parent, key = parent
        stmt = stmt.join(model_parent, column(model_parent, "id") == key).where(
            column(model_parent, "deleted_at").is_(None))
    return stmt.where(column(model, "deleted_at").is_not(None))


def _deleted_union() -> Subquery:
    return union_all(
        _part("pregnancy", Pregnancy, col(Pregnancy.registered_on), code=col(Pregnancy.outcome),
              other_date=col(Pregnancy.lmp)),
        _part("followup", PregnancyFollowup, col(PregnancyFollowup.date),
              person=col(Pregnancy.person_id), other_date=col(Pregnancy.registered_on),
              parent=(Pregnancy, col(PregnancyFollowup.pregnancy_id))),
        _part("contraception", Contraception, col(Contraception.start_date),
              code=col(Contraception.method), other_date=col(Contraception.end_date)),
        _part("checkup", Checkup, col(Checkup.date), code=col(Checkup.result)),
        _part("service", Service, col(Service.date), code=col(Service.type)),
        _part("benefit", Benefit, col(Benefit.start_date), code=col(Benefit.program),
              code2=col(Benefit.cycle), amount=col(Benefit.amount_fen)),
        _part("payment", Payment, col(Payment.paid_on), person=col(Benefit.person_id),
              code=col(Benefit.program), amount=col(Payment.amount_fen), words=col(Payment.period),
              parent=(Benefit, col(Payment.benefit_id))),
        _part("life_event", LifeEvent, col(LifeEvent.date), code=col(LifeEvent.kind)),
        _part("child", Child, col(Child.birth_date), code=col(Child.sex),
              amount=col(Child.birth_order), words=col(Child.name)),
    ).subquery("deleted")


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
            count: int = conn.execute(stmt).scalar_one()
        return count

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
        model = ENTITIES.get(entity, Child)
        person_id = column(PARENTS[entity][0] if entity in PARENTS else model, "person_id")
        stmt = (select(col(Person.id), col(Person.deleted_at).is_not(None)).select_from(model)
                .where(column(model, "id") == record_id))
        if entity in PARENTS:
            parent, key = PARENTS[entity]
            stmt = stmt.join(parent, column(parent, "id") == column(model, key))
        stmt = stmt.join(Person, col(Person.id) == person_id)
        with self._engine.connect() as conn:
            row = conn.execute(stmt).first()
        if row is None or row[0] is None:
            return None
        return row[0], bool(row[1])
