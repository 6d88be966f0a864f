"""The six registers as paged SQL: a date range, a unit subtree, a search text.

Each register is one SELECT ordered by (date, pinyin of the name, record id); a page is a
LIMIT/OFFSET window of it, and the export streams the same SELECT. Nothing loads a whole
table. Records and persons in the recycle bin are left out.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator

from sqlalchemy import Engine, Select, and_, func, literal, or_, select, union_all
from sqlalchemy.sql.elements import ColumnElement

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
        self._counts: OrderedDict[tuple, int] = OrderedDict()

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
    def _ordered(self, query: RegisterQuery) -> Select:
        stmt = self._select(query)
        if query.register is Register.DEATHS:  # a UNION: order the compound by position
            sub = stmt.subquery()
            return select(sub).order_by(sub.c.day, sub.c.pinyin, sub.c.whom, sub.c.record_id)
        day, pinyin, record_id = (stmt.selected_columns[i] for i in (2, 3, 1))
        return stmt.order_by(day, pinyin, record_id)

    def _count_select(self, query: RegisterQuery) -> Select:
        register = Register(query.register)
        if register is Register.DEATHS:
            own, kids = (select(func.count()).select_from(table).where(*conds)
                         for table, conds in self._death_parts(query))
            return select(own.scalar_subquery() + kids.scalar_subquery())
        table, day, _extra = _SOURCES[register]
        return select(func.count()).select_from(table).where(*self._conditions(query, table, day))

    def _select(self, query: RegisterQuery) -> Select:
        register = Register(query.register)
        if register is Register.DEATHS:
            return self._deaths(query)
        table, day, extra = _SOURCES[register]
        return (
            select(Person.id, table.id, day.label("day"), Person.name_pinyin, Person.name,
                   Person.id_number, Unit.name, *extra)
            .select_from(table)
            .join(Person, Person.id == table.person_id)
            .join(Unit, Unit.id == Person.unit_id)
            .where(*self._conditions(query, table, day))
        )

    def _death_parts(self, query: RegisterQuery) -> list[tuple[type, list]]:
        herself = self._conditions(query, LifeEvent, LifeEvent.date)
        herself.append(LifeEvent.kind == EventKind.DECEASED.value)
        return [(LifeEvent, herself), (Child, self._conditions(query, Child, Child.death_date))]

    def _deaths(self, query: RegisterQuery) -> Select:
        """Her death (a life event) and her children's deaths, as one list."""
        (_, herself), (_, children) = self._death_parts(query)
        own = (
            select(Person.id.label("person_id"), LifeEvent.id.label("record_id"),
                   LifeEvent.date.label("day"), Person.name_pinyin.label("pinyin"),
                   Person.name.label("name"), Person.id_number.label("id_number"),
                   Unit.name.label("unit"), literal(WHOM_SELF).label("whom"),
                   Person.name.label("deceased"), LifeEvent.note.label("note"))
            .select_from(LifeEvent)
            .join(Person, Person.id == LifeEvent.person_id)
            .join(Unit, Unit.id == Person.unit_id)
            .where(*herself)
        )
        kids = (
            select(Person.id, Child.id, Child.death_date, Person.name_pinyin, Person.name,
                   Person.id_number, Unit.name, literal(WHOM_CHILD), Child.name, literal(""))
            .select_from(Child)
            .join(Person, Person.id == Child.person_id)
            .join(Unit, Unit.id == Person.unit_id)
            .where(*children)
        )
        return select(union_all(own, kids).subquery())

    def _conditions(self, query: RegisterQuery, table, day) -> list[ColumnElement[bool]]:
        """Not in the recycle bin, dated in the range, of a person the filters keep."""
        conds: list[ColumnElement[bool]] = [
            table.deleted_at.is_(None), day >= query.date_from, day <= query.date_to]
        people = []
        if query.unit_id is not None:
            ids = self._units.subtree_ids(query.unit_id)
            if len(ids) < len(self._units.tree()):  # the whole tree needs no condition
                people.append(Person.unit_id.in_(ids))
        text = normalize_query(query.text)
        if not people and not text:  # everyone but the few in the recycle bin
            conds.append(table.person_id.not_in(
                select(Person.id).where(Person.deleted_at.is_not(None))))
            return conds
        kept = [Person.deleted_at.is_(None), *people]
        if not text:
            conds.append(table.person_id.in_(select(Person.id).where(*kept)))
        elif table is Child:  # a child's row is also found by the child's name
            conds.append(or_(
                table.person_id.in_(select(Person.id).where(*kept, _text_condition(text))),
                and_(_name_condition(text, Child.name),
                     table.person_id.in_(select(Person.id).where(*kept)))))
        else:
            conds.append(table.person_id.in_(select(Person.id).where(*kept, _text_condition(text))))
        return conds


