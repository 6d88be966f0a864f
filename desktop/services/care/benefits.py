"""Family benefit enrolments (保健费 / 奖励扶助 / 特别扶助) and their payments."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from desktop.domain import periods
from desktop.domain.enums import Cycle, Program
from desktop.domain.kinds import Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.benefits import BenefitDraft, BenefitRecord, PaymentDraft, PaymentRecord
from desktop.errors import ConflictError, DuplicateError, ValidationError
from desktop.services.care import checks as check
from desktop.services.care.record_base import RecordBase
from desktop.store.db import transaction
from desktop.store.records import Benefit, Payment

BENEFIT, PAYMENT = Kind.BENEFIT, Kind.PAYMENT

KEY_FORMATS = {
    Cycle.MONTH: QT_TRANSLATE_NOOP("errors", "{period} is not a month: type it like 2025-03."),
    Cycle.YEAR: QT_TRANSLATE_NOOP("errors", "{period} is not a year: type it like 2025."),
}


def _payment(row: Payment) -> PaymentRecord:
    assert row.id is not None
    return PaymentRecord(id=row.id, benefit_id=row.benefit_id, period=row.period,
                         amount_fen=row.amount_fen, paid_on=row.paid_on, version=row.version)


class BenefitService(RecordBase):
    # -- reading ---------------------------------------------------------------
    def list_for_person(self, person_id: int) -> list[BenefitRecord]:
        """Her enrolments, the latest start first, each with its payments by period."""
        with self._factory() as session:
            rows = session.execute(
                select(Benefit).where(col(Benefit.person_id) == person_id,
                                      col(Benefit.deleted_at).is_(None))
                .order_by(col(Benefit.start_date).desc(), col(Benefit.id).desc())
            ).scalars().all()
            return [self._record(session, row) for row in rows]

    def get(self, benefit_id: int) -> BenefitRecord:
        with self._factory() as session:
            return self._record(session, self._get(session, BENEFIT, benefit_id))

    def next_unpaid(self, benefit_id: int) -> str | None:
        """The earliest period of the enrolment, up to today's, with no payment; None when
        all are paid (a later period cannot be paid before it begins)."""
        record = self.get(benefit_id)
        assert record.start_date is not None
        cycle = Cycle(record.cycle)
        paid = {p.period for p in record.payments}
        key = periods.period_key(record.start_date, cycle)
        now = periods.period_key(self._today(), cycle)
        while key <= now and periods.overlaps(key, cycle, record.start_date, record.end_date):
            if key not in paid:
                return key
            key = periods.next_key(key, cycle)
        return None

    # -- enrolments ------------------------------------------------------------
    def add(self, person_id: int, draft: BenefitDraft) -> int:
        with transaction(self._factory) as session:
            values = self._checked(session, person_id, draft, None)
            return self._insert(session, BENEFIT, person_id, {"person_id": person_id, **values})

    def update(self, benefit_id: int, draft: BenefitDraft, version: int | None = None) -> None:
        with transaction(self._factory) as session:
            row = self._get(session, BENEFIT, benefit_id)
            values = self._checked(session, row.person_id, draft, benefit_id)
            for payment in self._payments(session, benefit_id):
                if values["cycle"] != row.cycle:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "The cycle cannot change while payments "
                                          "are recorded."), field="cycle")
                if not periods.overlaps(payment.period, row.cycle, values["start_date"],
                                        values["end_date"]):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "The payment for {period} would fall "
                                          "outside these dates."),
                        field="start_date", period=payment.period)
            self._update(session, BENEFIT, row, row.person_id, values, version)

    # -- payments --------------------------------------------------------------
    def add_payment(self, benefit_id: int, draft: PaymentDraft) -> int:
        with transaction(self._factory) as session:
            benefit = self._get(session, BENEFIT, benefit_id)
            values = self._checked_payment(session, benefit, draft, None)
            return self._insert(session, PAYMENT, benefit.person_id,
                                {"benefit_id": benefit_id, **values})

    def update_payment(self, payment_id: int, draft: PaymentDraft,
                       version: int | None = None) -> None:
        with transaction(self._factory) as session:
            row = self._get(session, PAYMENT, payment_id)
            benefit = self._get(session, BENEFIT, row.benefit_id)
            values = self._checked_payment(session, benefit, draft, payment_id)
            self._update(session, PAYMENT, row, benefit.person_id, values, version)

    def restore(self, entity: str, row_id: int, person_id: int) -> None:
        """Back from the recycle bin, unless the rules above would now refuse it."""
        with self._factory() as session:
            try:
                if entity == PAYMENT and (row := session.get(Payment, row_id)) is not None:
                    benefit = self._get(session, BENEFIT, row.benefit_id)
                    self._checked_payment(session, benefit, PaymentDraft(
                        row.period, row.amount_fen, row.paid_on), row_id)
                elif entity == BENEFIT and (enrol := session.get(Benefit, row_id)) is not None:
                    self._checked(session, enrol.person_id, BenefitDraft(
                        enrol.program, enrol.amount_fen, enrol.cycle, enrol.start_date,
                        enrol.end_date), row_id)
            except ValidationError as exc:  # the same message, as a refusal to restore
                raise ConflictError(exc.template, field=exc.field, **exc.params) from exc
        super().restore(entity, row_id, person_id)

    # -- checks ----------------------------------------------------------------
    def _checked(self, session: Session, person_id: int, draft: BenefitDraft,
                 own_id: int | None) -> dict[str, Any]:
        person = self._person(session, person_id)
        check.choice(draft.program, Program, "program")
        check.choice(draft.cycle, Cycle, "cycle")
        self._positive(draft.amount_fen)
        self._required(draft.start_date, "start_date")
        assert draft.start_date is not None
        self._not_future(draft.start_date, "start_date")
        check.not_before_birth(draft.start_date, person, "start_date")
        check.end_not_before_start(draft.start_date, draft.end_date)
        query = select(Benefit).where(
            col(Benefit.person_id) == person_id, col(Benefit.deleted_at).is_(None),
            col(Benefit.program) == draft.program,
            (col(Benefit.end_date).is_(None)) | (col(Benefit.end_date) >= draft.start_date))
        if draft.end_date is not None:
            query = query.where(col(Benefit.start_date) <= draft.end_date)
        if own_id is not None:
            query = query.where(col(Benefit.id) != own_id)
        other = session.execute(query.limit(1)).scalars().first()
        if other is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "She is already enrolled in this programme from "
                                  "{start}; the two enrolments would overlap."),
                field="start_date", start=other.start_date.isoformat(), other_id=other.id)
        return {"program": draft.program, "amount_fen": draft.amount_fen, "cycle": draft.cycle,
                "start_date": draft.start_date, "end_date": draft.end_date}

    def _checked_payment(self, session: Session, benefit: Benefit, draft: PaymentDraft,
                         own_id: int | None) -> dict[str, Any]:
        cycle = Cycle(benefit.cycle)
        period = (draft.period or "").strip()
        self._required(period, "period")
        if not periods.is_valid_key(period, cycle):
            raise ValidationError(KEY_FORMATS[cycle], field="period", period=period)
        if not periods.overlaps(period, cycle, benefit.start_date, benefit.end_date):
            template = (QT_TRANSLATE_NOOP("errors", "The period {period} is before the enrolment, "
                                          "which starts on {start}.")
                        if benefit.end_date is None else
                        QT_TRANSLATE_NOOP("errors", "The period {period} is outside the enrolment "
                                          "({start} to {end})."))
            raise ValidationError(template, field="period", period=period,
                                  start=benefit.start_date.isoformat(),
                                  end=benefit.end_date.isoformat() if benefit.end_date else "")
        if periods.first_day(period, cycle) > self._today():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period {period} has not begun yet."),
                                  field="period", period=period)
        query = select(col(Payment.id)).where(col(Payment.benefit_id) == benefit.id,
                                              col(Payment.period) == period,
                                         col(Payment.deleted_at).is_(None))
        if own_id is not None:
            query = query.where(col(Payment.id) != own_id)
        if session.execute(query).first() is not None:
            raise DuplicateError(
                QT_TRANSLATE_NOOP("errors", "A payment for {period} is already recorded."),
                field="period", period=period)
        self._positive(draft.amount_fen)
        self._required(draft.paid_on, "paid_on")
        self._not_future(draft.paid_on, "paid_on")
        return {"period": period, "amount_fen": draft.amount_fen, "paid_on": draft.paid_on}

    @staticmethod
    def _positive(amount: int | None) -> None:
        if amount is None or amount <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The amount must be more than 0."),
                                  field="amount_fen")

    def _record(self, session: Session, row: Benefit) -> BenefitRecord:
        assert row.id is not None
        return BenefitRecord(id=row.id, person_id=row.person_id, program=row.program,
                             amount_fen=row.amount_fen, cycle=row.cycle,
                             start_date=row.start_date, end_date=row.end_date,
                             payments=[_payment(p) for p in self._payments(session, row.id)],
                             version=row.version)

    @staticmethod
    def _payments(session: Session, benefit_id: int) -> list[Payment]:
        return list(session.execute(
            select(Payment).where(col(Payment.benefit_id) == benefit_id,
                                  col(Payment.deleted_at).is_(None))
            .order_by(col(Payment.period))
        ).scalars())
