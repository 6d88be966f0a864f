"""Checks shared by the contraception, check-up, service and benefit services."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from desktop.domain.text import check_characters
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError
from desktop.store.models import Person


def choice(value: str, kind: type[StrEnum], field: str) -> str:
    """A stored code of ``kind``; 'please choose' when blank or unknown."""
    if value not in kind._value2member_map_:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose a value from the list."),
                              field=field)
    return value


def text(value: str, field: str, limit: int, lines: bool = False) -> str:
    check_characters(value, field, lines)
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is too long: at most {limit} characters."),
            field=field, limit=limit,
        )
    return value


def not_before_birth(value: dt.date | None, person: Person, field: str) -> None:
    if value is not None and value < person.birth_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date {date} is before her birth ({birth})."),
            field=field, date=value.isoformat(), birth=person.birth_date.isoformat(),
        )


def end_not_before_start(start: dt.date, end: dt.date | None, field: str = "end_date") -> None:
    if end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The end date {end} is before the start date {start}."),
            field=field, end=end.isoformat(), start=start.isoformat(),
        )
