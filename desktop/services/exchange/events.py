"""The 事件 sheet: her life events (迁出, 迁回, 死亡, 单位调动) in order.

The events are the history: her 状态 and 状态日期 follow from them (the 人员 sheet's
summary is used only for a woman without rows here). An event must be able to follow the
ones before it, hers in the file and those already stored, as in the ledger's own form;
a row that cannot is rejected with the form's reason. An event already stored (same kind
and day) is a duplicate, or unchanged with update.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import Session, col

from desktop.domain.enums import EventKind, RecordStatus
from desktop.domain.idnumber import mask
from desktop.domain.life_events import STATUS_AFTER, check_next
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import EVENTS, FieldChange
from desktop.errors import ValidationError
from desktop.services.exchange.check import Collector
from desktop.services.exchange.columns import LABEL
from desktop.services.exchange.values import Bad
from desktop.store.models import Person
from desktop.store.records import LifeEvent

if TYPE_CHECKING:
    from desktop.services.exchange.plan import Plan

TRANSFER_UNITS = QT_TRANSLATE_NOOP(
    "exchange", "A 单位调动 needs both 原单位 and 新单位, two different units.")
UNKNOWN_UNIT = QT_TRANSLATE_NOOP(
    "exchange", "Unknown unit: add it on sheet 单位 or in the ledger first.")
BEFORE_BIRTH = QT_TRANSLATE_NOOP("exchange", "The date {date} is before her birth ({birth}).")
NO_PERSON = QT_TRANSLATE_NOOP(
    "exchange", "No person with this ID number in the file or in the database.")
PERSON_SKIPPED = QT_TRANSLATE_NOOP(
    "exchange", "Her row on sheet 人员 (row {other}) is skipped, so this row is too.")
STORED = QT_TRANSLATE_NOOP(
    "exchange", "This record is already in the database; import with update to change it.")
EARLIER = QT_TRANSLATE_NOOP(
    "exchange", "The date {date} is before her latest event ({latest}).")

Row = dict[str, Any]  # one row of the sheet, by field key
Stored = list[tuple[str, dt.date]]  # (kind, day) of her stored events, oldest first


@dataclass
class StatusChange:
    """A stored person whose status (and unit, after a 单位调动) the new events change."""

    person_id: int
    before: Row = field(default_factory=dict)
    after: Row = field(default_factory=dict)
    row: int = 0  # her last new row on 事件
    who: str = ""  # her name and masked ID number, for the preview


def status_field_changes(changes: list[StatusChange], unit_names: dict[int, str]
                         ) -> list[FieldChange]:
    """What the preview lists for each stored person her new events change (old → new)."""
    out = []
    for change in changes:
        for key, new in change.after.items():
            old = change.before.get(key)
            if key == "unit_id":
                header, old_text, new_text = "单位", unit_names.get(old, "") if old is not None else "", str(new)
            elif key == "status":
                header, old_text, new_text = "状态", LABEL["status"].get(old or "", ""), \
                    LABEL["status"].get(new, "")
            else:
                header = "状态日期"
                old_text, new_text = (old.isoformat() if old else ""), (new.isoformat() if new else "")
            out.append(FieldChange(EVENTS, change.row, change.who, header, old_text, new_text))
    return out


def stored_events(session: Session, pids: set[int]) -> dict[int, Stored]:
    out: dict[int, Stored] = defaultdict(list)
    ids = sorted(pids)
    for start in range(0, len(ids), 900):
        rows = session.execute(
            select(col(LifeEvent.person_id), col(LifeEvent.kind), col(LifeEvent.date))
            .where(col(LifeEvent.person_id).in_(ids[start:start + 900]),
                   col(LifeEvent.deleted_at).is_(None))
            .order_by(col(LifeEvent.person_id), col(LifeEvent.date), col(LifeEvent.id)))
        for pid, kind, day in rows:
            out[pid].append((kind, day))
    return out


def plan_events(plan: Plan, collector: Collector, session: Session,
                births: dict[str, dt.date], skipped: dict[str, int]) -> list[StatusChange]:
    """Accepted rows go to plan.events (units by name, resolved at write time); new
    persons with events get their status from them (plan.event_status). Returns the stored
    persons whose status or unit changes."""
    result = collector.sheets[EVENTS]
    units = set(plan.unit_ids) | {name for name, _ in plan.units}
    mine: dict[str, list[Row]] = defaultdict(list)
    for row in result.good:
        found = _row_problems(row, births, skipped, units)
        if found:
            collector.reject(EVENTS, row, [collector.problem(EVENTS, row, h, b) for h, b in found])
            continue
        mine[row["person"]].append(row)
    stored_ids = {plan.db_persons[n] for n in mine if n in plan.db_persons}
    stored = stored_events(session, stored_ids) if stored_ids else {}
    current = _stored_state(session, stored_ids)
    changes: list[StatusChange] = []
    evented: set[int] = set()  # stored persons whose status the events give
    for number, rows in mine.items():
        pid = plan.db_persons.get(number)
        history = stored.get(pid, []) if pid is not None else []
        accepted = _follow(plan, collector, rows, history)
        if not accepted:
            continue
        status, since = _replay(history + [(r["kind"], r["date"]) for r in accepted])
        if pid is None:  # new: her row is written with the status her events give
            plan.event_status[number] = (status, since)
        else:
            evented.add(pid)
            change = _change(pid, current[pid], status, since, accepted)
            if change is not None:
                change.row = accepted[-1]["_row"]
                change.who = f"{current[pid]['name']} ({mask(number)})"
                changes.append(change)
    for pid, before, after in plan.person_updates:  # the events win over 状态 / 状态日期
        if pid in evented:
            for key in ("status", "status_date"):
                before.pop(key, None)
                after.pop(key, None)
    return changes


def _row_problems(row: Row, births: dict[str, dt.date], skipped: dict[str, int],
                  units: set[str]) -> list[tuple[str, Bad]]:
    """Her person, the date after her birth, the units of a move between units."""
    number = row["person"]
    if number not in births:
        bad = Bad(PERSON_SKIPPED, other=skipped[number]) if number in skipped else Bad(NO_PERSON)
        return [("身份证号", bad)]
    found: list[tuple[str, Bad]] = []
    if row["date"] < births[number]:
        found.append(("日期", Bad(BEFORE_BIRTH, date=row["date"].isoformat(),
                                birth=births[number].isoformat())))
    if row["kind"] == EventKind.TRANSFERRED.value:
        if not row["from_unit"] or not row["to_unit"] or row["from_unit"] == row["to_unit"]:
            found.append(("新单位", Bad(TRANSFER_UNITS)))
        for header, key in (("原单位", "from_unit"), ("新单位", "to_unit")):
            if row[key] and row[key] not in units:
                found.append((header, Bad(UNKNOWN_UNIT)))
    return found  # the units of another event are not kept (write.py)


def _follow(plan: Plan, collector: Collector, rows: list[Row], history: Stored) -> list[Row]:
    """Her new rows in date order (file order on one day) that can follow what is before."""
    status, latest = RecordStatus.ACTIVE, None
    for kind, day in history:
        status, latest = _after(status, kind), day
    known = set(history)
    accepted: list[Row] = []
    for row in sorted(rows, key=lambda r: (r["date"], r["_row"])):
        if (row["kind"], row["date"]) in known:
            if plan.update:
                plan.unchanged[EVENTS] += 1
            else:
                collector.reject(EVENTS, row, [collector.problem(EVENTS, row, "身份证号", Bad(STORED))])
            continue
        bad = _cannot_follow(status, latest, row)
        if bad is not None:
            collector.reject(EVENTS, row, [collector.problem(EVENTS, row, *bad)])
            continue
        status, latest = _after(status, row["kind"]), row["date"]
        accepted.append(row)
        plan.events.append(row)
    return accepted


def _cannot_follow(status: RecordStatus, latest: dt.date | None, row: Row
                   ) -> tuple[str, Bad] | None:
    if latest is not None and row["date"] < latest:
        return "日期", Bad(EARLIER, date=row["date"].isoformat(), latest=latest.isoformat())
    try:
        check_next(status, EventKind(row["kind"]))
    except ValidationError as exc:
        return "事件", Bad(exc.template, "errors", **exc.params)
    return None


def _after(status: RecordStatus, kind: str) -> RecordStatus:
    return STATUS_AFTER.get(EventKind(kind), status)


def _replay(events: Stored) -> tuple[str, dt.date | None]:
    status, since = RecordStatus.ACTIVE, None
    for kind, day in events:
        if EventKind(kind) in STATUS_AFTER:
            status, since = STATUS_AFTER[EventKind(kind)], day
    return status.value, since


def _stored_state(session: Session, pids: set[int]) -> dict[int, Row]:
    out: dict[int, Row] = {}
    ids = sorted(pids)
    for start in range(0, len(ids), 900):
        for pid, status, since, unit, name in session.execute(
                select(col(Person.id), col(Person.status), col(Person.status_date),
                       col(Person.unit_id), col(Person.name))
                .where(col(Person.id).in_(ids[start:start + 900]))):
            out[pid] = {"status": status, "status_date": since, "unit_id": unit, "name": name}
    return out


def event_row(values: Row, person_id: int, unit_ids: dict[str, int]) -> Row:
    """The stored event of an accepted row: one note (where she went or came from, then the
    remark); the units only for a move between units."""
    moved = values["kind"] == EventKind.TRANSFERRED.value
    return {"person_id": person_id, "kind": values["kind"], "date": values["date"],
            "note": " ".join(filter(None, (values.get("place") or "", values.get("note") or ""))),
            "from_unit_id": unit_ids.get(values["from_unit"]) if moved else None,
            "to_unit_id": unit_ids.get(values["to_unit"]) if moved else None}


def _change(pid: int, before: Row, status: str, since: dt.date | None,
            accepted: list[Row]) -> StatusChange | None:
    """Her status after all her events; her unit, the one her latest move led to (the new
    events all follow the stored ones)."""
    after: Row = {}
    if (status, since) != (before["status"], before["status_date"]):
        after.update(status=status, status_date=since)
    moves = [r for r in accepted if r["kind"] == EventKind.TRANSFERRED.value]
    if moves:
        after["unit_id"] = moves[-1]["to_unit"]  # a name: resolved when written
    if not after:
        return None
    return StatusChange(pid, {k: before[k] for k in after}, after)
