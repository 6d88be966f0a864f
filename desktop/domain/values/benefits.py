"""Drafts and stored records of benefit enrolments and their payments.

Amounts are integer fen; forms parse yuan with desktop.domain.money.parse_yuan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.enums import Cycle


@dataclass
class BenefitDraft:
    """An enrolment in a programme: the standard amount paid per period."""

    program: str = ""
    amount_fen: int | None = None
    cycle: str = Cycle.MONTH.value
    start_date: dt.date | None = None
    end_date: dt.date | None = None  # may lie ahead: the end of an award is often known


@dataclass
class PaymentDraft:
    period: str = ""  # 'YYYY-MM' (monthly) or 'YYYY' (yearly)
    amount_fen: int | None = None
    paid_on: dt.date | None = None


@dataclass(kw_only=True)
class PaymentRecord(PaymentDraft):
    id: int
    benefit_id: int
    version: int = 1  # the stored version it was read at (a save claims it)


@dataclass(kw_only=True)
class BenefitRecord(BenefitDraft):
    id: int
    person_id: int
    payments: list[PaymentRecord] = field(default_factory=list)  # by period
    version: int = 1  # the stored version it was read at (a save claims it)

    @property
    def paid_fen(self) -> int:
        return sum(p.amount_fen or 0 for p in self.payments)

    def is_active_at(self, day: dt.date) -> bool:
        """Started on or before ``day``, no end date or ending on or after it."""
        assert self.start_date is not None
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)
