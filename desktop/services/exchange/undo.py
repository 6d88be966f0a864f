"""Undo the last import: remove what its batch added, put back what it updated.

Refused when anything touched since belongs to that batch (a record it added or
updated, or a record of a person it added), so that nothing the clerk did after the
import is lost. The undo is logged as its own batch (``undo-<batch>``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, text
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import ImportBatch, UndoResult
from desktop.errors import ConflictError, NotFoundError
from desktop.store.kinds import MODELS
from desktop.store.models import Person, Unit
from desktop.store.sql import table_of

NOTHING = QT_TRANSLATE_NOOP("exchange", "There is no import to undo.")
CHANGED = QT_TRANSLATE_NOOP(
    "exchange", "The import of {at} cannot be undone: records it added or changed have been "
                "changed since.")
# Children of a record go before it (the kinds are declared parents first), persons and units
# last.
ORDER: tuple[tuple[str, type[SQLModel]], ...] = (
    *reversed(MODELS.items()), ("person", Person), ("unit", Unit))
TABLE = dict(ORDER)


def _count(result: Result[Any]) -> int:
    """Rows a DELETE removed."""
    return (result.rowcount or 0) if isinstance(result, CursorResult) else 0


def last(session: Session) -> ImportBatch | None:
    row = session.execute(text(
        "SELECT batch, min(at) AS at, max(user) AS user, "
        "sum(action = 'create' AND entity != 'import') AS added, "
        "count(DISTINCT CASE WHEN action = 'update' THEN entity || ':' || entity_id END) AS updated, "
        "max(CASE WHEN entity = 'import' AND field = 'file' THEN new_value END) AS file "
        "FROM change_log WHERE batch LIKE 'import-%' AND batch NOT IN "
        "(SELECT substr(batch, 6) FROM change_log WHERE batch LIKE 'undo-import-%') "
        "GROUP BY batch ORDER BY max(id) DESC LIMIT 1")).first()
    if row is None:
        return None
    at = row.at if isinstance(row.at, dt.datetime) else dt.datetime.fromisoformat(str(row.at))
    return ImportBatch(row.batch, at, row.user or "", row.file or "", int(row.added or 0),
                       int(row.updated or 0))


def undo(session: Session, user: str, now: dt.datetime) -> UndoResult:
    batch = last(session)
    if batch is None:
        raise NotFoundError(NOTHING)
    params = {"b": batch.batch}
    conflict = session.execute(text(
        "SELECT 1 FROM change_log c WHERE c.id > (SELECT max(id) FROM change_log WHERE batch = :b) "
        "AND c.entity NOT IN ('import', 'export') AND c.batch NOT LIKE 'undo-%' AND ("
        "EXISTS (SELECT 1 FROM change_log b WHERE b.batch = :b AND b.entity = c.entity "
        "AND b.entity_id = c.entity_id) OR c.person_id IN (SELECT entity_id FROM change_log "
        "WHERE batch = :b AND entity = 'person' AND action = 'create')) LIMIT 1"), params).first()
    if conflict is not None:
        raise ConflictError(CHANGED, at=f"{batch.at:%Y-%m-%d %H:%M}")
    restored = _restore(session, batch.batch)
    recount = session.execute(text(
        "SELECT DISTINCT person_id FROM change_log WHERE batch = :b AND entity = 'child'"),
        params).scalars().all()
    removed = 0
    try:
        units = session.execute(text(
            "SELECT entity_id FROM change_log WHERE batch = :b AND entity = 'unit' AND "
            "action = 'create' ORDER BY entity_id DESC"), params).scalars().all()
        for entity, model in ORDER[:-1]:
            removed += _count(session.execute(text(
                f"DELETE FROM {table_of(model).name} WHERE id IN (SELECT entity_id FROM change_log "
                "WHERE batch = :b AND entity = :e AND action = 'create')"),
                {**params, "e": entity}))
        for unit_id in units:  # sub-units before the unit above them
            removed += _count(
                session.execute(text("DELETE FROM unit WHERE id = :i"), {"i": unit_id}))
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(CHANGED, at=f"{batch.at:%Y-%m-%d %H:%M}") from exc
    for pid in recount:
        session.execute(text(
            "UPDATE person SET children_count = (SELECT count(*) FROM child c WHERE c.person_id = "
            ":p AND c.deleted_at IS NULL) WHERE id = :p"), {"p": pid})
    session.execute(text(
        "INSERT INTO change_log (at, user, batch, entity, entity_id, person_id, action, field, "
        "old_value, new_value) SELECT :at, :u, :undo, entity, entity_id, person_id, "
        "CASE action WHEN 'create' THEN 'delete' ELSE 'update' END, field, new_value, old_value "
        "FROM change_log WHERE batch = :b AND entity NOT IN ('import') ORDER BY id"),
        {**params, "at": f"{now:%Y-%m-%d %H:%M:%S.%f}", "u": user, "undo": "undo-" + batch.batch})
    session.execute(text(
        "INSERT INTO change_log (at, user, batch, entity, entity_id, action, field, new_value) "
        "VALUES (:at, :u, :undo, 'import', 0, 'delete', 'batch', :b)"),
        {**params, "at": f"{now:%Y-%m-%d %H:%M:%S.%f}", "u": user, "undo": "undo-" + batch.batch})
    return UndoResult(batch.batch, removed, restored)


def _restore(session: Session, batch: str) -> int:
    """Put back the old values, newest change first."""
    rows = session.execute(text(
        "SELECT entity, entity_id, field, old_value FROM change_log WHERE batch = :b AND "
        "action = 'update' ORDER BY id DESC"), {"b": batch}).all()
    for entity, entity_id, field, old in rows:
        model = TABLE[entity]
        column = table_of(model).c[field]
        session.execute(text(f"UPDATE {table_of(model).name} SET {field} = :v WHERE id = :i"),
                        {"v": _value(column.type, old), "i": entity_id})
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
