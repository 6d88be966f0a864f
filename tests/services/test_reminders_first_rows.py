"""The first pages of the reminder list (first_rows: the stored last check-ups walked by
date) are the rule's own first rows, over generated histories: check-ups, returns,
pregnancies with follow-ups and outcomes, children, benefits and payments, postponements,
deletions and restores, settings changes; at several days, horizons, kinds and units; with
the stored rows brought up to date and with the changes since left to the reader."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.domain.values.pregnancy import BabyDraft, PregnancyDraft
from desktop.domain.values.reminders import ReminderKind, ReminderQuery
from desktop.errors import LedgerError
from desktop.services.reminders import first_rows
from desktop.store import reminder_due as due_rows
from desktop.store.reminder_due import ReminderDue
from tests.services.reminder_helpers import D, check, ledger, woman

TODAY = D(2026, 11, 28)
START = D(2024, 1, 1)
SPAN = (TODAY - START).days
SEQ = itertools.count(1)

DAY = st.integers(0, SPAN)
OPS = st.one_of(
    st.tuples(st.just("check"), DAY),
    st.tuples(st.just("check"), DAY),
    st.tuples(st.just("away"), DAY),
    st.tuples(st.just("return"), DAY),
    st.tuples(st.just("pregnancy"), DAY, st.integers(20, 120)),
    st.tuples(st.just("followup"), DAY),
    st.tuples(st.just("outcome"), DAY, st.sampled_from(["live_birth", "miscarriage"])),
    st.tuples(st.just("benefit"), st.sampled_from(["month", "year"]), DAY),
    st.tuples(st.just("payment"), DAY),
    st.tuples(st.just("delete_checkup")),
    st.tuples(st.just("restore_checkup")),
    st.tuples(st.just("delete_person")),
    st.tuples(st.just("restore_person")),
    st.tuples(st.just("postpone"), DAY, st.integers(1, 90)),
    st.tuples(st.just("intervals"), st.integers(1, 24)),
    st.tuples(st.just("payment_month"), st.integers(1, 12)),
)
WOMAN = st.fixed_dictionaries({
    "age": st.sampled_from([14, 15, 16, 30, 45, 49, 50]),  # at START
    "days": st.integers(0, 364),
    "married": st.sampled_from(["first_marriage", "first_marriage", "remarried", "single"]),
    "category": st.sampled_from(["resident", "resident", "outflow"]),
    "group": st.sampled_from(["key", "general"]),
    "unit": st.integers(0, 2),
})
QUERY = st.fixed_dictionaries({
    "day": st.integers(-60, SPAN + 400),
    "horizon": st.sampled_from([0, 7, 30, 90, 400]),
    "kinds": st.sampled_from([(), (ReminderKind.CHECKUP,), (ReminderKind.CERTIFICATE,),
                              (ReminderKind.CHECKUP, ReminderKind.FOLLOWUP),
                              (ReminderKind.PAYMENT, ReminderKind.CERTIFICATE)]),
    "unit": st.sampled_from([None, None, 0, 2]),
    "count": st.sampled_from([1, 2, 5, 40]),
})


@pytest.fixture
def s(tmp_path, monkeypatch):
    s = ledger(tmp_path, TODAY)
    s.units_ = [s.town, s.street, s.village]
    s.fast = {"asked": 0, "answered": 0}
    real = first_rows.first_rows

    def spy(*args, **kwargs):
        s.fast["asked"] += 1
        found = real(*args, **kwargs)
        s.fast["answered"] += found is not None
        return found

    monkeypatch.setattr(first_rows, "first_rows", spy)
    monkeypatch.setattr(first_rows, "MIN_WALK", 2)  # short walks: several rounds, limits hit
    monkeypatch.setattr(first_rows, "WALK_PER_ROW", 2)
    return s


def _day(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)


def _add_woman(s, w) -> int | None:
    n = next(SEQ)
    birth = dt.date(START.year - w["age"], 1, 1) + dt.timedelta(days=w["days"] + n % 50)
    try:
        return woman(s, f"女{n}", birth, n % 100, unit=s.units_[w["unit"]],
                     marital_status=w["married"], category=w["category"],
                     checkup_group=w["group"])
    except LedgerError:
        return None


def _apply(s, her: int, op: tuple, kept: dict) -> None:  # noqa: C901 - one branch per step
    kind, *args = op
    mine = kept.setdefault(her, {"checkups": [], "deleted": [], "pregnancy": None,
                                 "benefit": None})
    if kind == "check":
        mine["checkups"].append(check(s, her, _day(args[0])))
    elif kind in ("away", "return"):
        s.life_events.add(her, "moved_away" if kind == "away" else "returned", _day(args[0]))
    elif kind == "pregnancy":
        day = _day(args[0])
        mine["pregnancy"] = s.pregnancies.add(her, PregnancyDraft(
            registered_on=day, lmp=day - dt.timedelta(days=args[1])))
    elif kind == "followup" and mine["pregnancy"]:
        s.pregnancies.add_followup(mine["pregnancy"], _day(args[0]))
    elif kind == "outcome" and mine["pregnancy"]:
        babies = [BabyDraft(name="小宝", sex="F")] if args[1] == "live_birth" else []
        s.pregnancies.record_outcome(mine["pregnancy"], args[1], _day(args[0]), babies)
    elif kind == "benefit":
        mine["benefit"] = s.benefits.add(her, BenefitDraft("reward", 1000, args[0], _day(args[1])))
    elif kind == "payment" and mine["benefit"]:
        day = _day(args[0])
        s.benefits.add_payment(mine["benefit"], PaymentDraft(f"{day:%Y-%m}", 1000, day))
        s.benefits.add_payment(mine["benefit"], PaymentDraft(f"{day:%Y}", 1000, day))
    elif kind == "delete_checkup" and mine["checkups"]:
        record = mine["checkups"].pop()
        s.checkups.delete("checkup", record, her)
        mine["deleted"].append(record)
    elif kind == "restore_checkup" and mine["deleted"]:
        record = mine["deleted"].pop()
        s.checkups.restore("checkup", record, her)
        mine["checkups"].append(record)
    elif kind == "delete_person":
        s.persons.delete(her)
    elif kind == "restore_person":
        s.persons.restore(her)
    elif kind == "postpone":
        as_of = _day(args[0])
        rows = s.reminders.page(ReminderQuery(as_of, 30), 0, 10_000)
        for r in rows:
            if r.person_id == her:
                s.reminders.postpone(r, max(as_of, TODAY) + dt.timedelta(days=args[1]), "外出")
                break
    elif kind == "intervals":
        s.settings.set_checkup_intervals({"key": args[0], "general": 12})
    elif kind == "payment_month":
        s.settings.set_payment_due_month(args[0])


def _full(s, q: ReminderQuery) -> list:
    """The rule on everyone: the whole list in order."""
    return [r for chunk in s.reminders.stream(q) for r in chunk]


def _compare(s, spec, caught_up: bool) -> None:
    q = ReminderQuery(_day(spec["day"]), spec["horizon"], frozenset(spec["kinds"]),
                      None if spec["unit"] is None else s.units_[spec["unit"]])
    n = spec["count"]
    expected = _full(s, q)
    s.reminders.forget_cached()
    first = s.reminders.page(q, 0, n)
    assert [r.key for r in first] == [r.key for r in expected[:n]]
    assert first == expected[:n]  # the details too
    s.reminders.forget_cached()
    assert [r.key for r in s.reminders.page(q, n, n)] == [r.key for r in expected[n:2 * n]]
    if caught_up:
        with s.engine.connect() as conn:
            assert due_rows.mark(conn) == due_rows.newest_change(conn)
    nearest = dataclasses.replace(q, nearest_first=True)  # another order: the rule itself
    assert len(s.reminders.page(nearest, 0, n)) == min(n, len(expected))


@given(women=st.lists(st.tuples(WOMAN, st.lists(OPS, max_size=8)), min_size=1, max_size=3),
       queries=st.lists(QUERY, min_size=2, max_size=4), caught_up=st.booleans())
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_the_first_pages_are_the_rules_first_rows(s, monkeypatch, women, queries, caught_up):
    monkeypatch.setattr(first_rows, "CATCH_UP_AT", 0 if caught_up else 10**9)
    kept: dict = {}
    for w, ops in women:
        her = _add_woman(s, w)
        if her is None:
            continue
        for op in ops:
            try:
                _apply(s, her, op, kept)
            except LedgerError:  # a step the rules refuse (a return with no move away…)
                pass
    for spec in queries:
        _compare(s, spec, caught_up)


def test_the_fast_way_answered(s, monkeypatch):
    """Not a fallback in disguise: with the rows up to date the walk answers."""
    monkeypatch.setattr(first_rows, "CATCH_UP_AT", 0)
    for i in range(12):
        her = woman(s, f"女{i}", D(1985, 1, 1) + dt.timedelta(days=i), i + 1,
                    checkup_group="key" if i % 2 else "general")
        check(s, her, D(2025, 1, 1) + dt.timedelta(days=17 * i))
    q = ReminderQuery(TODAY, 30)
    expected = _full(s, q)
    assert len(expected) == 12
    for n in (1, 3, 10):
        s.reminders.forget_cached()
        assert s.reminders.page(q, 0, n) == expected[:n]
    assert s.fast == {"asked": 3, "answered": 3}


def test_the_rows_kept_up_to_date_are_those_made_afresh(s, monkeypatch):
    """The rows caught up change by change equal the rows made from scratch (the
    migration makes them so too: test_migrations)."""
    monkeypatch.setattr(first_rows, "CATCH_UP_AT", 0)
    her = woman(s, "张秀英", D(1985, 1, 1), 1, checkup_group="key")
    other = woman(s, "李芳", D(1986, 1, 1), 2)
    gone = check(s, her, D(2025, 3, 1))
    check(s, her, D(2024, 3, 1))
    s.life_events.add(other, "moved_away", D(2024, 5, 1))
    s.life_events.add(other, "returned", D(2025, 6, 1))
    check(s, other, D(2025, 1, 1))  # before her return: does not count
    s.reminders.page(ReminderQuery(TODAY, 30), 0, 5)
    s.checkups.delete("checkup", gone, her)
    s.reminders.page(ReminderQuery(TODAY, 30), 0, 5)
    with s.engine.connect() as conn:
        kept = sorted(conn.execute(select(ReminderDue.__table__)).all())
        afresh = sorted(conn.execute(due_rows.rows_select()).all())
    assert kept == afresh
    assert kept == [(her, "key", D(2024, 3, 1), None, D(2024, 3, 1), D(1985, 1, 1)),
                    (other, "general", None, D(2025, 6, 1), D(2025, 6, 1), D(1986, 1, 1))]


def test_women_due_on_one_day_beyond_a_walk_are_read(s, monkeypatch):
    """Five women due on the same day, a walk of two: the list's order among them (by
    name) is not the walk's (by row), so the walk must read them all."""
    monkeypatch.setattr(first_rows, "CATCH_UP_AT", 0)
    names = ["周", "赵", "王", "李", "艾"]  # their pinyin runs against their ids
    for i, name in enumerate(names):
        her = woman(s, name, D(1985, 1, 1) + dt.timedelta(days=i), i + 1)
        check(s, her, D(2025, 11, 1))
    q = ReminderQuery(TODAY, 30)
    expected = _full(s, q)
    assert [r.name for r in expected] == ["艾", "李", "王", "赵", "周"]
    for n in (1, 2, 3):
        s.reminders.forget_cached()
        assert s.reminders.page(q, 0, n) == expected[:n]
    assert s.fast["answered"] == 3


def test_a_ledger_without_a_person_keeps_no_mark(s):
    """It stays empty for a move-to or demo data, whatever the reminder list read."""
    assert s.reminders.page(ReminderQuery(TODAY, 30), 0, 10) == []
    with s.engine.connect() as conn:
        assert due_rows.mark(conn) is None
    her = woman(s, "张秀英", D(1985, 1, 1), 1)
    assert [r.person_id for r in s.reminders.page(ReminderQuery(TODAY, 30), 0, 10)] == [her]
    with s.engine.connect() as conn:
        assert due_rows.mark(conn) == due_rows.newest_change(conn)
