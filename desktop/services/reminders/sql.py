"""The reminder rules as one SQL statement: a UNION ALL of one select per kind.

The date arithmetic runs in the database (store.date_sql), so the list is filtered,
sorted and paged there. store.date_sql.add_months is desktop.domain.dates.add_months in
SQL (a property test compares the two).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.sql.base import ColumnCollection
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import NullType
from sqlmodel import col

from desktop.domain.dates import add_years, born_on_or_before_for_age
from desktop.domain.enums import Category, CheckupGroup, MaritalStatus, RecordStatus
from desktop.domain.schedule import (
    AGE_LIMIT,
    BIRTH_REPORT_DAYS,
    DELIVERY_WARNING_DAYS,
    FOLLOWUP_MONTHS,
    interval_months,
    latest_last_checkup,
)
from desktop.domain.search import like_escape, normalize_query
from desktop.domain.values.reminders import ReminderKind, ReminderQuery
from desktop.store.date_sql import add_months, days_between, shift_days
from desktop.store.models import Child, Person, Unit
from desktop.store.records import (
    Benefit,
    Checkup,
    Payment,
    Pregnancy,
    PregnancyFollowup,
    ReminderPostponement,
)
from desktop.store.returns import latest_return
from desktop.store.sql import AnySelect, Expr, unindexed

KIND_ORDER = {kind: index for index, kind in enumerate(ReminderKind)}
NEVER, RETURNED = 1, 2  # the "never" column of a check-up: never checked; returned, none since
WRA_MIN_AGE = 15

# Output columns of every per-kind select, in this order.
COLUMNS = ("kind", "kind_order", "person_id", "name", "pinyin", "id_number", "unit_id",
           "unit_name", "phone", "due_date", "record_id", "period", "never", "p1", "p2")
ORDER = ("due_date", "kind_order", "pinyin", "person_id", "record_id")
PREGNANCY_DAYS = 280  # expected delivery: LMP + 280 days


Parts = list[Expr]


@dataclass(frozen=True)
class RuleSettings:
    intervals: dict[str, int]
    payment_month: int


@dataclass(frozen=True)
class Bounds:
    """The days the rules compare with, from the query and the settings."""

    as_of: dt.date
    until: dt.date
    payment_month: int = 12  # the check-up and pregnancy rules do not read it

    @property
    def wra_oldest(self) -> dt.date:
        return born_on_or_before_for_age(self.as_of, AGE_LIMIT)

    @property
    def wra_youngest(self) -> dt.date:
        return born_on_or_before_for_age(self.as_of, WRA_MIN_AGE)

    @property
    def delivery_until(self) -> dt.date:
        return min(self.until, self.as_of + dt.timedelta(days=DELIVERY_WARNING_DAYS))

    @property
    def birth_until(self) -> dt.date:
        return self.until - dt.timedelta(days=BIRTH_REPORT_DAYS)


def _day(value: dt.date) -> ColumnElement[dt.date]:
    return literal(value, Date)


def _raw(expr: Any) -> ColumnElement[Any]:
    """An output column as the database gives it (date text, 0/1): the rows are turned into
    Reminder values by the service, whatever kind each row is."""
    if expr is None:
        expr = null()
    elif isinstance(expr, str):  # typed, so that the kinds' rows agree on PostgreSQL
        expr = cast(literal(expr), String)
    elif isinstance(expr, int):
        expr = cast(literal(expr), Integer)
    return type_coerce(expr, NullType())


def _row(kind: ReminderKind | ColumnElement[Any], order: int | ColumnElement[Any],
         due: Any, record_id: Any, period: Any, never: Any, p1: Any, p2: Any,
         person: Parts) -> list[ColumnElement[Any]]:
    """The output columns of one per-kind select, named and ordered as COLUMNS."""
    kind_value = kind.value if isinstance(kind, ReminderKind) else kind
    # the details are text in every row (a date, a number or a name: the service reads
    # them by kind), so the rows of all kinds have one type per column on every database
    p1, p2 = (cast(null() if p is None else p, String) for p in (p1, p2))
    if record_id is None:  # a NULL of no type would be text inside a subquery
        record_id = cast(null(), Integer)
    values = [kind_value, order, *person, due, record_id, period, never, p1, p2]
    return [_raw(value).label(name) for value, name in zip(values, COLUMNS, strict=True)]


def _person_columns() -> Parts:
    return [col(Person.id), col(Person.name), col(Person.name_pinyin), col(Person.id_number), col(Person.unit_id),
            col(Unit.name), col(Person.phone)]


def _person_filter(query: ReminderQuery, unit_ids: list[int] | None) -> Parts:
    """Persons whose reminders are listed: not in the recycle bin, registered and not moved
    away or deceased at as_of; unit and search filters as the person register."""
    as_of = _day(query.as_of)
    return [
        col(Person.deleted_at).is_(None),
        or_(col(Person.registered_on).is_(None), col(Person.registered_on) <= as_of),
        or_(col(Person.status) == RecordStatus.ACTIVE.value, col(Person.status_date) > as_of),
        *unit_and_search(query, unit_ids),
    ]


def unit_and_search(query: ReminderQuery, unit_ids: list[int] | None) -> Parts:
    """The clerk's own filters on Person: unit (with its sub-units) and search text."""
    conds: Parts = []
    if unit_ids is not None:
        conds.append(col(Person.unit_id).in_(unit_ids))
    text = normalize_query(query.search)
    if text:
        conds.append(_text_condition(text))
    return conds


