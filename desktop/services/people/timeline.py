"""Every dated event of one woman's life, in date order, from one small query per table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import Select, select
from sqlmodel import col

from desktop.domain.kinds import KINDS, Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.pregnancy import TimelineEntry
from desktop.errors import NotFoundError
from desktop.store.db import SessionFactory
from desktop.store.models import Child, Person
from desktop.store.records import (
    Benefit,
    Checkup,
    Contraception,
    LifeEvent,
    Payment,
    Pregnancy,
    PregnancyFollowup,
    Service,
)

CONTEXT = "timeline"
TAB = {kind: info.tab for kind, info in KINDS.items()}  # the editor tab of each kind
REGISTERED = QT_TRANSLATE_NOOP("timeline", "Registered")
MARRIED = QT_TRANSLATE_NOOP("timeline", "Married")
CERTIFICATE = QT_TRANSLATE_NOOP("timeline", "One-child certificate issued")
CHILD_BORN = QT_TRANSLATE_NOOP("timeline", "Child born")
CHILD_DIED = QT_TRANSLATE_NOOP("timeline", "Child died")
PREGNANCY = QT_TRANSLATE_NOOP("timeline", "Pregnancy registered")
FOLLOWUP = QT_TRANSLATE_NOOP("timeline", "Pregnancy follow-up")
OUTCOME = QT_TRANSLATE_NOOP("timeline", "Pregnancy ended")
CONTRACEPTION_START = QT_TRANSLATE_NOOP("timeline", "Contraception started")
CONTRACEPTION_END = QT_TRANSLATE_NOOP("timeline", "Contraception ended")
CHECKUP = QT_TRANSLATE_NOOP("timeline", "Check-up")
SERVICE = QT_TRANSLATE_NOOP("timeline", "Service")
PAYMENT = QT_TRANSLATE_NOOP("timeline", "Benefit paid")
LIFE_EVENT = QT_TRANSLATE_NOOP("timeline", "Life event")

_Row = TypeVar("_Row")


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


class TimelineService:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def for_person(self, person_id: int) -> list[TimelineEntry]:
        """Oldest first; events of the same day keep the order of the life they describe."""
        out: list[TimelineEntry] = []

        def add(day: dt.date | None, label: str, code: str | None, text: str, tab: str | None,
                record_id: int | None) -> None:
            if day is not None:
                out.append(TimelineEntry(day, label, code, text, tab, record_id))

        with self._factory() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."))
            add(person.registered_on, REGISTERED, None, "", None, None)
            add(person.marriage_date, MARRIED, None, person.spouse_name, None, None)
            add(person.one_child_cert_date, CERTIFICATE, None, person.one_child_cert_no, None, None)

            def rows(stmt: Select[_Row]) -> Sequence[_Row]:
                return session.execute(stmt).scalars().all()

            for c in rows(select(Child).where(col(Child.person_id) == person_id,
                                              col(Child.deleted_at).is_(None))):
                add(c.birth_date, CHILD_BORN, c.sex, c.name, TAB[Kind.CHILD], c.id)
                add(c.death_date, CHILD_DIED, None, c.name, "child_death", c.id)
            pregnancies = rows(select(Pregnancy).where(col(Pregnancy.person_id) == person_id,
                                                       col(Pregnancy.deleted_at).is_(None)))
            for p in pregnancies:
                add(p.registered_on, PREGNANCY, None, p.note, TAB[Kind.PREGNANCY], p.id)
                add(p.outcome_date, OUTCOME, p.outcome, "", TAB[Kind.PREGNANCY], p.id)
            for f in rows(select(PregnancyFollowup).where(
                    col(PregnancyFollowup.pregnancy_id).in_([p.id for p in pregnancies]),
                    col(PregnancyFollowup.deleted_at).is_(None))):
                add(f.date, FOLLOWUP, None, f.note, TAB[Kind.FOLLOWUP], f.pregnancy_id)
            for m in rows(select(Contraception).where(col(Contraception.person_id) == person_id,
                                                      col(Contraception.deleted_at).is_(None))):
                add(m.start_date, CONTRACEPTION_START, m.method, m.place, TAB[Kind.CONTRACEPTION], m.id)
                add(m.end_date, CONTRACEPTION_END, m.method, "", TAB[Kind.CONTRACEPTION], m.id)
            for k in rows(select(Checkup).where(col(Checkup.person_id) == person_id,
                                                col(Checkup.deleted_at).is_(None))):
                add(k.date, CHECKUP, k.result, _join(k.place, k.note), TAB[Kind.CHECKUP], k.id)
            for s in rows(select(Service).where(col(Service.person_id) == person_id,
                                                col(Service.deleted_at).is_(None))):
                add(s.date, SERVICE, s.type, s.note, TAB[Kind.SERVICE], s.id)
            for pay, program in session.execute(
                select(Payment, col(Benefit.program))
                .join(Benefit, col(Benefit.id) == col(Payment.benefit_id))
                .where(col(Benefit.person_id) == person_id, col(Benefit.deleted_at).is_(None),
                       col(Payment.deleted_at).is_(None))
            ).all():
                add(pay.paid_on, PAYMENT, program, _join(pay.period, yuan(pay.amount_fen)),
                    TAB[Kind.PAYMENT], pay.benefit_id)
            for e in rows(select(LifeEvent).where(col(LifeEvent.person_id) == person_id,
                                                  col(LifeEvent.deleted_at).is_(None))):
                add(e.date, LIFE_EVENT, e.kind, e.note, TAB[Kind.LIFE_EVENT], e.id)
        rank = {label: i for i, label in enumerate(ORDER)}
        out.sort(key=lambda e: (e.date, rank[e.label], e.record_id or 0))
        return out


# Same-day order: the way such a day is told (born before registered, ended before paid).
ORDER = (REGISTERED, MARRIED, CHILD_BORN, OUTCOME, PREGNANCY, FOLLOWUP, CONTRACEPTION_END,
         CONTRACEPTION_START, CHECKUP, SERVICE, CERTIFICATE, PAYMENT, CHILD_DIED, LIFE_EVENT)
