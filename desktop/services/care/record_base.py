"""What every record service shares: logged insert/update, recycle bin, date checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol, cast

from sqlmodel import Session, SQLModel

from desktop.domain.kinds import KINDS, Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.people.versions import claim_record_version
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.db import SessionFactory, transaction
from desktop.store.kinds import model_of, parent_of
from desktop.store.models import Person

NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This record no longer exists.")
NOT_IN_BIN = QT_TRANSLATE_NOOP("errors", "This record is not in the recycle bin.")


class Stored(Protocol):
    """The columns every record kind's table has."""

    id: int | None
    deleted_at: dt.datetime | None


def stored(row: SQLModel) -> Stored:
    """A row of a record kind's table, seen through the columns they all have."""
    return cast(Stored, row)


class RecordBase:
    """Base of the record services; subclasses add the use cases of one record kind."""

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

    # -- writing ---------------------------------------------------------------
    def _insert(self, session: Session, entity: str, person_id: int, values: dict[str, Any]) -> int:
        model = model_of(entity)
        stamps = {k: self._now() for k in ("created_at", "updated_at") if k in model.model_fields}
        row = model(**values, **stamps)
        session.add(row)
        session.flush()
        row_id = stored(row).id
        assert row_id is not None  # flushed
        self._recorder.record_fields(session, entity=entity, entity_id=row_id,
                                     person_id=person_id, before=None, after=values)
        return row_id

    def _update(self, session: Session, entity: str, row: SQLModel, person_id: int,
                values: dict[str, Any], version: int | None = None) -> None:
        """Save one record. ``version`` is the one its form was read at: when another
        clerk saved it since, StaleRecordError names who changed what (nothing saved).
        Either way its version moves on, so that forms open elsewhere learn of it."""
        row_id = stored(row).id
        assert row_id is not None
        batch = claim_record_version(session, type(row), entity, row_id, version)
        before = {name: getattr(row, name) for name in values}
        self._recorder.record_fields(session, entity=entity, entity_id=row_id,
                                     person_id=person_id, before=before, after=values,
                                     batch=batch)
        for name, value in values.items():
            setattr(row, name, value)
        if "updated_at" in type(row).model_fields:
            row.updated_at = self._now()

    def _get(self, session: Session, entity: str, row_id: int) -> Any:
        row = session.get(model_of(entity), row_id)
        if row is None or stored(row).deleted_at is not None:
            raise NotFoundError(NOT_FOUND)
        return row

    def _person(self, session: Session, person_id: int) -> Person:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."))
        return person

    # -- recycle bin -------------------------------------------------------------
    def delete(self, entity: str, row_id: int, person_id: int) -> None:
        """Move one record to the recycle bin (nothing is removed from the file)."""
        with transaction(self._factory) as session:
            row = self._get(session, entity, row_id)
            self._check_owner(session, entity, row, person_id, NOT_FOUND)
            row.deleted_at = self._now()
            self._recorder.record(session, entity=entity, entity_id=row_id,
                                  person_id=person_id, action="delete")

    def restore(self, entity: str, row_id: int, person_id: int) -> None:
        with transaction(self._factory) as session:
            row = session.get(model_of(entity), row_id)
            if row is None or stored(row).deleted_at is None:
                raise NotFoundError(NOT_IN_BIN)
            parent = self._check_owner(session, entity, row, person_id, NOT_IN_BIN)
            if parent is not None and stored(parent).deleted_at is not None:
                raise ConflictError(KINDS[Kind(entity)].parent_in_bin or NOT_IN_BIN)
            row.deleted_at = None
            self._recorder.record(session, entity=entity, entity_id=row_id,
                                  person_id=person_id, action="restore")

    @staticmethod
    def _check_owner(session: Session, entity: str, row: Any, person_id: int,
                     message: str) -> SQLModel | None:
        """NotFoundError unless the row is one of ``person_id``'s (follow-ups through their
        pregnancy, payments through their enrolment); returns that parent row, if any."""
        parent = None
        link = parent_of(entity)
        if link is not None:
            model, key = link
            parent = session.get(model, getattr(row, key))
            owner = getattr(parent, "person_id", None)
        else:
            owner = row.person_id
        if owner != person_id:
            raise NotFoundError(message)
        return parent

    # -- checks ----------------------------------------------------------------
    def _not_future(self, value: dt.date | None, field: str) -> None:
        if value is not None and value > self._today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The date {date} is in the future."),
                field=field, date=value.isoformat(),
            )

    @staticmethod
    def _required(value: object, field: str) -> None:
        if value is None or value == "":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please fill in this field."), field=field)
