"""Contraception records (节育措施): one person's periods never overlap.

A period runs from its start date up to (not including) its end date: a record is open
at d when it started on or before d and has no end date or ends after d
(shared/indicators.md), so a new method may start on the day the previous one ended.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session, col

from desktop.domain.enums import Method
from desktop.domain.kinds import Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.care import ContraceptionDraft, ContraceptionRecord, draft_values
from desktop.errors import ConflictError, ValidationError
from desktop.services.care import checks as check
from desktop.services.care.record_base import RecordBase
from desktop.store.db import transaction
from desktop.store.records import Contraception

ENTITY = Kind.CONTRACEPTION


class OpenContraceptionError(ConflictError):
    """A record is still open on the new start date. ``params``: open_id, method (code),
    start and date (ISO): the front end may offer to end it on ``date`` (add with end_open)."""


def _record(row: Contraception) -> ContraceptionRecord:
    assert row.id is not None
    return ContraceptionRecord(id=row.id, person_id=row.person_id, method=row.method,
                               start_date=row.start_date, end_date=row.end_date, place=row.place,
                               version=row.version)


class ContraceptionService(RecordBase):
    # -- reading ---------------------------------------------------------------
    def list_for_person(self, person_id: int) -> list[ContraceptionRecord]:
        """Her records, the latest start first (a few per person)."""
        with self._factory() as session:
            rows = session.execute(
                select(Contraception)
                .where(col(Contraception.person_id) == person_id,
                       col(Contraception.deleted_at).is_(None))
                .order_by(col(Contraception.start_date).desc(), col(Contraception.id).desc())
            ).scalars()
            return [_record(row) for row in rows]

    def get(self, record_id: int) -> ContraceptionRecord:
        with self._factory() as session:
            return _record(self._get(session, ENTITY, record_id))

    def current(self, person_id: int, day: dt.date | None = None) -> ContraceptionRecord | None:
        """The record open on ``day`` (today by default), if any."""
        day = day or self._today()
        with self._factory() as session:
            row = session.execute(
                select(Contraception)
                .where(col(Contraception.person_id) == person_id,
                       col(Contraception.deleted_at).is_(None),
                       col(Contraception.start_date) <= day,
                       or_(col(Contraception.end_date).is_(None),
                           col(Contraception.end_date) > day))
                .order_by(col(Contraception.start_date).desc()).limit(1)
            ).scalars().first()
            return None if row is None else _record(row)

    # -- writing ---------------------------------------------------------------
    def add(self, person_id: int, draft: ContraceptionDraft, end_open: bool = False) -> int:
        """Record a method. If a record with no end date started before the new one, raise
        OpenContraceptionError, or with ``end_open`` end it on the new start date (same
        transaction). Any other overlap is a ValidationError."""
        with transaction(self._factory) as session:
            values = self._checked(session, person_id, draft)
            start, end = values["start_date"], values["end_date"]
            clash = self._first_clash(session, person_id, start, end, None)
            # Only a record with no end date is offered to be ended: a closed one that
            # overlaps is a typing mistake the clerk corrects herself.
            if clash is not None and clash.end_date is None and clash.start_date < start:
                if not end_open:
                    raise OpenContraceptionError(
                        QT_TRANSLATE_NOOP("errors", "Another method, started on {start}, is "
                                          "still open on {date}. End it before recording a new one."),
                        field="start_date", open_id=clash.id, method=clash.method,
                        start=clash.start_date.isoformat(), date=start.isoformat(),
                    )
                self._update(session, ENTITY, clash, person_id, {"end_date": start})
                session.flush()
                clash = self._first_clash(session, person_id, start, end, None)
            if clash is not None:
                raise self._overlap_error(clash, start)
            return self._insert(session, ENTITY, person_id, {"person_id": person_id, **values})

    def update(self, record_id: int, draft: ContraceptionDraft,
               version: int | None = None) -> None:
        with transaction(self._factory) as session:
            row = self._get(session, ENTITY, record_id)
            values = self._checked(session, row.person_id, draft)
            clash = self._first_clash(session, row.person_id, values["start_date"],
                                      values["end_date"], record_id)
            if clash is not None:
                raise self._overlap_error(clash, values["start_date"])
            self._update(session, ENTITY, row, row.person_id, values, version)

    def restore(self, entity: str, row_id: int, person_id: int) -> None:
        """Back from the recycle bin, unless another record now covers its period."""
        with self._factory() as session:
            row = session.get(Contraception, row_id)
            if row is not None and row.deleted_at is not None:
                clash = self._first_clash(session, row.person_id, row.start_date, row.end_date, row_id)
                if clash is not None:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP("errors", "This record cannot be restored: its period "
                                          "overlaps the record started on {start}."),
                        start=clash.start_date.isoformat(), clash_id=clash.id,
                    )
        super().restore(entity, row_id, person_id)

    # -- checks ----------------------------------------------------------------
    def _checked(self, session: Session, person_id: int,
                 draft: ContraceptionDraft) -> dict[str, Any]:
        person = self._person(session, person_id)
        values = draft_values(draft, ContraceptionDraft)
        values["method"] = check.choice(draft.method, Method, "method")
        self._required(draft.start_date, "start_date")
        assert draft.start_date is not None
        self._not_future(draft.start_date, "start_date")
        check.not_before_birth(draft.start_date, person, "start_date")
        check.end_not_before_start(draft.start_date, draft.end_date)
        self._not_future(draft.end_date, "end_date")
        values["place"] = check.text(draft.place, "place", 200)
        return values

    @staticmethod
    def _first_clash(session: Session, person_id: int, start: dt.date, end: dt.date | None,
                     own_id: int | None) -> Contraception | None:
        """Her earliest other record sharing a day with [start, end)."""
        query = select(Contraception).where(
            col(Contraception.person_id) == person_id, col(Contraception.deleted_at).is_(None),
            or_(col(Contraception.end_date).is_(None), col(Contraception.end_date) > start),
        )
        if end is not None:
            query = query.where(col(Contraception.start_date) < end)
        if own_id is not None:
            query = query.where(col(Contraception.id) != own_id)
        return session.execute(query.order_by(col(Contraception.start_date))).scalars().first()

    @staticmethod
    def _overlap_error(clash: Contraception, start: dt.date) -> ValidationError:
        # Point at the end date when the other record starts later: this one must end first.
        field = "end_date" if clash.start_date > start else "start_date"
        if clash.end_date is None:
            return ValidationError(
                QT_TRANSLATE_NOOP("errors", "This period overlaps the method started on {start}, "
                                  "which has no end date."),
                field=field, start=clash.start_date.isoformat(), clash_id=clash.id)
        return ValidationError(
            QT_TRANSLATE_NOOP("errors", "This period overlaps the method used from {start} "
                              "to {end}."),
            field=field, start=clash.start_date.isoformat(), end=clash.end_date.isoformat(),
            clash_id=clash.id)

