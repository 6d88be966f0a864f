"""The six registers as paged SQL: a date range, a unit subtree, a search text.

Each register is one SELECT ordered by (date, pinyin of the name, record id); a page is a
LIMIT/OFFSET window of it, and the export streams the same SELECT. Nothing loads a whole
table. Records and persons in the recycle bin are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Engine, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Mapped
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel, col

from desktop.domain.enums import EventKind
from desktop.domain.pregnancy import expected_delivery, weeks_text
from desktop.domain.search import like_escape, normalize_query
from desktop.domain.values.registers import (
    CHILD_DEATH_TAB,
    ITEM_DISEASE,
    ITEM_IUD,
    ITEM_PREGNANCY,
    ITEM_PREGNANT,
    TABS,
    WHOM_CHILD,
    WHOM_SELF,
    Register,
    RegisterQuery,
    RegisterRow,
)
from desktop.services.people.units import UnitService
from desktop.store.models import Child, Person, Unit
from desktop.store.records import Checkup, Contraception, LifeEvent, Pregnancy, Service
from desktop.store.sql import AnyRow, AnySelect, column

COUNT_CACHE_SIZE = 64
STREAM_CHUNK = 1000

# Every SELECT starts with these columns; the register's own values follow.
_HEAD = 4  # person_id, record_id, day, pinyin


class RegisterService:
    def __init__(self, engine: Engine, units: UnitService,
                 generation: Callable[[], int] = lambda: 0) -> None:
        self._engine = engine
        self._units = units
        self._generation = generation
        self._counts: OrderedDict[tuple[object, ...], int] = OrderedDict()

    def forget_cached(self) -> None:
        """Drop the kept counts, as a write does (benchmarks time cold reads)."""
        self._counts.clear()

    # -- reading ---------------------------------------------------------------
    def count(self, query: RegisterQuery) -> int:
        """Rows in the register for the query; cached until the next write (this app is the
        file's only writer, so the change recorder's generation says when counts go stale)."""
        key = (_normal(query), self._generation())
        cached = self._counts.get(key)
        if cached is not None:
            self._counts.move_to_end(key)
            return cached
        stmt = self._count_select(query)
        with self._engine.connect() as conn:
            result = conn.execute(stmt).scalar() or 0
        self._counts[key] = result
        while len(self._counts) > COUNT_CACHE_SIZE:
            self._counts.popitem(last=False)
        return result

    def page(self, query: RegisterQuery, offset: int, limit: int) -> list[RegisterRow]:
        stmt = self._ordered(query).offset(offset).limit(limit)
        convert = _CONVERT[query.register]
        with self._engine.connect() as conn:
            return [convert(row) for row in conn.execute(stmt).all()]

    def stream(self, query: RegisterQuery, chunk: int = STREAM_CHUNK) -> Iterator[list[RegisterRow]]:
        """All rows in display order, ``chunk`` at a time over one cursor (no OFFSET rescans)."""
        convert = _CONVERT[query.register]
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=chunk).execute(self._ordered(query))
            for part in result.partitions(chunk):
                yield [convert(row) for row in part]

    # -- SQL -------------------------------------------------------------------
    # The filters test the record's own columns and ``person_id IN (her persons)``; the
    # joins only fetch what a row shows. A count then never reads a person row per record
    # (at county scale a year of check-ups is ~180,000 rows), and a search starts from the
    # few matching persons and their records (ix_*_person) instead of scanning the range.
    def _ordered(self, query: RegisterQuery) -> AnySelect:
        stmt = self._select(query)
        if query.register is Register.DEATHS:  # a UNION: order the compound by position
            sub = stmt.subquery()
            return select(sub).order_by(sub.c.day, sub.c.pinyin, sub.c.whom, sub.c.record_id)
        day, pinyin, record_id = (stmt.selected_columns[i] for i in (2, 3, 1))
        return stmt.order_by(day, pinyin, record_id)

    def _count_select(self, query: RegisterQuery) -> AnySelect:
        register = Register(query.register)
        if register is Register.DEATHS:
            own, kids = (select(func.count()).select_from(table).where(*conds).scalar_subquery()
                         for table, conds in self._death_parts(query))
            return select(own + kids)
        table, day, _extra = _SOURCES[register]
        return select(func.count()).select_from(table).where(*self._conditions(query, table, day))

    def _select(self, query: RegisterQuery) -> AnySelect:
        register = Register(query.register)
        if register is Register.DEATHS:
            return self._deaths(query)
        table, day, extra = _SOURCES[register]
        return (
            select(col(Person.id), column(table, "id"), day.label("day"), col(Person.name_pinyin),
                   col(Person.name), col(Person.id_number), col(Unit.name), *extra)
            .select_from(table)
            .join(Person, col(Person.id) == column(table, "person_id"))
            .join(Unit, col(Unit.id) == col(Person.unit_id))
            .where(*self._conditions(query, table, day))
        )

    def _death_parts(
            self, query: RegisterQuery) -> list[tuple[type[SQLModel], list[ColumnElement[bool]]]]:
        herself = self._conditions(query, LifeEvent, col(LifeEvent.date))
        herself.append(col(LifeEvent.kind) == EventKind.DECEASED.value)
        children = self._conditions(query, Child, col(Child.death_date))
        return [(LifeEvent, herself), (Child, children)]

    def _deaths(self, query: RegisterQuery) -> AnySelect:
        """Her death (a life event) and her children's deaths, as one list."""
        (_, herself), (_, children) = self._death_parts(query)
        own: AnySelect = (
            select(col(Person.id).label("person_id"), col(LifeEvent.id).label("record_id"),
                   col(LifeEvent.date).label("day"), col(Person.name_pinyin).label("pinyin"),
                   col(Person.name).label("name"), col(Person.id_number).label("id_number"),
                   col(Unit.name).label("unit"), literal(WHOM_SELF).label("whom"),
                   col(Person.name).label("deceased"), col(LifeEvent.note).label("note"))
            .select_from(LifeEvent)
            .join(Person, col(Person.id) == col(LifeEvent.person_id))
            .join(Unit, col(Unit.id) == col(Person.unit_id))
            .where(*herself)
        )
        kids: AnySelect = (
            select(col(Person.id), col(Child.id), col(Child.death_date), col(Person.name_pinyin),
                   col(Person.name), col(Person.id_number), col(Unit.name), literal(WHOM_CHILD),
                   col(Child.name), literal(""))
            .select_from(Child)
            .join(Person, col(Person.id) == col(Child.person_id))
            .join(Unit, col(Unit.id) == col(Person.unit_id))
            .where(*children)
        )
        return select(union_all(own, kids).subquery())

    def _conditions(self, query: RegisterQuery, table: type[SQLModel],
                    day: Mapped[dt.date | None]) -> list[ColumnElement[bool]]:
        """Not in the recycle bin, dated in the range, of a person the filters keep."""
        person_id = column(table, "person_id")
        conds: list[ColumnElement[bool]] = [
            column(table, "deleted_at").is_(None), day >= query.date_from, day <= query.date_to]
        people: list[ColumnElement[bool]] = []
        if query.unit_id is not None:
            ids = self._units.subtree_ids(query.unit_id)
            if len(ids) < len(self._units.tree()):  # the whole tree needs no condition
                people.append(col(Person.unit_id).in_(ids))
        text = normalize_query(query.text)
        if not people and not text:  # everyone but the few in the recycle bin
            conds.append(person_id.not_in(
                select(col(Person.id)).where(col(Person.deleted_at).is_not(None))))
            return conds
        kept = [col(Person.deleted_at).is_(None), *people]
        if not text:
            conds.append(person_id.in_(select(col(Person.id)).where(*kept)))
        elif table is Child:  # a child's row is also found by the child's name
            conds.append(or_(
                person_id.in_(select(col(Person.id)).where(*kept, _text_condition(text))),
                and_(_name_condition(text, col(Child.name)),
                     person_id.in_(select(col(Person.id)).where(*kept)))))
        else:
            conds.append(person_id.in_(select(col(Person.id)).where(*kept, _text_condition(text))))
        return conds


