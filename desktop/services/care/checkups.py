"""Check-ups (三查): pregnancy, IUD and gynaecological checks, any of them on one day."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from desktop.domain.enums import CheckupResult, CheckupSource
from desktop.domain.kinds import Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.care import CheckupDraft, CheckupRecord, draft_values
from desktop.errors import ValidationError
from desktop.services.care import checks as check
from desktop.services.care.record_base import RecordBase
from desktop.store.db import transaction
from desktop.store.records import Checkup

ENTITY = Kind.CHECKUP


def _record(row: Checkup) -> CheckupRecord:
    assert row.id is not None
    return CheckupRecord(id=row.id, person_id=row.person_id, version=row.version,
                         **{f.name: getattr(row, f.name) for f in fields(CheckupDraft)})


class CheckupService(RecordBase):
    def list_for_person(self, person_id: int) -> list[CheckupRecord]:
        """Her check-ups, the latest first (a few a year)."""
        with self._factory() as session:
            rows = session.execute(
                select(Checkup)
                .where(col(Checkup.person_id) == person_id, col(Checkup.deleted_at).is_(None))
                .order_by(col(Checkup.date).desc(), col(Checkup.id).desc())
            ).scalars()
            return [_record(row) for row in rows]

    def get(self, record_id: int) -> CheckupRecord:
        with self._factory() as session:
            return _record(self._get(session, ENTITY, record_id))

    def last_checkup(self, person_id: int) -> CheckupRecord | None:
        with self._factory() as session:
            row = session.execute(
                select(Checkup)
                .where(col(Checkup.person_id) == person_id, col(Checkup.deleted_at).is_(None))
                .order_by(col(Checkup.date).desc(), col(Checkup.id).desc()).limit(1)
            ).scalars().first()
            return None if row is None else _record(row)

    def add(self, person_id: int, draft: CheckupDraft) -> int:
        with transaction(self._factory) as session:
            values = self._checked(session, person_id, draft)
            return self._insert(session, ENTITY, person_id, {"person_id": person_id, **values})

    def update(self, record_id: int, draft: CheckupDraft, version: int | None = None) -> None:
        with transaction(self._factory) as session:
            row = self._get(session, ENTITY, record_id)
            self._update(session, ENTITY, row, row.person_id,
                         self._checked(session, row.person_id, draft), version)

    def _checked(self, session: Session, person_id: int, draft: CheckupDraft) -> dict[str, Any]:
        person = self._person(session, person_id)
        values = draft_values(draft, CheckupDraft)
        self._required(draft.date, "date")
        self._not_future(draft.date, "date")
        check.not_before_birth(draft.date, person, "date")
        if not (draft.check_pregnancy or draft.check_iud or draft.check_disease):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Tick at least one item checked: pregnancy, IUD "
                                  "or gynaecological."), field="items")
        if draft.pregnant and not draft.check_pregnancy:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "\"Pregnant\" can only be ticked when the pregnancy "
                                  "check was done."), field="pregnant")
        values["result"] = check.choice(draft.result, CheckupResult, "result")
        values["source"] = check.choice(draft.source, CheckupSource, "source")
        values["note"] = check.text(draft.note, "note", 500, lines=True)
        values["place"] = check.text(draft.place, "place", 200)
        if draft.result == CheckupResult.ABNORMAL and not values["note"]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Please describe the findings of an abnormal result."),
                field="note")
        return values
