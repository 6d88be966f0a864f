"""Children back from the recycle bin (the person editor deletes them when saving her list)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import or_, select
from sqlmodel import Session, col

from desktop.domain.enums import Outcome
from desktop.domain.kinds import Kind
from desktop.domain.person_rules import check_child
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.people import ChildDraft
from desktop.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.care.births import renumber
from desktop.services.care.record_base import NOT_IN_BIN
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Child, Person
from desktop.store.records import Pregnancy

CHILD = Kind.CHILD


class ChildService:
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

    def mark_reported(self, child_id: int, day: dt.date | None) -> None:
        """The birth was reported to the office on ``day`` (the birth_report reminder goes)."""
        if day is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the report date."),
                                  field="reported_on")
        if day > self._today():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The date {date} is in the future."),
                                  field="reported_on", date=day.isoformat())
        with transaction(self._factory) as session:
            child = session.get(Child, child_id)
            if child is None or child.deleted_at is not None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
            person = session.get(Person, child.person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."))
            if day < child.birth_date:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The report date is before the birth ({birth})."),
                    field="reported_on", birth=child.birth_date.isoformat())
            self._recorder.record_fields(session, entity=CHILD, entity_id=child_id,
                                         person_id=child.person_id,
                                         before={"reported_on": child.reported_on},
                                         after={"reported_on": day})
            child.reported_on = day

    def restore(self, entity: str, row_id: int, person_id: int) -> None:
        """Back among her children, renumbered by birth date; her count follows (logged)."""
        if entity != CHILD:
            raise ValueError(entity)
        with transaction(self._factory) as session:
            child = session.get(Child, row_id)
            if child is None or child.deleted_at is None or child.person_id != person_id:
                raise NotFoundError(NOT_IN_BIN)
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."))
            draft = ChildDraft(name=child.name, sex=child.sex, birth_date=child.birth_date,
                               id_number=child.id_number,
                               birth_registered_on=child.birth_registered_on,
                               reported_on=child.reported_on)
            try:
                check_child(draft, person.birth_date, self._today(), 0)
            except ValidationError as exc:  # her record changed since: the same message
                raise ConflictError(exc.template, field=exc.field, **exc.params) from exc
            self._check_twin(session, child)
            self._check_birth(session, child)
            child.deleted_at = None
            self._recorder.record(session, entity=CHILD, entity_id=row_id, person_id=person_id,
                                  action="restore")
            session.flush()
            renumber(session, self._recorder, person, [row_id])

    @staticmethod
    def _check_twin(session: Session, child: Child) -> None:
        """Refuse a second copy: the clerk may have entered the child again since."""
        # Matched on what identifies a child; unnamed twins without numbers cannot be told apart.
        keys = [column == value for column, value in ((col(Child.name), child.name),
                                                      (col(Child.id_number),
                                                       child.id_number)) if value]
        if not keys:
            return
        same = session.execute(
            select(col(Child.name)).where(
                col(Child.person_id) == child.person_id, col(Child.deleted_at).is_(None),
                col(Child.birth_date) == child.birth_date, or_(*keys),
            )
        ).first()
        if same is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "She already has the child {name} born on {date}; "
                                            "this record cannot be restored."),
                name=same.name, date=child.birth_date.isoformat())

    @staticmethod
    def _check_birth(session: Session, child: Child) -> None:
        """A child of a recorded birth needs that live birth still on file."""
        if child.pregnancy_id is None:
            return
        pregnancy = session.get(Pregnancy, child.pregnancy_id)
        if pregnancy is None or pregnancy.deleted_at is not None \
                or pregnancy.outcome != Outcome.LIVE_BIRTH:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "errors", "The live birth this child was recorded from is no longer on file; "
                          "restore or record that birth first."))
