"""A handful of deliberate contradictions in the demo data, so that 数据核查 has something to
show: one of each kind per 25,000 women (one of each from 200 women up; none below).

Each kind matches one data check (desktop/domain/values/data_checks.py):
  NO_PREGNANCY        a recent birth whose pregnancy was never registered
  OVERDUE             a pregnancy registered 44 weeks or more ago, still without an outcome
  CONTRACEPTION       a method recorded as used for weeks after her last menstrual period
  PREGNANT_CHECKUP    a check-up found her pregnant; no pregnancy registered
  PAID_AFTER_LEAVING  a benefit paid after she moved away (the enrolment was never ended)
  ID_MISMATCH         her stored birth date a day off her ID number, or a child's ID of the
                      other sex
  DUPLICATE           the same woman entered twice (same name and birth date, another ID)
Everything else in the demo is consistent; the data checks find only these and the rare
natural coincidence of two women with the same name and birth date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

NO_PREGNANCY = "no_pregnancy"
OVERDUE = "overdue"
CONTRACEPTION = "contraception"
PREGNANT_CHECKUP = "pregnant_checkup"
PAID_AFTER_LEAVING = "paid_after_leaving"
ID_MISMATCH = "id_mismatch"
DUPLICATE = "duplicate"
KINDS = (NO_PREGNANCY, OVERDUE, CONTRACEPTION, PREGNANT_CHECKUP, PAID_AFTER_LEAVING,
         ID_MISMATCH, DUPLICATE)

MIN_PERSONS = 200
PER_PERSONS = 25_000


def flaws_per_kind(persons: int) -> int:
    if persons < MIN_PERSONS:
        return 0
    return max(1, persons // PER_PERSONS)


class FlawPlan:
    """Which flaw to ask of the next woman. A kind that does not fit her (no recent birth,
    say) goes to the back of the queue and is asked of the following women."""

    def __init__(self, persons: int) -> None:
        count = flaws_per_kind(persons)
        spread = [(int((n + (k + 1) / (len(KINDS) + 1)) * persons / max(count, 1)), kind)
                  for n in range(count) for k, kind in enumerate(KINDS)]
        self._waiting = sorted(spread)
        self._due: list[str] = []
        self.applied: dict[str, int] = dict.fromkeys(KINDS, 0)

    def offer(self, index: int) -> str | None:
        while self._waiting and self._waiting[0][0] <= index:
            self._due.append(self._waiting.pop(0)[1])
        return self._due[0] if self._due else None

    def settle(self, kind: str | None, done: bool) -> None:
        if kind is None:
            return
        self._due.remove(kind)
        if done:
            self.applied[kind] += 1
        else:
            self._due.append(kind)


def shift_birth(row: dict[str, Any]) -> None:
    """Her record says born a day later than her ID number does."""
    row["birth_date"] = row["birth_date"] + dt.timedelta(days=1)
