"""The change log: who changed what, when, field by field."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import event, func, or_, select
from sqlmodel import Session, col

from desktop.domain.idnumber import mask
from desktop.services.safety.touches import TouchLog, record_day
from desktop.store.db import SessionFactory
from desktop.store.models import ChangeLog, Person
from desktop.store.sql import AnySelect

log = logging.getLogger(__name__)

# Values of these fields are masked when the history is shown.
MASKED_FIELDS = frozenset({"id_number", "spouse_id_number"})

_Q = TypeVar("_Q", bound=AnySelect)


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class HistoryFilters:
    """The change-log viewer's filters; ``None`` or "" means any. Dates include both ends."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    entity: str = ""
    action: str = ""


@dataclass(frozen=True)
class LogRow:
    """One change-log row for the viewer, ID numbers masked."""

    id: int
    at: dt.datetime
    user: str
    entity: str
    entity_id: int
    person_id: int | None
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    person: str = ""  # whom it is about: her name and masked ID number ("" for none)


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    user: str
    entity: str
    entity_id: int
    action: str
    field: str
    old_value: str | None
    new_value: str | None


Listener = Callable[[frozenset[str]], None]
_TOUCHED = "changelog.touched"  # session.info key: entities written in this transaction


def _forget(session: Session) -> None:
    session.info.pop(_TOUCHED, None)


