"""Reminders: who is due for what at ``as_of``, listed, counted and postponed.

The rules run in SQL (reminder_sql); this module binds the settings, turns rows into
Reminder values and writes postponements through the change log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Date, Engine, and_, case, func, literal, select
from sqlalchemy.sql.base import ColumnCollection
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.dates import add_months
from desktop.domain.enums import CheckupGroup
from desktop.domain.money import yuan_text
from desktop.domain.schedule import interval_months, next_checkup_due
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.reminders import Reminder, ReminderKind, ReminderQuery, ReminderSummary
from desktop.errors import NotFoundError, ValidationError
from desktop.services.people.units import UnitService
from desktop.services.reminders import first_rows
from desktop.services.reminders.sql import RETURNED, RuleSettings, order_by, reminders_select
from desktop.services.safety.changelog import ChangeRecorder
from desktop.services.settings import SettingsService
from desktop.store import reminder_due as due_rows
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Person
from desktop.store.records import Checkup, ReminderPostponement
from desktop.store.sql import AnySelect

ENTITY = "reminder_postponement"
REASON_LIMIT = 500
KINDS = {kind.value: kind for kind in ReminderKind}  # a dict: ReminderKind(code) is slow
FIRST_PAGE = 100  # rows kept from the count's run
WEEK_DAYS = 7

DETAIL_CHECKUP = QT_TRANSLATE_NOOP("reminders", "Last check-up {last}, every {months} months")
DETAIL_NEVER = QT_TRANSLATE_NOOP("reminders", "Never checked")
DETAIL_RETURNED = QT_TRANSLATE_NOOP("reminders", "Returned {returned}, no check-up since")
DETAIL_FOLLOWUP = QT_TRANSLATE_NOOP("reminders", "Last follow-up {last}")
DETAIL_NO_FOLLOWUP = QT_TRANSLATE_NOOP("reminders", "Registered {registered}, no follow-up yet")
DETAIL_DELIVERY = QT_TRANSLATE_NOOP("reminders", "Expected delivery {edd}")
DETAIL_BIRTH = QT_TRANSLATE_NOOP("reminders", "Born {birth}")
DETAIL_PAYMENT = QT_TRANSLATE_NOOP("reminders", "Period {period}, {amount} yuan")
DETAIL_TURNING_50 = QT_TRANSLATE_NOOP("reminders", "Turns 50 on {birthday}")


class ReminderService:
    def __init__(
        self,
        engine: Engine,
        factory: SessionFactory,
        recorder: ChangeRecorder,
        settings: SettingsService,
        units: UnitService,
        today: Callable[[], dt.date],
        now: Callable[[], dt.datetime],
    ) -> None:
        self._engine = engine
        self._factory = factory
        self._recorder = recorder
        self._settings = settings
        self._units = units
        self._today = today
        self._now = now
        # (query key, count, first rows) of the last count(); see count()
        self._stash: tuple[tuple[object, ...], int, list[Reminder]] | None = None

    def forget_cached(self) -> None:
        """Drop the kept count and first page, as a write does (benchmarks time cold reads)."""
        self._stash = None

    # -- reading ---------------------------------------------------------------
    def count(self, query: ReminderQuery) -> int:
        """Reminders matching ``query``. One run gives the count and the first page
        (``count(*) OVER ()``), kept until the next write: the page asks for both."""
        built, key = self._built_and_key(query)
        if self._stash is not None and self._stash[0] == key:
            return self._stash[1]
        rows_ = built.subquery()
        stmt = (select(rows_, func.count().over()).order_by(*_order(rows_.c, query))
                .limit(FIRST_PAGE))
        with self._engine.connect() as conn:
            rows = conn.execute(stmt).all()
        total = rows[0][-1] if rows else 0
        self._stash = (key, total, [_reminder(row[:-1], query.as_of) for row in rows])
        return total

    def page(self, query: ReminderQuery, offset: int, limit: int) -> list[Reminder]:
        """Ordered by due date (overdue first), kind, name pinyin, person id. The first
        pages do not work out every woman's check-up (first_rows)."""
        built, key = self._built_and_key(query)
        if self._stash is not None and self._stash[0] == key:
            kept = self._stash[2]
            if offset + limit <= len(kept) or len(kept) < FIRST_PAGE:  # all asked for is kept
                return kept[offset:offset + limit]
        if offset + limit <= first_rows.FAST_ROWS:
            found = self._first_rows(query, offset + limit)
            if found is not None:
                return [_reminder(row, query.as_of) for row in found[offset:]]
        stmt = built.order_by(*_order(built.selected_columns, query)).limit(limit).offset(offset)
        with self._engine.connect() as conn:
            rows = conn.execute(stmt)
            return [_reminder(row, query.as_of) for row in rows]

    def stream(self, query: ReminderQuery, chunk: int = 1000) -> Iterator[list[Reminder]]:
        """All reminders in page order, ``chunk`` at a time, from one statement."""
        built = self._built(query)
        with self._engine.connect() as conn:
            result = conn.execute(built.order_by(*_order(built.selected_columns, query)))
            for rows in result.partitions(chunk):
                yield [_reminder(row, query.as_of) for row in rows]

    def counts_by_kind(self, query: ReminderQuery) -> dict[ReminderKind, int]:
        """Reminders per kind (every kind, zero included); ``query.kinds`` is ignored."""
        built = self._built(query, every_kind=True)
        counts = dict.fromkeys(ReminderKind, 0)
        rows = built.subquery()
        with self._engine.connect() as conn:
            for kind, number in conn.execute(
                    select(rows.c.kind, func.count()).group_by(rows.c.kind)):
                counts[ReminderKind(kind)] = int(number)
        return counts

    def summary(self, query: ReminderQuery) -> ReminderSummary:
        """Overdue, due today, due within the week, payments due this month, with the unit
        and search of ``query`` (its kinds and due days ignored)."""
        return self.counts_and_summary(query)[1]

    def counts_and_summary(self, query: ReminderQuery
                           ) -> tuple[dict[ReminderKind, int], ReminderSummary]:
        """counts_by_kind(query) and summary(query) from one pass: every kind's rows up to
        the farthest day either asks for; a horizon of H days keeps those due by as_of + H
        whatever the kind, so each count is a condition on the due date."""
        as_of = query.as_of
        month_end = add_months(as_of.replace(day=1), 1) - dt.timedelta(days=1)
        week_end = as_of + dt.timedelta(days=WEEK_DAYS - 1)
        horizon = max((month_end - as_of).days, WEEK_DAYS - 1, query.horizon_days)
        wide = dataclasses.replace(query, horizon_days=horizon, kinds=frozenset(),
                                   due_from=None, due_to=None)
        rows = self._built(wide, every_kind=True).subquery()
        due, day = rows.c.due_date, _day
        shown = [due <= day(query.until)]
        if query.due_from is not None:
            shown.append(due >= day(query.due_from))
        if query.due_to is not None:
            shown.append(due <= day(query.due_to))
        buckets = (and_(*shown), due < day(as_of), due == day(as_of),
                   and_(due >= day(as_of), due <= day(week_end)),
                   and_(rows.c.kind == ReminderKind.PAYMENT.value, due <= day(month_end)))
        stmt = (select(rows.c.kind, *[func.sum(case((b, 1), else_=0)) for b in buckets])
                .group_by(rows.c.kind))
        counts = dict.fromkeys(ReminderKind, 0)
        totals = [0, 0, 0, 0]
        with self._engine.connect() as conn:
            for kind, number, *sums in conn.execute(stmt):
                counts[ReminderKind(kind)] = int(number or 0)
                totals = [t + int(b or 0) for t, b in zip(totals, sums, strict=True)]
        return counts, ReminderSummary(*totals)

    def next_checkup_due(self, person_id: int) -> dt.date | None:
        """Her next check-up after the last one recorded; None when she has none."""
        with self._factory() as session:
            group = session.execute(
                select(col(Person.checkup_group)).where(col(Person.id) == person_id)).scalar()
            last = session.execute(
                select(col(Checkup.date)).where(col(Checkup.person_id) == person_id,
                                           col(Checkup.deleted_at).is_(None))
                .order_by(col(Checkup.date).desc()).limit(1)).scalar()
        if group is None or last is None:
            return None
        months = interval_months(group or CheckupGroup.GENERAL.value,
                                 self._settings.checkup_intervals())
        return next_checkup_due(last, months, last)

    def _first_rows(self, query: ReminderQuery, count: int) -> Sequence[Any] | None:
        unit_ids, rules = self._unit_ids(query), self._rules()
        with self._engine.connect() as conn:
            stale = due_rows.stale(conn, first_rows.CATCH_UP_AT)
        if stale:
            first_rows.catch_up(self._engine)
        with self._engine.connect() as conn:
            return first_rows.first_rows(conn, query, unit_ids, rules, count)

    # -- writing ---------------------------------------------------------------
    def postpone(self, reminder: Reminder, until: dt.date, reason: str) -> None:
        """Hide this reminder (this kind, person, record and due date) until ``until``."""
        reason = (reason or "").strip()
        as_of = reminder.due_date + dt.timedelta(days=reminder.days_overdue)
        first = max(self._today(), as_of)
        if until is None or until <= first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Postpone to a day after {date}."),
                field="until", date=first.isoformat())
        if not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Please give the reason for postponing."),
                field="reason")
        if len(reason) > REASON_LIMIT:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This field holds at most {limit} characters."),
                field="reason", limit=REASON_LIMIT)
        values: dict[str, Any] = {"kind": reminder.kind.value, "person_id": reminder.person_id,
                  "record_id": reminder.record_id, "due_date": reminder.due_date,
                  "until": until, "reason": reason}
        with transaction(self._factory) as session:
            person = session.get(Person, reminder.person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."))
            row = ReminderPostponement(**values, created_at=self._now())
            session.add(row)
            session.flush()
            assert row.id is not None
            self._recorder.record_fields(session, entity=ENTITY, entity_id=row.id,
                                         person_id=reminder.person_id, before=None,
                                         after=values)

    def log_full_ids(self, query: ReminderQuery, rows: int, output: str, target: str = "") -> None:
        """Full ID numbers left the database (a list, slips or a signing sheet): say when,
        who, which reminders and where to, as register exports do."""
        kinds = ",".join(sorted(k.value for k in query.kinds)) or "all"
        with transaction(self._factory) as session:
            self._recorder.record_export(session, (
                ("output", output), ("as_of", query.as_of), ("days", query.horizon_days),
                ("kinds", kinds), ("unit_id", query.unit_id), ("full_ids", "yes"),
                ("rows", rows), ("file", target)))

    # -- helpers ---------------------------------------------------------------
    def _built(self, query: ReminderQuery, every_kind: bool = False) -> AnySelect:
        return self._built_and_key(query, every_kind)[0]

    def _built_and_key(self, query: ReminderQuery,
                       every_kind: bool = False) -> tuple[AnySelect, tuple[object, ...]]:
        """The statement, and what its result depends on (for the first-page stash)."""
        unit_ids = self._unit_ids(query)
        rules = self._rules()
        built = reminders_select(query, unit_ids, rules,
                              frozenset(ReminderKind) if every_kind else None)
        key = (query, self._recorder.generation, tuple(unit_ids or ()),
               tuple(sorted(rules.intervals.items())), rules.payment_month)
        return built, key

    def _unit_ids(self, query: ReminderQuery) -> list[int] | None:
        if query.unit_id is None:
            return None
        ids = self._units.subtree_ids(query.unit_id)
        return ids if len(ids) < len(self._units.tree()) else None  # whole tree: no condition

    def _rules(self) -> RuleSettings:
        return RuleSettings(self._settings.checkup_intervals(), self._settings.payment_due_month())


def _order(columns: ColumnCollection[str, Any],
           query: ReminderQuery) -> list[ColumnElement[Any]]:
    return order_by(columns, query.as_of if query.nearest_first else None)


def _day(value: dt.date) -> ColumnElement[dt.date]:
    return literal(value, Date)


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _fen(value: object) -> int:
    """An amount in fen as the SQL returns it (an integer, or a float after arithmetic)."""
    return int(value) if isinstance(value, int | float) else int(str(value))


def _reminder(row: Sequence[Any], as_of: dt.date) -> Reminder:
    (kind, _order, person_id, name, _pinyin, id_number, unit_id, unit_name, phone, due,
     record_id, period, never, p1, p2) = row
    kind = KINDS[kind]
    due = _date(due)
    detail, params = _detail(kind, int(never or 0), p1, p2, period, due)
    return Reminder(kind=kind, person_id=person_id, name=name, id_number=id_number,
                    unit_id=unit_id, unit_name=unit_name, phone=phone, due_date=due,
                    days_overdue=(as_of - due).days, record_id=record_id, period=period or "",
                    detail=detail, detail_params=params)


def _detail(kind: ReminderKind, never: int, p1: object, p2: object, period: str,
            due: dt.date) -> tuple[str, dict[str, str]]:
    if kind in (ReminderKind.CHECKUP, ReminderKind.CERTIFICATE):
        if never == RETURNED:
            return DETAIL_RETURNED, {"returned": _date(p1).isoformat()}
        if never:
            return DETAIL_NEVER, {}
        return DETAIL_CHECKUP, {"last": _date(p1).isoformat(), "months": str(p2)}
    if kind is ReminderKind.FOLLOWUP:
        if p1 is None:
            return DETAIL_NO_FOLLOWUP, {"registered": _date(p2).isoformat()}
        return DETAIL_FOLLOWUP, {"last": _date(p1).isoformat()}
    if kind is ReminderKind.DELIVERY:
        return DETAIL_DELIVERY, {"edd": due.isoformat()}
    if kind is ReminderKind.BIRTH_REPORT:
        return DETAIL_BIRTH, {"birth": _date(p1).isoformat(), "child": str(p2 or "")}
    if kind is ReminderKind.PAYMENT:
        return DETAIL_PAYMENT, {"period": period, "amount": yuan_text(_fen(p1))}
    return DETAIL_TURNING_50, {"birthday": due.isoformat()}

