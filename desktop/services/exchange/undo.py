"""Undo the last import: remove what its batch added, put back what it updated.

Refused when anything touched since belongs to that batch (a record it added or
updated, or a record of a person it added), so that nothing the clerk did after the
import is lost. The undo is logged as its own batch (``undo-<batch>``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    String,
    and_,
    case,
    cast,
    delete,
    distinct,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, SQLModel, col

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import ImportBatch, UndoResult
from desktop.errors import ConflictError, NotFoundError
from desktop.services.exchange.write import recount_children
from desktop.store.kinds import MODELS
from desktop.store.models import ChangeLog, Person, Unit
from desktop.store.records import ReminderPostponement
from desktop.store.sql import AnySelect, table_of

NOTHING = QT_TRANSLATE_NOOP("exchange", "There is no import to undo.")
CHANGED = QT_TRANSLATE_NOOP(
    "exchange", "The import of {at} cannot be undone: records it added or changed have been "
                "changed since.")
# Children of a record go before it (the kinds are declared parents first), persons and units
# last.
ORDER: tuple[tuple[str, type[SQLModel]], ...] = (
    ("reminder_postponement", ReminderPostponement), *reversed(MODELS.items()),
    ("person", Person), ("unit", Unit))
TABLE = dict(ORDER)


def _count(result: Result[Any]) -> int:
    """Rows a DELETE removed."""
    return (result.rowcount or 0) if isinstance(result, CursorResult) else 0


def last(session: Session) -> ImportBatch | None:
    log = ChangeLog
    undone = select(func.substr(col(log.batch), 6)).where(col(log.batch).like("undo-import-%"))
    updated = case((col(log.action) == "update", col(log.entity) + ":" + cast(col(log.entity_id), String)))
    file = case((and_(col(log.entity) == "import", col(log.field) == "file"), col(log.new_value)))
    row = session.execute(
        select(col(log.batch), func.min(col(log.at)).label("at"), func.max(col(log.user)).label("user"),
               func.sum(case((and_(col(log.action) == "create", col(log.entity) != "import"), 1),
                             else_=0)).label("added"),
               func.count(distinct(updated)).label("updated"),
               func.max(file).label("file"))
        .where(col(log.batch).like("import-%"), col(log.batch).not_in(undone))
        .group_by(col(log.batch)).order_by(func.max(col(log.id)).desc()).limit(1)).first()
    if row is None:
        return None
    at = row.at if isinstance(row.at, dt.datetime) else dt.datetime.fromisoformat(str(row.at))
    return ImportBatch(row.batch, at, row.user or "", row.file or "", int(row.added or 0),
                       int(row.updated or 0))


def _created(batch: str, entity: str) -> AnySelect:
    """Ids of the ``entity`` rows the batch added."""
    return select(col(ChangeLog.entity_id)).where(
        col(ChangeLog.batch) == batch, col(ChangeLog.entity) == entity, col(ChangeLog.action) == "create")


def undo(session: Session, user: str, now: dt.datetime) -> UndoResult:
    batch = last(session)
    if batch is None:
        raise NotFoundError(NOTHING)
    name = batch.batch
    c, b = aliased(ChangeLog), aliased(ChangeLog)
    newest = select(func.max(col(ChangeLog.id))).where(col(ChangeLog.batch) == name).scalar_subquery()
    touched = exists().where(col(b.batch) == name, col(b.entity) == col(c.entity), col(b.entity_id) == col(c.entity_id))
    conflict = session.execute(
        select(literal(1)).select_from(c)
        .where(col(c.id) > newest, col(c.entity).not_in(("import", "export")),
               col(c.batch).not_like("undo-%"),
               or_(touched, col(c.person_id).in_(_created(name, "person"))))
        .limit(1)).first()
    if conflict is not None:
        raise ConflictError(CHANGED, at=f"{batch.at:%Y-%m-%d %H:%M}")
    restored = _restore(session, name)
    recount = session.scalars(
        select(col(ChangeLog.person_id)).distinct()
        .where(col(ChangeLog.batch) == name, col(ChangeLog.entity) == "child")).all()
    removed = 0
    try:
        units = session.scalars(
            _created(name, "unit").order_by(col(ChangeLog.entity_id).desc())).all()
        for entity, model in ORDER[:-1]:
            table = table_of(model)
            removed += _count(session.execute(
                delete(table).where(table.c.id.in_(_created(name, entity)))))
        for unit_id in units:  # sub-units before the unit above them
            removed += _count(session.execute(delete(table_of(Unit)).where(
                table_of(Unit).c.id == unit_id)))
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(CHANGED, at=f"{batch.at:%Y-%m-%d %H:%M}") from exc
    recount_children(session, (pid for pid in recount if pid is not None))
    undo_batch = "undo-" + name
    at = literal(now, DateTime)
    reverse = (select(at, literal(user), literal(undo_batch), col(ChangeLog.entity),
                      col(ChangeLog.entity_id), col(ChangeLog.person_id),
                      case((col(ChangeLog.action) == "create", "delete"), else_="update"),
                      col(ChangeLog.field), col(ChangeLog.new_value), col(ChangeLog.old_value))
               .where(col(ChangeLog.batch) == name, col(ChangeLog.entity).not_in(("import",)))
               .order_by(col(ChangeLog.id)))
    columns = ["at", "user", "batch", "entity", "entity_id", "person_id", "action", "field",
               "old_value", "new_value"]
    session.execute(insert(ChangeLog).from_select(columns, reverse))
    session.execute(insert(ChangeLog).values(
        at=now, user=user, batch=undo_batch, entity="import", entity_id=0, action="delete",
        field="batch", new_value=name))
    return UndoResult(name, removed, restored)


def _restore(session: Session, batch: str) -> int:
    """Put back the old values, newest change first."""
    rows = session.execute(
        select(col(ChangeLog.entity), col(ChangeLog.entity_id), col(ChangeLog.field), col(ChangeLog.old_value))
        .where(col(ChangeLog.batch) == batch, col(ChangeLog.action) == "update")
        .order_by(col(ChangeLog.id).desc())).all()
    for entity, entity_id, field, old in rows:
        table = table_of(TABLE[entity])
        column = table.c[field]
        session.execute(update(table).where(table.c.id == entity_id)
                        .values({column: _value(column.type, old)}))
    return len({(r[0], r[1]) for r in rows})


def _value(type_: object, old: str | None) -> object:
    if isinstance(type_, Boolean):
        return 1 if old in ("1", "True") else 0
    if old is None:
        return None if isinstance(type_, (Date, DateTime, Integer)) else ""
    if isinstance(type_, Integer):
        return int(old)
    if isinstance(type_, String):
        return old
    return old
