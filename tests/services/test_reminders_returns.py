"""Time away does not count: a woman who moved away and returned is due on the day of her
return, and check-ups before her latest return do not count (the report's 三查率 rule)."""

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.dates import add_months
from desktop.domain.values.reminders import ReminderKind as K
from tests.services.reminder_helpers import D, check, ledger, listed, reminders, woman

DEC_3 = D(2026, 12, 3)


@pytest.fixture
def s(tmp_path):
    return ledger(tmp_path, DEC_3)


def test_a_returned_woman_is_due_on_the_day_of_her_return(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    check(s, her, D(2023, 3, 1))  # before she left: does not count
    s.life_events.add(her, "moved_away", D(2023, 6, 1))
    s.life_events.add(her, "returned", D(2026, 10, 12))
    [r] = reminders(s, DEC_3)
    assert (r.kind, r.due_date, r.days_overdue) == (K.CHECKUP, D(2026, 10, 12), 52)  # not 928
    assert (r.detail, r.detail_params) == ("Returned {returned}, no check-up since",
                                           {"returned": "2026-10-12"})


def test_a_check_up_on_or_after_her_return_counts(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    s.life_events.add(her, "moved_away", D(2023, 6, 1))
    s.life_events.add(her, "returned", D(2026, 10, 12))
    check(s, her, D(2026, 10, 12))  # the same day
    assert listed(s, DEC_3) == []
    assert listed(s, DEC_3, days=400) == [("checkup", her, D(2027, 10, 12))]


def test_before_she_left_the_old_check_up_counted(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    check(s, her, D(2023, 3, 1))
    s.life_events.add(her, "moved_away", D(2023, 6, 1))
    s.life_events.add(her, "returned", D(2026, 10, 12))
    assert listed(s, D(2023, 5, 31), days=0) == []  # checked, not yet due
    assert listed(s, D(2023, 3, 2), days=400) == [("checkup", her, D(2024, 3, 1))]


def test_a_postponed_return_reminder_stays_hidden_until_its_day(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    s.life_events.add(her, "moved_away", D(2023, 6, 1))
    s.life_events.add(her, "returned", D(2026, 10, 12))
    [r] = reminders(s, DEC_3)
    s.reminders.postpone(r, D(2026, 12, 10), "她说下周来")
    assert listed(s, DEC_3) == []
    assert listed(s, D(2026, 12, 10)) == [("checkup", her, D(2026, 10, 12))]


def test_an_outflow_woman_keeps_her_certificate_reminder(s):
    her = woman(s, "李红", D(1990, 3, 7), category="outflow")
    check(s, her, D(2025, 11, 1))
    assert listed(s, DEC_3) == [("certificate", her, D(2026, 11, 1))]


_seq = itertools.count(10)
DAYS = st.integers(min_value=0, max_value=6 * 365)


@given(checks=st.lists(DAYS, max_size=4), away=st.lists(st.tuples(DAYS, st.integers(1, 900)),
                                                       max_size=2))
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_due_date_matches_the_rule_for_any_history(s, checks, away):
    """Her due date is the last check-up on or after her latest return plus 12 months, else
    her return, else today; while away she has none."""
    start = D(2020, 1, 1)
    her = woman(s, "王芳", D(1990, 3, 7), seq=next(_seq) % 1000)
    events, day = [], start
    for gap, length in sorted(away):
        leave = max(day, start + dt.timedelta(days=gap))
        back = leave + dt.timedelta(days=length)
        if back > DEC_3:
            break
        events += [("moved_away", leave), ("returned", back)]
        day = back + dt.timedelta(days=1)
    for kind, when in events:
        s.life_events.add(her, kind, when)
    dates = sorted({start + dt.timedelta(days=d) for d in checks})
    for when in dates:
        check(s, her, when)
    returned = max((when for kind, when in events if kind == "returned"), default=None)
    counted = [d for d in dates if returned is None or d >= returned]
    expected = add_months(counted[-1], 12) if counted else (returned or DEC_3)
    found = [(due) for kind, person, due in listed(s, DEC_3, days=366) if person == her]
    assert found == [expected]
