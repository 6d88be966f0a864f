"""The record kinds of a person's file, declared once.

Everything that treats records by kind (the recycle bin, the timeline, the change log's
labels, undoing an import, the exchange sheets, the registers, the person editor's tabs)
reads this declaration instead of keeping its own list of names. A kind's value is the
``entity`` written to the change log and the recycle bin, and its table's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values import exchange as sheets
from desktop.domain.values.registers import Register

CONTEXT = "kinds"  # translation context of the labels below


class Kind(StrEnum):
    PREGNANCY = "pregnancy"
    FOLLOWUP = "followup"
    CONTRACEPTION = "contraception"
    CHECKUP = "checkup"
    SERVICE = "service"
    BENEFIT = "benefit"
    PAYMENT = "payment"
    CHILD = "child"
    LIFE_EVENT = "life_event"


@dataclass(frozen=True)
class KindInfo:
    kind: Kind
    table: str  # the SQL table (store/ maps it to its model)
    label: str  # English, context CONTEXT: what the clerk calls one record of this kind
    restorer: str  # the service (an attribute of the services container) that restores it
    tab: str  # the person editor's tab that shows it
    sheet: str | None = None  # its sheet in the exchange workbook
    register: Register | None = None  # the register that lists it
    parent: Kind | None = None  # a record it belongs to (and through which to its person)
    parent_key: str | None = None  # the column naming that record
    parent_in_bin: str | None = None  # error (context "errors") restoring it before the parent


KINDS: dict[Kind, KindInfo] = {info.kind: info for info in (
    KindInfo(Kind.PREGNANCY, "pregnancy", QT_TRANSLATE_NOOP("kinds", "Pregnancy"),
             "pregnancies", "pregnancies", sheets.PREGNANCIES, Register.PREGNANCIES),
    KindInfo(Kind.FOLLOWUP, "pregnancy_followup",
             QT_TRANSLATE_NOOP("kinds", "Pregnancy follow-up"), "pregnancies", "pregnancies",
             sheets.FOLLOWUPS, parent=Kind.PREGNANCY, parent_key="pregnancy_id",
             parent_in_bin=QT_TRANSLATE_NOOP("errors", "The pregnancy of this follow-up is in the "
                                                       "recycle bin; restore the pregnancy first.")),
    KindInfo(Kind.CONTRACEPTION, "contraception", QT_TRANSLATE_NOOP("kinds", "Contraception"),
             "contraception", "contraception", sheets.CONTRACEPTION, Register.CONTRACEPTION),
    KindInfo(Kind.CHECKUP, "checkup", QT_TRANSLATE_NOOP("kinds", "Check-up"), "checkups",
             "checkups", sheets.CHECKUPS, Register.CHECKUPS),
    KindInfo(Kind.SERVICE, "service", QT_TRANSLATE_NOOP("kinds", "Service"), "service_records",
             "services", sheets.SERVICES, Register.SERVICES),
    KindInfo(Kind.BENEFIT, "benefit", QT_TRANSLATE_NOOP("kinds", "Benefit enrolment"),
             "benefits", "benefits", sheets.BENEFITS),
    KindInfo(Kind.PAYMENT, "payment", QT_TRANSLATE_NOOP("kinds", "Benefit payment"), "benefits",
             "benefits", sheets.PAYMENTS, parent=Kind.BENEFIT, parent_key="benefit_id",
             parent_in_bin=QT_TRANSLATE_NOOP("errors", "The enrolment of this payment is in the "
                                                       "recycle bin; restore the enrolment first.")),
    KindInfo(Kind.CHILD, "child", QT_TRANSLATE_NOOP("kinds", "Child"), "children", "children",
             sheets.CHILDREN, Register.BIRTHS),
    KindInfo(Kind.LIFE_EVENT, "life_event", QT_TRANSLATE_NOOP("kinds", "Life event"),
             "life_events", "events", register=Register.DEATHS),
)}

# Kinds that belong to a person directly (the others through their parent record).
OWN_KINDS: tuple[Kind, ...] = tuple(k for k, info in KINDS.items() if info.parent is None)
# The kinds of the exchange workbook by sheet name.
BY_SHEET: dict[str, Kind] = {info.sheet: k for k, info in KINDS.items() if info.sheet}


def kind_of(entity: str) -> Kind | None:
    """The record kind of a change-log entity name; None for a person, unit, setting…"""
    try:
        return Kind(entity)
    except ValueError:
        return None
