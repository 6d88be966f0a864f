"""Rules across the cells of one row, for every sheet but 单位: (header, Bad) pairs.

Person rows go through the editor's own check (desktop.domain.person_rules.check_person);
record rows get the checks their services make.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain.dates import add_years
from desktop.domain.person_rules import check_person
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    BENEFITS,
    CHECKUPS,
    CHILDREN,
    CONTRACEPTION,
    FOLLOWUPS,
    PAYMENTS,
    PERSONS,
    POSTPONEMENTS,
    PREGNANCIES,
)
from desktop.domain.values.people import PersonDraft
from desktop.errors import ValidationError
from desktop.services.exchange.columns import COLUMNS, POSTPONED_RECORD, RECORD_COLUMNS
from desktop.services.exchange.values import Bad, check_id

BEFORE_BIRTH = QT_TRANSLATE_NOOP("exchange", "The date {date} is before her birth ({birth}).")
END_BEFORE_START = QT_TRANSLATE_NOOP("exchange", "The end date is before the start date.")
STATUS_DATE = QT_TRANSLATE_NOOP("exchange", "Moved away or deceased: please give the 状态日期.")
OUTCOME_PAIR = QT_TRANSLATE_NOOP("exchange", "Give both the outcome and its date, or neither.")
OUTCOME_EARLY = QT_TRANSLATE_NOOP("exchange", "The outcome date is before the last period.")
REGISTERED_EARLY = QT_TRANSLATE_NOOP("exchange", "The registration is before the last period.")
CHILD_EARLY = QT_TRANSLATE_NOOP(
    "exchange", "The birth date must be after the mother's 12th birthday.")
CHILD_DATE = QT_TRANSLATE_NOOP("exchange", "This date is before the child's birth.")
CHILD_ID = QT_TRANSLATE_NOOP(
    "exchange", "The child's ID number does not match the birth date or sex; it is kept as "
                "given and 数据核查 will list it.")
BIRTH_ID = QT_TRANSLATE_NOOP(
    "exchange", "The birth date differs from the one in her ID number ({birth}); it is kept as "
                "given and 数据核查 will list her.")
NO_ITEM = QT_TRANSLATE_NOOP("exchange", "Mark at least one of 查孕, 查环, 查病 with 是.")
ABNORMAL = QT_TRANSLATE_NOOP("exchange", "Please describe the findings of an abnormal result.")
ZERO = QT_TRANSLATE_NOOP("exchange", "The amount must be more than 0.")
PREGNANT_UNCHECKED = QT_TRANSLATE_NOOP(
    "exchange", "查出怀孕 is 是 only when 查孕 is 是 too.")
RECORD_MISSING = QT_TRANSLATE_NOOP(
    "exchange", "Please give {column}: it names the record this reminder is about.")
PERIOD_CYCLE = QT_TRANSLATE_NOOP(
    "exchange", "The period does not fit the programme's cycle (2025-03 monthly, 2025 yearly).")

Found = list[tuple[str, Bad]]
_HEADER = {sheet: {c.key: c.header for c in cols} for sheet, cols in COLUMNS.items()}
_DRAFT_FIELDS = [name for name in PersonDraft().scalar_fields()]


def person(values: dict[str, Any], today: dt.date) -> tuple[Found, dt.date | None]:
    """Check a 人员 row with the editor's rules; fills values['birth_date'] when good."""
    heads = _HEADER[PERSONS]
    draft = PersonDraft(**{k: values[k] for k in _DRAFT_FIELDS if values.get(k) is not None
                           and k != "unit_id"}, unit_id=0)
    try:
        info = check_person(draft, today)
    except ValidationError as exc:
        header = heads.get(exc.field or "") or heads["name"]
        return [(header, Bad(exc.template, "errors", **exc.params))], None
    for name in _DRAFT_FIELDS:
        if name in values and name != "unit_id":
            values[name] = getattr(draft, name)
    given = values.get("birth_date")
    if given is None:
        values["birth_date"] = info.birth_date
    elif given != info.birth_date:  # kept as the ledger keeps it; 数据核查 lists her
        values["_warn"] = [(heads["birth_date"], Bad(BIRTH_ID, birth=info.birth_date.isoformat()))]
    found: Found = []
    if values["status"] != "active" and values["status_date"] is None:
        found.append((heads["status_date"], Bad(STATUS_DATE)))
    day = values["status_date"]
    if day is not None and day < info.birth_date:
        found.append((heads["status_date"], _before_birth(day, info.birth_date)))
    return found, values["birth_date"]


