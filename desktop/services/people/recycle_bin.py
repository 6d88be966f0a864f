"""The recycle bin's records: every deleted record kind in one paged list, and restoring one
through the service of its kind, so that each kind keeps its own checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from sqlalchemy import Engine, Select, func, literal, null, select, union_all

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

_COLUMNS = ("entity", "record_id", "person_id", "day", "deleted_at", "code", "code2",
            "other_date", "amount", "words")


class Restorer(Protocol):
    def restore(self, entity: str, row_id: int, person_id: int) -> None: ...


def _part(entity: str, model, day, *, person=None, code=None, code2=None,  # noqa: ANN001
          other_date=None, amount=None, words=None, parent=None) -> Select:
    """One record kind's deleted rows in the union's common columns."""
    values = (literal(entity), model.id, person if person is not None else model.person_id, day,
              model.deleted_at, code, code2, other_date, amount, words)
    stmt = select(*[(null() if v is None else v).label(n) for v, n in zip(values, _COLUMNS,
                                                                           strict=True)])
    if parent is not None:  # a follow-up or payment whose parent is deleted comes back with it
        model_parent, key = parent
        stmt = stmt.join(model_parent, model_parent.id == key).where(
            model_parent.deleted_at.is_(None))
    return stmt.where(model.deleted_at.is_not(None))


def _deleted_union():  # noqa: ANN202
    return union_all(
        _part("pregnancy", Pregnancy, Pregnancy.registered_on, code=Pregnancy.outcome,
              other_date=Pregnancy.lmp),
        _part("followup", PregnancyFollowup, PregnancyFollowup.date, person=Pregnancy.person_id,
              other_date=Pregnancy.registered_on,
              parent=(Pregnancy, PregnancyFollowup.pregnancy_id)),
        _part("contraception", Contraception, Contraception.start_date, code=Contraception.method,
              other_date=Contraception.end_date),
        _part("checkup", Checkup, Checkup.date, code=Checkup.result),
        _part("service", Service, Service.date, code=Service.type),
        _part("benefit", Benefit, Benefit.start_date, code=Benefit.program, code2=Benefit.cycle,
              amount=Benefit.amount_fen),
        _part("payment", Payment, Payment.paid_on, person=Benefit.person_id, code=Benefit.program,
              amount=Payment.amount_fen, words=Payment.period,
              parent=(Benefit, Payment.benefit_id)),
        _part("life_event", LifeEvent, LifeEvent.date, code=LifeEvent.kind),
        _part("child", Child, Child.birth_date, code=Child.sex, amount=Child.birth_order,
              words=Child.name),
    ).subquery("deleted")


class RecycleBinService:
    """Deleted records of persons not themselves in the bin, newest deletion first."""

    def __init__(self, engine: Engine, restorers: Mapping[str, Restorer]) -> None:
        self._engine = engine
        self._restorers = dict(restorers)

    def count(self) -> int:
        rows = _deleted_union()
        stmt = (select(func.count()).select_from(rows)
                .join(Person, Person.id == rows.c.person_id).where(Person.deleted_at.is_(None)))
        with self._engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def page(self, offset: int = 0, limit: int = 200) -> list[BinRecord]:
        rows = _deleted_union()
        stmt = (
            select(rows, Person.name, Person.id_number)
            .join(Person, Person.id == rows.c.person_id).where(Person.deleted_at.is_(None))
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
        person_id = PARENTS[entity][0].person_id if entity in PARENTS else model.person_id
        stmt = (select(Person.id, Person.deleted_at.is_not(None)).select_from(model)
                .where(model.id == record_id))
        if entity in PARENTS:
            parent, key = PARENTS[entity]
            stmt = stmt.join(parent, parent.id == getattr(model, key))
        stmt = stmt.join(Person, Person.id == person_id)
        with self._engine.connect() as conn:
            row = conn.execute(stmt).first()
        return None if row is None else (row[0], bool(row[1]))
