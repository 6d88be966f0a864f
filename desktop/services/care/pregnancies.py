"""Pregnancies (孕情) with their monthly follow-ups and outcome; a live birth adds the children."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from desktop.domain.enums import Outcome
from desktop.domain.kinds import Kind
from desktop.domain.pregnancy import check_pregnancy, expected_delivery, gestation
from desktop.domain.text import check_characters
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.pregnancy import BabyDraft, FollowupRow, PregnancyDraft, PregnancyRow
from desktop.errors import NotFoundError, ValidationError
from desktop.services.care.births import add_children, baby_drafts
from desktop.services.care.record_base import NOT_FOUND, RecordBase
from desktop.store.db import transaction
from desktop.store.models import Child
from desktop.store.records import Pregnancy, PregnancyFollowup

USE_RECORD_OUTCOME = QT_TRANSLATE_NOOP(
    "errors", "Record a live birth with “Record outcome…”, so that the babies are entered too.")


class PregnancyService(RecordBase):
    # -- reading ---------------------------------------------------------------
    def list_for_person(self, person_id: int) -> list[PregnancyRow]:
        """Her pregnancies, newest registration first (a handful per person)."""
        with self._factory() as session:
            rows = session.execute(
                select(Pregnancy).where(col(Pregnancy.person_id) == person_id,
                                        col(Pregnancy.deleted_at).is_(None))
                .order_by(col(Pregnancy.registered_on).desc(), col(Pregnancy.id).desc())
            ).scalars().all()
            ids = [r.id for r in rows]
            follow = {pid: (n, last) for pid, n, last in session.execute(
                select(col(PregnancyFollowup.pregnancy_id), func.count(),
                       func.max(col(PregnancyFollowup.date)))
                .where(col(PregnancyFollowup.pregnancy_id).in_(ids),
                       col(PregnancyFollowup.deleted_at).is_(None))
                .group_by(col(PregnancyFollowup.pregnancy_id))
            ).all()}
            kids: dict[int, list[int]] = {}
            for child_id, pid in session.execute(
                select(col(Child.id), col(Child.pregnancy_id))
                .where(col(Child.pregnancy_id).in_(ids),
                       col(Child.deleted_at).is_(None)).order_by(col(Child.id))
            ).all():
                kids.setdefault(pid, []).append(child_id)
        return [
            PregnancyRow(
                id=r.id, registered_on=r.registered_on, lmp=r.lmp, edd=expected_delivery(r.lmp),
                weeks_at_registration=gestation(r.lmp, r.registered_on), outcome=r.outcome,
                outcome_date=r.outcome_date, note=r.note,
                followup_count=follow.get(r.id, (0, None))[0],
                last_followup=follow.get(r.id, (0, None))[1],
                child_ids=tuple(kids.get(r.id, ())), version=r.version,
            )
            for r in rows
        ]

    def draft(self, pregnancy_id: int) -> PregnancyDraft:
        with self._factory() as session:
            row = self._get(session, Kind.PREGNANCY, pregnancy_id)
            return PregnancyDraft(row.registered_on, row.lmp, row.outcome, row.outcome_date, row.note)

    def followups(self, pregnancy_id: int) -> list[FollowupRow]:
        with self._factory() as session:
            rows = session.execute(
                select(PregnancyFollowup).where(col(PregnancyFollowup.pregnancy_id) == pregnancy_id,
                                                col(PregnancyFollowup.deleted_at).is_(None))
                .order_by(col(PregnancyFollowup.date), col(PregnancyFollowup.id))
            ).scalars()
            return [FollowupRow(r.id, r.pregnancy_id, r.date, r.note, r.version) for r in rows]

    def person_of(self, entity: str, row_id: int) -> int:
        """The person a pregnancy or follow-up belongs to (for delete/restore)."""
        with self._factory() as session:
            if entity == Kind.FOLLOWUP:
                followup = session.get(PregnancyFollowup, row_id)
                row = None if followup is None else session.get(Pregnancy, followup.pregnancy_id)
            else:
                row = session.get(Pregnancy, row_id)
            if row is None:
                raise NotFoundError(NOT_FOUND)
            return row.person_id

    # -- writing ---------------------------------------------------------------
    def add(self, person_id: int, draft: PregnancyDraft) -> int:
        with transaction(self._factory) as session:
            person = self._person(session, person_id)
            check_pregnancy(draft, person.birth_date, self._today())
            if draft.outcome == Outcome.LIVE_BIRTH:
                raise ValidationError(USE_RECORD_OUTCOME, field="outcome")
            self._check_open(session, person_id, draft, None)
            return self._insert(session, Kind.PREGNANCY, person_id, {"person_id": person_id,
                                                                  **asdict(draft)})

    def update(self, pregnancy_id: int, draft: PregnancyDraft,
               version: int | None = None) -> None:
        with transaction(self._factory) as session:
            row = self._get(session, Kind.PREGNANCY, pregnancy_id)
            person = self._person(session, row.person_id)
            check_pregnancy(draft, person.birth_date, self._today())
            if draft.outcome == Outcome.LIVE_BIRTH and row.outcome != Outcome.LIVE_BIRTH:
                raise ValidationError(USE_RECORD_OUTCOME, field="outcome")
            if row.outcome == Outcome.LIVE_BIRTH and (
                    draft.outcome, draft.outcome_date) != (row.outcome, row.outcome_date) \
                    and self._child_ids(session, pregnancy_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Children were recorded from this live birth. Correct or remove "
                                  "them on the children tab before changing the outcome."),
                    field="outcome")
            self._check_open(session, row.person_id, draft, pregnancy_id)
            self._check_followups(session, pregnancy_id, draft)
            self._update(session, Kind.PREGNANCY, row, row.person_id, asdict(draft), version)

    def record_outcome(self, pregnancy_id: int, outcome: str, date: dt.date | None,
                       babies: list[BabyDraft] | None = None,
                       version: int | None = None) -> list[int]:
        """Outcome and date in one step; a live birth creates the babies. Returns child ids."""
        babies = babies or []
        with transaction(self._factory) as session:
            row = self._get(session, Kind.PREGNANCY, pregnancy_id)
            person = self._person(session, row.person_id)
            if row.outcome is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors",
                                      "This pregnancy already has an outcome; edit it instead."),
                    field="outcome")
            draft = PregnancyDraft(row.registered_on, row.lmp, outcome or None, date, row.note)
            if draft.outcome is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose the outcome."),
                                      field="outcome")
            if date is None:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the outcome date."),
                                      field="outcome_date")
            check_pregnancy(draft, person.birth_date, self._today())
            self._check_followups(session, pregnancy_id, draft)
            children = []
            if outcome == Outcome.LIVE_BIRTH:
                children = baby_drafts(babies, date, person.birth_date, self._today())
            elif babies:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Babies are entered only for a live birth."),
                    field="babies")
            self._update(session, Kind.PREGNANCY, row, row.person_id,
                         {"outcome": draft.outcome, "outcome_date": date}, version)
            return add_children(session, self._recorder, person, pregnancy_id, children) \
                if children else []

    def restore(self, entity: str, row_id: int, person_id: int) -> None:
        """A restored open pregnancy must not meet another open one."""
        if entity == Kind.PREGNANCY:
            with self._factory() as session:
                row = session.get(Pregnancy, row_id)
                if row is not None and row.outcome is None:
                    draft = PregnancyDraft(row.registered_on, row.lmp)
                    self._check_open(session, row.person_id, draft, row_id)
        super().restore(entity, row_id, person_id)

    # -- follow-ups --------------------------------------------------------------
    def add_followup(self, pregnancy_id: int, date: dt.date | None, note: str = "") -> int:
        with transaction(self._factory) as session:
            row = self._get(session, Kind.PREGNANCY, pregnancy_id)
            self._person(session, row.person_id)
            values = self._followup_values(row, date, note)
            return self._insert(session, Kind.FOLLOWUP, row.person_id,
                                {"pregnancy_id": pregnancy_id, **values})

    def update_followup(self, followup_id: int, date: dt.date | None, note: str = "",
                        version: int | None = None) -> None:
        with transaction(self._factory) as session:
            followup = self._get(session, Kind.FOLLOWUP, followup_id)
            row = self._get(session, Kind.PREGNANCY, followup.pregnancy_id)
            values = self._followup_values(row, date, note)
            self._update(session, Kind.FOLLOWUP, followup, row.person_id, values, version)

    def _followup_values(self, row: Pregnancy, date: dt.date | None, note: str) -> dict[str, Any]:
        check_characters(note, "note", lines=True)
        note = (note or "").strip()
        if date is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the date."), field="date")
        self._not_future(date, "date")
        if date < row.registered_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The follow-up is before the pregnancy was registered "
                                            "({registered})."),
                field="date", registered=row.registered_on.isoformat())
        if row.outcome_date is not None and date > row.outcome_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The follow-up is after the outcome of the pregnancy "
                                            "({outcome})."),
                field="date", outcome=row.outcome_date.isoformat())
        if len(note) > 500:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This field holds at most {limit} characters."),
                field="note", limit=500)
        return {"date": date, "note": note}

    # -- checks ----------------------------------------------------------------
    @staticmethod
    def _child_ids(session: Session, pregnancy_id: int) -> list[int]:
        return list(session.execute(
            select(col(Child.id)).where(col(Child.pregnancy_id) == pregnancy_id,
                                        col(Child.deleted_at).is_(None))
        ).scalars())

    @staticmethod
    def _check_open(session: Session, person_id: int, draft: PregnancyDraft,
                    own_id: int | None) -> None:
        """At most one pregnancy without an outcome at a time."""
        if draft.outcome is not None:
            return
        other = session.execute(
            select(col(Pregnancy.registered_on)).where(
                col(Pregnancy.person_id) == person_id, col(Pregnancy.outcome).is_(None),
                col(Pregnancy.deleted_at).is_(None), col(Pregnancy.id) != (own_id or -1))
        ).scalars().first()
        if other is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "She already has a pregnancy without an outcome "
                                            "(registered {date}). Record its outcome first."),
                field="outcome", date=other.isoformat())

    @staticmethod
    def _check_followups(session: Session, pregnancy_id: int, draft: PregnancyDraft) -> None:
        """The follow-ups stay between the registration and the outcome."""
        first, last = session.execute(
            select(func.min(col(PregnancyFollowup.date)), func.max(col(PregnancyFollowup.date)))
            .where(col(PregnancyFollowup.pregnancy_id) == pregnancy_id,
                   col(PregnancyFollowup.deleted_at).is_(None))
        ).one()
        if first is not None and draft.registered_on is not None and first < draft.registered_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A follow-up ({date}) is before the registration date."),
                field="registered_on", date=first.isoformat())
        if last is not None and draft.outcome_date is not None and last > draft.outcome_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A follow-up ({date}) is after the outcome date."),
                field="outcome_date", date=last.isoformat())
