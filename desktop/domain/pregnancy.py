"""Pregnancy date rules: expected delivery, weeks of pregnancy, early registration.

Weeks are counted from the first day of the last menstrual period (LMP), the way
clinics count them; indicators.md defines early registration in days.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.domain.dates import add_years
from desktop.domain.enums import Outcome
from desktop.domain.text import check_characters
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError

if TYPE_CHECKING:
    from desktop.domain.values.pregnancy import PregnancyDraft

GESTATION_DAYS = 280  # LMP + 280 days = expected delivery date (40 weeks)
EARLY_REGISTRATION_DAYS = 84  # registered less than 12 weeks after the LMP


def expected_delivery(lmp: dt.date) -> dt.date:
    return lmp + dt.timedelta(days=GESTATION_DAYS)


def gestation(lmp: dt.date, day: dt.date) -> tuple[int, int]:
    """(weeks, days) of pregnancy at ``day``; ValueError when ``day`` is before the LMP."""
    elapsed = (day - lmp).days
    if elapsed < 0:
        raise ValueError("day before the last menstrual period")
    weeks, days = divmod(elapsed, 7)
    return weeks, days


def weeks_text(lmp: dt.date, day: dt.date) -> str:
    """Compact clinical notation, 12+3 for 12 weeks 3 days; empty when ``day`` < LMP."""
    try:
        weeks, days = gestation(lmp, day)
    except ValueError:
        return ""
    return f"{weeks}+{days}"


def is_early_registration(lmp: dt.date, registered_on: dt.date) -> bool:
    """孕情登记及时: registered less than 84 days after the LMP."""
    return (registered_on - lmp).days < EARLY_REGISTRATION_DAYS


def check_pregnancy(draft: PregnancyDraft, mother_birth: dt.date, today: dt.date) -> None:
    """Checks of a pregnancy draft that need no database; trims the note in place."""
    check_characters(draft.note, "note", lines=True)
    draft.note = (draft.note or "").strip()
    draft.outcome = draft.outcome or None
    if len(draft.note) > 500:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This field holds at most {limit} characters."),
            field="note", limit=500,
        )
    if draft.registered_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please enter the registration date."), field="registered_on")
    if draft.lmp is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please enter the last menstrual period."), field="lmp")
    for name in ("lmp", "registered_on", "outcome_date"):
        _not_future(getattr(draft, name), today, name)
    if draft.lmp <= add_years(mother_birth, 12):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The last menstrual period must be after her 12th birthday."),
            field="lmp",
        )
    if draft.registered_on < draft.lmp:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors",
                              "The registration date is before the last menstrual period ({lmp})."),
            field="registered_on", lmp=draft.lmp.isoformat(),
        )
    if (draft.outcome is None) != (draft.outcome_date is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please give both the outcome and its date."),
            field="outcome" if draft.outcome is None else "outcome_date",
        )
    if draft.outcome is not None and draft.outcome not in Outcome._value2member_map_:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose the outcome."), field="outcome")
    # The rule: the outcome comes after the registration (so never before the LMP,
    # which precedes the registration). A pregnancy that ended before anyone registered it
    # is registered with the outcome day as its registration date.
    if draft.outcome_date is not None and draft.outcome_date < draft.registered_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The outcome date is before the registration date ({registered})."),
            field="outcome_date", registered=draft.registered_on.isoformat(),
        )


def _not_future(value: dt.date | None, today: dt.date, field: str) -> None:
    if value is not None and value > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date {date} is in the future."),
            field=field, date=value.isoformat(),
        )
