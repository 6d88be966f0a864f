"""三查率 of the report: time away does not count. Check-ups dated before her latest return
are ignored, so a woman who returned is due on the day of her return."""

import pytest

from desktop.domain.report_periods import month
from desktop.domain.values.indicators import RateKey
from tests.services.reminder_helpers import D, check, ledger, woman

NOV = month(2026, 11)


@pytest.fixture
def s(tmp_path):
    return ledger(tmp_path, D(2026, 12, 3))


def coverage(s, period=NOV):
    rate = s.indicators.compute(period).rates[RateKey.CHECKUP_COVERAGE]
    num = s.indicators.count_behind(period, None, RateKey.CHECKUP_COVERAGE.value, "num")
    den = s.indicators.count_behind(period, None, RateKey.CHECKUP_COVERAGE.value, "den")
    assert (num, den) == (rate.num, rate.den)  # the persons behind agree with the figure
    return rate.num, rate.den


def test_a_check_up_before_she_left_does_not_make_a_returned_woman_not_due(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    check(s, her, D(2026, 6, 1))  # general group: every 12 months
    s.life_events.add(her, "moved_away", D(2026, 7, 1))
    s.life_events.add(her, "returned", D(2026, 10, 12))
    # Without the rule: last check-up 2026-06-01 + 12 months, not due in November (0 / 0).
    # With it: the June check-up is before her return and does not count; she is due.
    assert coverage(s) == (0, 1)


def test_a_check_up_on_the_day_of_her_return_counts(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    s.life_events.add(her, "moved_away", D(2023, 6, 1))
    s.life_events.add(her, "returned", D(2026, 11, 12))
    check(s, her, D(2026, 11, 12))
    assert coverage(s) == (1, 1)


def test_a_check_up_in_the_period_but_before_her_return_does_not_count(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    s.life_events.add(her, "moved_away", D(2026, 11, 5))
    check(s, her, D(2026, 11, 2))  # then she moved away
    s.life_events.add(her, "returned", D(2026, 11, 20))  # back before the end of November
    assert coverage(s) == (0, 1)


def test_a_woman_who_never_left_keeps_her_check_ups(s):
    her = woman(s, "李秀兰", D(1988, 5, 1))
    check(s, her, D(2025, 11, 3))
    check(s, her, D(2026, 11, 4))
    assert coverage(s) == (1, 1)
