"""Closed report periods (结账, shared/indicators.md "Closed periods").

Closing stores the report's figures (the office's and every unit's) and the persons behind
each figure, in one transaction. A closed period's report is the stored one; each later
change that moves one of its figures is a correction, found from the change log: the
persons changed since the closing are counted again (only they can have moved), and
their rows are compared with the stored ones. 统计误差率 follows from the corrections.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    Table,
    cast,
    func,
    insert,
    literal,
    null,
    select,
)
from sqlmodel import Session, col

from desktop.domain.report_periods import Period, PeriodKind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.closing import (
    ERROR_COUNTS,
    Change,
    ClosedMark,
    ClosedReport,
    ClosureRow,
    Correction,
    dump_figures,
    load_figures,
)
from desktop.domain.values.indicators import BehindRow, Figures, Rate, RateKey
from desktop.errors import ConflictError, ValidationError
from desktop.services.indicators.behind import behind_select
from desktop.services.indicators.counts import FLAGS, person_flags
from desktop.services.indicators.population_sql import PeriodPersons
from desktop.services.indicators.service import IndicatorService
from desktop.services.people.units import UnitService
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.closing import ClosedPeriod, ClosedPerson
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import ChangeLog, Person, Unit
from desktop.store.sql import AnySelect, table_of
from desktop.store.work_lock import CLOSING, WorkLocks

log = logging.getLogger(__name__)

# (measure of the persons-behind lists, part, key of the figure it makes). A rate's
# denominator that is already a count (节育率: married WRA) is not stored twice.
STORED: tuple[tuple[str, str, str], ...] = (
    *((m, "num", m) for m in ("wra_start", "wra_end", "entries", "exits", "married_wra_end",
                              "inflow_wra_end", "outflow_wra_end", "births", "births_boys",
                              "births_girls", "pregnancies_registered", "deaths")),
    ("payments", "num", "payments_count"),
    *((k.value, "num", f"{k.value}:num") for k in RateKey if k is not RateKey.SEX_RATIO),
    *((k.value, "den", f"{k.value}:den") for k in (
        RateKey.CHECKUP_COVERAGE, RateKey.BENEFIT_PAYMENT_RATE, RateKey.DATA_COMPLETENESS,
        RateKey.OUTFLOW_INFORMATION, RateKey.INFLOW_SERVICE, RateKey.WHOLE_COURSE_PREGNANCY,
        RateKey.INFORMATION_ACCURACY)),
)
KEY_OF = {(m, p): k for m, p, k in STORED}
# Figures whose persons are those of another stored figure.
STORED_ALIASES = {
    (RateKey.CONTRACEPTIVE_PREVALENCE.value, "den"): ("married_wra_end", "num"),
    (RateKey.BIRTH_REPORT_TIMELINESS.value, "den"): ("births", "num"),
    (RateKey.EARLY_PREGNANCY_REGISTRATION.value, "den"): ("pregnancies_registered", "num"),
    (RateKey.SEX_RATIO.value, "num"): ("births_boys", "num"),
    (RateKey.SEX_RATIO.value, "den"): ("births_girls", "num"),
    (RateKey.PRE_PREGNANCY_CHECKUP.value, "den"): ("births", "num"),
    ("payments_count", "num"): ("payments", "num"),
}
NO_REASON = QT_TRANSLATE_NOOP("errors", "Please give the reason for reopening.")
NOT_CLOSED = QT_TRANSLATE_NOOP("errors", "This period is not closed.")
ALREADY = QT_TRANSLATE_NOOP("errors", "This period is already closed; reopen it first.")
CHUNK = 900  # persons per IN list
# The stored figures copied from the per-person flags (counts.person_flags) at closing.
FROM_FLAGS = {
    ("wra_start", "num"): "wra_start", ("wra_end", "num"): "wra_end",
    ("married_wra_end", "num"): "married_wra_end", ("inflow_wra_end", "num"): "inflow_wra_end",
    ("outflow_wra_end", "num"): "outflow_wra_end",
    (RateKey.CHECKUP_COVERAGE.value, "num"): "checkup_num",
    (RateKey.CHECKUP_COVERAGE.value, "den"): "checkup_den",
    (RateKey.CONTRACEPTIVE_PREVALENCE.value, "num"): "contra_num",
    (RateKey.DATA_COMPLETENESS.value, "num"): "complete",
    (RateKey.DATA_COMPLETENESS.value, "den"): "active_end",
    (RateKey.OUTFLOW_INFORMATION.value, "num"): "outflow_num",
    (RateKey.OUTFLOW_INFORMATION.value, "den"): "outflow_den",
    (RateKey.INFLOW_SERVICE.value, "num"): "inflow_num",
    (RateKey.INFLOW_SERVICE.value, "den"): "inflow_den",
}


class ClosingService:
    def __init__(self, engine: Engine, factory: SessionFactory, indicators: IndicatorService,
                 units: UnitService, recorder: ChangeRecorder, user: Callable[[], str],
                 now: Callable[[], dt.datetime], locks: WorkLocks | None = None) -> None:
        self._engine = engine
        # on a server: one month closing (or import) at a time; the others are told who
        self._locks = locks or WorkLocks(engine, user, now)
        self._factory = factory
        self._indicators = indicators
        self._units = units
        self._recorder = recorder
        self._user = user
        self._now = now

    # -- reading ---------------------------------------------------------------------
    def closure(self, period: Period) -> ClosureRow | None:
        """The closing in force for exactly this period, if any."""
        with self._factory() as session:
            row = self._active(session, period)
            return _row(row) if row is not None else None

    def history(self) -> list[ClosureRow]:
        """Every closing, the reopened ones included, newest first."""
        with self._factory() as session:
            rows = session.execute(select(ClosedPeriod).order_by(
                col(ClosedPeriod.start).desc(), col(ClosedPeriod.id).desc())).scalars()
            return [_row(r) for r in rows]

    def closed(self) -> list[ClosureRow]:
        """The closings in force, oldest period first."""
        return sorted((r for r in self.history() if r.reopened_at is None),
                      key=lambda r: (r.start, r.end))

    def containing(self, days: Iterable[dt.date | None]) -> list[ClosureRow]:
        """Closed periods (in force) that hold one of ``days``."""
        wanted = [d for d in days if d is not None]
        return [r for r in self.closed() if any(r.start <= d <= r.end for d in wanted)]

    # -- closing and reopening -------------------------------------------------------
    def close(self, period: Period) -> ClosureRow:
        """Store the report's figures and the persons behind each one.

        The per-person flags are computed once into a temporary table: the figures are
        summed from it and the persons behind them copied from it."""
        with self._locks.held(CLOSING):
            return self._close(period)

    def _close(self, period: Period) -> ClosureRow:
        started = dt.datetime.now()
        pp = PeriodPersons(period, self._indicators.intervals())
        flags = _flags_table()
        with transaction(self._factory) as session:
            if self._active(session, period) is not None:
                raise ConflictError(ALREADY)
            conn = session.connection()
            flags.create(conn)
            try:
                conn.execute(insert(flags).from_select(
                    [c.name for c in flags.columns], person_flags(pp)))
                figures = self._indicators.compute_all(period, conn, flags)
                result = self._store(session, period, pp, figures, flags)
            finally:
                flags.drop(conn)
        log.info("closed %s..%s in %.1f s", period.start, period.end,
                 (dt.datetime.now() - started).total_seconds())
        return result

    def _store(self, session: Session, period: Period, pp: PeriodPersons,
               figures: dict[int | None, Figures], flags: Table) -> ClosureRow:
        payload = json.dumps({"" if k is None else str(k): dump_figures(f)
                              for k, f in figures.items()}, ensure_ascii=False)
        row = ClosedPeriod(kind=period.kind.value, start=period.start, end=period.end,
                           figures=payload, closed_at=self._now(), closed_by=self._user())
        session.add(row)
        session.flush()
        assert row.id is not None
        conn = session.connection()
        columns = ["closure_id", "measure", "part", "person_id", "unit_id", "record_id"]
        for measure, part, _key in STORED:
            flag = FROM_FLAGS.get((measure, part))
            if flag is not None:
                unit = flags.c.unit_start if flag == "wra_start" else flags.c.unit_id
                source = select(literal(row.id), literal(measure), literal(part), flags.c.id,
                                unit, cast(null(), Integer)).where(flags.c[flag] == 1)
            else:
                rows = behind_select(pp, measure, part).subquery()
                source = select(literal(row.id), literal(measure), literal(part),
                                rows.c.person_id, rows.c.unit_id, rows.c.record_id)
            conn.execute(insert(ClosedPerson).from_select(columns, source))
        self._recorder.record(session, entity="closed_period", entity_id=row.id,
                              action="create", field="period",
                              new=f"{period.start.isoformat()}..{period.end.isoformat()}")
        return _row(row)

    def reopen(self, period: Period, reason: str) -> None:
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError(NO_REASON, field="reason")
        if len(reason) > 500:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This field holds at most {limit} characters."),
                field="reason", limit=500)
        with transaction(self._factory) as session:
            row = self._active(session, period)
            if row is None:
                raise ConflictError(NOT_CLOSED)
            assert row.id is not None
            row.reopened_at, row.reopened_by, row.reopen_reason = self._now(), self._user(), reason
            self._recorder.record(session, entity="closed_period", entity_id=row.id,
                                  action="update", field="reopen_reason", new=reason)
        log.info("reopened %s..%s", period.start, period.end)

    # -- the closed report -----------------------------------------------------------
    def report(self, period: Period, unit_id: int | None = None) -> ClosedReport | None:
        """The stored report of a closed period with its corrections; None when the
        period (or this unit's report of it) is not closed."""
        with self._factory() as session:
            row = self._active(session, period)
            if row is None:
                return None
            stored = json.loads(row.figures)
            key = "" if unit_id is None else str(unit_id)
            if key not in stored:
                return None
            assert row.id is not None
            mark = ClosedMark(row.id, row.closed_at, row.closed_by)
        figures = load_figures(stored[key])
        scope = None if unit_id is None else set(self._units.subtree_ids(unit_id))
        corrections = self.corrections(period, unit_id, _mark=mark, _scope=scope)
        report = ClosedReport(figures, mark, corrections)
        drift = sum(abs(report.current(k) - getattr(figures, k)) for k in ERROR_COUNTS)
        report.error = Rate(drift, sum(getattr(figures, k) for k in ERROR_COUNTS))
        return report

    def corrections(self, period: Period, unit_id: int | None = None, *,
                    _mark: ClosedMark | None = None,
                    _scope: set[int] | None = None) -> list[Correction]:
        """Each person changed since the closing whose figures moved, with her changes."""
        if _mark is None:
            with self._factory() as session:
                row = self._active(session, period)
                if row is None:
                    return []
                assert row.id is not None
                _mark = ClosedMark(row.id, row.closed_at, row.closed_by)
            _scope = None if unit_id is None else set(self._units.subtree_ids(unit_id))
        pp = PeriodPersons(period, self._indicators.intervals())
        with self._engine.connect() as conn:
            # After the closing's own entry in the change log (not by time: two writes may
            # share a second).
            boundary = conn.execute(
                select(func.max(col(ChangeLog.id))).where(
                    col(ChangeLog.entity) == "closed_period", col(ChangeLog.entity_id) == _mark.closure_id,
                    col(ChangeLog.action) == "create")).scalar() or 0
            changes: dict[int, list[Change]] = defaultdict(list)
            for r in conn.execute(
                    select(table_of(ChangeLog)).where(col(ChangeLog.id) > boundary,
                                            col(ChangeLog.person_id).is_not(None))
                    .order_by(col(ChangeLog.id))):
                changes[r.person_id].append(Change(r.at, r.entity, r.entity_id, r.action,
                                                   r.field, r.old_value, r.new_value))
            if not changes:
                return []
            moves: dict[int, Counter[str]] = defaultdict(Counter)
            for chunk in _chunks(sorted(changes), CHUNK):
                for stored in conn.execute(
                        select(col(ClosedPerson.measure), col(ClosedPerson.part), col(ClosedPerson.person_id),
                               col(ClosedPerson.unit_id))
                        .where(col(ClosedPerson.closure_id) == _mark.closure_id,
                               col(ClosedPerson.person_id).in_(chunk))):
                    if _scope is None or stored.unit_id in _scope:
                        moves[stored.person_id][KEY_OF[(stored.measure, stored.part)]] -= 1
                for flags in conn.execute(person_flags(pp, None, chunk)).mappings():
                    for (_measure, _part), flag in FROM_FLAGS.items():
                        unit = flags["unit_start"] if flag == "wra_start" else flags["unit_id"]
                        if flags[flag] and (_scope is None or unit in _scope):
                            moves[flags["id"]][KEY_OF[(_measure, _part)]] += 1
                for measure, part, key in STORED:
                    if (measure, part) in FROM_FLAGS:
                        continue
                    for r in conn.execute(behind_select(pp, measure, part, chunk)):
                        if _scope is None or r.unit_id in _scope:
                            moves[r.person_id][key] += 1
            moved = {pid: {k: v for k, v in c.items() if v} for pid, c in moves.items()}
            moved = {pid: m for pid, m in moved.items() if m}
            if not moved:
                return []
            people = {r.id: r for r in conn.execute(
                select(col(Person.id), col(Person.name), col(Person.id_number), col(Person.name_pinyin))
                .where(col(Person.id).in_(list(moved))))}
        out = [Correction(pid, people[pid].name, people[pid].id_number, changes[pid], m)
               for pid, m in moved.items() if pid in people]
        return sorted(out, key=lambda c: (people[c.person_id].name_pinyin, c.person_id))

    def preview(self, day: dt.date, key: str, delta: int = 1,
                ) -> list[tuple[ClosureRow, str, int, int]]:
        """What adding ``delta`` to figure ``key`` on ``day`` would do to the closed
        periods that hold the day: (closing, key, value now, value after)."""
        out = []
        for row in self.containing([day]):
            report = self.report(Period(PeriodKind(row.kind), row.start, row.end))
            if report is None:
                continue
            now = report.current(key) if hasattr(report.figures, key) else 0
            out.append((row, key, now, now + delta))
        return out

    # -- the persons stored behind a figure -------------------------------------------
    def count_stored(self, closure_id: int, unit_id: int | None, measure: str,
                     part: str = "num") -> int:
        stmt = select(func.count()).select_from(
            self._stored(closure_id, unit_id, measure, part).subquery())
        with self._engine.connect() as conn:
            return int(conn.execute(stmt).scalar() or 0)

    def page_stored(self, closure_id: int, unit_id: int | None, measure: str, part: str,
                    offset: int, limit: int) -> list[BehindRow]:
        """The persons behind a figure as it was closed (her name and number as today)."""
        rows = self._stored(closure_id, unit_id, measure, part).subquery()
        stmt: AnySelect = (select(col(Person.id), col(Person.name), col(Person.id_number), col(Unit.name).label("unit_name"))
                .select_from(rows.join(table_of(Person), col(Person.id) == rows.c.person_id)
                             .outerjoin(table_of(Unit), col(Unit.id) == rows.c.unit_id))
                .order_by(col(Person.name_pinyin), col(Person.id), rows.c.id).offset(offset).limit(limit))
        with self._engine.connect() as conn:
            return [BehindRow(r.id, r.name, r.id_number, r.unit_name or "", None)
                    for r in conn.execute(stmt)]

    def _stored(self, closure_id: int, unit_id: int | None, measure: str, part: str) -> AnySelect:
        measure, part = STORED_ALIASES.get((measure, part), (measure, part))
        stmt = select(col(ClosedPerson.id), col(ClosedPerson.person_id), col(ClosedPerson.unit_id)).where(
            col(ClosedPerson.closure_id) == closure_id, col(ClosedPerson.measure) == measure,
            col(ClosedPerson.part) == part)
        if unit_id is not None:
            stmt = stmt.where(col(ClosedPerson.unit_id).in_(self._units.subtree_ids(unit_id)))
        return stmt

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _active(session: Session, period: Period) -> ClosedPeriod | None:
        return session.execute(
            select(ClosedPeriod).where(col(ClosedPeriod.start) == period.start,
                                       col(ClosedPeriod.end) == period.end,
                                       col(ClosedPeriod.reopened_at).is_(None))
            .order_by(col(ClosedPeriod.id).desc()).limit(1)).scalar_one_or_none()


def _flags_table() -> Table:
    """A temporary table for counts.person_flags (one per closing, dropped after)."""
    return Table("closing_flags", MetaData(), Column("id", Integer, primary_key=True),
                 Column("unit_id", Integer), Column("unit_start", Integer),
                 *[Column(name, Integer) for name in FLAGS], prefixes=["TEMPORARY"])


def _row(r: ClosedPeriod) -> ClosureRow:
    assert r.id is not None
    return ClosureRow(r.id, r.kind, r.start, r.end, r.closed_at, r.closed_by, r.reopened_at,
                      r.reopened_by, r.reopen_reason)


def _chunks(items: Sequence[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])
