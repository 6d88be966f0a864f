"""One deleted record as the recycle bin lists it, and the words that describe it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from desktop.domain.enums import (
    CheckupResult,
    Cycle,
    EventKind,
    Method,
    Outcome,
    Program,
    ServiceType,
    Sex,
)
from desktop.domain.kinds import Kind
from desktop.domain.money import format_fen
from desktop.domain.tr import QT_TRANSLATE_NOOP

CONTEXT = "recycle_bin"

PREGNANCY_OPEN = QT_TRANSLATE_NOOP("recycle_bin", "LMP {lmp}")
PREGNANCY_ENDED = QT_TRANSLATE_NOOP("recycle_bin", "LMP {lmp}, {outcome}")
FOLLOWUP = QT_TRANSLATE_NOOP("recycle_bin", "Of the pregnancy registered on {registered}")
CONTRACEPTION_OPEN = QT_TRANSLATE_NOOP("recycle_bin", "{method}, still in use")
CONTRACEPTION_ENDED = QT_TRANSLATE_NOOP("recycle_bin", "{method}, ended {end}")
CHECKUP = QT_TRANSLATE_NOOP("recycle_bin", "Result: {result}")
SERVICE = QT_TRANSLATE_NOOP("recycle_bin", "{type}")
BENEFIT = QT_TRANSLATE_NOOP("recycle_bin", "{program}, {amount} {cycle}")
PAYMENT = QT_TRANSLATE_NOOP("recycle_bin", "{program}, {period}, {amount}")
LIFE_EVENT = QT_TRANSLATE_NOOP("recycle_bin", "{kind}")
CHILD = QT_TRANSLATE_NOOP("recycle_bin", "{name} ({sex}), child {order}")


@dataclass(frozen=True)
class BinRecord:
    """A deleted record. ``text`` is an English template (context ``recycle_bin``); its
    ``params`` hold codes as enum members, shown with desktop.i18n.enum_text."""

    entity: str
    record_id: int
    person_id: int
    person_name: str
    id_number: str  # masked
    date: dt.date | None
    text: str
    params: dict[str, Any] = field(default_factory=dict)
    deleted_at: dt.datetime | None = None


def _member(kind: type[Enum], code: str | None) -> Any:
    """The enum member of a stored code; an unknown code stays as it is."""
    try:
        return kind(code)
    except ValueError:
        return code or ""


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def describe(entity: str, code: str | None, code2: str | None, other_date: dt.date | None,
             amount: int | None, words: str | None) -> tuple[str, dict[str, Any]]:
    """(template, params) of one row of the bin's union query (see recycle_bin.py)."""
    if entity == Kind.PREGNANCY:
        if code:
            return PREGNANCY_ENDED, {"lmp": _day(other_date), "outcome": _member(Outcome, code)}
        return PREGNANCY_OPEN, {"lmp": _day(other_date)}
    if entity == Kind.FOLLOWUP:
        return FOLLOWUP, {"registered": _day(other_date)}
    if entity == Kind.CONTRACEPTION:
        method = _member(Method, code)
        if other_date is None:
            return CONTRACEPTION_OPEN, {"method": method}
        return CONTRACEPTION_ENDED, {"method": method, "end": _day(other_date)}
    if entity == Kind.CHECKUP:
        return CHECKUP, {"result": _member(CheckupResult, code)}
    if entity == Kind.SERVICE:
        return SERVICE, {"type": _member(ServiceType, code)}
    if entity == Kind.BENEFIT:
        return BENEFIT, {"program": _member(Program, code), "cycle": _member(Cycle, code2),
                         "amount": format_fen(amount or 0)}
    if entity == Kind.PAYMENT:
        return PAYMENT, {"program": _member(Program, code), "period": words or "",
                         "amount": format_fen(amount or 0)}
    if entity == Kind.LIFE_EVENT:
        return LIFE_EVENT, {"kind": _member(EventKind, code)}
    return CHILD, {"name": words or "", "sex": _member(Sex, code), "order": amount or 0}