def _text_condition(text: str) -> ColumnElement[bool]:
    """Name for Chinese, pinyin for letters, ID number or phone for digits (person_list)."""
    pattern = like_escape(text)
    prefix, anywhere = f"{pattern}%", f"%{pattern}%"
    if text.isascii() and text.isalpha():
        conds = [col(Person.name_initials).like(prefix, escape="\\"),
                 col(Person.name_pinyin).like(prefix, escape="\\")]
        if text == "x":
            conds.append(col(Person.id_number).like(anywhere, escape="\\"))
        return or_(*conds)
    if text.isascii() and text.replace("x", "").replace("-", "").isdigit():
        return or_(col(Person.id_number).like(f"%{pattern.upper()}%", escape="\\"),
                   col(Person.phone).like(anywhere, escape="\\"))
    return or_(col(Person.name).like(anywhere, escape="\\"), col(Person.name_pinyin).like(prefix, escape="\\"))


def _open_pregnancy(as_of: ColumnElement[dt.date]) -> ColumnElement[bool]:
    return and_(col(Pregnancy.deleted_at).is_(None), col(Pregnancy.registered_on) <= as_of,
                or_(col(Pregnancy.outcome).is_(None), col(Pregnancy.outcome_date) > as_of))


def _checkup_conditions(kinds: set[ReminderKind], bounds: Bounds) -> Parts:
    """Who has a check-up (or certificate) reminder at as_of, whatever her check-ups:
    married WRA, no open pregnancy; outflow women for the certificate, the others for the
    check-up."""
    as_of = _day(bounds.as_of)
    outflow = col(Person.category) == Category.OUTFLOW.value
    category = [] if len(kinds) == 2 else (
        [outflow] if ReminderKind.CERTIFICATE in kinds else [not_(outflow)])
    married = [m.value for m in MaritalStatus if m.is_married]
    return [*category,
            unindexed(col(Person.birth_date)) > _day(bounds.wra_oldest),
            unindexed(col(Person.birth_date)) <= _day(bounds.wra_youngest),
            col(Person.marital_status).in_(married),
            or_(col(Person.marriage_date).is_(None), col(Person.marriage_date) <= as_of),
            ~exists().where(col(Pregnancy.person_id) == col(Person.id), _open_pregnancy(as_of))]


def _checkup(kinds: set[ReminderKind], where: Parts, settings: RuleSettings,
             bounds: Bounds, only: ColumnElement[bool] | None = None) -> AnySelect:
    """checkup (certificate for outflow women): married WRA, no open pregnancy;
    ``only``: a further condition on the women (the first screen's candidates)."""
    as_of = _day(bounds.as_of)
    general = interval_months(CheckupGroup.GENERAL.value, settings.intervals)
    groups = sorted(settings.intervals.items())
    months: ColumnElement[Any] = literal(int(general))
    # "due <= until" as a plain date comparison, so only due rows get month arithmetic
    cutoff: ColumnElement[Any] = _day(latest_last_checkup(bounds.until, general))
    if groups:
        months = case({group: literal(int(n)) for group, n in groups},
                      value=col(Person.checkup_group), else_=months)
        cutoff = case({group: _day(latest_last_checkup(bounds.until, n)) for group, n in groups},
                      value=col(Person.checkup_group), else_=cutoff)
    outflow = col(Person.category) == Category.OUTFLOW.value
    any_last = (select(func.max(col(Checkup.date)))
                .where(col(Checkup.person_id) == col(Person.id), col(Checkup.deleted_at).is_(None),
                       col(Checkup.date) <= as_of).scalar_subquery())
    inner = (select(*[c.label(n) for c, n in zip(
                _person_columns(), ("pid", "name", "pinyin", "idn", "uid", "uname", "phone"),
                strict=True)],
                    outflow.label("outflow"), months.label("months"), cutoff.label("cutoff"),
                    any_last.label("any_last"),
                    latest_return(col(Person.id), bounds.as_of).label("ret"))
             .join(Unit, col(Unit.id) == col(Person.unit_id))
             .where(*where, *_checkup_conditions(kinds, bounds),
                    *([] if only is None else [only]))
             # OFFSET 0 keeps the planner from flattening it: the month arithmetic then runs
             # once per due row
             .offset(0).subquery())
    # Time away does not count: check-ups before her latest return are ignored, and with
    # none since she is due on the day of her return (the report's 三查率 rule).
    last = case((or_(inner.c.ret.is_(None), inner.c.any_last >= inner.c.ret), inner.c.any_last))
    counted = select(inner, last.label("last")).subquery()
    due = case((counted.c.last.is_not(None), add_months(counted.c.last, counted.c.months)),
               (counted.c.ret.is_not(None), counted.c.ret), else_=as_of)
    never = case((counted.c.last.is_not(None), 0), (counted.c.ret.is_(None), NEVER),
                 else_=RETURNED)
    mid = (select(counted, due.label("due"), never.label("never"))
           .where(or_(counted.c.last.is_(None), counted.c.last <= counted.c.cutoff)).subquery())
    cert, check = ReminderKind.CERTIFICATE, ReminderKind.CHECKUP
    is_out = mid.c.outflow == true()
    return select(*_row(
        case((is_out, cert.value), else_=check.value),
        case((is_out, KIND_ORDER[cert]), else_=KIND_ORDER[check]),
        mid.c.due, None, "", mid.c.never, func.coalesce(mid.c.last, mid.c.ret), mid.c.months,
        [mid.c.pid, mid.c.name, mid.c.pinyin, mid.c.idn, mid.c.uid, mid.c.uname, mid.c.phone]))


