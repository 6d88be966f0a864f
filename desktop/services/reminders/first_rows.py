"""The first rows of the reminder list without working out every woman's check-up.

The check-up kinds are most of the list's cost: every married woman of reproductive age
has a due date, from her last check-up. store.reminder_due keeps each woman's last
counted check-up and latest return, indexed by date, so the women due earliest are read
in date order from an index. The rows themselves still come from the rule's one SQL
(sql.reminders_select), with the check-up kinds restricted to the women read that way,
up to a day ``upto`` before which no other woman can be due:

- a woman whose row is exact at as_of (no record of hers dated after it, none changed
  since the rows were made) is due on her row's day; the walk of her check-up group (or
  of the returned women) reads every such woman due on or before ``upto``;
- a woman without a row has never been checked and has not returned: due on as_of;
- every other woman (a record dated after as_of, a change since) is always a candidate.

So the rule's first rows due on or before ``upto`` are the list's first rows. When they
are too few (postponed or filtered out), the walk reads further; past a few rounds, or
with too many uncertain women, the caller runs the rule on everyone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, exists, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.dates import add_months
from desktop.domain.schedule import interval_months, latest_last_checkup
from desktop.domain.values.reminders import ReminderKind, ReminderQuery
from desktop.services.reminders.sql import (
    Bounds,
    RuleSettings,
    order_by,
    reminders_select,
    unit_and_search,
)
from desktop.store import reminder_due as due_rows
from desktop.store.models import Person
from desktop.store.reminder_due import GROUPS, ReminderDue
from desktop.store.sql import AnyRow

log = logging.getLogger(__name__)

FAST_ROWS = 1000  # pages within the first this many rows are read this way
UNSURE_LIMIT = 5000  # more uncertain women than this: the rule on everyone is as quick
CATCH_UP_AT = 200  # persons changed since the rows were made: above this, bring them up to date
ROUNDS = 4
MIN_WALK = 1000  # women read per group and round, at least (an index read: milliseconds)
WALK_PER_ROW = 10  # and per row asked for: many of those read are not listed (unmarried…)
PERSONS_LIMIT = 20_000  # women named in one statement, at most (well below SQLite's 32,766)
FAR = dt.date(9999, 12, 31)
CHECKUP_KINDS = frozenset({ReminderKind.CHECKUP, ReminderKind.CERTIFICATE})
ONE_DAY = dt.timedelta(days=1)


@dataclasses.dataclass(frozen=True)
class Walk:
    persons: set[int]
    upto: dt.date  # every woman with an exact row due on or before it is in persons


def first_rows(conn: Connection, query: ReminderQuery, unit_ids: list[int] | None,
               settings: RuleSettings, count: int) -> Sequence[AnyRow] | None:
    """The list's first ``count`` rows (all of them when fewer) in list order, or None
    when this way cannot tell them: the caller runs the rule on everyone."""
    wanted = set(query.kinds) or set(ReminderKind)
    if query.nearest_first or not wanted & CHECKUP_KINDS or set(settings.intervals) - set(GROUPS):
        return None
    due_rows.without_jit(conn)
    mark = due_rows.mark(conn)
    if mark is None:
        return None
    unsure = due_rows.changed_since(conn, mark, UNSURE_LIMIT)
    later = _dated_after(conn, query.as_of)
    if unsure is None or later is None or len(unsure | later) > UNSURE_LIMIT:
        return None
    unsure |= later
    last_day = min(query.until, query.due_to or FAR)
    filters = unit_and_search(query, unit_ids)
    size = max(WALK_PER_ROW * count, MIN_WALK)
    for _ in range(ROUNDS):
        walk = _walk(conn, query, filters, settings, size)
        upto = min(walk.upto, last_day)
        persons = walk.persons | unsure
        if len(persons) > PERSONS_LIMIT:  # as many as the rule on everyone is quicker for
            return None
        rows = _rule_rows(conn, query, unit_ids, settings, persons, upto, count)
        if len(rows) >= count or upto >= last_day:
            return rows
        size *= 4
    return None


def _rule_rows(conn: Connection, query: ReminderQuery, unit_ids: list[int] | None,
               settings: RuleSettings, persons: set[int], upto: dt.date,
               count: int) -> Sequence[AnyRow]:
    """The rule's first rows due on or before ``upto``, its check-up kinds for ``persons``
    (and the never-checked, when as_of is not after ``upto``)."""
    only: ColumnElement[bool] = col(Person.id).in_(sorted(persons))
    if query.as_of <= upto:
        never = ~exists().where(col(ReminderDue.person_id) == col(Person.id))
        only = or_(only, never)
    upto_query = dataclasses.replace(query, due_to=upto)
    built = reminders_select(upto_query, unit_ids, settings, checkup_only=only)
    stmt = built.order_by(*order_by(built.selected_columns)).limit(count)
    return conn.execute(stmt).all()


def _dated_after(conn: Connection, as_of: dt.date) -> set[int] | None:
    """Women with a check-up or return dated after as_of: their rows do not hold then."""
    rows = conn.execute(select(col(ReminderDue.person_id))
                        .where(col(ReminderDue.valid_from) > as_of)
                        .limit(UNSURE_LIMIT + 1)).scalars().all()
    return None if len(rows) > UNSURE_LIMIT else set(rows)


def _walk(conn: Connection, query: ReminderQuery, filters: list[Any],
          settings: RuleSettings, size: int) -> Walk:
    """The ``size`` women due earliest of each check-up group, and of the returned, in
    the age window at as_of and the clerk's ``filters``; the rule's other conditions
    (married, no open pregnancy, not moved away…) are the rule's to apply. Read from the
    index alone: a condition on Person there made SQLite sort every woman of the group."""
    persons: set[int] = set()
    upto = FAR
    rd = ReminderDue
    base = (select(col(rd.person_id), col(rd.counted), col(rd.last_return))
            .where(col(rd.valid_from) <= query.as_of, *_of_age(query)))
    if filters:  # the clerk's unit or search: read only her women
        base = base.join(Person, col(Person.id) == col(rd.person_id)).where(*filters)
    for group in GROUPS:
        months = interval_months(group, settings.intervals)
        rows = conn.execute(
            base.where(col(rd.checkup_group) == group, col(rd.counted).is_not(None),
                       col(rd.counted) <= latest_last_checkup(query.until, months))
            .order_by(col(rd.counted)).limit(size)).all()
        persons.update(row[0] for row in rows)
        if len(rows) == size:  # read up to her: the women after are due on her day or later
            upto = min(upto, add_months(_date(rows[-1][1]), months) - ONE_DAY)
    rows = conn.execute(
        base.where(col(rd.counted).is_(None), col(rd.last_return) <= query.until)
        .order_by(col(rd.last_return)).limit(size)).all()
    persons.update(row[0] for row in rows)
    if len(rows) == size:
        upto = min(upto, _date(rows[-1][2]) - ONE_DAY)
    return Walk(persons, upto)


def _of_age(query: ReminderQuery) -> list[ColumnElement[bool]]:
    """Her stored birth date in the rule's age window (read in the walk's index; the
    rule's own condition on Person follows)."""
    bounds = Bounds(query.as_of, query.until)
    return [col(ReminderDue.birth_date) > bounds.wra_oldest,
            col(ReminderDue.birth_date) <= bounds.wra_youngest]


def _date(value: object) -> dt.date:
    assert isinstance(value, dt.date)
    return value


def catch_up(engine: Engine) -> bool:
    """Bring the rows of the persons changed since they were made up to date (True when
    done). A write at work elsewhere, or a ledger that cannot be written: not now."""
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            with conn.begin():
                due_rows.hold_change_log(conn)
                mark = due_rows.mark(conn)
                due_rows.rebuild(conn, mark, due_rows.newest_change(conn))
        return True
    except DBAPIError as exc:
        log.info("the reminders' rows were not brought up to date: %s", type(exc).__name__)
        return False
