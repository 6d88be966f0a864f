"""Which days a write can change figures from, so per-month caches drop only those months.

The change recorder notes one Touch per logged change: its record kind and the earliest day
among the dates it wrote (old and new values; a payment's period counts as its first day).
A change that names no date (a person's phone, a deleted record) touches every month.
Writes that bypass the log (an import, its undo) raise the generation without a touch, and
readers take a missing touch for "everything".
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

KEEP = 20_000  # touches kept; a reader further behind recomputes everything
# Record kinds that never change a figure: acts and preferences.
NO_FIGURES = frozenset({"export", "backup", "security", "reminder_postponement", "settings"})
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Touch:
    generation: int
    entity: str
    since: dt.date | None  # None: every day (no date to go by)
    person_id: int | None = None  # whose records changed (None: not one woman's)


def record_day(*values: Mapping[str, object] | None) -> dt.date | None:
    """The earliest date among the fields of a record's old and new values."""
    days = [earliest_day(name, value) for fields in values if fields
            for name, value in fields.items()]
    found = [day for day in days if day is not None]
    return min(found) if found else None


def earliest_day(field: str, *values: object) -> dt.date | None:
    """The earliest date among ``values`` (a period key "2026-11" or "2026" is its first day)."""
    days: list[dt.date] = []
    for value in values:
        if isinstance(value, dt.datetime):
            days.append(value.date())
        elif isinstance(value, dt.date):
            days.append(value)
        elif field == "period" and isinstance(value, str) and (m := _PERIOD.match(value)):
            days.append(dt.date(int(m.group(1)), int(m.group(2) or 1), 1))
    return min(days) if days else None


class TouchLog:
    def __init__(self) -> None:
        self._touches: deque[Touch] = deque(maxlen=KEEP)
        self._lock = threading.Lock()  # written on the UI thread, read by the overview's worker

    def note(self, generation: int, entity: str, action: str, field: str,
             old: object, new: object, record_day: dt.date | None = None,
             person_id: int | None = None) -> None:
        """One logged change; ``record_day`` is the earliest date of the whole record it
        belongs to (a check-up's result changes the months from its date on); ``person_id``
        the woman whose records it changed."""
        if entity in NO_FIGURES:
            since: dt.date | None = dt.date.max  # nothing to drop
        elif record_day is not None:
            since = record_day
        elif action in ("delete", "restore") or not field:
            since = None
        else:
            since = earliest_day(field, old, new)
        with self._lock:
            self._touches.append(Touch(generation, entity, since, person_id))

    def since(self, seen: int, now: int) -> tuple[dt.date | None, frozenset[str]]:
        """The earliest day changed by the writes after generation ``seen`` up to ``now``
        (dt.date.max: none; None: every day, or not known), and the record kinds written."""
        if now == seen:
            return dt.date.max, frozenset()
        with self._lock:
            found = [t for t in self._touches if seen < t.generation <= now]
        if len(found) != now - seen:  # a write that logged no touch, or one dropped
            return None, frozenset({"*"})
        days = [t.since for t in found]
        earliest = None if None in days else min(d for d in days if d is not None)
        return earliest, frozenset(t.entity for t in found)

    def persons(self, seen: int, now: int,
                until: dt.date = dt.date.max) -> frozenset[int] | None:
        """The women whose records the writes after generation ``seen`` up to ``now`` changed
        on or before ``until`` (writes that change no figure left out); None when one of
        them was not about one woman (a unit, the settings, an import) or is not known."""
        if now == seen:
            return frozenset()
        with self._lock:
            found = [t for t in self._touches if seen < t.generation <= now]
        if len(found) != now - seen:
            return None
        changing = [t for t in found if t.since is None
                    or (t.since != dt.date.max and t.since <= until)]
        if any(t.person_id is None for t in changing):
            return None
        return frozenset(t.person_id for t in changing if t.person_id is not None)