def _normal(query: RegisterQuery) -> tuple[object, ...]:
    return (Register(query.register), query.date_from, query.date_to, query.unit_id,
            normalize_query(query.text))


def _text_condition(text: str) -> ColumnElement[bool]:
    """Letters: pinyin initials or full pinyin from the start; digits: part of her ID number;
    anything else: part of her name."""
    pattern = like_escape(text)
    if text.isascii() and text.isalpha():
        conds = [col(Person.name_initials).like(f"{pattern}%", escape="\\"),
                 col(Person.name_pinyin).like(f"{pattern}%", escape="\\")]
        if text == "x":
            conds.append(col(Person.id_number).like(f"%{pattern.upper()}%", escape="\\"))
        return or_(*conds)
    if text.isascii() and text.replace("x", "").isdigit():
        return col(Person.id_number).like(f"%{pattern.upper()}%", escape="\\")
    return _name_condition(text, col(Person.name))


def _name_condition(text: str, name: Mapped[str]) -> ColumnElement[bool]:
    return name.like(f"%{like_escape(text)}%", escape="\\")


# table, its date column, the columns a row shows
_SOURCES: dict[Register, tuple[type[SQLModel], Mapped[Any], tuple[Mapped[Any], ...]]] = {
    Register.BIRTHS: (Child, col(Child.birth_date), (
        col(Child.name), col(Child.sex), col(Child.birth_order), col(Child.birth_date),
        col(Child.birth_registered_on), col(Child.reported_on))),
    Register.CONTRACEPTION: (Contraception, col(Contraception.start_date), (
        col(Contraception.method), col(Contraception.start_date), col(Contraception.end_date),
        col(Contraception.place))),
    Register.CHECKUPS: (Checkup, col(Checkup.date), (
        col(Checkup.date), col(Checkup.check_pregnancy), col(Checkup.pregnant),
        col(Checkup.check_iud), col(Checkup.check_disease), col(Checkup.result), col(Checkup.note),
        col(Checkup.source), col(Checkup.place))),
    Register.PREGNANCIES: (Pregnancy, col(Pregnancy.registered_on), (
        col(Pregnancy.registered_on), col(Pregnancy.lmp), col(Pregnancy.outcome),
        col(Pregnancy.outcome_date))),
    Register.SERVICES: (Service, col(Service.date), (
        col(Service.date), col(Service.type), col(Service.note))),
}


