"""Move a ledger to another database: a SQLite file to a PostgreSQL server, or back to a
file. The source is only read; the copy is verified before it is reported done: the same
number of rows in every table, and the same monthly report for every month with data."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Engine, func, select

from desktop.domain.report_periods import Period, month_of
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.closing import dump_figures
from desktop.domain.values.indicators import Figures
from desktop.errors import ConflictError, StorageError
from desktop.store.copy import copy_rows, count_rows
from desktop.store.models import Child, Person
from desktop.store.records import Checkup, LifeEvent, Payment, Pregnancy, Service

# the days that place records in months: the report's months run from the first of them
_DAYS = (Person.registered_on, Child.birth_date, Checkup.date,
         Pregnancy.registered_on, LifeEvent.date, Service.date, Payment.paid_on)
_FIRST_REPORT_YEAR = 1990  # birth dates reach far back; the report's months do not


class _Indicators(Protocol):
    def compute(self, period: Period, unit_id: int | None = None,
                with_units: bool = True) -> Figures: ...


class _Services(Protocol):
    @property
    def indicators(self) -> _Indicators: ...


@dataclass(frozen=True)
class MoveResult:
    counts: dict[str, int]
    months: int  # monthly reports compared
    seconds: float


def move_ledger(source: Engine, target: Engine, today: dt.date,
                services_for: Callable[[Engine], _Services],
                months: Iterable[Period] | None = None) -> MoveResult:
    """Copy ``source`` into the empty ledger ``target`` and verify the copy.
    ``services_for(engine)`` builds the services whose monthly report is compared, for
    ``months`` (default: every month from the first record's to today's)."""
    started = time.perf_counter()
    if any(count_rows(target).values()):
        raise ConflictError(QT_TRANSLATE_NOOP(
            "errors", "The target database already holds records; a ledger is moved into an "
                      "empty database only. Nothing was changed."))
    copy_rows(source, target)
    before, after = count_rows(source), count_rows(target)
    if before != after:
        wrong = ", ".join(f"{t} {before[t]}→{after.get(t)}" for t in before
                          if before[t] != after.get(t))
        raise StorageError(QT_TRANSLATE_NOOP(
            "errors", "The copy does not have the same number of rows ({tables}); do not use "
                      "it. The original was not changed."), tables=wrong)
    compared = 0
    old, new = services_for(source), services_for(target)
    for period in months if months is not None else report_months(source, today):
        if _report(old, period) != _report(new, period):  # the office, every month
            raise StorageError(QT_TRANSLATE_NOOP(
                "errors", "The monthly report of {month} differs in the copy; do not use it. "
                          "The original was not changed."), month=f"{period.start:%Y-%m}")
        compared += 1
    return MoveResult(after, compared, time.perf_counter() - started)


def report_months(engine: Engine, today: dt.date) -> Iterator[Period]:
    """Every month from the first with a record up to this one."""
    with engine.connect() as conn:
        firsts = [conn.scalar(select(func.min(day))) for day in _DAYS]
    days = [d for d in firsts if d is not None]
    floor = dt.date(_FIRST_REPORT_YEAR, 1, 1)
    first = max(min(days, default=today), floor)
    period = month_of(first)
    last = month_of(today)
    while period.start <= last.start:
        yield period
        period = month_of(period.end + dt.timedelta(days=1))


def _report(services: _Services, period: Period) -> dict[str, Any]:
    return dump_figures(services.indicators.compute(period, with_units=False))
