"""Services given (服务登记): consultation, supplies, visits, education, referral, ..."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from desktop.domain.enums import ServiceType
from desktop.domain.kinds import Kind
from desktop.domain.values.care import ServiceDraft, ServiceRecord, draft_values
from desktop.services.care import checks as check
from desktop.services.care.record_base import RecordBase
from desktop.store.db import transaction
from desktop.store.records import Service

ENTITY = Kind.SERVICE


def _record(row: Service) -> ServiceRecord:
    assert row.id is not None
    return ServiceRecord(id=row.id, person_id=row.person_id, date=row.date, type=row.type,
                         note=row.note, version=row.version)


class ServiceRecordService(RecordBase):
    def list_for_person(self, person_id: int) -> list[ServiceRecord]:
        """Her services, the latest first."""
        with self._factory() as session:
            rows = session.execute(
                select(Service)
                .where(col(Service.person_id) == person_id, col(Service.deleted_at).is_(None))
                .order_by(col(Service.date).desc(), col(Service.id).desc())
            ).scalars()
            return [_record(row) for row in rows]

    def get(self, record_id: int) -> ServiceRecord:
        with self._factory() as session:
            return _record(self._get(session, ENTITY, record_id))

    def add(self, person_id: int, draft: ServiceDraft) -> int:
        with transaction(self._factory) as session:
            values = self._checked(session, person_id, draft)
            return self._insert(session, ENTITY, person_id, {"person_id": person_id, **values})

    def update(self, record_id: int, draft: ServiceDraft, version: int | None = None) -> None:
        with transaction(self._factory) as session:
            row = self._get(session, ENTITY, record_id)
            self._update(session, ENTITY, row, row.person_id,
                         self._checked(session, row.person_id, draft), version)

    def _checked(self, session: Session, person_id: int, draft: ServiceDraft) -> dict[str, Any]:
        person = self._person(session, person_id)
        values = draft_values(draft, ServiceDraft)
        self._required(draft.date, "date")
        self._not_future(draft.date, "date")
        check.not_before_birth(draft.date, person, "date")
        values["type"] = check.choice(draft.type, ServiceType, "type")
        values["note"] = check.text(draft.note, "note", 500, lines=True)
        return values