class ChangeRecorder:
    """Writes change-log rows inside the caller's transaction."""

    def __init__(self, user: Callable[[], str], now: Callable[[], dt.datetime]) -> None:
        self._user = user
        self._now = now
        # Grows with every change written (or attempted): readers use it to drop caches.
        self.generation = 0
        self.touches = TouchLog()  # which days each change can alter figures from
        self._listeners: list[Listener] = []

    # -- announcing ----------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(entities)`` after each committed write, with the entities it
        touched (record kinds, "person", "unit", "settings"…). It may be called on a worker
        thread (imports, backups run there)."""
        self._listeners.append(listener)

    def announce(self, entities: Iterable[str]) -> None:
        """Tell the listeners about a write made without record() (bulk imports, undo)."""
        touched = frozenset(entities)
        for listener in list(self._listeners):
            try:
                listener(touched)
            except Exception as exc:  # the write is done; a listener cannot undo it
                log.error("a change listener failed: %s", type(exc).__name__, exc_info=exc)

    def _touch(self, session: Session, entity: str) -> None:
        """Remember the entity until the session commits (a rollback forgets it)."""
        touched = session.info.get(_TOUCHED)
        if touched is None:
            touched = session.info[_TOUCHED] = set()
            event.listen(session, "after_commit", self._committed, once=True)
            event.listen(session, "after_rollback", _forget, once=True)
        touched.add(entity)

    def _committed(self, session: Session) -> None:
        touched = session.info.pop(_TOUCHED, None)
        if touched:
            self.announce(touched)

    def record_export(self, session: Session, fields: Iterable[tuple[str, object]],
                      person_id: int | None = None) -> None:
        """Full ID numbers left the database (a file or a print): one batch of "export"
        rows, one per field (what, where to, how many) — never the numbers themselves."""
        batch = f"export-{self._now():%Y%m%d%H%M%S}"
        for field, value in fields:
            self.record(session, entity="export", entity_id=person_id or 0, action="create",
                        field=field, new=value, batch=batch, person_id=person_id)

    def record(
        self,
        session: Session,
        *,
        entity: str,
        entity_id: int,
        action: str,
        person_id: int | None = None,
        field: str = "",
        old: object = None,
        new: object = None,
        batch: str = "",
        day: dt.date | None = None,
    ) -> None:
        """``day``: the earliest date of the record changed, when the caller knows it."""
        self.generation += 1
        self.touches.note(self.generation, entity, action, field, old, new, day, person_id)
        if self._listeners:
            self._touch(session, entity)
        session.add(
            ChangeLog(
                at=self._now(),
                user=self._user(),
                batch=batch,
                entity=entity,
                entity_id=entity_id,
                person_id=person_id,
                action=action,
                field=field,
                old_value=_text(old),
                new_value=_text(new),
            )
        )

    def record_fields(
        self,
        session: Session,
        *,
        entity: str,
        entity_id: int,
        person_id: int | None,
        before: Mapping[str, object] | None,
        after: Mapping[str, object],
        batch: str = "",
    ) -> int:
        """Log each field that differs; ``before=None`` logs a creation. Returns rows written."""
        action = "create" if before is None else "update"
        day = record_day(before, dict(after))
        written = 0
        for name, new in after.items():
            old = None if before is None else before.get(name)
            if _text(old) == _text(new):
                continue
            self.record(
                session,
                entity=entity,
                entity_id=entity_id,
                person_id=person_id,
                action=action,
                field=name,
                old=old,
                new=new,
                batch=batch,
                day=day,
            )
            written += 1
        if before is None and written == 0:
            self.record(session, entity=entity, entity_id=entity_id, person_id=person_id,
                        action=action, batch=batch, day=day)
            written = 1
        return written


class HistoryService:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def for_person(self, person_id: int, *, mask_ids: bool = True, limit: int = 500) -> list[HistoryEntry]:
        """Newest first: the person's own changes and those of her children."""
        with self._factory() as session:
            rows = session.execute(
                select(ChangeLog)
                .where(
                    or_(
                        col(ChangeLog.person_id) == person_id,
                        (col(ChangeLog.entity) == "person")
                        & (col(ChangeLog.entity_id) == person_id),
                    )
                )
                .order_by(col(ChangeLog.id).desc())
                .limit(limit)
            ).scalars()
            out = []
            for r in rows:
                old, new = r.old_value, r.new_value
                if mask_ids and r.field in MASKED_FIELDS:
                    old, new = mask(old), mask(new)
                out.append(HistoryEntry(r.at, r.user, r.entity, r.entity_id, r.action, r.field, old, new))
            return out

    # -- the whole log, for the viewer ----------------------------------------------
    @staticmethod
    def _where(query: _Q, filters: HistoryFilters) -> _Q:
        if filters.date_from is not None:
            start = dt.datetime.combine(filters.date_from, dt.time())
            query = query.where(col(ChangeLog.at) >= start)
        if filters.date_to is not None:
            end = dt.datetime.combine(filters.date_to + dt.timedelta(days=1), dt.time())
            query = query.where(col(ChangeLog.at) < end)
        if filters.entity:
            query = query.where(col(ChangeLog.entity) == filters.entity)
        if filters.action:
            query = query.where(col(ChangeLog.action) == filters.action)
        return query

    def count(self, filters: HistoryFilters) -> int:
        with self._factory() as session:
            query = self._where(select(func.count()).select_from(ChangeLog), filters)
            return int(session.execute(query).scalar_one())

    def page(self, filters: HistoryFilters, offset: int, limit: int) -> list[LogRow]:
        """Newest first; ID numbers masked as in :meth:`for_person`."""
        with self._factory() as session:
            query = self._where(select(ChangeLog), filters)
            rows = list(session.execute(
                query.order_by(col(ChangeLog.id).desc()).offset(offset).limit(limit)).scalars())
            whom = _persons(session, {_person_of(r) for r in rows} - {None})
            out = []
            for r in rows:
                old, new = r.old_value, r.new_value
                if r.field in MASKED_FIELDS:
                    old, new = mask(old), mask(new)
                out.append(LogRow(r.id, r.at, r.user, r.entity, r.entity_id, r.person_id,
                                  r.action, r.field, old, new, whom.get(_person_of(r), "")))
            return out

    def entities(self) -> list[str]:
        """The record kinds present in the log, for the filter list."""
        with self._factory() as session:
            return list(session.execute(
                select(col(ChangeLog.entity)).distinct().order_by(col(ChangeLog.entity))).scalars())


def _person_of(row: ChangeLog) -> int | None:
    if row.person_id is not None:
        return row.person_id
    return row.entity_id if row.entity == "person" else None


def _persons(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    """Name and masked ID number of each person (in the recycle bin too), by id."""
    if not ids:
        return {}
    found = session.execute(select(col(Person.id), col(Person.name), col(Person.id_number))
                            .where(col(Person.id).in_(ids)))
    return {pid: f"{name} {mask(number)}" if number else name for pid, name, number in found}
