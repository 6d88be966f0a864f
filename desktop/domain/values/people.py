"""Plain data passed between the person services and their callers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from desktop.domain.enums import Category, CheckupGroup, MaritalStatus, StatusFilter


@dataclass
class ChildDraft:
    id: int | None = None
    name: str = ""
    sex: str = "F"
    birth_date: dt.date | None = None
    birth_order: int = 0  # computed on save
    id_number: str = ""
    birth_registered_on: dt.date | None = None
    reported_on: dt.date | None = None
    pregnancy_id: int | None = None  # her mother's pregnancy she was born of, if linked


@dataclass
class PersonDraft:
    """Every field the editor shows; what the clerk saves."""

    name: str = ""
    id_number: str = ""
    ethnicity: str = "汉族"
    phone: str = ""
    household_address: str = ""
    current_address: str = ""
    unit_id: int | None = None
    category: str = Category.RESIDENT.value
    registered_on: dt.date | None = None
    origin: str = ""
    arrival_date: dt.date | None = None
    employer: str = ""
    marriage_cert_no: str = ""  # 婚育证明编号 (migrants)
    marital_status: str = MaritalStatus.SINGLE.value
    marriage_date: dt.date | None = None
    spouse_name: str = ""
    spouse_id_number: str = ""
    spouse_work_unit: str = ""
    spouse_phone: str = ""
    checkup_group: str = CheckupGroup.GENERAL.value
    one_child_cert_no: str = ""
    one_child_cert_date: dt.date | None = None
    notes: str = ""
    children: list[ChildDraft] = field(default_factory=list)

    def scalar_fields(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "children"}


@dataclass(frozen=True)
class PersonRecord:
    """A stored person as the editor loads it."""

    id: int
    draft: PersonDraft
    birth_date: dt.date
    status: str
    status_date: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int = 1  # hand it back to update(): a save from an older read is refused


# Sort keys the register page may ask for.
SORT_KEYS = ("name", "id_number", "age", "unit", "category", "marital_status", "children", "status")


@dataclass(frozen=True)
class PersonQuery:
    text: str = ""
    unit_id: int | None = None  # sub-units included
    category: str | None = None
    status: StatusFilter = StatusFilter.ACTIVE
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class PersonRow:
    """One line of the register table."""

    id: int
    name: str
    id_number: str
    birth_date: dt.date
    unit_name: str
    category: str
    marital_status: str
    children_count: int
    status: str  # active / moved / deceased / aged_out
    phone: str = ""
