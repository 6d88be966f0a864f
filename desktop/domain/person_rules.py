"""Checks of a person draft that need no database. Raise ValidationError(field=...)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from desktop.domain import idnumber
from desktop.domain.dates import add_years
from desktop.domain.enums import Category, CheckupGroup, MaritalStatus, Sex
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError

if TYPE_CHECKING:
    from desktop.domain.values.people import ChildDraft, PersonDraft

_PHONE = re.compile(r"^[0-9+\-() ]{3,30}$")

MAX_LENGTHS = {
    "name": 50, "ethnicity": 20, "phone": 40, "household_address": 200, "current_address": 200,
    "origin": 200, "employer": 200, "spouse_name": 50, "spouse_work_unit": 200, "spouse_phone": 40,
    "one_child_cert_no": 50, "marriage_cert_no": 50, "notes": 2000,
}


def _not_future(value: dt.date | None, today: dt.date, field: str) -> None:
    if value is not None and value > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date {date} is in the future."),
            field=field,
            date=value.isoformat(),
        )


def _phone(value: str, field: str) -> None:
    if value and not _PHONE.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A phone number holds digits, spaces, + and - only."),
            field=field,
        )


def clean_text(draft: PersonDraft) -> None:
    """Trim every text field in place (NFKC is left to the ID number)."""
    for name in MAX_LENGTHS:
        value = getattr(draft, name) or ""
        setattr(draft, name, value.strip() if name == "notes" else " ".join(value.split()))
        if len(getattr(draft, name)) > MAX_LENGTHS[name]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This field holds at most {limit} characters."),
                field=name,
                limit=MAX_LENGTHS[name],
            )
    draft.spouse_id_number = idnumber.normalize(draft.spouse_id_number)
    for child in draft.children:
        child.name = " ".join((child.name or "").split())
        child.id_number = idnumber.normalize(child.id_number)


def check_person(draft: PersonDraft, today: dt.date) -> idnumber.IdInfo:
    """Validate and normalise ``draft`` in place; return the facts of her ID number."""
    clean_text(draft)
    if not draft.name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the name."), field="name")
    info = idnumber.validate_woman(draft.id_number, today)
    draft.id_number = info.number
    if draft.unit_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose the unit."), field="unit_id")
    if draft.category not in Category._value2member_map_:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please choose the category."), field="category")
    if draft.marital_status not in MaritalStatus._value2member_map_:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please choose the marital status."), field="marital_status"
        )
    if draft.checkup_group not in CheckupGroup._value2member_map_:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please choose the check-up group."), field="checkup_group"
        )
    for name in ("registered_on", "arrival_date", "marriage_date", "one_child_cert_date"):
        _not_future(getattr(draft, name), today, name)
    for name in ("registered_on", "arrival_date", "marriage_date"):
        value = getattr(draft, name)
        if value is not None and value < info.birth_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The date {date} is before her birth date ({birth})."),
                field=name,
                date=value.isoformat(),
                birth=info.birth_date.isoformat(),
            )
    if draft.marital_status == MaritalStatus.SINGLE and draft.marriage_date is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A marriage date is given but the status is single."),
            field="marriage_date",
        )
    _phone(draft.phone, "phone")
    _phone(draft.spouse_phone, "spouse_phone")
    if draft.spouse_id_number:
        try:
            idnumber.validate(draft.spouse_id_number, today)
        except ValidationError as exc:
            raise ValidationError(exc.template, field="spouse_id_number", **exc.params) from exc
    for index, child in enumerate(draft.children):
        check_child(child, info.birth_date, today, index)
    return info


def check_child(child: ChildDraft, mother_birth: dt.date, today: dt.date, index: int) -> None:
    field = f"children[{index}]"
    if child.birth_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Child {number}: please enter the birth date."),
            field=field, number=index + 1,
        )
    if child.sex not in Sex._value2member_map_:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Child {number}: please choose the sex."),
            field=field, number=index + 1,
        )
    for value in (child.birth_date, child.birth_registered_on, child.reported_on):
        _not_future(value, today, field)
    if child.birth_date <= add_years(mother_birth, 12):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Child {number}: the birth date must be after the mother's 12th birthday."
            ),
            field=field, number=index + 1,
        )
    for value in (child.birth_registered_on, child.reported_on):
        if value is not None and value < child.birth_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Child {number}: a date is before the child's birth."),
                field=field, number=index + 1,
            )
    if child.id_number:
        try:
            info = idnumber.validate(child.id_number, today)
        except ValidationError as exc:
            raise ValidationError(exc.template, field=field, **exc.params) from exc
        child.id_number = info.number
        if info.birth_date != child.birth_date or info.sex.value != child.sex:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Child {number}: the ID number does not match the birth date or sex entered.",
                ),
                field=field, number=index + 1,
            )


def birth_orders(children: list[ChildDraft]) -> list[int]:
    """孩次 by birth date (stable for twins: the order in which they were entered)."""
    ranked = sorted(range(len(children)), key=lambda i: (children[i].birth_date or dt.date.max, i))
    orders = [0] * len(children)
    for rank, i in enumerate(ranked, start=1):
        orders[i] = rank
    return orders
