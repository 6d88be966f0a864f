"""Writing a checked plan: one transaction, one change-log batch, bulk inserts.

New rows get their ids here, a block reserved from the database at a time
(store.sql.reserve_ids), so that children, records, follow-ups and payments can point at
them without a round trip per row. The change log gets one ``create`` row per added record and one row per
changed field of an updated one; undo (exchange_undo.py) reads exactly those.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import Date, DateTime, and_, func, select, update
from sqlmodel import Session

from desktop.domain.kinds import BY_SHEET, Kind
from desktop.domain.person_rules import birth_orders
from desktop.domain.search import pinyin_keys
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    BENEFITS,
    CHILDREN,
    EVENTS,
    FOLLOWUPS,
    PAYMENTS,
    PERSONS,
    PREGNANCIES,
    UNITS,
    ImportCancelled,
    Progress,
    ShouldStop,
)
from desktop.domain.values.people import ChildDraft
from desktop.services.exchange.columns import COLUMNS, WRITE_ORDER
from desktop.services.exchange.db import PERSON_FIELDS, TABLES
from desktop.services.exchange.events import event_row
from desktop.services.exchange.plan import Plan
from desktop.store.bulk import BulkInserter, prepared_insert
from desktop.store.models import ChangeLog, Child, Person, Unit
from desktop.store.records import LifeEvent
from desktop.store.sql import reserve_ids

CHUNK = 5000
CANCELLED = QT_TRANSLATE_NOOP("exchange", "The import was cancelled; nothing was written.")
ENTITY: dict[str, str] = {UNITS: "unit", PERSONS: "person", **BY_SHEET}  # sheet -> entity
EVENT_OF = {"moved": "moved_away", "deceased": "deceased"}
LOG_COLUMNS = ["at", "user", "batch", "entity", "entity_id", "person_id", "action", "field",
               "old_value", "new_value"]



class Writer:
    def __init__(self, session: Session, plan: Plan, batch: str, user: str, now: dt.datetime,
                 progress: Progress | None, should_stop: ShouldStop | None) -> None:
        self.s, self.plan, self.batch, self.user, self.now = session, plan, batch, user, now
        self.bulk = BulkInserter(session, now)
        self.log: list[tuple] = []
        self.log_insert = prepared_insert(session, ChangeLog.__table__, LOG_COLUMNS)
        # the stored forms of a timestamp and of a date (rows go to the driver as they are)
        self.at = self.stamp = self.bulk.converter(DateTime())(now)
        self.date_value = self.bulk.converter(Date())
        self.progress, self.should_stop = progress, should_stop
        self.total = max(1, len(plan.persons) + sum(len(v) for v in plan.records.values()))
        self.done = 0
        self.person_ids = dict(plan.db_persons)
        self.new_ids: dict[str, list[int]] = {}
        self.touched: set[int] = set()  # persons whose children_count is recounted

    def run(self) -> tuple[dict[str, int], dict[str, int]]:
        added: dict[str, int] = defaultdict(int)
        updated: dict[str, int] = defaultdict(int)
        added[UNITS] = self._units()
        added[PERSONS] = self._persons()
        updated[PERSONS] = self._person_updates()
        added[EVENTS] = self._life_events()
        self._status_changes()
        for sheet in WRITE_ORDER:  # a pregnancy before the child linked to it
            added[sheet] = self._records(sheet)
            updated[sheet] = self._record_updates(sheet)
        self._recount()
        self._flush_log(final=True)
        return ({k: v for k, v in added.items() if v}, {k: v for k, v in updated.items() if v})

    # -- steps ----------------------------------------------------------------
    def _units(self) -> int:
        pending, ids = list(self.plan.units), self.plan.unit_ids
        while pending:  # parents first, whatever the order on the sheet
            ready = [u for u in pending if not u[1] or u[1] in ids]
            for name, parent in ready or pending:
                unit = Unit(name=name, parent_id=ids.get(parent) if parent else None)
                self.s.add(unit)
                self.s.flush()
                assert unit.id is not None
                ids[name] = unit.id
                self._logged("unit", unit.id, None)
            pending = [u for u in pending if u not in (ready or pending)]
        return len(self.plan.units)

    def _persons(self) -> int:
        ids = iter(reserve_ids(self.s, Person, len(self.plan.persons)))
        rows, events = [], []
        for values in self.plan.persons:
            pid = next(ids)
            self.person_ids[values["id_number"]] = pid
            full, initials = pinyin_keys(values["name"])
            row = {k: values.get(k, "") for k in PERSON_FIELDS}  # origin, employer: no column
            row.update(id=pid, unit_id=self.plan.unit_ids[values["unit"]], name_pinyin=full,
                       name_initials=initials, birth_date=values["birth_date"], children_count=0)
            evented = self.plan.event_status.get(values["id_number"])
            if evented is not None:  # the 事件 sheet is her history; 状态 only a summary
                row["status"], row["status_date"] = evented
            rows.append(row)
            self._logged("person", pid, pid)
            if row["status"] in EVENT_OF and evented is None:
                events.append({"person_id": pid, "kind": EVENT_OF[row["status"]],
                               "date": row["status_date"], "note": ""})
            if len(rows) >= CHUNK:
                self._insert(Person, rows)
        self._insert(Person, rows)
        self._events(events)
        return len(self.plan.persons)

    def _person_updates(self) -> int:
        events = []
        for pid, before, after in self.plan.person_updates:
            if isinstance(after.get("unit_id"), str):  # a unit added by this import
                after["unit_id"] = self.plan.unit_ids[after["unit_id"]]
            values = dict(after, updated_at=self.now)
            if "name" in after:
                values["name_pinyin"], values["name_initials"] = pinyin_keys(after["name"])
            self.s.execute(update(Person).where(Person.id == pid).values(**values))
            for name, new in after.items():
                self._logged("person", pid, pid, "update", name, before[name], new)
            if after.get("status") in EVENT_OF:
                events.append({"person_id": pid, "kind": EVENT_OF[after["status"]],
                               "date": after["status_date"], "note": ""})
        self._events(events)
        return len(self.plan.person_updates)

    def _life_events(self) -> int:
        """The 事件 sheet's rows, her units by name (added by this import or stored)."""
        new = self.plan.events
        rows = [event_row(v, self.person_ids[v["person"]], self.plan.unit_ids) for v in new]
        for start in range(0, len(rows), CHUNK):
            self._events(rows[start:start + CHUNK])
            self._flush_log()
        return len(new)

    def _status_changes(self) -> None:
        """Stored persons whose new events change her status or, after a 单位调动, her unit."""
        for change in self.plan.status_changes:
            after = dict(change.after)
            if "unit_id" in after:
                after["unit_id"] = self.plan.unit_ids[after["unit_id"]]
            self.s.execute(update(Person).where(Person.id == change.person_id)
                           .values(**after, updated_at=self.now))
            for name, new in after.items():
                self._logged("person", change.person_id, change.person_id, "update", name,
                             change.before[name], new)

    def _records(self, sheet: str) -> int:
        """Plain value lists into a prepared INSERT: at two million rows the per-row dicts
        and SQLAlchemy's parameter processing cost more than SQLite itself."""
        model, entity = TABLES[sheet], ENTITY[sheet]
        new = self.plan.records.get(sheet, [])
        if not new:
            self.new_ids[sheet] = []
            return 0
        if sheet == CHILDREN:
            self._birth_orders(new)
        table = model.__table__
        link = {FOLLOWUPS: "pregnancy_id", PAYMENTS: "benefit_id"}.get(sheet, "person_id")
        keys = [c.key for c in COLUMNS[sheet][1:] if c.key in table.c and c.key != link
                and not (sheet in (FOLLOWUPS, PAYMENTS) and c.key in ("registered_on", "program"))]
        fixed = {c.name: c.default.arg for c in table.c if c.name not in (*keys, "id", link)
                 and c.default is not None and not callable(c.default.arg)}
        fixed.update({c: self.stamp for c in ("created_at", "updated_at") if c in table.c})
        linked = sheet == CHILDREN  # the pregnancy of 孕情登记日期, if given
        cols = ["id", link, *keys, *fixed, *(["pregnancy_id"] if linked else [])]
        insert_rows = prepared_insert(self.s, table, cols)
        dates = [i for i, k in enumerate(keys, start=2)
                 if isinstance(table.c[k].type, Date) and not isinstance(table.c[k].type, DateTime)]
        tail = list(fixed.values())
        refs = {FOLLOWUPS: PREGNANCIES, PAYMENTS: BENEFITS}.get(sheet)
        reserved, rows, ids = reserve_ids(self.s, model, len(new)), [], []
        person_ids, log, at, user, batch = self.person_ids, self.log, self.at, self.user, self.batch
        date_value = self.date_value
        for next_id, values in zip(reserved, new, strict=True):
            pid = person_ids[values["person"]]
            row = [next_id, self._ref(refs, values["_ref"]) if refs else pid,
                   *[values[k] for k in keys], *tail]
            if linked:
                preg = values.get("_preg")
                row.append(self._ref(PREGNANCIES, preg) if preg else None)
            for i in dates:
                if row[i] is not None:
                    row[i] = date_value(row[i])
            rows.append(tuple(row))
            ids.append(next_id)
            log.append((at, user, batch, entity, next_id, pid, "create", "", None, None))
            if len(rows) >= CHUNK:
                self._execute(insert_rows, rows)
        self._execute(insert_rows, rows)
        self.new_ids[sheet] = ids
        return len(new)

    def _execute(self, insert_rows: Callable[[list[tuple]], None], rows: list[tuple]) -> None:
        if not rows:
            return
        if self.should_stop is not None and self.should_stop():
            raise ImportCancelled(CANCELLED)
        insert_rows(rows)
        self.done += len(rows)
        rows.clear()
        self._flush_log()
        if self.progress:
            self.progress(min(self.done, self.total), self.total)

    def _record_updates(self, sheet: str) -> int:
        model, entity = TABLES[sheet], ENTITY[sheet]
        changes = self.plan.record_updates.get(sheet, [])
        for row_id, pid, before, after in changes:
            values = dict(after)
            if isinstance(values.get("pregnancy_id"), tuple):  # a child's new link
                values["pregnancy_id"] = self._ref(PREGNANCIES, values["pregnancy_id"])
            if "updated_at" in model.model_fields:
                values["updated_at"] = self.now
            self.s.execute(update(model).where(model.id == row_id).values(**values))
            for name, new in after.items():
                self._logged(entity, row_id, pid, "update", name, before[name], new)
            if sheet == CHILDREN:
                self.touched.add(pid)
        return len(changes)

    # -- helpers --------------------------------------------------------------
    def _birth_orders(self, new: list[dict]) -> None:
        """A blank 孩次 from her children in birth order (stored ones included)."""
        by_mother: dict[str, list[dict]] = defaultdict(list)
        for values in new:
            self.touched.add(self.person_ids[values["person"]])
            if values["birth_order"] is None:
                by_mother[values["person"]].append(values)
        for number, kids in by_mother.items():
            stored = self.s.scalars(select(Child.birth_date).where(
                Child.person_id == self.person_ids[number], Child.deleted_at.is_(None))).all()
            mine = [v for v in new if v["person"] == number]
            drafts = [ChildDraft(birth_date=d) for d in stored]
            drafts += [ChildDraft(birth_date=v["birth_date"]) for v in mine]
            orders = birth_orders(drafts)[len(stored):]
            for values, order in zip(mine, orders, strict=True):
                if values in kids:
                    values["birth_order"] = order

    def _ref(self, sheet: str | None, ref: tuple[str, int]) -> int:
        return ref[1] if ref[0] == "db" else self.new_ids[sheet or ""][ref[1]]

    def _events(self, events: list[dict]) -> None:
        for event, event_id in zip(events, reserve_ids(self.s, LifeEvent, len(events)),
                                   strict=True):
            event["id"] = event_id
            self._logged(Kind.LIFE_EVENT, event_id, event["person_id"])
        self.bulk.insert(LifeEvent, events)

    def _recount(self) -> None:
        recount_children(self.s, self.touched)

    def _insert(self, model, rows: list[dict]) -> None:  # noqa: ANN001
        if not rows:
            return
        # Columns the sheet does not carry take their defaults (the compiled INSERT names them).
        missing = {c.name: c.default.arg for c in model.__table__.c
                   if c.name not in rows[0] and c.default is not None and not callable(c.default.arg)}
        if missing:
            for row in rows:
                row.update(missing)
        if self.should_stop is not None and self.should_stop():
            raise ImportCancelled(CANCELLED)
        self.bulk.insert(model, rows)
        self.done += len(rows)
        rows.clear()
        self._flush_log()
        if self.progress:
            self.progress(min(self.done, self.total), self.total)

    def _logged(self, entity: str, entity_id: int, person_id: int | None, action: str = "create",
                field: str = "", old: object = None, new: object = None) -> None:
        self.log.append((self.at, self.user, self.batch, entity, entity_id, person_id, action,
                         field, _text(old), _text(new)))

    def _flush_log(self, final: bool = False) -> None:
        if self.log and (final or len(self.log) >= CHUNK):
            self.log_insert(self.log)
            self.log.clear()


def recount_children(session: Session, person_ids: Iterable[int]) -> None:
    """person.children_count again from her children not in the recycle bin; a Core
    UPDATE per 900 persons (an ORM one per person costs seconds at county scale)."""
    person, child = Person.__table__, Child.__table__  # type: ignore[attr-defined]
    count = (select(func.count()).select_from(child)
             .where(and_(child.c.person_id == person.c.id, child.c.deleted_at.is_(None)))
             .scalar_subquery())
    ids = sorted(set(person_ids))
    for start in range(0, len(ids), 900):
        session.execute(update(person).where(person.c.id.in_(ids[start:start + 900]))
                        .values(children_count=count))


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def run(session: Session, plan: Plan, batch: str, user: str, now: dt.datetime,
        progress: Progress | None = None, should_stop: ShouldStop | None = None,
        ) -> tuple[dict[str, int], dict[str, int]]:
    return Writer(session, plan, batch, user, now, progress, should_stop).run()

