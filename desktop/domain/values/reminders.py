"""Reminder values shared by the service, the page, the CLI and the slips.

Texts are English sources marked with QT_TRANSLATE_NOOP("reminders", ...); the front ends
translate them (desktop.i18n) and format ``detail`` with ``detail_params``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.tr import QT_TRANSLATE_NOOP

CONTEXT = "reminders"
DEFAULT_HORIZON_DAYS = 30


class ReminderKind(StrEnum):
    CHECKUP = "checkup"  # 三查到期
    CERTIFICATE = "certificate"  # 流出人员寄回证明
    FOLLOWUP = "followup"  # 孕情随访
    DELIVERY = "delivery"  # 预产期临近/已过, 记录结局
    BIRTH_REPORT = "birth_report"  # 出生未上报
    PAYMENT = "payment"  # 扶助金待发放
    TURNING_50 = "turning_50"  # 年满50周岁


KIND_LABELS: dict[ReminderKind, str] = {
    ReminderKind.CHECKUP: QT_TRANSLATE_NOOP("reminders", "Check-up due"),
    ReminderKind.CERTIFICATE: QT_TRANSLATE_NOOP("reminders", "Certificate awaited"),
    ReminderKind.FOLLOWUP: QT_TRANSLATE_NOOP("reminders", "Pregnancy follow-up"),
    ReminderKind.DELIVERY: QT_TRANSLATE_NOOP("reminders", "Delivery: record the outcome"),
    ReminderKind.BIRTH_REPORT: QT_TRANSLATE_NOOP("reminders", "Birth to report"),
    ReminderKind.PAYMENT: QT_TRANSLATE_NOOP("reminders", "Payment due"),
    ReminderKind.TURNING_50: QT_TRANSLATE_NOOP("reminders", "Turning 50"),
}


@dataclass(frozen=True)
class ReminderQuery:
    as_of: dt.date
    horizon_days: int = DEFAULT_HORIZON_DAYS
    kinds: frozenset[ReminderKind] = frozenset()  # empty: every kind
    unit_id: int | None = None  # with its sub-units
    search: str = ""  # name, pinyin, initials, ID part, phone (as the person register)
    due_from: dt.date | None = None  # only reminders due on or after this day
    due_to: dt.date | None = None  # only reminders due on or before this day
    nearest_first: bool = False  # nearest due date to as_of first (overdue or not)

    @property
    def until(self) -> dt.date:
        """Reminders due on or before this day are shown."""
        return self.as_of + dt.timedelta(days=self.horizon_days)


@dataclass(frozen=True)
class ReminderSummary:
    """The counts above the list: each one is also a one-click view."""

    overdue: int = 0  # due before as_of
    today: int = 0  # due on as_of
    week: int = 0  # due from as_of to 6 days later
    payments_month: int = 0  # payments due by the end of as_of's month, not yet paid

    @property
    def overdue_and_week(self) -> int:
        return self.overdue + self.week


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    person_id: int
    name: str
    id_number: str  # full; the front ends mask it unless full numbers are asked for
    unit_id: int
    unit_name: str
    phone: str
    due_date: dt.date
    days_overdue: int  # as_of - due_date in days; negative = days left
    # The record the reminder is about: pregnancy (followup, delivery), child (birth_report),
    # benefit (payment); None for checkup, certificate, turning_50.
    record_id: int | None = None
    period: str = ""  # payment period key (YYYY-MM or YYYY); "" otherwise
    detail: str = ""  # English template, QT_TRANSLATE_NOOP("reminders", ...)
    detail_params: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def key(self) -> tuple[str, int, int | None, dt.date]:
        """What a postponement refers to: the same kind, person, record and due date."""
        return (self.kind.value, self.person_id, self.record_id, self.due_date)
