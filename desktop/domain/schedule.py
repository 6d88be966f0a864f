"""Reminder schedule rules: when the next check-up, follow-up, birth report,
payment or 50th birthday falls. Pure functions; the reminder SQL mirrors them and the
property tests hold the two together."""

from __future__ import annotations

import datetime as dt

from desktop.domain.dates import add_months, birthday_of_age
from desktop.domain.enums import CheckupGroup, Cycle
from desktop.domain.pregnancy import expected_delivery

DEFAULT_INTERVALS: dict[str, int] = {CheckupGroup.KEY.value: 3, CheckupGroup.GENERAL.value: 12}
FOLLOWUP_MONTHS = 1  # a pregnancy is followed up every month
DELIVERY_WARNING_DAYS = 14  # the outcome is asked for from 14 days before the expected date
BIRTH_REPORT_DAYS = 30  # a birth is reported within 30 days
AGE_LIMIT = 50  # at 50 full years she leaves the reproductive-age lists
TURNING_50_NOTICE_DAYS = 30  # shown from 30 days before the birthday


def interval_months(group: str, intervals: dict[str, int]) -> int:
    """Her group's interval; an unknown group counts as general (the usual case)."""
    if group in intervals:
        return intervals[group]
    return intervals.get(CheckupGroup.GENERAL.value, DEFAULT_INTERVALS[CheckupGroup.GENERAL.value])


def next_checkup_due(last: dt.date | None, months: int, as_of: dt.date) -> dt.date:
    """Last check-up + her group's interval; never checked: due now (``as_of``)."""
    return as_of if last is None else add_months(last, months)


def latest_last_checkup(day: dt.date, months: int) -> dt.date:
    """The latest last check-up whose next one (+ ``months``) is due on or before ``day``.

    add_months never decreases as its day grows, so this bound turns "due <= day" into
    a plain comparison of the stored date (no month arithmetic per row in SQL)."""
    candidate = add_months(day, -months)
    while add_months(candidate + dt.timedelta(days=1), months) <= day:
        candidate += dt.timedelta(days=1)
    return candidate


def followup_due(last_followup: dt.date | None, registered_on: dt.date) -> dt.date:
    """A month after the last follow-up, or after the registration when there is none."""
    return add_months(last_followup or registered_on, FOLLOWUP_MONTHS)


def delivery_shown(lmp: dt.date, as_of: dt.date) -> bool:
    """The expected delivery date is within 14 days or past."""
    return expected_delivery(lmp) <= as_of + dt.timedelta(days=DELIVERY_WARNING_DAYS)


def birth_report_due(birth: dt.date) -> dt.date:
    return birth + dt.timedelta(days=BIRTH_REPORT_DAYS)


def turning_50_date(birth: dt.date) -> dt.date:
    """Her 50th birthday (29 February: 28 February in a common year)."""
    return birthday_of_age(birth, AGE_LIMIT)


def yearly_payment_due(year: int, month: int) -> dt.date:
    """A yearly programme is paid in the configured month (December by default)."""
    return dt.date(year, month, 1)


def payment_due(as_of: dt.date, cycle: Cycle | str, yearly_month: int) -> dt.date:
    """Due date of the period ``as_of`` falls in: the 1st of the month, or of the
    configured month of the year."""
    if Cycle(cycle) is Cycle.MONTH:
        return as_of.replace(day=1)
    return yearly_payment_due(as_of.year, yearly_month)