def _normal(query: RegisterQuery) -> tuple:
    return (Register(query.register), query.date_from, query.date_to, query.unit_id,
            normalize_query(query.text))


def _text_condition(text: str) -> ColumnElement[bool]:
    """Letters: pinyin initials or full pinyin from the start; digits: part of her ID number;
    anything else: part of her name."""
    pattern = like_escape(text)
    if text.isascii() and text.isalpha():
        conds = [Person.name_initials.like(f"{pattern}%", escape="\\"),
                 Person.name_pinyin.like(f"{pattern}%", escape="\\")]
        if text == "x":
            conds.append(Person.id_number.like(f"%{pattern.upper()}%", escape="\\"))
        return or_(*conds)
    if text.isascii() and text.replace("x", "").isdigit():
        return Person.id_number.like(f"%{pattern.upper()}%", escape="\\")
    return _name_condition(text, Person.name)


def _name_condition(text: str, column: ColumnElement) -> ColumnElement[bool]:
    return column.like(f"%{like_escape(text)}%", escape="\\")


_SOURCES: dict[Register, tuple] = {  # table, its date column, the columns a row shows
    Register.BIRTHS: (Child, Child.birth_date, (
        Child.name, Child.sex, Child.birth_order, Child.birth_date, Child.birth_registered_on,
        Child.reported_on)),
    Register.CONTRACEPTION: (Contraception, Contraception.start_date, (
        Contraception.method, Contraception.start_date, Contraception.end_date,
        Contraception.place)),
    Register.CHECKUPS: (Checkup, Checkup.date, (
        Checkup.date, Checkup.check_pregnancy, Checkup.pregnant, Checkup.check_iud,
        Checkup.check_disease, Checkup.result, Checkup.note, Checkup.source, Checkup.place)),
    Register.PREGNANCIES: (Pregnancy, Pregnancy.registered_on, (
        Pregnancy.registered_on, Pregnancy.lmp, Pregnancy.outcome, Pregnancy.outcome_date)),
    Register.SERVICES: (Service, Service.date, (Service.date, Service.type, Service.note)),
}


# -- rows ------------------------------------------------------------------------
def _row(register: Register, raw, values: tuple) -> RegisterRow:
    return RegisterRow(raw[0], raw[1], TABS[register], tuple(raw[_HEAD:_HEAD + 3]) + values)


def _births(raw) -> RegisterRow:
    name, sex, order, birth, registered, reported = raw[_HEAD + 3:]
    days = (reported - birth).days if reported is not None else None
    return _row(Register.BIRTHS, raw, (name, sex, order, birth, registered, reported, days))


def _contraception(raw) -> RegisterRow:
    return _row(Register.CONTRACEPTION, raw, tuple(raw[_HEAD + 3:]))


def _deaths(raw) -> RegisterRow:
    whom, deceased, note = raw[_HEAD + 3:]
    # A child's death opens her children's deaths, not her own life events (ids may clash).
    tab = CHILD_DEATH_TAB if whom == WHOM_CHILD else TABS[Register.DEATHS]
    return RegisterRow(raw[0], raw[1], tab,
                       tuple(raw[_HEAD:_HEAD + 3]) + (whom, deceased, raw[2], note))


def _checkups(raw) -> RegisterRow:
    day, check_pregnancy, pregnant, iud, disease, result, note, source, place = raw[_HEAD + 3:]
    items: tuple[str, ...] = ()
    if check_pregnancy:
        items += (ITEM_PREGNANT if pregnant else ITEM_PREGNANCY,)
    if iud:
        items += (ITEM_IUD,)
    if disease:
        items += (ITEM_DISEASE,)
    return _row(Register.CHECKUPS, raw, (day, items, result, note, source, place))


def _pregnancies(raw) -> RegisterRow:
    registered, lmp, outcome, outcome_date = raw[_HEAD + 3:]
    edd = expected_delivery(lmp) if lmp else None
    weeks = weeks_text(lmp, registered) if lmp and registered else ""
    return _row(Register.PREGNANCIES, raw, (registered, lmp, edd, weeks, outcome, outcome_date))


def _services(raw) -> RegisterRow:
    return _row(Register.SERVICES, raw, tuple(raw[_HEAD + 3:]))


_CONVERT: dict[Register, Callable[..., RegisterRow]] = {
    Register.BIRTHS: _births,
    Register.CONTRACEPTION: _contraception,
    Register.DEATHS: _deaths,
    Register.CHECKUPS: _checkups,
    Register.PREGNANCIES: _pregnancies,
    Register.SERVICES: _services,
}

