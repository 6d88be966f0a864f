"""Pregnancy date rules and the life-event sequence, with property tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.enums import EventKind, Outcome, RecordStatus
from desktop.domain.life_events import replay
from desktop.domain.pregnancy import (
    check_pregnancy,
    expected_delivery,
    gestation,
    is_early_registration,
    weeks_text,
)
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.errors import ValidationError

days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
TODAY = dt.date(2026, 11, 28)
MOTHER = dt.date(1990, 3, 7)


def test_known_values():
    assert expected_delivery(dt.date(2026, 1, 1)) == dt.date(2026, 10, 8)
    assert expected_delivery(dt.date(2024, 2, 29)) == dt.date(2024, 12, 5)
    assert gestation(dt.date(2026, 1, 1), dt.date(2026, 1, 1)) == (0, 0)
    assert gestation(dt.date(2026, 1, 1), dt.date(2026, 3, 26)) == (12, 0)
    assert weeks_text(dt.date(2026, 1, 1), dt.date(2026, 1, 25)) == "3+3"
    assert weeks_text(dt.date(2026, 1, 1), dt.date(2025, 12, 31)) == ""
    with pytest.raises(ValueError):
        gestation(dt.date(2026, 1, 2), dt.date(2026, 1, 1))


@given(days, st.integers(min_value=0, max_value=400))
def test_gestation_counts_days_from_the_lmp(lmp, elapsed):
    day = lmp + dt.timedelta(days=elapsed)
    weeks, rest = gestation(lmp, day)
    assert 0 <= rest < 7 and weeks * 7 + rest == elapsed


@given(days)
def test_edd_is_forty_weeks(lmp):
    assert gestation(lmp, expected_delivery(lmp)) == (40, 0)


def test_early_registration_boundary():
    lmp = dt.date(2026, 1, 1)
    assert is_early_registration(lmp, lmp + dt.timedelta(days=83))  # 11+6
    assert not is_early_registration(lmp, lmp + dt.timedelta(days=84))  # 12+0


@given(days, st.integers(min_value=0, max_value=400))
def test_early_means_before_twelve_full_weeks(lmp, elapsed):
    registered = lmp + dt.timedelta(days=elapsed)
    assert is_early_registration(lmp, registered) == (gestation(lmp, registered)[0] < 12)


def good(**changes) -> PregnancyDraft:
    base = dict(registered_on=dt.date(2026, 6, 1), lmp=dt.date(2026, 4, 1))
    return PregnancyDraft(**{**base, **changes})


@pytest.mark.parametrize(("changes", "field"), [
    ({"registered_on": None}, "registered_on"),
    ({"lmp": None}, "lmp"),
    ({"registered_on": dt.date(2026, 11, 29)}, "registered_on"),
    ({"lmp": dt.date(2026, 11, 29), "registered_on": dt.date(2026, 11, 28)}, "lmp"),
    ({"lmp": dt.date(2002, 3, 7), "registered_on": dt.date(2002, 5, 1)}, "lmp"),  # 12th birthday
    ({"registered_on": dt.date(2026, 3, 31)}, "registered_on"),  # before the LMP
    ({"outcome": Outcome.MISCARRIAGE.value}, "outcome_date"),
    ({"outcome_date": dt.date(2026, 7, 1)}, "outcome"),
    ({"outcome": "twins", "outcome_date": dt.date(2026, 7, 1)}, "outcome"),
    ({"outcome": Outcome.MISCARRIAGE.value, "outcome_date": dt.date(2026, 3, 1)}, "outcome_date"),
    ({"outcome": Outcome.MISCARRIAGE.value, "outcome_date": dt.date(2026, 12, 1)}, "outcome_date"),
    ({"note": "x" * 501}, "note"),
])
def test_pregnancy_draft_rules(changes, field):
    with pytest.raises(ValidationError) as caught:
        check_pregnancy(good(**changes), MOTHER, TODAY)
    assert caught.value.field == field


def test_outcome_before_registration_is_refused():
    d = good(outcome=Outcome.MISCARRIAGE.value, outcome_date=dt.date(2026, 5, 10), note="  late ")
    with pytest.raises(ValidationError) as caught:
        check_pregnancy(d, MOTHER, TODAY)
    assert caught.value.field == "outcome_date"


def test_outcome_on_the_registration_day_is_allowed():
    d = good(note="  late ")
    d.outcome, d.outcome_date = Outcome.MISCARRIAGE.value, d.registered_on
    check_pregnancy(d, MOTHER, TODAY)
    assert d.note == "late"


def test_blank_outcome_counts_as_none():
    d = good(outcome="")
    check_pregnancy(d, MOTHER, TODAY)
    assert d.outcome is None


kinds = st.sampled_from(list(EventKind))


@given(st.lists(st.tuples(kinds, st.integers(min_value=0, max_value=30)), max_size=8))
def test_replay_status_follows_the_latest_accepted_event(steps):
    """Whatever the clerk tries, accepted events give the status of the latest one that
    decides a status (a transfer between units keeps her status and its date)."""
    accepted: list[tuple[EventKind, dt.date]] = []
    day = dt.date(2000, 1, 1)
    for kind, gap in steps:
        day += dt.timedelta(days=gap)
        try:
            replay([*accepted, (kind, day)])
        except ValidationError:
            continue
        accepted.append((kind, day))
    status, since = replay(accepted)
    assert [d for _, d in accepted] == sorted(d for _, d in accepted)
    transfers = [i for i, (k, _) in enumerate(accepted) if k is EventKind.TRANSFERRED]
    for i in transfers:  # only while she is here: never while moved away, never after death
        assert replay(accepted[:i])[0] is RecordStatus.ACTIVE
    accepted = [(k, d) for k, d in accepted if k is not EventKind.TRANSFERRED]
    if not accepted:
        assert (status, since) == (RecordStatus.ACTIVE, None)
        return
    last_kind, last_day = accepted[-1]
    assert since == last_day
    assert status == {EventKind.MOVED_AWAY: RecordStatus.MOVED, EventKind.RETURNED: RecordStatus.ACTIVE,
                      EventKind.DECEASED: RecordStatus.DECEASED}[last_kind]
    assert all(k is not EventKind.DECEASED for k, _ in accepted[:-1])  # nothing after death
    moves = [k for k, _ in accepted if k is not EventKind.DECEASED]
    assert all(a != b for a, b in zip(moves, moves[1:], strict=False))  # away / back alternate
    assert not moves or moves[0] is EventKind.MOVED_AWAY


def test_replay_refuses_an_earlier_date():
    with pytest.raises(ValidationError) as caught:
        replay([(EventKind.MOVED_AWAY, dt.date(2020, 5, 1)), (EventKind.RETURNED, dt.date(2020, 4, 1))])
    assert caught.value.field == "date"
