"""Register, edit, delete (to the recycle bin) and restore persons with their children."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields

from sqlalchemy import func, select
from sqlmodel import Session, col

from desktop.domain import idnumber
from desktop.domain.idnumber import mask
from desktop.domain.kinds import Kind
from desktop.domain.person_rules import birth_orders, check_person
from desktop.domain.search import pinyin_keys
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.people import ChildDraft, PersonDraft, PersonRecord
from desktop.errors import DuplicateError, NotFoundError, ValidationError
from desktop.services.people.life_events import record_transfer
from desktop.services.people.versions import claim_version
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Child, Person, Unit
from desktop.store.records import Pregnancy

CHILD_FIELDS = ("name", "sex", "birth_date", "birth_order", "id_number",
                "birth_registered_on", "reported_on")


class PersonService:
    def __init__(
        self,
        factory: SessionFactory,
        recorder: ChangeRecorder,
        today: Callable[[], dt.date],
        now: Callable[[], dt.datetime],
    ) -> None:
        self._factory = factory
        self._recorder = recorder
        self._today = today
        self._now = now

    # -- reading ---------------------------------------------------------------
    def get(self, person_id: int, *, include_deleted: bool = False) -> PersonRecord:
        with self._factory() as session:
            person = session.get(Person, person_id)
            if person is None or (person.deleted_at is not None and not include_deleted):
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."))
            kids = session.execute(
                select(Child).where(col(Child.person_id) == person_id,
                                    col(Child.deleted_at).is_(None))
                .order_by(col(Child.birth_order), col(Child.id))
            ).scalars().all()
            draft = PersonDraft(**{
                f.name: getattr(person, f.name) for f in fields(PersonDraft) if f.name != "children"
            })
            draft.children = [ChildDraft(**{f.name: getattr(c, f.name) for f in fields(ChildDraft)}) for c in kids]
            assert person.id is not None
            return PersonRecord(person.id, draft, person.birth_date, person.status, person.status_date,
                                person.created_at, person.updated_at, person.version)

    def find_id_number(self, number: str) -> tuple[int, str, bool] | None:
        """(id, name, in recycle bin) of the record holding ``number``, if any."""
        with self._factory() as session:
            row = session.execute(
                select(col(Person.id), col(Person.name),
                       col(Person.deleted_at)).where(col(Person.id_number) == number)
            ).first()
            return None if row is None else (row.id, row.name, row.deleted_at is not None)

    def count_all(self) -> int:
        with self._factory() as session:
            return session.scalar(select(func.count()).select_from(Person)) or 0

    # -- writing ---------------------------------------------------------------
    def create(self, draft: PersonDraft) -> int:
        info = check_person(draft, self._today())
        with transaction(self._factory) as session:
            self._check_unit(session, draft.unit_id)
            self._check_unique(session, draft.id_number, None)
            now = self._now()
            full, initials = pinyin_keys(draft.name)
            person = Person(
                **draft.scalar_fields(), name_pinyin=full, name_initials=initials,
                birth_date=info.birth_date, created_at=now, updated_at=now,
            )
            session.add(person)
            session.flush()
            assert person.id is not None
            self._recorder.record_fields(session, entity="person", entity_id=person.id,
                                         person_id=person.id, before=None, after=draft.scalar_fields())
            self._save_children(session, person, draft.children)
            return person.id

    def update(self, person_id: int, draft: PersonDraft,
               moved_on: dt.date | None = None, version: int | None = None) -> None:
        """Save her record. A new unit is a move between units (单位调动) on ``moved_on``
        (today when not given), recorded as a life event in the same transaction.

        ``version`` is the one her form was read at (PersonRecord.version): when another
        clerk saved her since, StaleRecordError names who changed what and when, and
        nothing is saved. Without it the save goes through (imports, scripts); either way
        her version moves on, so that forms open elsewhere learn of it."""
        info = check_person(draft, self._today())
        with transaction(self._factory) as session:
            batch = claim_version(session, person_id, version)
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."))
            self._check_unit(session, draft.unit_id)
            self._check_unique(session, draft.id_number, person_id)
            if draft.unit_id != person.unit_id:
                record_transfer(session, self._recorder, person, draft.unit_id,
                                moved_on or self._today(), "", self._today(), self._now())
            before = {name: getattr(person, name) for name in draft.scalar_fields()}
            after = draft.scalar_fields()
            self._recorder.record_fields(session, entity="person", entity_id=person_id,
                                         person_id=person_id, before=before, after=after,
                                         batch=batch)
            for name, value in after.items():
                setattr(person, name, value)
            person.name_pinyin, person.name_initials = pinyin_keys(draft.name)
            person.birth_date = info.birth_date
            person.updated_at = self._now()
            self._save_children(session, person, draft.children)

    def delete(self, person_id: int) -> None:
        """Move to the recycle bin; nothing is removed from the file."""
        with transaction(self._factory) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."))
            person.deleted_at = self._now()
            self._recorder.record(session, entity="person", entity_id=person_id, person_id=person_id,
                                  action="delete")

    def restore(self, person_id: int) -> None:
        with transaction(self._factory) as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record is not in the recycle bin."))
            person.deleted_at = None
            self._recorder.record(session, entity="person", entity_id=person_id, person_id=person_id,
                                  action="restore")

    # -- helpers ---------------------------------------------------------------
    def _save_children(self, session: Session, person: Person, drafts: list[ChildDraft]) -> None:
        assert person.id is not None
        existing = {c.id: c for c in session.execute(
            select(Child).where(col(Child.person_id) == person.id, col(Child.deleted_at).is_(None))
        ).scalars()}
        orders = birth_orders(drafts)
        kept: set[int] = set()
        for draft, order in zip(drafts, orders, strict=True):
            draft.birth_order = order
            values = {name: getattr(draft, name) for name in CHILD_FIELDS}
            values["pregnancy_id"] = self._own_pregnancy(session, person.id, draft.pregnancy_id)
            child = existing.get(draft.id) if draft.id is not None else None
            if child is None:
                child = Child(person_id=person.id, **values)
                session.add(child)
                session.flush()
                assert child.id is not None
                draft.id = child.id
                self._recorder.record_fields(session, entity=Kind.CHILD, entity_id=child.id,
                                             person_id=person.id, before=None, after=values)
            else:
                before = {name: getattr(child, name) for name in (*CHILD_FIELDS, "pregnancy_id")}
                if self._recorder.record_fields(session, entity=Kind.CHILD, entity_id=child.id,
                                                person_id=person.id, before=before, after=values):
                    child.version += 1  # changed: forms open elsewhere learn of it
                for name, value in values.items():
                    setattr(child, name, value)
            assert child.id is not None
            kept.add(child.id)
        for child_id, child in existing.items():
            if child_id not in kept:
                child.deleted_at = self._now()
                self._recorder.record(session, entity=Kind.CHILD, entity_id=child_id,
                                      person_id=person.id, action="delete", field="name", old=child.name)
        person.children_count = len(drafts)

    @staticmethod
    def _own_pregnancy(session: Session, person_id: int, pregnancy_id: int | None) -> int | None:
        """A child's link: one of her mother's pregnancies, not in the recycle bin."""
        if pregnancy_id is None:
            return None
        found = session.get(Pregnancy, pregnancy_id)
        if found is None or found.person_id != person_id or found.deleted_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The child can only be linked to one of her mother's pregnancies."),
                field="pregnancy_id")
        return pregnancy_id

    @staticmethod
    def _check_unit(session: Session, unit_id: int | None) -> None:
        if unit_id is None or session.get(Unit, unit_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose the unit."), field="unit_id")

    @staticmethod
    def _check_unique(session: Session, number: str, own_id: int | None) -> None:
        row = session.execute(
            select(col(Person.id), col(Person.name),
                   col(Person.deleted_at)).where(col(Person.id_number) == number)
        ).first()
        if row is None or row.id == own_id:
            return
        if row.deleted_at is not None:
            raise DuplicateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The ID number {id} already belongs to {name}, whose record is in the "
                    "recycle bin. Restore that record instead of entering her again.",
                ),
                field="id_number", id=mask(number), name=row.name, existing_id=row.id,
            )
        raise DuplicateError(
            QT_TRANSLATE_NOOP("errors", "The ID number {id} is already registered for {name}."),
            field="id_number", id=mask(number), name=row.name, existing_id=row.id,
        )


def id_facts(number: str, today: dt.date) -> idnumber.IdInfo:
    """Birth date, sex and region for the editor while the clerk types."""
    return idnumber.validate(number, today)
