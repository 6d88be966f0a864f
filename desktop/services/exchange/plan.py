"""From checked sheets to a plan: units, persons and records to add or update.

Cross-sheet rules live here: units by name, persons by ID number (duplicates in the file
and against the database), records find their person, follow-ups their pregnancy,
payments their enrolment. Rows breaking a rule are rejected through the Collector.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.periods import is_valid_key, overlaps
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    BENEFITS,
    CHILDREN,
    EVENTS,
    FOLLOWUPS,
    PAYMENTS,
    PERSONS,
    POSTPONEMENTS,
    PREGNANCIES,
    SHEETS,
    UNITS,
    SheetCounts,
)
from desktop.services.exchange import rules as rules
from desktop.services.exchange.check import Collector
from desktop.services.exchange.columns import COLUMNS, KEYS, POSTPONED_RECORD, WRITE_ORDER
from desktop.services.exchange.db import DbView
from desktop.services.exchange.events import StatusChange, plan_events
from desktop.services.exchange.rowstore import Picked
from desktop.services.exchange.values import Bad

UNKNOWN_UNIT = QT_TRANSLATE_NOOP(
    "exchange", "Unknown unit: add it on sheet 单位 or in the ledger first.")
TWICE = QT_TRANSLATE_NOOP(
    "exchange", "The same ID number is also on row {other}; both rows are skipped.")
REGISTERED = QT_TRANSLATE_NOOP(
    "exchange", "This ID number is already registered (for {name}); import with update to "
                "change her record.")
IN_BIN = QT_TRANSLATE_NOOP(
    "exchange", "This ID number belongs to {name}, whose record is in the recycle bin; "
                "restore it first.")
NO_PERSON = QT_TRANSLATE_NOOP(
    "exchange", "No person with this ID number in the file or in the database.")
PERSON_SKIPPED = QT_TRANSLATE_NOOP(
    "exchange", "Her row on sheet 人员 (row {other}) is skipped, so this row is too.")
NO_PREGNANCY = QT_TRANSLATE_NOOP(
    "exchange", "No pregnancy registered on this date for this ID number in the file or "
                "in the database.")
NO_BENEFIT = QT_TRANSLATE_NOOP(
    "exchange", "She has no enrolment in this programme covering this period.")
NO_CHILD = QT_TRANSLATE_NOOP(
    "exchange", "She has no child of this birth date and name in the file or in the database.")
NO_ENROLMENT = QT_TRANSLATE_NOOP(
    "exchange", "She has no enrolment in this programme starting on this date in the file or "
                "in the database.")
STORED = QT_TRANSLATE_NOOP(
    "exchange", "This record is already in the database; import with update to change it.")
STATUS_CHANGE = QT_TRANSLATE_NOOP(
    "exchange", "Her status cannot change this way in an import; use the life events in the "
                "ledger.")

Row = dict[str, Any]  # one row of a sheet, by field key
Ref = tuple[str, int]  # ("db", stored id) or ("new", index among the rows to add)
# (ID number, programme) -> (start, end, cycle, ref) of her enrolments
_Benefits = dict[tuple[str, str], list[tuple[dt.date, dt.date | None, str, Ref]]]


@dataclass
class _Links:
    """Records of the file (and found in the database) that later rows point at."""

    pregnancies: dict[tuple[str, dt.date], Ref] = field(default_factory=dict)
    benefits: _Benefits = field(default_factory=dict)
    children: dict[tuple[str, dt.date, str], Ref] = field(default_factory=dict)


@dataclass
class Plan:
    update: bool
    units: list[tuple[str, str]] = field(default_factory=list)  # (name, parent) to add
    unit_ids: dict[str, int] = field(default_factory=dict)  # stored units by name
    persons: Picked | list[Row] = field(default_factory=list)  # rows of 人员 to add
    person_updates: list[tuple[int, Row, Row]] = field(default_factory=list)
    db_persons: dict[str, int] = field(default_factory=dict)  # ID number -> stored id
    records: dict[str, Picked] = field(default_factory=dict)  # rows of each sheet to add
    record_updates: dict[str, list[tuple[int, int, Row, Row]]] = field(
        default_factory=lambda: defaultdict(list))
    unchanged: Counter[str] = field(default_factory=Counter)
    # (sheet, file row, ID number, name) of each update, in the order of the updates
    update_rows: list[tuple[str, int, str, str]] = field(default_factory=list)
    collector: Collector | None = None
    # stored persons whose status or unit the 事件 sheet changes
    status_changes: list[StatusChange] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)  # rows of 事件 to add (a few thousand)
    # new persons with rows on 事件: ID number -> (status, status date) their events give
    event_status: dict[str, tuple[str, dt.date | None]] = field(default_factory=dict)
    used: bool = False  # a plan is written once

    def counts(self) -> tuple[SheetCounts, ...]:
        assert self.collector is not None
        out = []
        for name in SHEETS:
            result = self.collector.sheets.get(name)
            if result is None:
                continue
            rejected = len(result.rejected.rows) if result.rejected else 0
            added = {UNITS: len(self.units), PERSONS: len(self.persons),
                     EVENTS: len(self.events)}.get(
                name, len(self.records.get(name, ())))
            updated = len(self.person_updates) if name == PERSONS else len(
                self.record_updates.get(name, ()))
            out.append(SheetCounts(name, result.rows, added, updated, rejected,
                                   self.unchanged[name]))
        return tuple(out)


def build(collector: Collector, db: DbView, update: bool, today: dt.date) -> Plan:
    plan = Plan(update, collector=collector)
    sheets = collector.sheets
    plan.unit_ids = db.units()
    if UNITS in sheets:
        _units(plan, collector)
    births: dict[str, dt.date] = {}  # ID number -> birth date of every person usable
    skipped: dict[str, int] = {}  # ID number -> row of her rejected 人员 row
    if PERSONS in sheets:
        _persons(plan, collector, db, today, births, skipped)
    refs = set().union(*(sheets[name].good.distinct("person") for name in SHEETS[2:]
                         if name in sheets))
    for number, (pid, birth, _name, deleted) in db.persons(refs - births.keys()).items():
        if not deleted:
            plan.db_persons[number] = pid
            births[number] = birth
    if EVENTS in sheets:
        plan.status_changes = plan_events(plan, collector, db.session, births, skipped)
    links = _Links()
    for name in WRITE_ORDER:  # a pregnancy before the child linked to it
        if name in sheets:
            _records(plan, collector, db, name, today, births, skipped, links)
    return plan


def _units(plan: Plan, collector: Collector) -> None:
    good = [r for r in collector.sheets[UNITS].good]
    names = {r["name"] for r in good} | set(plan.unit_ids)
    for row in good:
        if row["name"] in plan.unit_ids:
            plan.unchanged[UNITS] += 1
        elif row["parent"] and row["parent"] not in names:
            collector.reject(UNITS, row, [collector.problem(UNITS, row, "上级单位", Bad(UNKNOWN_UNIT))])
        elif all(row["name"] != n for n, _ in plan.units):
            plan.units.append((row["name"], row["parent"]))


def _persons(plan: Plan, collector: Collector, db: DbView, today: dt.date,
             births: dict[str, dt.date], skipped: dict[str, int]) -> None:
    good = collector.sheets[PERSONS].good
    picked = plan.persons = Picked(good)
    units = set(plan.unit_ids) | {n for n, _ in plan.units}
    seen = Counter(good.column("id_number"))
    # the first two rows of each ID number that is on more than one
    twice: dict[str, list[int]] = {}
    for row in good:
        if seen[row["id_number"]] > 1:
            twice.setdefault(row["id_number"], []).append(row["_row"])
    stored = db.persons(good.distinct("id_number"))
    for i, row in good.rows():
        number = row["id_number"]
        old = stored.get(number)
        before = None
        checked = row
        if old is not None and plan.update and not old[3]:
            # The rules see her record as it will be: stored values where the file is silent.
            before = db.person_values(old[0])
            given = row.get("_given", ())
            checked = {**row, **{k: v for k, v in before.items()
                                 if k in row and k not in given and k not in ("status", "status_date")}}
        found, birth = rules.person(checked, today)
        if checked is not row and "_warn" in checked:  # the rules saw her record as it will be
            row["_warn"] = checked.pop("_warn")
        if row["unit"] not in units:
            found.append(("单位", Bad(UNKNOWN_UNIT)))
        if seen[number] > 1:
            first, second = twice[number][:2]
            other = first if first != row["_row"] else second
            found.append(("身份证号", Bad(TWICE, other=other)))
        if not found and old is not None:
            pid, _birth, name, deleted = old
            if deleted:
                found.append(("身份证号", Bad(IN_BIN, name=name)))
            elif not plan.update:
                found.append(("身份证号", Bad(REGISTERED, name=name)))
        if found:
            collector.reject(PERSONS, row, [collector.problem(PERSONS, row, h, b) for h, b in found])
            skipped.setdefault(number, row["_row"])
            continue
        assert birth is not None  # rules.person gives one whenever it finds nothing wrong
        births[number] = birth
        if row.get("_warn"):
            collector.warn(PERSONS, row, row.pop("_warn"))
        if old is None:
            good.put(i, row)  # as the rules left it: her birth date, the draft's values
            picked.append(i)
            continue
        plan.db_persons[number] = old[0]
        assert before is not None
        given = row.get("_given", ())
        after = {k: row[k] for k in before
                 if k in given and k not in ("status", "status_date", "unit")}
        after["unit_id"] = plan.unit_ids.get(row["unit"], row["unit"])
        if row["status"] != "active" and row["status"] != before["status"]:
            if before["status"] == "deceased" or (before["status_date"] or dt.date.min) > (
                    row["status_date"] or dt.date.max):
                collector.reject(PERSONS, row, [collector.problem(PERSONS, row, "状态", Bad(STATUS_CHANGE))])
                continue
            after["status"], after["status_date"] = row["status"], row["status_date"]
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if changed:
            plan.person_updates.append((old[0], {k: before[k] for k in changed}, changed))
            plan.update_rows.append((PERSONS, row["_row"], number, before.get("name") or row["name"]))
        else:
            plan.unchanged[PERSONS] += 1


def _records(plan: Plan, collector: Collector, db: DbView, name: str, today: dt.date,
             births: dict[str, dt.date], skipped: dict[str, int], links: _Links) -> None:
    id_header = COLUMNS[name][0].header
    good = collector.sheets[name].good
    stored = db.records(name, {plan.db_persons[n] for n in good.distinct("person")
                               if n in plan.db_persons})
    fields = [c.key for c in COLUMNS[name][1:]]
    picked = plan.records[name] = Picked(good)
    pregnancies = links.pregnancies
    for i, row in good.rows():
        number = row["person"]
        if number not in births:
            bad = Bad(PERSON_SKIPPED, other=skipped[number]) if number in skipped else Bad(NO_PERSON)
            collector.reject(name, row, [collector.problem(name, row, id_header, bad)])
            continue
        found = rules.record(name, row, births[number], today)
        if name == FOLLOWUPS and not found:
            ref = pregnancies.get((number, row["registered_on"])) or db.pregnancy(
                plan.db_persons.get(number), row["registered_on"])
            if ref is None:
                found.append(("登记日期", Bad(NO_PREGNANCY)))
            row["_ref"] = ref
        if name == CHILDREN and not found:
            linked = row.get("pregnancy_registered_on")
            ref = None if linked is None else pregnancies.get((number, linked)) or db.pregnancy(
                plan.db_persons.get(number), linked)
            if linked is not None and ref is None:
                found.append(("孕情登记日期", Bad(NO_PREGNANCY)))
            row["_preg"] = ref
        if name == PAYMENTS and not found:
            ref = _benefit(plan, db, links.benefits, number, row)
            if ref is None:
                found.append(("期间", Bad(NO_BENEFIT)))
            row["_ref"] = ref
        if name == POSTPONEMENTS and not found:
            found += _postponed_record(plan, db, links, number, row)
        if found:
            collector.reject(name, row, [collector.problem(name, row, h, b) for h, b in found])
            continue
        pid = plan.db_persons.get(number)
        key = tuple(row[k] for k in KEYS[name])
        match = stored.get((pid, key)) if pid is not None else None
        if match is not None and not plan.update:
            collector.reject(name, row, [collector.problem(name, row, id_header, Bad(STORED))])
            continue
        if row.get("_warn"):
            collector.warn(name, row, row.pop("_warn"))
        if match is not None:
            assert pid is not None
            row_id, before = match
            given = row.get("_given", ())
            changed = {k: row[k] for k in fields if k in given and k in before and before[k] != row[k]}
            if "pregnancy_registered_on" in changed:  # the link itself is stored, not the date
                before = {**before, "pregnancy_id": before["pregnancy_registered_on"]}
                changed["pregnancy_id"] = row["_preg"]
                del changed["pregnancy_registered_on"]
            if changed:
                plan.record_updates[name].append((row_id, pid, {k: before[k] for k in changed}, changed))
                plan.update_rows.append((name, row["_row"], number, ""))
            else:
                plan.unchanged[name] += 1
            ref = ("db", row_id)
        else:
            ref = ("new", len(picked))
            if name in (CHILDREN, FOLLOWUPS, PAYMENTS, POSTPONEMENTS):
                good.put(i, row)  # with its links
            picked.append(i)
        if name == PREGNANCIES:
            pregnancies.setdefault((number, row["registered_on"]), ref)
        elif name == CHILDREN:
            links.children.setdefault((number, row["birth_date"], row["name"] or ""), ref)
        elif name == BENEFITS:
            links.benefits.setdefault((number, row["program"]), []).append(
                (row["start_date"], row["end_date"], row["cycle"], ref))


def _benefit(plan: Plan, db: DbView, benefits: _Benefits, number: str, row: Row) -> Ref | None:
    options = list(benefits.get((number, row["program"]), ()))
    pid = plan.db_persons.get(number)
    if pid is not None:
        options += db.benefits(pid, row["program"])
    for start, end, cycle, ref in options:
        if is_valid_key(row["period"], cycle) and overlaps(row["period"], cycle, start, end):
            return ref
    return None


def _postponed_record(plan: Plan, db: DbView, links: _Links, number: str, row: Row
                      ) -> list[tuple[str, Bad]]:
    """The record a postponed reminder is about, into row["_ref"] (None for the kinds about
    her alone); a record found neither in the file nor in the database rejects the row."""
    row["_ref"] = None
    sheet, _keys = POSTPONED_RECORD.get(row["kind"], ("", ()))
    pid = plan.db_persons.get(number)
    if sheet == PREGNANCIES:
        day = row["pregnancy_registered_on"]
        row["_ref"] = links.pregnancies.get((number, day)) or db.pregnancy(pid, day)
        return [] if row["_ref"] else [("孕情登记日期", Bad(NO_PREGNANCY))]
    if sheet == CHILDREN:
        key = (number, row["child_birth_date"], row["child_name"])
        row["_ref"] = links.children.get(key) or db.child(pid, *key[1:])
        return [] if row["_ref"] else [("子女出生日期", Bad(NO_CHILD))]
    if sheet == BENEFITS:
        options = list(links.benefits.get((number, row["program"]), ()))
        if pid is not None:
            options += db.benefits(pid, row["program"])
        row["_ref"] = next((ref for start, _end, _cycle, ref in options
                            if start == row["benefit_start"]), None)
        return [] if row["_ref"] else [("扶助开始日期", Bad(NO_ENROLMENT))]
    return []