def _pregnancy(kind: ReminderKind, where: Parts, bounds: Bounds) -> AnySelect:
    """followup: a month after the last follow-up (or the registration);
    delivery: expected date (LMP + 280 days) within 14 days or past."""
    as_of = _day(bounds.as_of)
    if kind is ReminderKind.FOLLOWUP:
        f = PregnancyFollowup
        last = (select(func.max(col(f.date)))
                .where(col(f.pregnancy_id) == col(Pregnancy.id), col(f.deleted_at).is_(None), col(f.date) <= as_of)
                .scalar_subquery())
        due = add_months(func.coalesce(last, col(Pregnancy.registered_on)), FOLLOWUP_MONTHS)
        p1, p2, limit = last, col(Pregnancy.registered_on), bounds.until
    else:
        due = shift_days(col(Pregnancy.lmp), PREGNANCY_DAYS)
        p1, p2, limit = None, None, bounds.delivery_until
    rows = (select(*_row(kind, KIND_ORDER[kind], due, col(Pregnancy.id), "", 0, p1, p2,
                         _person_columns()))
            .select_from(Pregnancy).join(Person, col(Person.id) == col(Pregnancy.person_id))
            .join(Unit, col(Unit.id) == col(Person.unit_id))
            .where(_open_pregnancy(as_of), *where).subquery())
    return select(rows).where(rows.c.due_date <= _day(limit))


def _birth_report(where: Parts, bounds: Bounds) -> AnySelect:
    kind = ReminderKind.BIRTH_REPORT
    as_of = _day(bounds.as_of)
    return (select(*_row(kind, KIND_ORDER[kind], shift_days(col(Child.birth_date), BIRTH_REPORT_DAYS),
                         col(Child.id), "", 0, col(Child.birth_date), col(Child.name), _person_columns()))
            .select_from(Child).join(Person, col(Person.id) == col(Child.person_id))
            .join(Unit, col(Unit.id) == col(Person.unit_id))
            .where(col(Child.deleted_at).is_(None),
                   unindexed(col(Child.birth_date)) <= _day(bounds.birth_until),
                   unindexed(col(Child.birth_date)) <= as_of,
                   or_(col(Child.reported_on).is_(None), col(Child.reported_on) > as_of), *where))


def _payment(where: Parts, bounds: Bounds) -> AnySelect:
    kind = ReminderKind.PAYMENT
    as_of = bounds.as_of
    monthly = col(Benefit.cycle) == "month"
    period = case((monthly, f"{as_of:%Y-%m}"), else_=f"{as_of:%Y}")
    due = case((monthly, _day(as_of.replace(day=1))),
               else_=_day(dt.date(as_of.year, bounds.payment_month, 1)))
    paid = exists().where(col(Payment.benefit_id) == col(Benefit.id), col(Payment.period) == period,
                          col(Payment.deleted_at).is_(None))
    return (select(*_row(kind, KIND_ORDER[kind], due, col(Benefit.id), period, 0, col(Benefit.amount_fen),
                         col(Benefit.cycle), _person_columns()))
            .select_from(Benefit).join(Person, col(Person.id) == col(Benefit.person_id))
            .join(Unit, col(Unit.id) == col(Person.unit_id))
            .where(col(Benefit.deleted_at).is_(None), col(Benefit.start_date) <= _day(as_of),
                   or_(col(Benefit.end_date).is_(None), col(Benefit.end_date) >= _day(as_of)),
                   due <= _day(bounds.until), ~paid, *where))


