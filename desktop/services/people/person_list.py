"""The register's list: filtered, sorted and paged in SQL, never loaded whole."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Any

from sqlalchemy import Engine, Select, and_, case, func, literal, or_, select
from sqlalchemy.sql._typing import _ColumnExpressionArgument
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression
from sqlmodel import col

from desktop.domain.dates import born_on_or_before_for_age
from desktop.domain.enums import Category, MaritalStatus, RecordStatus, StatusFilter
from desktop.domain.search import like_escape, normalize_query
from desktop.domain.values.people import PersonQuery, PersonRow
from desktop.services.people.units import UnitService
from desktop.store.models import Person, Unit
from desktop.store.sql import not_in_index_order, without_index

AGE_LIMIT = 50  # at 50 full years she leaves the reproductive-age lists


COUNT_CACHE_SIZE = 32
BROAD_DIGITS = 3
FIRST_PAGE = 100  # rows kept from the combined count-and-first-page scan

# The register's row: the columns of PersonRow
_Select = Select[*tuple[Any, ...]]


class PersonListService:
    def __init__(
        self,
        engine: Engine,
        units: UnitService,
        today: Callable[[], dt.date],
        generation: Callable[[], int] = lambda: 0,
    ) -> None:
        self._engine = engine
        self._units = units
        self._today = today
        self._generation = generation
        self._counts: OrderedDict[tuple[object, ...], tuple[int, int]] = OrderedDict()
        self._selects: OrderedDict[tuple[object, ...], _Select] = OrderedDict()
        self._first_page: tuple[tuple[object, ...], list[PersonRow]] | None = None

    def forget_cached(self) -> None:
        """Drop the kept counts and first page, as a write does (benchmarks time cold reads)."""
        self._counts.clear()
        self._first_page = None

    def statement(self, query: PersonQuery) -> _Select:
        """The statement the list pages through (for EXPLAIN and the benchmarks)."""
        return self._select(query)

    def cached_count(self, query: PersonQuery) -> int | None:
        """The count if it is known without touching the file (no write since), else None."""
        cached = self._counts.get(self._count_key(query))
        return cached[1] if cached is not None and cached[0] == self._generation() else None

    def count_is_cheap(self, query: PersonQuery) -> bool:
        """True when counting costs no more than the first page (a text search scans anyway)."""
        return self._scans(query) or self.cached_count(query) is not None

    def _count_key(self, query: PersonQuery) -> tuple[object, ...]:
        return (normalize_query(query.text), query.unit_id, query.category, query.status,
                self._today())

    def count(self, query: PersonQuery) -> int:
        """Rows matching the filters. Cached until the next write: this app is the file's
        only writer (lock), and a filtered count scans ~90,000 index entries at county scale."""
        key = self._count_key(query)
        generation = self._generation()
        cached = self._counts.get(key)
        if cached is not None and cached[0] == generation:
            self._counts.move_to_end(key)
            return cached[1]
        if self._scans(query):
            result = self._count_with_first_page(query, generation)
        else:
            stmt = select(func.count()).select_from(Person)
            stmt = stmt.where(*self._conditions(query, for_count=True))
            with self._engine.connect() as conn:
                result = conn.execute(stmt).scalar() or 0
        self._counts[key] = (generation, result)
        if len(self._counts) > COUNT_CACHE_SIZE:
            self._counts.popitem(last=False)
        return result

    def page(self, query: PersonQuery, offset: int, limit: int) -> list[PersonRow]:
        # A plain connection: the ORM session adds ~1 ms per page for nothing here.
        first = self._first_page
        if offset == 0 and first is not None and first[0] == (query, self._generation()):
            rows = first[1]
            if limit <= len(rows) or len(rows) < FIRST_PAGE:  # the stash holds all asked for
                return rows[:limit]
        stmt = self._cached_select(query).offset(offset).limit(limit)
        with self._engine.connect() as conn:
            return [PersonRow(*row) for row in conn.execute(stmt).all()]

    def _scans(self, query: PersonQuery) -> bool:
        """True when a page of this query scans and sorts all matches anyway."""
        text = normalize_query(query.text)
        return bool(text) and not (text.isdigit() and len(text) < BROAD_DIGITS)

    def _count_with_first_page(self, query: PersonQuery, generation: int) -> int:
        """One scan for both the count and the first page (``count(*) OVER ()``): a text
        filter's page must read every match to sort it, so the count comes for free."""
        stmt = self._cached_select(query)
        stmt = stmt.add_columns(func.count().over().label("total")).limit(FIRST_PAGE)
        with self._engine.connect() as conn:
            found = conn.execute(stmt).all()
        self._first_page = ((query, generation), [PersonRow(*row[:-1]) for row in found])
        return found[0][-1] if found else 0

    def _cached_select(self, query: PersonQuery) -> _Select:
        """The same statement object for the same query, so paging skips rebuilding it
        (SQLAlchemy then also finds its compiled form in its cache)."""
        key = (query, self._today(), self._generation())  # units may have changed
        stmt = self._selects.get(key)
        if stmt is None:
            stmt = self._select(query)
            self._selects[key] = stmt
            if len(self._selects) > COUNT_CACHE_SIZE:
                self._selects.popitem(last=False)
        return stmt

    def stream(self, query: PersonQuery, chunk: int) -> Iterator[list[PersonRow]]:
        """Every row of ``query`` in display order, ``chunk`` at a time over one cursor
        (printing what the page shows: OFFSET pages would rescan, 17 s instead of 2.5 s
        for a county roster)."""
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=chunk).execute(self._cached_select(query))
            for part in result.partitions(chunk):
                yield [PersonRow(*row) for row in part]

    def ids(self, query: PersonQuery, limit: int | None = None) -> list[int]:
        """Person ids in display order (for printing what the page shows)."""
        stmt = self._select(query).with_only_columns(col(Person.id))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._engine.connect() as conn:
            return [i for i in conn.execute(stmt).scalars() if i is not None]

    def deleted(self, offset: int = 0, limit: int = 200) -> list[tuple[int, str, str, dt.datetime]]:
        """Recycle bin: (id, name, id_number, deleted_at), most recently deleted first."""
        stmt = (
            select(col(Person.id), col(Person.name), col(Person.id_number), col(Person.deleted_at))
            .where(col(Person.deleted_at).is_not(None))
            .order_by(col(Person.deleted_at).desc(), col(Person.id).desc())
            .offset(offset).limit(limit)
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt).all()
        # (ids and deletion times are never NULL here: the filter only narrows the types)
        return [(pid, name, number, at) for pid, name, number, at in rows
                if pid is not None and at is not None]

    # -- SQL -------------------------------------------------------------------
    def display_status(self) -> ColumnElement[str]:
        bound = born_on_or_before_for_age(self._today(), AGE_LIMIT)
        return case(
            (and_(col(Person.status) == RecordStatus.ACTIVE.value, col(Person.birth_date) <= bound),
             literal(StatusFilter.AGED_OUT.value)),
            else_=col(Person.status),
        )

    def _select(self, query: PersonQuery) -> _Select:
        status = self.display_status()
        stmt = (
            select(
                col(Person.id), col(Person.name), col(Person.id_number), col(Person.birth_date),
                col(Unit.name), col(Person.category), col(Person.marital_status),
                col(Person.children_count), status, col(Person.phone),
            )
            .join(Unit, col(Unit.id) == col(Person.unit_id))
            .where(*self._conditions(query))
        )
        # A text filter: scan and sort the matches rather than walk the name index with a
        # random lookup per row; pinyin prefixes even match at the far end of that index.
        # Only one or two digits (ID or phone) match so many rows that walking is cheaper.
        name_pinyin = col(Person.name_pinyin)
        pinyin = not_in_index_order(name_pinyin) if self._scans(query) else name_pinyin
        key = {
            "name": pinyin,
            "id_number": col(Person.id_number),
            "age": col(Person.birth_date),
            "unit": col(Unit.name),
            "category": _ordinal(col(Person.category), Category),
            "marital_status": _ordinal(col(Person.marital_status), MaritalStatus),
            "children": col(Person.children_count),
            "status": _ordinal(status, StatusFilter),
        }.get(query.sort, col(Person.name_pinyin))
        # Age grows as the birth date falls, so "age ascending" is "birth date descending".
        descending = query.descending != (query.sort == "age")
        order: list[UnaryExpression[Any]] = [key.desc() if descending else key.asc()]
        if query.sort != "name":
            order.append(pinyin.asc())
        person_id = col(Person.id)
        order.append(person_id.desc() if descending and query.sort == "name" else person_id.asc())
        return stmt.order_by(*order)

    def _conditions(self, query: PersonQuery, for_count: bool = False) -> list[ColumnElement[bool]]:
        """The WHERE clause. Counting without a text filter may use the covering index on
        (status, birth_date, ...); a page must not, or the planner fetches most rows through
        it and sorts them instead of walking the sort column's index."""
        text = normalize_query(query.text)
        indexed = for_count and not text
        status_col = col(Person.status) if indexed else without_index(col(Person.status))
        birth = col(Person.birth_date) if indexed else without_index(col(Person.birth_date))
        conds: list[ColumnElement[bool]] = [col(Person.deleted_at).is_(None)]
        if query.unit_id is not None:
            ids = self._units.subtree_ids(query.unit_id)
            if len(ids) < len(self._units.tree()):  # the whole tree needs no condition
                conds.append(col(Person.unit_id).in_(ids))
        if query.category:
            conds.append(col(Person.category) == query.category)
        bound = born_on_or_before_for_age(self._today(), AGE_LIMIT)
        if query.status == StatusFilter.ACTIVE:
            conds += [status_col == RecordStatus.ACTIVE.value, birth > bound]
        elif query.status == StatusFilter.AGED_OUT:
            conds += [status_col == RecordStatus.ACTIVE.value, birth <= bound]
        elif query.status in (StatusFilter.MOVED, StatusFilter.DECEASED):
            conds.append(status_col == query.status.value)
        if text:
            conds.append(_text_condition(text))
        return conds


def _ordinal(column: _ColumnExpressionArgument[Any], values: type[Enum]) -> ColumnElement[int]:
    """Sort codes in the order the clerk sees them listed (常住, 流入, 流出), not by spelling."""
    return case({member.value: index for index, member in enumerate(values)}, value=column, else_=99)


def _text_condition(text: str) -> ColumnElement[bool]:
    """Name for Chinese, pinyin for letters, ID number or phone for digits."""
    pattern = like_escape(text)
    if text.isascii() and text.isalpha():
        conds = [col(Person.name_initials).like(f"{pattern}%", escape="\\"),
                 col(Person.name_pinyin).like(f"{pattern}%", escape="\\")]
        if text in ("x",):
            conds.append(col(Person.id_number).like(f"%{pattern}%", escape="\\"))
        return or_(*conds)
    if text.isascii() and text.replace("x", "").replace("-", "").isdigit():
        return or_(col(Person.id_number).like(f"%{pattern.upper()}%", escape="\\"),
                   col(Person.phone).like(f"%{pattern}%", escape="\\"))
    return or_(col(Person.name).like(f"%{pattern}%", escape="\\"),
               col(Person.name_pinyin).like(f"{pattern}%", escape="\\"))
