"""The person-level flags of one month, kept per woman, so that after a write only the women
it touched are read again (the 概况's month after a check-up dated today: a few rows instead
of the whole register).

Every person-level figure of the report (counts.FLAGS) is a sum of 0/1 flags, one per woman
(counts.person_flags). The flags of each woman are kept as one integer (bit i: FLAGS[i]);
the sums follow from the counts of each distinct pattern."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, literal, select
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.kinds import Kind
from desktop.services.indicators.counts import FLAGS, person_flags
from desktop.services.indicators.flows import Flows
from desktop.services.indicators.population_sql import PeriodPersons
from desktop.services.safety.touches import NO_FIGURES

# Record kinds that change no event count and no entry or exit (counts.event_counts,
# flows.steps read children, pregnancies, follow-ups, services, benefits, payments, samples,
# life events and the persons), and acts that change no figure at all.
NO_EVENTS = frozenset({Kind.CHECKUP.value, Kind.CONTRACEPTION.value}) | NO_FIGURES
MAX_TOUCHED = 2_000  # more women touched since: the whole month is read again
CHUNK = 500  # women per statement when a few are read again


@dataclass
class MonthPersons:
    start: dt.date  # the month's first day
    bits: dict[int, int]  # person id -> her flags (bit i: FLAGS[i]); only women with any
    total: Counter[str]  # the sums of FLAGS over every woman
    touched: set[int] = field(default_factory=set)  # to read again before the next use
    # The month's event counts (births, payments…) and entries/exits, kept while only
    # record kinds that change none of them are written (check-ups, contraception).
    events: tuple[Counter[str], Flows] | None = None

    def touch(self, persons: Iterable[int], kinds: frozenset[str]) -> None:
        self.touched.update(persons)
        if kinds - NO_EVENTS:
            self.events = None


def read_month(conn: Connection, persons: PeriodPersons,
               kept: MonthPersons | None) -> MonthPersons:
    """The month's flags: ``kept`` brought up to date (its touched women read again), or the
    whole register read when nothing of this month is kept or too many women were touched."""
    start = persons.period.start
    if kept is None or kept.start != start or len(kept.touched) > MAX_TOUCHED:
        bits = _bits(conn, persons, None)
        total: Counter[str] = Counter()
        for pattern, count in Counter(bits.values()).items():
            _add(total, pattern, count)
        return MonthPersons(start, bits, total)
    touched = sorted(kept.touched)
    for first in range(0, len(touched), CHUNK):
        part = touched[first:first + CHUNK]
        fresh = _bits(conn, persons, part)
        for person_id in part:
            old = kept.bits.pop(person_id, 0)
            new = fresh.get(person_id, 0)
            _add(kept.total, old, -1)
            _add(kept.total, new, 1)
            if new:
                kept.bits[person_id] = new
    kept.touched.clear()
    return kept


def _add(total: Counter[str], pattern: int, count: int) -> None:
    for index, name in enumerate(FLAGS):
        if pattern >> index & 1:
            total[name] += count


def _bits(conn: Connection, persons: PeriodPersons,
          person_ids: list[int] | None) -> dict[int, int]:
    rows = person_flags(persons, None, person_ids).subquery("pf")
    packed: ColumnElement[int] = literal(0)
    for index, name in enumerate(FLAGS):
        packed = packed + rows.c[name] * (1 << index)
    stmt = select(rows.c.id, packed)
    return {person_id: int(value) for person_id, value in conn.execute(stmt) if value}
