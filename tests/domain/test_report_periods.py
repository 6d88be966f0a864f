"""Report periods: every kind, parsing 'YYYY-MM', custom ranges recognised as their kind."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import report_periods
from desktop.domain.report_periods import (
    Period,
    PeriodKind,
    containing,
    custom,
    last_months,
    month,
    month_of,
    parse_month,
    period,
)
from desktop.domain.values import indicators as indicator_types

D = dt.date


def test_each_kind():
    assert month(2026, 2) == Period(PeriodKind.MONTH, D(2026, 2, 1), D(2026, 2, 28))
    assert month(2028, 2).end == D(2028, 2, 29)
    assert period("quarter", 2026, 4) == Period(PeriodKind.QUARTER, D(2026, 10, 1), D(2026, 12, 31))
    assert period(PeriodKind.HALF_YEAR, 2026, 1).end == D(2026, 6, 30)
    assert period(PeriodKind.YEAR, 2026) == Period(PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31))
    # The statistical year is named by the year it ends in: 1 October to 30 September.
    assert period(PeriodKind.STAT_YEAR, 2027) == Period(PeriodKind.STAT_YEAR, D(2026, 10, 1),
                                                        D(2027, 9, 30))


@pytest.mark.parametrize("kind, number", [("month", 13), ("month", 0), ("quarter", 5),
                                          ("half_year", 3), ("year", 2), ("custom", 1)])
def test_out_of_range(kind, number):
    with pytest.raises(ValueError):
        period(kind, 2026, number)


def test_parse_month():
    assert parse_month("2026-11") == month(2026, 11)
    assert parse_month(" 2026-3 ") == month(2026, 3)
    for bad in ("2026-13", "2026/11", "26-11", "", "2026-00", "November"):
        with pytest.raises(ValueError):
            parse_month(bad)


def test_custom_takes_the_kind_it_matches():
    assert custom(D(2026, 11, 1), D(2026, 11, 30)).kind is PeriodKind.MONTH
    assert custom(D(2026, 4, 1), D(2026, 6, 30)).kind is PeriodKind.QUARTER
    assert custom(D(2026, 7, 1), D(2026, 12, 31)).kind is PeriodKind.HALF_YEAR
    assert custom(D(2026, 1, 1), D(2026, 12, 31)).kind is PeriodKind.YEAR
    assert custom(D(2025, 10, 1), D(2026, 9, 30)) == period(PeriodKind.STAT_YEAR, 2026)
    odd = custom(D(2026, 11, 2), D(2026, 11, 30))
    assert odd == Period(PeriodKind.CUSTOM, D(2026, 11, 2), D(2026, 11, 30))
    assert custom(D(2026, 11, 5), D(2026, 11, 5)).kind is PeriodKind.CUSTOM
    with pytest.raises(ValueError):
        custom(D(2026, 11, 30), D(2026, 11, 1))


def test_last_months_and_containing():
    months = last_months(D(2026, 2, 10), 12)
    assert months[0] == month(2025, 3) and months[-1] == month(2026, 2) and len(months) == 12
    assert containing(PeriodKind.STAT_YEAR, D(2026, 10, 1)) == period(PeriodKind.STAT_YEAR, 2027)
    assert containing(PeriodKind.STAT_YEAR, D(2026, 9, 30)) == period(PeriodKind.STAT_YEAR, 2026)
    assert containing(PeriodKind.HALF_YEAR, D(2026, 7, 1)) == period(PeriodKind.HALF_YEAR, 2026, 2)


def test_the_contract_module_exports_the_same_classes():
    assert indicator_types.Period is Period and indicator_types.PeriodKind is PeriodKind


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2999, 12, 31)),
       st.sampled_from([k for k in PeriodKind if k is not PeriodKind.CUSTOM]))
def test_periods_tile_the_calendar(day, kind):
    """The period of a day contains it, the next one starts the day after it ends, and a
    custom range with its bounds comes back as the same period."""
    p = containing(kind, day)
    assert p.start <= day <= p.end
    assert containing(kind, p.end + dt.timedelta(days=1)).start == p.end + dt.timedelta(days=1)
    assert custom(p.start, p.end) == p
    assert month_of(day).start.day == 1


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_the_reporting_month(today):
    month = report_periods.reporting_month(today)
    if today.day <= 10:  # the month she reports: the one before, which has ended
        assert month.end == today.replace(day=1) - dt.timedelta(days=1)
        assert report_periods.has_ended(month, today)
    else:  # the current one, not ended yet
        assert month.start == today.replace(day=1) and not report_periods.has_ended(month, today)
    months = report_periods.complete_months(today, 12)
    assert len(months) == 12 and all(report_periods.has_ended(m, today) for m in months)
    assert months[-1].end == today.replace(day=1) - dt.timedelta(days=1)


def test_the_reporting_month_on_the_3rd_and_the_20th():
    assert report_periods.reporting_month(dt.date(2026, 12, 3)).start == dt.date(2026, 11, 1)
    assert report_periods.reporting_month(dt.date(2026, 12, 10)).start == dt.date(2026, 11, 1)
    assert report_periods.reporting_month(dt.date(2026, 12, 11)).start == dt.date(2026, 12, 1)
    assert report_periods.reporting_month(dt.date(2027, 1, 3)).start == dt.date(2026, 12, 1)
