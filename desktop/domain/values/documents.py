"""What the printed documents are made of: the archive card's values.

Plain values read once by DocumentService; the writers in desktop/reports print them.
Stored codes stay codes (category, method, outcome...); the writers put the words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CardChild:
    name: str
    sex: str  # M / F
    birth_date: dt.date | None  # None only in a damaged file: the card prints what is stored
    birth_order: int
    id_number: str
    birth_registered_on: dt.date | None
    reported_on: dt.date | None
    death_date: dt.date | None = None


@dataclass(frozen=True)
class CardContraception:
    method: str
    start_date: dt.date | None
    end_date: dt.date | None
    place: str


@dataclass(frozen=True)
class CardCheckup:
    date: dt.date | None
    items: tuple[str, ...]  # register_types ITEM_* codes
    result: str
    source: str
    place: str
    note: str


@dataclass(frozen=True)
class CardPregnancy:
    registered_on: dt.date
    lmp: dt.date
    edd: dt.date
    outcome: str | None
    outcome_date: dt.date | None
    followups: int = 0


@dataclass(frozen=True)
class PersonCard:
    """One person's 档案卡: her fields, unit name and small per-person lists (newest
    first, except children in birth order)."""

    office_name: str
    printed_on: dt.date
    person_id: int
    name: str
    id_number: str  # full; the writer masks it unless asked
    birth_date: dt.date
    age: int
    ethnicity: str
    phone: str
    household_address: str
    current_address: str
    unit_name: str
    category: str
    registered_on: dt.date | None
    origin: str
    arrival_date: dt.date | None
    employer: str
    marital_status: str
    marriage_date: dt.date | None
    spouse_name: str
    spouse_id_number: str
    spouse_work_unit: str
    spouse_phone: str
    checkup_group: str
    one_child_cert_no: str
    one_child_cert_date: dt.date | None
    notes: str
    status: str  # active / moved / deceased / aged_out
    status_date: dt.date | None
    children: tuple[CardChild, ...] = ()
    contraception: tuple[CardContraception, ...] = ()
    checkups: tuple[CardCheckup, ...] = ()
    pregnancies: tuple[CardPregnancy, ...] = ()