def _payment_days(bounds: Bounds) -> list[dt.date]:
    """The due days of a payment at as_of: the month's first, the yearly payment month's."""
    return [bounds.as_of.replace(day=1), dt.date(bounds.as_of.year, bounds.payment_month, 1)]


def _after(days: list[dt.date], due_to: dt.date | None) -> bool:
    """Every one of ``days`` is after ``due_to``: a kind due only on them has no row."""
    return due_to is not None and min(days) > due_to


def _turning_50(where: Parts, bounds: Bounds) -> AnySelect:
    kind = ReminderKind.TURNING_50
    birthday = add_months(col(Person.birth_date), 12 * AGE_LIMIT)
    # a margin of two days either side; the exact birthday is compared after
    low = add_years(bounds.as_of, -AGE_LIMIT) - dt.timedelta(days=2)
    high = add_years(bounds.until, -AGE_LIMIT) + dt.timedelta(days=2)
    rows = (select(*_row(kind, KIND_ORDER[kind], birthday, None, "", 0, None, None,
                         _person_columns()))
            .join(Unit, col(Unit.id) == col(Person.unit_id))
            .where(col(Person.birth_date).between(_day(low), _day(high)), *where).subquery())
    return select(rows).where(rows.c.due_date.between(_day(bounds.as_of), _day(bounds.until)))


def reminders_select(query: ReminderQuery, unit_ids: list[int] | None, settings: RuleSettings,
                     kinds: frozenset[ReminderKind] | None = None,
                     checkup_only: ColumnElement[bool] | None = None) -> AnySelect:
    """The reminders of ``query`` (all kinds when ``kinds`` is empty) without the postponed
    ones, with the COLUMNS; the caller adds ORDER BY/LIMIT or GROUP BY. ``checkup_only``:
    a condition on Person that the check-up kinds' women must meet as well."""
    wanted = set(kinds if kinds is not None else query.kinds) or set(ReminderKind)
    bounds = Bounds(query.as_of, query.until, settings.payment_month)
    where = _person_filter(query, unit_ids)
    parts: list[AnySelect] = []
    checkups = wanted & {ReminderKind.CHECKUP, ReminderKind.CERTIFICATE}
    if checkups:
        parts.append(_checkup(checkups, where, settings, bounds, checkup_only))
    for kind in (ReminderKind.FOLLOWUP, ReminderKind.DELIVERY):
        if kind in wanted:
            parts.append(_pregnancy(kind, where, bounds))
    if ReminderKind.BIRTH_REPORT in wanted:
        parts.append(_birth_report(where, bounds))
    if ReminderKind.PAYMENT in wanted and not _after(_payment_days(bounds), query.due_to):
        parts.append(_payment(where, bounds))
    if ReminderKind.TURNING_50 in wanted and not _after([bounds.as_of], query.due_to):
        parts.append(_turning_50(where, bounds))
    if not parts:  # no kind can be due by due_to: the check-up select, which gives none
        parts.append(_checkup({ReminderKind.CHECKUP}, [*where, false()], settings, bounds))
    r = (union_all(*parts) if len(parts) > 1 else parts[0]).cte("r")
    # A postponement hides the reminder with the same kind, person, record and due date
    # until its day; never checked (due "now") matches one made on or before as_of.
    pp, as_of = ReminderPostponement, _day(query.as_of)
    postponed = exists().where(
        col(pp.person_id) == r.c.person_id, col(pp.kind) == r.c.kind, col(pp.deleted_at).is_(None),
        col(pp.record_id).is_not_distinct_from(r.c.record_id), col(pp.until) > as_of,
        or_(col(pp.due_date) == r.c.due_date, and_(r.c.never == NEVER, col(pp.due_date) <= as_of)))
    conds = [~postponed]
    if query.due_from is not None:
        conds.append(r.c.due_date >= _day(query.due_from))
    if query.due_to is not None:
        conds.append(r.c.due_date <= _day(query.due_to))
    return select(r).where(*conds)


def order_by(columns: ColumnCollection[str, Any],
             nearest_to: dt.date | None = None) -> list[ColumnElement[Any]]:
    """The list's order: due date (overdue first), kind, name pinyin, person, record;
    ``columns``: those of reminders_select or of a subquery of it. With ``nearest_to``,
    the due date nearest to that day first, whichever side: yesterday's and tomorrow's
    before last year's."""
    order = [columns[name] for name in ORDER]
    if nearest_to is None:
        return order
    return [func.abs(days_between(columns["due_date"], _day(nearest_to))), *order]
