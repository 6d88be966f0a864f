"""The six registers (登记册): their columns, the query a page asks, the rows it gets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.enums import CheckupResult, CheckupSource, Method, Outcome, ServiceType, Sex
from desktop.domain.tr import QT_TRANSLATE_NOOP

CONTEXT = "registers"  # translation context of the titles, headers and labels below


class Register(StrEnum):
    BIRTHS = "births"  # 生育登记
    CONTRACEPTION = "contraception"  # 节育登记
    DEATHS = "deaths"  # 死亡登记
    CHECKUPS = "checkups"  # 三查登记
    PREGNANCIES = "pregnancies"  # 怀孕登记
    SERVICES = "services"  # 服务登记


TITLES: dict[Register, str] = {
    Register.BIRTHS: QT_TRANSLATE_NOOP("registers", "Birth register"),
    Register.CONTRACEPTION: QT_TRANSLATE_NOOP("registers", "Contraception register"),
    Register.DEATHS: QT_TRANSLATE_NOOP("registers", "Death register"),
    Register.CHECKUPS: QT_TRANSLATE_NOOP("registers", "Check-up register"),
    Register.PREGNANCIES: QT_TRANSLATE_NOOP("registers", "Pregnancy register"),
    Register.SERVICES: QT_TRANSLATE_NOOP("registers", "Service register"),
}

# Person-editor tab a row opens on.
TABS: dict[Register, str] = {
    Register.BIRTHS: "children",
    Register.CONTRACEPTION: "contraception",
    Register.DEATHS: "events",
    Register.CHECKUPS: "checkups",
    Register.PREGNANCIES: "pregnancies",
    Register.SERVICES: "services",
}

# A child's death: the events tab, selecting among her children (not her life events).
CHILD_DEATH_TAB = "child_death"

# Column kinds: how a front end shows the raw value.
TEXT, DATE, NUMBER, ID_NUMBER, ENUM, ITEMS, WHOM = (
    "text", "date", "number", "id_number", "enum", "items", "whom")

# Check-up items (ITEMS column holds a tuple of these codes) and who died (WHOM column).
ITEM_PREGNANCY, ITEM_PREGNANT, ITEM_IUD, ITEM_DISEASE = "pregnancy", "pregnant", "iud", "disease"
WHOM_SELF, WHOM_CHILD = "self", "child"
LABELS: dict[str, str] = {
    ITEM_PREGNANCY: QT_TRANSLATE_NOOP("registers", "Pregnancy"),
    ITEM_PREGNANT: QT_TRANSLATE_NOOP("registers", "Pregnancy (positive)"),
    ITEM_IUD: QT_TRANSLATE_NOOP("registers", "IUD"),
    ITEM_DISEASE: QT_TRANSLATE_NOOP("registers", "Gynaecological"),
    WHOM_SELF: QT_TRANSLATE_NOOP("registers", "Herself"),
    WHOM_CHILD: QT_TRANSLATE_NOOP("registers", "Child"),
}
ITEM_SEPARATOR = QT_TRANSLATE_NOOP("registers", ", ")  # between check-up items


@dataclass(frozen=True)
class RegisterColumn:
    key: str
    header: str  # English source, context "registers"
    kind: str = TEXT
    enum: type | None = None  # for ENUM columns: the StrEnum of the stored code


_NAME = RegisterColumn("name", QT_TRANSLATE_NOOP("registers", "Name"))
_MOTHER = RegisterColumn("name", QT_TRANSLATE_NOOP("registers", "Mother"))
_ID = RegisterColumn("id_number", QT_TRANSLATE_NOOP("registers", "ID number"), ID_NUMBER)
_UNIT = RegisterColumn("unit", QT_TRANSLATE_NOOP("registers", "Unit"))
_DATE = RegisterColumn("date", QT_TRANSLATE_NOOP("registers", "Date"), DATE)
_NOTE = RegisterColumn("note", QT_TRANSLATE_NOOP("registers", "Note"))
_PLACE = RegisterColumn("place", QT_TRANSLATE_NOOP("registers", "Place"))

COLUMNS: dict[Register, tuple[RegisterColumn, ...]] = {
    Register.BIRTHS: (
        _MOTHER, _ID, _UNIT,
        RegisterColumn("child_name", QT_TRANSLATE_NOOP("registers", "Child")),
        RegisterColumn("sex", QT_TRANSLATE_NOOP("registers", "Sex"), ENUM, Sex),
        RegisterColumn("birth_order", QT_TRANSLATE_NOOP("registers", "Birth order"), NUMBER),
        RegisterColumn("birth_date", QT_TRANSLATE_NOOP("registers", "Birth date"), DATE),
        RegisterColumn("birth_registered_on", QT_TRANSLATE_NOOP("registers", "Birth registered"), DATE),
        RegisterColumn("reported_on", QT_TRANSLATE_NOOP("registers", "Reported"), DATE),
        RegisterColumn("days_to_report", QT_TRANSLATE_NOOP("registers", "Days to report"), NUMBER),
    ),
    Register.CONTRACEPTION: (
        _NAME, _ID, _UNIT,
        RegisterColumn("method", QT_TRANSLATE_NOOP("registers", "Method"), ENUM, Method),
        RegisterColumn("start_date", QT_TRANSLATE_NOOP("registers", "Start"), DATE),
        RegisterColumn("end_date", QT_TRANSLATE_NOOP("registers", "End"), DATE),
        _PLACE,
    ),
    Register.DEATHS: (
        _NAME, _ID, _UNIT,
        RegisterColumn("whom", QT_TRANSLATE_NOOP("registers", "Who died"), WHOM),
        RegisterColumn("deceased", QT_TRANSLATE_NOOP("registers", "Deceased"), TEXT),
        RegisterColumn("death_date", QT_TRANSLATE_NOOP("registers", "Date of death"), DATE),
        _NOTE,
    ),
    Register.CHECKUPS: (
        _NAME, _ID, _UNIT, _DATE,
        RegisterColumn("items", QT_TRANSLATE_NOOP("registers", "Items checked"), ITEMS),
        RegisterColumn("result", QT_TRANSLATE_NOOP("registers", "Result"), ENUM, CheckupResult),
        _NOTE,
        RegisterColumn("source", QT_TRANSLATE_NOOP("registers", "Source"), ENUM, CheckupSource),
        _PLACE,
    ),
    Register.PREGNANCIES: (
        _NAME, _ID, _UNIT,
        RegisterColumn("registered_on", QT_TRANSLATE_NOOP("registers", "Registered"), DATE),
        RegisterColumn("lmp", QT_TRANSLATE_NOOP("registers", "Last period"), DATE),
        RegisterColumn("edd", QT_TRANSLATE_NOOP("registers", "Expected delivery"), DATE),
        RegisterColumn("weeks", QT_TRANSLATE_NOOP("registers", "Weeks at registration")),
        RegisterColumn("outcome", QT_TRANSLATE_NOOP("registers", "Outcome"), ENUM, Outcome),
        RegisterColumn("outcome_date", QT_TRANSLATE_NOOP("registers", "Outcome date"), DATE),
    ),
    Register.SERVICES: (
        _NAME, _ID, _UNIT, _DATE,
        RegisterColumn("type", QT_TRANSLATE_NOOP("registers", "Service"), ENUM, ServiceType),
        _NOTE,
    ),
}


@dataclass(frozen=True)
class RegisterQuery:
    register: Register
    date_from: dt.date
    date_to: dt.date  # both days included
    unit_id: int | None = None  # sub-units included
    text: str = ""  # name, pinyin, initials or part of the ID number


@dataclass(frozen=True)
class RegisterRow:
    """One line of a register: raw values in COLUMNS order, and where to open it."""

    person_id: int
    record_id: int
    tab: str  # person-editor tab key
    values: tuple[object, ...]
