"""The 概况 figures kept per month between visits: the reported month's figures, each
month's check-up coverage, the contraception mix of a day. After a write only the months it
can change are dropped (the change recorder's touches: a check-up dated today changes this
month and none before), so a visit after the usual write recomputes little or nothing; the
reported month itself keeps each woman's flags, and only the women written to since are
read again (month_persons).
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import TYPE_CHECKING

from desktop.domain.report_periods import Period
from desktop.domain.values.indicators import Figures, Rate
from desktop.services.indicators.month_persons import MonthPersons

if TYPE_CHECKING:
    from desktop.services.safety.changelog import ChangeRecorder

# Record kinds that can change the contraception mix of married WRA on a day.
MIX_KINDS = frozenset({"contraception", "person", "life_event", "child", "unit", "*"})


class OverviewCache:
    def __init__(self, recorder: ChangeRecorder) -> None:
        self._recorder = recorder
        self._seen = recorder.generation
        self._key: tuple[object, ...] = ()
        self._figures: dict[dt.date, Figures] = {}  # month start -> figures
        self._coverage: dict[dt.date, Rate] = {}  # month start -> check-up coverage
        self._mix: dict[dt.date, dict[str, int]] = {}  # day -> method -> count
        self._month: MonthPersons | None = None  # the reported month's flags per woman
        self.lock = threading.Lock()  # one overview computes at a time

    def sync(self, key: tuple[object, ...]) -> None:
        """Drop what the writes since the last call (or a change of ``key``: the settings
        the figures depend on) can have changed."""
        now = self._recorder.generation
        since, kinds = self._recorder.touches.since(self._seen, now)
        month = self._month
        persons = self._recorder.touches.persons(
            self._seen, now, _month_end(month.start) if month is not None else dt.date.max)
        self._seen = now
        if key != self._key:
            self._key, since, kinds, persons = key, None, frozenset({"*"}), None
        if month is not None and since != dt.date.max:
            if persons is None:
                self._month = None
            else:
                month.touch(persons, kinds)  # read again when the month is next computed
        if since is None:
            self._figures.clear()
            self._coverage.clear()
        elif since != dt.date.max:
            for kept in (self._figures, self._coverage):
                for start in [s for s in kept if _month_end(s) >= since]:
                    del kept[start]
        if kinds & MIX_KINDS:
            self._mix.clear()

    def figures(self, period: Period) -> Figures | None:
        return self._figures.get(period.start)

    def keep_figures(self, figures: Figures) -> None:
        self._figures[figures.period.start] = figures

    def month(self, period: Period) -> MonthPersons | None:
        month = self._month
        return month if month is not None and month.start == period.start else None

    def keep_month(self, month: MonthPersons) -> None:
        self._month = month  # one month only: the one the overview reports

    def coverage(self, period: Period) -> Rate | None:
        return self._coverage.get(period.start)

    def keep_coverage(self, periods: list[Period], rates: list[Rate]) -> None:
        self._coverage.update({p.start: r for p, r in zip(periods, rates, strict=True)})

    def mix(self, day: dt.date) -> dict[str, int] | None:
        return self._mix.get(day)

    def keep_mix(self, day: dt.date, mix: dict[str, int]) -> None:
        self._mix = {day: mix}  # only today's is asked for


def _month_end(start: dt.date) -> dt.date:
    following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
