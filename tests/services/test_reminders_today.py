"""The start page's counts and views: overdue, due today, due this week, payments this month;
nearest due first; a view by due days."""

import datetime as dt

import pytest

from desktop.domain.enums import Cycle, Program
from desktop.domain.values.benefits import BenefitDraft
from desktop.domain.values.reminders import ReminderQuery, ReminderSummary
from tests.services.reminder_helpers import D, check, ledger, woman

DEC_3 = D(2026, 12, 3)


@pytest.fixture
def s(tmp_path):
    s = ledger(tmp_path, DEC_3)
    s.long_ago = woman(s, "甲", D(1990, 1, 1), 1)  # never checked: due today
    check(s, s.long_ago, D(2025, 12, 3))
    s.yesterday = woman(s, "乙", D(1990, 1, 1), 2)
    check(s, s.yesterday, D(2025, 12, 2))
    s.year_ago = woman(s, "丙", D(1990, 1, 1), 3)
    check(s, s.year_ago, D(2024, 12, 1))
    s.in_three = woman(s, "丁", D(1990, 1, 1), 4)
    check(s, s.in_three, D(2025, 12, 6))
    s.in_ten = woman(s, "戊", D(1990, 1, 1), 5)
    check(s, s.in_ten, D(2025, 12, 13))
    s.paid = woman(s, "己", D(1960, 1, 1), 6, marital_status="single")  # a monthly benefit
    s.benefits.add(s.paid, BenefitDraft(program=Program.ONE_CHILD_FEE.value,
                                        cycle=Cycle.MONTH.value, amount_fen=1000,
                                        start_date=D(2026, 1, 1)))
    return s


def due(s, query):
    return [(r.person_id, r.due_date) for r in s.reminders.page(query, 0, 100)]


def test_summary_counts(s):
    summary = s.reminders.summary(ReminderQuery(DEC_3))
    assert summary == ReminderSummary(overdue=3, today=1, week=2, payments_month=1)
    assert summary.overdue_and_week == 5


def test_nearest_first_puts_yesterday_before_last_year(s):
    query = ReminderQuery(DEC_3, horizon_days=6, due_to=DEC_3 + dt.timedelta(days=6),
                          nearest_first=True)
    assert due(s, query) == [
        (s.long_ago, DEC_3), (s.yesterday, D(2026, 12, 2)), (s.paid, D(2026, 12, 1)),
        (s.in_three, D(2026, 12, 6)), (s.year_ago, D(2025, 12, 1))]
    assert s.reminders.count(query) == 5


def test_due_from_and_due_to_make_the_views(s):
    overdue = ReminderQuery(DEC_3, horizon_days=0, due_to=DEC_3 - dt.timedelta(days=1))
    assert [p for p, _ in due(s, overdue)] == [s.year_ago, s.paid, s.yesterday]
    today = ReminderQuery(DEC_3, horizon_days=0, due_from=DEC_3)
    assert due(s, today) == [(s.long_ago, DEC_3)]
    assert s.reminders.counts_by_kind(today)["checkup"] == 1


def test_summary_follows_the_unit_filter(s):
    assert s.reminders.summary(ReminderQuery(DEC_3, unit_id=s.village)) == ReminderSummary()


@pytest.mark.parametrize("query", [
    ReminderQuery(DEC_3), ReminderQuery(DEC_3, horizon_days=90),
    ReminderQuery(DEC_3, horizon_days=6, due_to=DEC_3 + dt.timedelta(days=6)),
    ReminderQuery(DEC_3, horizon_days=0, due_from=DEC_3, due_to=DEC_3),
    ReminderQuery(DEC_3, horizon_days=0, due_to=DEC_3 - dt.timedelta(days=1)),
])
def test_one_pass_gives_the_counts_by_kind_and_the_summary(s, query):
    counts, summary = s.reminders.counts_and_summary(query)
    assert counts == s.reminders.counts_by_kind(query)
    assert summary == ReminderSummary(overdue=3, today=1, week=2, payments_month=1)