# -- rows ------------------------------------------------------------------------
def _row(register: Register, raw: AnyRow, values: tuple[object, ...]) -> RegisterRow:
    return RegisterRow(raw[0], raw[1], TABS[register], tuple(raw[_HEAD:_HEAD + 3]) + values)


def _births(raw: AnyRow) -> RegisterRow:
    name, sex, order, birth, registered, reported = raw[_HEAD + 3:]
    days = (reported - birth).days if reported is not None else None
    return _row(Register.BIRTHS, raw, (name, sex, order, birth, registered, reported, days))


def _contraception(raw: AnyRow) -> RegisterRow:
    return _row(Register.CONTRACEPTION, raw, tuple(raw[_HEAD + 3:]))


def _deaths(raw: AnyRow) -> RegisterRow:
    whom, deceased, note = raw[_HEAD + 3:]
    # A child's death opens her children's deaths, not her own life events (ids may clash).
    tab = CHILD_DEATH_TAB if whom == WHOM_CHILD else TABS[Register.DEATHS]
    return RegisterRow(raw[0], raw[1], tab,
                       tuple(raw[_HEAD:_HEAD + 3]) + (whom, deceased, raw[2], note))


def _checkups(raw: AnyRow) -> RegisterRow:
    day, check_pregnancy, pregnant, iud, disease, result, note, source, place = raw[_HEAD + 3:]
    items: tuple[str, ...] = ()
    if check_pregnancy:
        items += (ITEM_PREGNANT if pregnant else ITEM_PREGNANCY,)
    if iud:
        items += (ITEM_IUD,)
    if disease:
        items += (ITEM_DISEASE,)
    return _row(Register.CHECKUPS, raw, (day, items, result, note, source, place))


def _pregnancies(raw: AnyRow) -> RegisterRow:
    registered, lmp, outcome, outcome_date = raw[_HEAD + 3:]
    edd = expected_delivery(lmp) if lmp else None
    weeks = weeks_text(lmp, registered) if lmp and registered else ""
    return _row(Register.PREGNANCIES, raw, (registered, lmp, edd, weeks, outcome, outcome_date))


def _services(raw: AnyRow) -> RegisterRow:
    return _row(Register.SERVICES, raw, tuple(raw[_HEAD + 3:]))


_CONVERT: dict[Register, Callable[[AnyRow], RegisterRow]] = {
    Register.BIRTHS: _births,
    Register.CONTRACEPTION: _contraception,
    Register.DEATHS: _deaths,
    Register.CHECKUPS: _checkups,
    Register.PREGNANCIES: _pregnancies,
    Register.SERVICES: _services,
}

