"""Life events (moved away, returned, deceased, transfers between units) and children's
deaths.

Her stored status and status date always equal the replay of her events
(desktop.domain.life_events.replay), written in the same transaction and logged. A
transfer (单位调动) keeps the unit she left and the unit she joined; her unit today is the
one her latest transfer led to.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlmodel import Session, col

from desktop.domain.enums import EventKind
from desktop.domain.kinds import Kind
from desktop.domain.life_events import replay
from desktop.domain.text import check_characters
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.pregnancy import ChildLifeRow, LifeEventRow
from desktop.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.care.record_base import NOT_FOUND, NOT_IN_BIN, RecordBase
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.db import transaction
from desktop.store.models import Child, Person, Unit
from desktop.store.records import LifeEvent


class LifeEventService(RecordBase):
    # -- reading ---------------------------------------------------------------
    def list_for_person(self, person_id: int) -> list[LifeEventRow]:
        """Her events in date order (oldest first); the last one is the latest."""
        with self._factory() as session:
            events = self._events(session, person_id)
            names = {u.id: u.name for u in session.execute(select(Unit)).scalars()}
        last = len(events) - 1
        return [_row(e, names, i == last) for i, e in enumerate(events)]

    def children(self, person_id: int) -> list[ChildLifeRow]:
        with self._factory() as session:
            kids = session.execute(
                select(Child).where(col(Child.person_id) == person_id,
                                    col(Child.deleted_at).is_(None))
                .order_by(col(Child.birth_order), col(Child.id))
            ).scalars()
            return [ChildLifeRow(c.id, c.name, c.sex, c.birth_date, c.death_date)
                    for c in kids]

    # -- her events ------------------------------------------------------------
    def transfer(self, person_id: int, to_unit_id: int | None, date: dt.date | None,
                 note: str = "") -> int:
        """She moved to another unit of the office on ``date``."""
        with transaction(self._factory) as session:
            person = self._person(session, person_id)
            return record_transfer(session, self._recorder, person, to_unit_id, date, note,
                                   self._today(), self._now())

    def add(self, person_id: int, kind: str, date: dt.date | None, note: str = "") -> int:
        with transaction(self._factory) as session:
            person = self._person(session, person_id)
            return record_event(session, self._recorder, person, kind, date, note,
                                self._today(), self._now())

    def delete(self, entity: str, row_id: int, person_id: int) -> None:
        """Only her latest event goes to the recycle bin; her status steps back."""
        if entity != Kind.LIFE_EVENT:
            super().delete(entity, row_id, person_id)
            return
        with transaction(self._factory) as session:
            event = self._get(session, Kind.LIFE_EVENT, row_id)
            self._check_owner(session, Kind.LIFE_EVENT, event, person_id, NOT_FOUND)
            events = self._events(session, event.person_id)
            if events[-1].id != row_id:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "errors", "Only her latest event can be deleted; delete the later ones first."))
            event.deleted_at = self._now()
            self._recorder.record(session, entity=Kind.LIFE_EVENT, entity_id=row_id,
                                  person_id=event.person_id, action="delete")
            session.flush()
            person = self._person(session, event.person_id)
            if event.kind == EventKind.TRANSFERRED.value and event.from_unit_id is not None:
                self._set_unit(session, person, event.from_unit_id)  # back where she was
            self._sync_status(session, person)

    def restore(self, entity: str, row_id: int, person_id: int) -> None:
        """Restoring an event is refused when it no longer fits among her events."""
        if entity != Kind.LIFE_EVENT:
            super().restore(entity, row_id, person_id)
            return
        with transaction(self._factory) as session:
            event = session.get(LifeEvent, row_id)
            if event is None or event.deleted_at is None:
                raise NotFoundError(NOT_IN_BIN)
            self._check_owner(session, Kind.LIFE_EVENT, event, person_id, NOT_IN_BIN)
            person = self._person(session, event.person_id)
            event.deleted_at = None
            session.flush()
            try:
                replay([(EventKind(e.kind), e.date) for e in self._events(session, event.person_id)])
            except ValidationError as exc:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "errors", "This event no longer fits among her other events and cannot be "
                              "restored."), field=exc.field) from exc
            self._recorder.record(session, entity=Kind.LIFE_EVENT, entity_id=row_id,
                                  person_id=event.person_id, action="restore")
            if event.kind == EventKind.TRANSFERRED.value and event.to_unit_id is not None:
                self._set_unit(session, person, event.to_unit_id)
            self._sync_status(session, person)

    # -- children --------------------------------------------------------------
    def set_child_death(self, child_id: int, date: dt.date | None) -> None:
        if date is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the date."), field="date")
        self._not_future(date, "date")
        with transaction(self._factory) as session:
            child = self._child(session, child_id)
            if date < child.birth_date:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The date of death is before the child's birth ({birth})."),
                    field="date", birth=child.birth_date.isoformat())
            self._set_death(session, child, date)

    def clear_child_death(self, child_id: int) -> None:
        with transaction(self._factory) as session:
            self._set_death(session, self._child(session, child_id), None)

    # -- helpers ---------------------------------------------------------------
    def _set_death(self, session: Session, child: Child, date: dt.date | None) -> None:
        assert child.id is not None
        self._recorder.record_fields(session, entity=Kind.CHILD, entity_id=child.id,
                                     person_id=child.person_id,
                                     before={"death_date": child.death_date},
                                     after={"death_date": date})
        child.death_date = date

    def _child(self, session: Session, child_id: int) -> Child:
        child = session.get(Child, child_id)
        if child is None or child.deleted_at is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        self._person(session, child.person_id)
        return child

    def _set_unit(self, session: Session, person: Person, unit_id: int) -> None:
        assert person.id is not None
        self._recorder.record_fields(session, entity="person", entity_id=person.id,
                                     person_id=person.id, before={"unit_id": person.unit_id},
                                     after={"unit_id": unit_id})
        person.unit_id = unit_id

    @staticmethod
    def _events(session: Session, person_id: int) -> list[LifeEvent]:
        return live_events(session, person_id)


    def _sync_status(self, session: Session, person: Person) -> None:
        """Write (and log) the status her remaining events give."""
        assert person.id is not None
        status, since = replay([(EventKind(e.kind), e.date) for e in self._events(session, person.id)])
        self._recorder.record_fields(
            session, entity="person", entity_id=person.id, person_id=person.id,
            before={"status": person.status, "status_date": person.status_date},
            after={"status": status.value, "status_date": since})
        person.status, person.status_date = status.value, since


def _row(event: LifeEvent, names: dict[int | None, str], latest: bool) -> LifeEventRow:
    assert event.id is not None  # a stored row
    return LifeEventRow(event.id, event.kind, event.date, _note(event, names), latest)


def _note(event: LifeEvent, names: dict[int | None, str]) -> str:
    """A transfer shows the unit she left and the one she joined (then its note)."""
    if event.kind != EventKind.TRANSFERRED.value:
        return event.note
    moved = f"{names.get(event.from_unit_id, '')} → {names.get(event.to_unit_id, '')}"
    return f"{moved} {event.note}".strip()


def live_events(session: Session, person_id: int) -> list[LifeEvent]:
    """Her events not in the recycle bin, oldest first."""
    return list(session.execute(
        select(LifeEvent).where(col(LifeEvent.person_id) == person_id, col(LifeEvent.deleted_at).is_(None))
        .order_by(col(LifeEvent.date), col(LifeEvent.id))
    ).scalars())


def record_event(session: Session, recorder: ChangeRecorder, person: Person, kind: str,
                 date: dt.date | None, note: str, today: dt.date, now: dt.datetime) -> int:
    """Write (and log) a 迁出, 迁回 or 死亡 after her events, and the status it gives.

    Used by the life-event form and by the transfer of her file to another office (in the
    same transaction as the workbook that carries it)."""
    assert person.id is not None
    check_characters(note, "note", lines=True)
    note = " ".join((note or "").split())
    if kind == EventKind.TRANSFERRED.value:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A move to another unit is recorded by changing her unit."), field="kind")
    if kind not in EventKind._value2member_map_:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose the event."), field="kind")
    if date is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the date."), field="date")
    if len(note) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field holds at most {limit} characters."),
            field="note", limit=200)
    if date > today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The date {date} is in the future."),
                              field="date", date=date.isoformat())
    if date < person.birth_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date {date} is before her birth date ({birth})."),
            field="date", date=date.isoformat(), birth=person.birth_date.isoformat())
    events = [(EventKind(e.kind), e.date) for e in live_events(session, person.id)]
    status, since = replay([*events, (EventKind(kind), date)])  # raises when it cannot follow
    event = LifeEvent(person_id=person.id, kind=kind, date=date, note=note, created_at=now)
    session.add(event)
    session.flush()
    assert event.id is not None
    recorder.record_fields(session, entity=Kind.LIFE_EVENT, entity_id=event.id,
                           person_id=person.id, before=None,
                           after={"person_id": person.id, "kind": kind, "date": date, "note": note})
    recorder.record_fields(
        session, entity="person", entity_id=person.id, person_id=person.id,
        before={"status": person.status, "status_date": person.status_date},
        after={"status": status.value, "status_date": since})
    person.status, person.status_date = status.value, since
    return event.id


def record_transfer(session: Session, recorder: ChangeRecorder, person: Person,
                    to_unit_id: int | None, date: dt.date | None, note: str, today: dt.date,
                    now: dt.datetime) -> int:
    """Write (and log) a transfer from her unit today to ``to_unit_id`` and move her there.

    Used by the life-event service and by the person service when the editor changes her
    unit (in the same transaction as the rest of her record)."""
    assert person.id is not None
    if date is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the date of the move."),
                              field="transfer_date")
    if date > today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The date {date} is in the future."),
                              field="transfer_date", date=date.isoformat())
    if to_unit_id is None or session.get(Unit, to_unit_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose the unit."),
                              field="unit_id")
    if to_unit_id == person.unit_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "She is already in this unit."),
                              field="unit_id")
    if date < person.birth_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date {date} is before her birth date ({birth})."),
            field="transfer_date", date=date.isoformat(), birth=person.birth_date.isoformat())
    events = [(EventKind(e.kind), e.date) for e in live_events(session, person.id)]
    try:
        replay([*events, (EventKind.TRANSFERRED, date)])
    except ValidationError as exc:
        raise ValidationError(exc.template, field="transfer_date", **exc.params) from exc
    event = LifeEvent(person_id=person.id, kind=EventKind.TRANSFERRED.value, date=date,
                      note=" ".join((note or "").split())[:200], from_unit_id=person.unit_id,
                      to_unit_id=to_unit_id, created_at=now)
    session.add(event)
    session.flush()
    assert event.id is not None
    recorder.record_fields(session, entity="life_event", entity_id=event.id,
                           person_id=person.id, before=None,
                           after={"kind": event.kind, "date": date,
                                  "from_unit_id": event.from_unit_id, "to_unit_id": to_unit_id})
    recorder.record_fields(session, entity="person", entity_id=person.id, person_id=person.id,
                           before={"unit_id": person.unit_id}, after={"unit_id": to_unit_id})
    person.unit_id = to_unit_id
    return event.id
