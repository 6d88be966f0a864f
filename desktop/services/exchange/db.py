"""What the check needs to know from the database, read in chunks (nothing written)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from sqlalchemy import case, select
from sqlmodel import Session, SQLModel, col

from desktop.domain.values.exchange import (
    BENEFITS,
    CHECKUPS,
    CHILDREN,
    CONTRACEPTION,
    FOLLOWUPS,
    PAYMENTS,
    POSTPONEMENTS,
    PREGNANCIES,
    SERVICES,
)
from desktop.domain.values.people import PersonDraft
from desktop.services.exchange.columns import COLUMNS, KEYS, POSTPONED_RECORD
from desktop.store.models import Child, Person, Unit
from desktop.store.records import (
    Benefit,
    Checkup,
    Contraception,
    Payment,
    Pregnancy,
    PregnancyFollowup,
    ReminderPostponement,
    Service,
)
from desktop.store.sql import column

_T = TypeVar("_T")
# (person id, the sheet's key values) of a stored record
_RecordKey = tuple[int, tuple[Any, ...]]

CHUNK = 900  # SQLite's bound-parameter limit is 999 in old builds
TABLES: dict[str, type[SQLModel]] = {CHILDREN: Child, PREGNANCIES: Pregnancy,
                                     FOLLOWUPS: PregnancyFollowup,
          CONTRACEPTION: Contraception, CHECKUPS: Checkup, SERVICES: Service,
          BENEFITS: Benefit, PAYMENTS: Payment, POSTPONEMENTS: ReminderPostponement}
PERSON_FIELDS = [*(k for k in PersonDraft().scalar_fields()), "status", "status_date"]


def _column(model: type[SQLModel], name: str) -> Any:
    """A sheet's field as a column; a child's 孕情登记日期 is her linked pregnancy's."""
    if model is Child and name == "pregnancy_registered_on":
        return (select(col(Pregnancy.registered_on))
                .where(col(Pregnancy.id) == col(Child.pregnancy_id),
                       col(Pregnancy.deleted_at).is_(None))
                .correlate(Child).scalar_subquery())
    if model is ReminderPostponement and name in _POSTPONED:
        return _postponed_record(name)
    return getattr(model, name)


# The columns of 推迟提醒 that name its record: (record model, that model's column).
_POSTPONED: dict[str, tuple[type[SQLModel], str]] = {"pregnancy_registered_on": (Pregnancy, "registered_on"),
              "child_birth_date": (Child, "birth_date"), "child_name": (Child, "name"),
              "program": (Benefit, "program"), "benefit_start": (Benefit, "start_date")}
_SHEET_OF: dict[type[SQLModel], str] = {Pregnancy: PREGNANCIES, Child: CHILDREN, Benefit: BENEFITS}


def _postponed_record(name: str) -> Any:
    """A field of the record a stored postponement is about (NULL for the other kinds)."""
    model, field_name = _POSTPONED[name]
    kinds = [k for k, (sheet, _) in POSTPONED_RECORD.items() if sheet == _SHEET_OF[model]]
    value = (select(column(model, field_name))
             .where(column(model, "id") == col(ReminderPostponement.record_id))
             .correlate(ReminderPostponement).scalar_subquery())
    return case((col(ReminderPostponement.kind).in_(kinds), value))


def _chunks(items: Iterable[_T], size: int = CHUNK) -> Iterator[list[_T]]:
    listed = list(items)
    for start in range(0, len(listed), size):
        yield listed[start:start + size]


class DbView:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def session(self) -> Session:
        return self._s

    def units(self) -> dict[str, int]:
        """Units by name (the first of equal names)."""
        out: dict[str, int] = {}
        for uid, name in self._s.execute(select(col(Unit.id),
                                                col(Unit.name)).order_by(col(Unit.id))):
            out.setdefault(name, uid)
        return out

    def persons(self, numbers: Iterable[str]) -> dict[str, tuple[int, dt.date, str, bool]]:
        out: dict[str, tuple[int, dt.date, str, bool]] = {}
        for part in _chunks(numbers):
            for row in self._s.execute(select(col(Person.id), col(Person.id_number),
                                              col(Person.birth_date),
                                              col(Person.name), col(Person.deleted_at))
                                       .where(col(Person.id_number).in_(part))):
                out[row.id_number] = (row.id, row.birth_date, row.name, row.deleted_at is not None)
        return out

    def person_values(self, pid: int) -> dict[str, Any]:
        cols = [getattr(Person, k) for k in PERSON_FIELDS]
        row = self._s.execute(select(*cols).where(col(Person.id) == pid)).one()
        return dict(zip(PERSON_FIELDS, row, strict=True))

    def records(self, sheet: str, pids: set[int]) -> dict[_RecordKey, tuple[int, dict[str, Any]]]:
        """Stored records of these persons: (person id, key) -> (row id, field values)."""
        if not pids:
            return {}
        model = TABLES[sheet]
        fields = [c.key for c in COLUMNS[sheet][1:]]
        if sheet in (FOLLOWUPS, PAYMENTS):
            parent, link = (Pregnancy, "pregnancy_id") if sheet == FOLLOWUPS else (Benefit, "benefit_id")
            extra = "registered_on" if sheet == FOLLOWUPS else "program"
            cols = [getattr(model, f) if f != extra else getattr(parent, f) for f in fields]
            query = (select(column(model, "id"), column(parent, "person_id"), *cols)
                     .join(parent, column(model, link) == column(parent, "id"))
                     .where(column(model, "deleted_at").is_(None),
                            column(parent, "deleted_at").is_(None)))
            owner = column(parent, "person_id")
        else:
            query = select(column(model, "id"), column(model, "person_id"),
                           *[_column(model, f) for f in fields]).where(
                column(model, "deleted_at").is_(None))
            owner = column(model, "person_id")
        out: dict[_RecordKey, tuple[int, dict[str, Any]]] = {}
        for part in _chunks(pids):
            for row in self._s.execute(query.where(owner.in_(part))):
                values = dict(zip(fields, row[2:], strict=True))
                key = tuple(values[k] for k in KEYS[sheet])
                out.setdefault((row[1], key), (row[0], values))
        return out

    def pregnancy(self, pid: int | None, registered_on: dt.date) -> tuple[str, int] | None:
        if pid is None:
            return None
        found = self._s.execute(select(col(Pregnancy.id)).where(
            col(Pregnancy.person_id) == pid, col(Pregnancy.registered_on) == registered_on,
            col(Pregnancy.deleted_at).is_(None)).order_by(col(Pregnancy.id))).first()
        return None if found is None else ("db", found[0])

    def child(self, pid: int | None, birth_date: dt.date, name: str) -> tuple[str, int] | None:
        if pid is None:
            return None
        found = self._s.execute(select(col(Child.id)).where(
            col(Child.person_id) == pid, col(Child.birth_date) == birth_date,
            col(Child.name) == name, col(Child.deleted_at).is_(None)).order_by(col(Child.id))).first()
        return None if found is None else ("db", found[0])

    def benefits(self, pid: int, program: str) -> list[tuple[Any, ...]]:
        rows = self._s.execute(select(col(Benefit.id), col(Benefit.start_date),
                                      col(Benefit.end_date), col(Benefit.cycle))
                               .where(col(Benefit.person_id) == pid,
                                      col(Benefit.program) == program,
                                      col(Benefit.deleted_at).is_(None)))
        return [(r.start_date, r.end_date, r.cycle, ("db", r.id)) for r in rows]
