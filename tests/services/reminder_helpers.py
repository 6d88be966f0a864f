"""Shared set-up of the reminder tests: a ledger with units and married women."""

from __future__ import annotations

import datetime as dt

from desktop.domain.values.care import CheckupDraft
from desktop.domain.values.reminders import ReminderKind, ReminderQuery
from tests.helpers import draft, fresh_services

D = dt.date


def ledger(tmp_path, today: dt.date | None = None):
    s = fresh_services(tmp_path) if today is None else fresh_services(tmp_path, today)
    s.town = s.units.add("城关镇")
    s.street = s.units.add("东街社区", s.town)
    s.village = s.units.add("北关村")
    return s


def woman(s, name: str, birth: dt.date, seq: int = 2, unit: int | None = None,
          **fields: object) -> int:
    """A married woman (first marriage, no date) unless ``fields`` say otherwise."""
    values: dict[str, object] = {"marital_status": "first_marriage"}
    values.update(fields)
    return s.persons.create(draft(name, birth, unit or s.street, seq, **values))


def check(s, person_id: int, day: dt.date) -> int:
    return s.checkups.add(person_id, CheckupDraft(date=day, check_iud=True, place="服务站"))


def query(as_of: dt.date, days: int = 30, kinds: tuple[ReminderKind, ...] = (),
          **fields: object) -> ReminderQuery:
    return ReminderQuery(as_of=as_of, horizon_days=days, kinds=frozenset(kinds), **fields)


def listed(s, as_of: dt.date, days: int = 30, kinds: tuple[ReminderKind, ...] = (),
           **fields: object) -> list[tuple[str, int, dt.date]]:
    """(kind, person, due date) of every reminder, in list order."""
    q = query(as_of, days, kinds, **fields)
    rows = [r for chunk in s.reminders.stream(q) for r in chunk]
    assert s.reminders.count(q) == len(rows)
    return [(r.kind.value, r.person_id, r.due_date) for r in rows]


def reminders(s, as_of: dt.date, days: int = 30, kinds: tuple[ReminderKind, ...] = (),
              **fields: object):
    return s.reminders.page(query(as_of, days, kinds, **fields), 0, 10_000)
