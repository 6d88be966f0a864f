"""Writing a checked plan: one transaction, one change-log batch, bulk inserts.

New rows get their ids here, a block reserved from the database at a time
(store.sql.reserve_ids), so that children, records, follow-ups and payments can point at
them without a round trip per row. The change log gets one ``create`` row per added record and one row per
changed field of an updated one; undo (exchange_undo.py) reads exactly those.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from typing import Any

from sqlalchemy import Date, DateTime, Table, and_, func, select, update
from sqlalchemy.sql.schema import ScalarElementColumnDefault
from sqlmodel import Session, SQLModel, col

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
    POSTPONEMENTS,
    PREGNANCIES,
    UNITS,
    ImportCancelled,
    Progress,
    ShouldStop,
)
from desktop.domain.values.people import ChildDraft
from desktop.services.exchange.columns import COLUMNS, POSTPONED_RECORD, WRITE_ORDER
from desktop.services.exchange.db import PERSON_FIELDS, TABLES
from desktop.services.exchange.events import event_row
from desktop.services.exchange.plan import Plan
from desktop.services.exchange.rowstore import Picked
from desktop.store.bulk import BulkInserter, indexes_rebuilt, prepared_insert
from desktop.store.models import ChangeLog, Child, Person, Unit
from desktop.store.records import LifeEvent
from desktop.store.sql import column, reserve_ids, table_of

CHUNK = 5000
CANCELLED = QT_TRANSLATE_NOOP("exchange", "The import was cancelled; nothing was written.")
ENTITY: dict[str, str] = {UNITS: "unit", PERSONS: "person", **BY_SHEET,  # sheet -> entity
                          POSTPONEMENTS: "reminder_postponement"}
EVENT_OF = {"moved": "moved_away", "deceased": "deceased"}
LOG_COLUMNS = ["at", "user", "batch", "entity", "entity_id", "person_id", "action", "field",
               "old_value", "new_value"]



class Writer:
    def __init__(self, session: Session, plan: Plan, batch: str, user: str, now: dt.datetime,
                 progress: Progress | None, should_stop: ShouldStop | None) -> None:
        self.s, self.plan, self.batch, self.user, self.now = session, plan, batch, user, now
        self.bulk = BulkInserter(session, now)
        self.log: list[tuple[Any, ...]] = []
        self.log_insert = prepared_insert(session, table_of(ChangeLog), LOG_COLUMNS)
        # the stored forms of a timestamp and of a date (rows go to the driver as they are)
        self.at = self.stamp = self.bulk.converter(DateTime())(now)
        self.date_value = self.bulk.converter(Date())
        self.progress, self.should_stop = progress, should_stop
        self.total = max(1, len(plan.persons) + sum(len(v) for v in plan.records.values()))
        self.done = 0
        self.person_ids = dict(plan.db_persons)
        self.new_ids: dict[str, Sequence[int]] = {}
        self.touched: set[int] = set()  # persons whose children_count is recounted

    def run(self) -> tuple[dict[str, int], dict[str, int]]:
        # Each table's indexes are rebuilt around its own load when it is large (nothing
        # reads a table while its indexes are away); the change log's around the whole run.
        log = len(self.plan.persons) + sum(len(rows) for rows in self.plan.records.values())
        with indexes_rebuilt(self.s, {_table(ChangeLog): log}):
            return self._run()

    def _run(self) -> tuple[dict[str, int], dict[str, int]]:
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
        events = self._insert_persons()  # its indexes hold names: never sorted in a temp file
        self._events(events)
        return len(self.plan.persons)

    def _insert_persons(self) -> list[dict[str, Any]]:
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
        return events

    def _person_updates(self) -> int:
        events = []
        for pid, before, after in self.plan.person_updates:
            if isinstance(after.get("unit_id"), str):  # a unit added by this import
                after["unit_id"] = self.plan.unit_ids[after["unit_id"]]
            values = dict(after, updated_at=self.now)
            if "name" in after:
                values["name_pinyin"], values["name_initials"] = pinyin_keys(after["name"])
            self.s.execute(update(Person).where(col(Person.id) == pid).values(**values))
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
            self.s.execute(update(Person).where(col(Person.id) == change.person_id)
                           .values(**after, updated_at=self.now))
            for name, new in after.items():
                self._logged("person", change.person_id, change.person_id, "update", name,
                             change.before[name], new)

    def _records(self, sheet: str) -> int:
        """Plain value lists into a prepared INSERT: at two million rows the per-row dicts
        and SQLAlchemy's parameter processing cost more than SQLite itself."""
        model = TABLES[sheet]
        new: Picked | list[dict[str, Any]] = self.plan.records.get(sheet, [])
        if not new:
            self.new_ids[sheet] = []
            return 0
        orders = self._birth_orders(new) if sheet == CHILDREN else {}
        table = table_of(model)
        link = {FOLLOWUPS: "pregnancy_id", PAYMENTS: "benefit_id"}.get(sheet, "person_id")
        keys = [c.key for c in COLUMNS[sheet][1:] if c.key in table.c and c.key != link
                and not (sheet in (FOLLOWUPS, PAYMENTS) and c.key in ("registered_on", "program"))]
        fixed = _constant_defaults(table, (*keys, "id", link))
        fixed.update({c: self.stamp for c in ("created_at", "updated_at") if c in table.c})
        # the pregnancy of a child's 孕情登记日期, the record of a postponed reminder
        linked = {CHILDREN: "pregnancy_id", POSTPONEMENTS: "record_id"}.get(sheet, "")
        cols = ["id", link, *keys, *fixed, *([linked] if linked else [])]
        insert_rows = prepared_insert(self.s, table, cols)
        dates = [i for i, k in enumerate(keys, start=2)
                 if isinstance(table.c[k].type, Date) and not isinstance(table.c[k].type, DateTime)]
        tail = list(fixed.values())
        refs = {FOLLOWUPS: PREGNANCIES, PAYMENTS: BENEFITS}.get(sheet)
        with indexes_rebuilt(self.s, {table: len(new)}):
            self.new_ids[sheet] = self._insert_records(
                sheet, new, insert_rows, keys, tail, refs, dates, linked, orders)
        return len(new)

    def _insert_records(self, sheet: str, new: Picked | list[dict[str, Any]],  # noqa: PLR0913
                        insert_rows: Callable[[list[tuple[Any, ...]]], None], keys: list[str],
                        tail: list[Any], refs: str | None, dates: list[int], linked: str,
                        orders: dict[int, int]) -> Sequence[int]:
        """Insert the rows; their ids, in order (a range on SQLite: no list of millions)."""
        model, entity = TABLES[sheet], ENTITY[sheet]
        reserved = reserve_ids(self.s, model, len(new))
        rows: list[tuple[Any, ...]] = []
        person_ids, log, at, user, batch = self.person_ids, self.log, self.at, self.user, self.batch
        date_value = self.date_value
        for position, (next_id, values) in enumerate(zip(reserved, new, strict=True)):
            if position in orders:
                values["birth_order"] = orders[position]
            pid = person_ids[values["person"]]
            row = [next_id, self._ref(refs, values["_ref"]) if refs else pid,
                   *[values[k] for k in keys], *tail]
            if linked == "pregnancy_id":
                preg = values.get("_preg")
                row.append(self._ref(PREGNANCIES, preg) if preg else None)
            elif linked:
                record = values.get("_ref")
                row.append(self._ref(POSTPONED_RECORD[values["kind"]][0], record)
                           if record else None)
            for i in dates:
                if row[i] is not None:
                    row[i] = date_value(row[i])
            rows.append(tuple(row))
            log.append((at, user, batch, entity, next_id, pid, "create", "", None, None))
            if len(rows) >= CHUNK:
                self._execute(insert_rows, rows)
        self._execute(insert_rows, rows)
        return reserved

    def _execute(self, insert_rows: Callable[[list[tuple[Any, ...]]], None],
                 rows: list[tuple[Any, ...]]) -> None:
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
            self.s.execute(update(model).where(column(model, "id") == row_id).values(**values))
            for name, new in after.items():
                self._logged(entity, row_id, pid, "update", name, before[name], new)
            if sheet == CHILDREN:
                self.touched.add(pid)
        return len(changes)

    # -- helpers --------------------------------------------------------------
    def _birth_orders(self, new: Iterable[dict[str, Any]]) -> dict[int, int]:
        """A blank 孩次 from her children in birth order (stored ones included): the
        computed order by position among the new rows."""
        mine: dict[str, list[tuple[int, dt.date, bool]]] = defaultdict(list)
        for position, values in enumerate(new):
            self.touched.add(self.person_ids[values["person"]])
            mine[values["person"]].append(
                (position, values["birth_date"], values["birth_order"] is None))
        orders: dict[int, int] = {}
        for number, kids in mine.items():
            if not any(blank for _, _, blank in kids):
                continue
            stored = self.s.scalars(select(col(Child.birth_date)).where(
                col(Child.person_id) == self.person_ids[number],
                col(Child.deleted_at).is_(None))).all()
            drafts = [ChildDraft(birth_date=d) for d in stored]
            drafts += [ChildDraft(birth_date=day) for _, day, _ in kids]
            for (position, _, blank), order in zip(kids, birth_orders(drafts)[len(stored):],
                                                   strict=True):
                if blank:
                    orders[position] = order
        return orders

    def _ref(self, sheet: str | None, ref: tuple[str, int]) -> int:
        return ref[1] if ref[0] == "db" else self.new_ids[sheet or ""][ref[1]]

    def _events(self, events: list[dict[str, Any]]) -> None:
        for event, event_id in zip(events, reserve_ids(self.s, LifeEvent, len(events)),
                                   strict=True):
            event["id"] = event_id
            self._logged(Kind.LIFE_EVENT, event_id, event["person_id"])
        self.bulk.insert(LifeEvent, events)

    def _recount(self) -> None:
        recount_children(self.s, self.touched)

    def _insert(self, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        # Columns the sheet does not carry take their defaults (the compiled INSERT names them).
        missing = _constant_defaults(table_of(model), rows[0])
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
    person, child = table_of(Person), table_of(Child)
    count = (select(func.count()).select_from(child)
             .where(and_(child.c.person_id == person.c.id, child.c.deleted_at.is_(None)))
             .scalar_subquery())
    ids = sorted(set(person_ids))
    for start in range(0, len(ids), 900):
        session.execute(update(person).where(person.c.id.in_(ids[start:start + 900]))
                        .values(children_count=count))


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


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


def _constant_defaults(table: Table, skip: Container[str]) -> dict[str, Any]:
    """The columns' constant defaults (not the computed ones), by name."""
    return {c.name: c.default.arg for c in table.c
            if c.name not in skip and isinstance(c.default, ScalarElementColumnDefault)}