def record(sheet: str, v: dict[str, Any], birth: dt.date, today: dt.date) -> Found:
    """Row rules of a record sheet; ``birth`` is her birth date."""
    heads = _HEADER[sheet]
    found: Found = []
    for key, header in heads.items():
        day = v.get(key)
        if isinstance(day, dt.date) and key != "birth_date" and day < birth and sheet != CHILDREN:
            found.append((header, _before_birth(day, birth)))
    if sheet == CHILDREN:
        found += _child(v, birth, today, heads)
    elif sheet == PREGNANCIES:
        if (v["outcome"] is None) != (v["outcome_date"] is None):
            found.append((heads["outcome"], Bad(OUTCOME_PAIR)))
        elif v["outcome_date"] is not None and v["outcome_date"] < v["lmp"]:
            found.append((heads["outcome_date"], Bad(OUTCOME_EARLY)))
        if v["registered_on"] < v["lmp"]:
            found.append((heads["registered_on"], Bad(REGISTERED_EARLY)))
    elif sheet in (CONTRACEPTION, BENEFITS):
        if v["end_date"] is not None and v["end_date"] < v["start_date"]:
            found.append((heads["end_date"], Bad(END_BEFORE_START)))
    if sheet == CHECKUPS:
        v["check_pregnancy"] = bool(v["check_pregnancy"])
        v["check_iud"] = bool(v["check_iud"])
        v["check_disease"] = bool(v["check_disease"])
        v["pregnant"] = bool(v.get("pregnant"))
        if v["pregnant"] and not v["check_pregnancy"]:
            found.append((heads["pregnant"], Bad(PREGNANT_UNCHECKED)))
        if not (v["check_pregnancy"] or v["check_iud"] or v["check_disease"]):
            found.append((heads["check_pregnancy"], Bad(NO_ITEM)))
        if v["result"] == "abnormal" and not v["note"]:
            found.append((heads["note"], Bad(ABNORMAL)))
    elif sheet in (BENEFITS, PAYMENTS) and v["amount_fen"] == 0:
        found.append((heads["amount_fen"], Bad(ZERO)))
    elif sheet == POSTPONEMENTS:
        found += _postponement(v, heads)
    elif sheet == FOLLOWUPS and v["date"] < v["registered_on"]:
        found.append((heads["date"], Bad(QT_TRANSLATE_NOOP(
            "exchange", "The follow-up is before the pregnancy was registered."))))
    return found


def _postponement(v: dict[str, Any], heads: dict[str, str]) -> Found:
    """The record named as its kind needs, the other kinds' columns blank (so that the same
    postponement always has the same key)."""
    found: Found = []
    _sheet, needed = POSTPONED_RECORD.get(v["kind"], ("", ()))
    for key in RECORD_COLUMNS:
        if key not in needed:
            v[key] = None
        elif key == "child_name":  # a child may have no name yet
            v[key] = v[key] or ""
        elif v[key] is None or v[key] == "":
            found.append((heads[key], Bad(RECORD_MISSING, column=heads[key])))
    return found


def _child(v: dict[str, Any], mother_birth: dt.date, today: dt.date,
           heads: dict[str, str]) -> Found:
    found: Found = []
    birth = v["birth_date"]
    if birth <= add_years(mother_birth, 12):
        found.append((heads["birth_date"], Bad(CHILD_EARLY)))
    for key in ("birth_registered_on", "reported_on", "death_date"):
        if v[key] is not None and v[key] < birth:
            found.append((heads[key], Bad(CHILD_DATE)))
    if v["id_number"]:
        try:
            info = check_id(v["id_number"], today)
        except Bad as bad:
            return [*found, (heads["id_number"], bad)]
        if info.birth_date != birth or info.sex.value != v["sex"]:  # kept; 数据核查 lists it
            v["_warn"] = [(heads["id_number"], Bad(CHILD_ID))]
    return found


def _before_birth(day: dt.date, birth: dt.date) -> Bad:
    return Bad(BEFORE_BIRTH, date=day.isoformat(), birth=birth.isoformat())
