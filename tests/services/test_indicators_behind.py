"""The persons behind each number (count_behind/page_behind), other periods, the overview.
Population: indicator_fixture.py; reasoning as in test_indicators.py."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.report_periods import PeriodKind, custom, month, period
from desktop.domain.values.indicators import COUNT_MEASURES, Rate, RateKey
from desktop.errors import ValidationError
from desktop.services.indicators.behind import NO_DATE_MOVED
from tests.services.indicator_fixture import build

NOV = month(2026, 11)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return build(tmp_path_factory.mktemp("behind"))


def _who(services, ids, measure, part="num", unit=None, p=NOV):
    names = {v: k for k, v in ids.items() if k.startswith("P")}
    rows = services.indicators.page_behind(p, unit, measure, part, 0, 100)
    return [(names[r.person_id], r.day, r.note) for r in rows]


def test_every_number_has_its_persons(ledger):
    """count_behind equals the figure, for every count and both parts of every rate."""
    services, _ids = ledger
    figures = services.indicators.compute(NOV)
    counts = {"payments": figures.payments_count, "pregnancies_registered":
              figures.pregnancies_registered}
    for measure in COUNT_MEASURES:
        expected = counts.get(measure, getattr(figures, measure, None))
        assert services.indicators.count_behind(NOV, None, measure) == expected, measure
    for key, rate in figures.rates.items():
        assert services.indicators.count_behind(NOV, None, key.value, "num") == rate.num, key
        assert services.indicators.count_behind(NOV, None, key.value, "den") == rate.den, key


def test_entries_and_exits_with_their_days(ledger):
    services, ids = ledger
    d = dt.date
    assert _who(services, ids, "entries") == [("P2", d(2026, 11, 15), ""),
                                              ("P9", d(2026, 11, 20), "")]
    assert _who(services, ids, "exits") == [("P7", d(2026, 11, 12), ""),
                                            ("P3", d(2026, 11, 20), ""),
                                            ("P5", d(2026, 11, 30), "")]


def test_births_and_deaths_list_the_mother_with_the_child(ledger):
    services, ids = ledger
    d = dt.date
    assert _who(services, ids, "births") == [("P1", d(2026, 11, 1), "甲宝"),
                                             ("P16", d(2026, 11, 2), "吴二"),
                                             ("P12", d(2026, 11, 20), "钱小")]
    assert _who(services, ids, "deaths") == [("P7", d(2026, 11, 12), ""),
                                             ("P16", d(2026, 11, 25), "吴大")]
    assert _who(services, ids, "sex_ratio", "den") == [("P16", d(2026, 11, 2), "吴二")]
    assert [w for w, _d, _n in _who(services, ids, "birth_report_timeliness")] == ["P1"]


def test_rate_lists(ledger):
    services, ids = ledger
    d = dt.date
    assert _who(services, ids, "checkup_coverage") == [("P1", d(2026, 11, 10), ""),
                                                       ("P16", d(2026, 11, 20), "")]
    due = sorted(w for w, _d, _n in _who(services, ids, "checkup_coverage", "den"))
    assert due == ["P1", "P12", "P14", "P16", "P21", "P8"]
    prevalence = _who(services, ids, "contraceptive_prevalence")
    assert sorted(w for w, _d, _n in prevalence) == ["P1", "P12", "P13"]
    incomplete = {w for w, _d, _n in _who(services, ids, "data_completeness", "den")} - {
        w for w, _d, _n in _who(services, ids, "data_completeness")}
    assert incomplete == {"P14", "P15", "P19"}
    assert [w for w, _d, _n in _who(services, ids, "benefit_payment_rate")] == ["P3", "P1"]
    assert [(w, n) for w, _d, n in _who(services, ids, "payments")] == [("P8", "2026-10"),
                                                                        ("P3", "2026")]


def test_paging_and_a_unit(ledger):
    services, ids = ledger
    first = services.indicators.page_behind(NOV, None, "wra_end", "num", 0, 5)
    rest = services.indicators.page_behind(NOV, None, "wra_end", "num", 5, 100)
    assert len(first) == 5 and len(rest) == 8
    assert not {r.person_id for r in first} & {r.person_id for r in rest}
    assert services.indicators.count_behind(NOV, ids["team"], "married_wra_end") == 2
    row = services.indicators.page_behind(NOV, ids["team"], "births", "num", 0, 10)[0]
    assert (row.name, row.unit_name, len(row.id_number)) == ("吴七", "东村一组", 18)


def test_an_unknown_measure_is_refused(ledger):
    services, _ids = ledger
    with pytest.raises(ValidationError):
        services.indicators.count_behind(NOV, None, "nonsense")
    with pytest.raises(ValidationError):
        services.indicators.count_behind(NOV, None, "wra_end", "den")


def test_a_return_is_an_entry(ledger):
    """October in 东村: P21 came back on 10-10 (away since 03-01): an entry, 迁回."""
    services, ids = ledger
    october = services.indicators.compute(month(2026, 10), ids["east"])
    # start 09-30: P1, P7, P8, P11, P12, P13, P16 = 7; P21 returns; end 10-31: 8.
    assert (october.wra_start, october.entries, october.exits, october.wra_end) == (7, 1, 0, 8)
    assert october.entries_by["returned"] == 1
    assert october.balance_ok and october.balance_breakers == []
    assert _who(services, ids, "entries", p=month(2026, 10), unit=ids["east"]) == [
        ("P21", dt.date(2026, 10, 10), "")]
    # The whole office: 15 + 1 (P21) - 1 (P6 moved 10-31) = 15, but only 14 at the end:
    # P17's status says moved away without a date, and the report says what to correct.
    office = services.indicators.compute(month(2026, 10))
    assert (office.wra_start, office.entries, office.exits, office.wra_end) == (15, 1, 1, 14)
    assert [(b.person_id, b.reason) for b in office.balance_breakers] == [
        (ids["P17"], NO_DATE_MOVED)]


def test_29_february_birthdays(ledger):
    services, ids = ledger
    d = dt.date
    # P4b, born 1976-02-29, turns 50 on 2026-02-28 (2026 is a common year).
    feb = services.indicators.compute(month(2026, 2), with_units=False)
    assert feb.exits == 1
    assert _who(services, ids, "exits", p=month(2026, 2)) == [("P4b", d(2026, 2, 28), "")]
    # Not again in March: March's only exit is P21 moving away on 03-01.
    assert _who(services, ids, "exits", p=month(2026, 3)) == [("P21", d(2026, 3, 1), "")]
    # P4, born 2012-02-29, turns 15 on 2027-02-28.
    assert _who(services, ids, "entries", p=month(2027, 2)) == [("P4", d(2027, 2, 28), "")]


def test_a_quarter(ledger):
    services, _ids = ledger
    q4 = services.indicators.compute(period(PeriodKind.QUARTER, 2026, 4))
    # Start 09-30: 15 (see October). Entries P2, P9, P21 (returned). Exits P6 (10-31), P7,
    # P3, P5. End 12-31: P1, P2, P8, P9, P10, P11, P12, P13, P14, P15, P16, P19, P21 = 13.
    # 15 + 3 - 4 = 14: P17 (moved away, no date) is the one to correct.
    assert (q4.wra_start, q4.entries, q4.exits, q4.wra_end) == (15, 3, 4, 13)
    assert [b.person_id for b in q4.balance_breakers] == [_ids["P17"]]
    assert q4.married_wra_end == 9  # P10 married on 12-05 now counts
    # Active on 12-31: P1 (2026-12 unpaid), P3 (2026 paid), P8; P12's ended 11-30.
    assert q4.rates[RateKey.BENEFIT_PAYMENT_RATE] == Rate(1, 3)
    assert q4.period.kind is PeriodKind.QUARTER


def test_statistical_year_from_custom_dates(ledger):
    services, _ids = ledger
    stat = custom(dt.date(2026, 10, 1), dt.date(2027, 9, 30))
    assert stat.kind is PeriodKind.STAT_YEAR
    figures = services.indicators.compute(stat, with_units=False)
    assert figures.births == 3 and figures.period == stat


def test_overview(ledger):
    services, _ids = ledger
    # On 5 December the clerk reports November; the charts run over the 12 complete months.
    view = services.indicators.overview(dt.date(2026, 12, 5))
    assert view.figures.period == NOV and view.figures.units == []
    assert [m for m, _n in view.births_by_month][0] == dt.date(2025, 12, 1)
    assert dict(view.births_by_month)[dt.date(2026, 11, 1)] == 3
    assert sum(n for _m, n in view.births_by_month) == 3
    assert view.checkup_by_month[-1].rate == Rate(2, 6)
    assert len(view.checkup_by_month) == 12
    # Open on 11-28 among married WRA: P1 IUD, P8 无, P12 pill, P13 condom (P11's IUD open
    # until 11-15 only).
    view = services.indicators.overview(dt.date(2026, 11, 28))
    assert view.checkup_by_month[-1].month == dt.date(2026, 10, 1)  # November not ended
    assert view.contraception_mix == {"iud": 1, "none": 1, "pill": 1, "condom": 1}


def test_the_overview_series_agrees_with_the_report(ledger):
    """The one-pass coverage series equals each month's report, with either interval set."""
    services, _ids = ledger
    view = services.indicators.overview(dt.date(2026, 11, 28))
    for point in view.checkup_by_month:
        figures = services.indicators.compute(month(point.month.year, point.month.month),
                                              with_units=False)
        assert point.rate == figures.rates[RateKey.CHECKUP_COVERAGE], point.month
    services.settings.set_checkup_intervals({"key": 2, "general": 7})
    try:
        view = services.indicators.overview(dt.date(2026, 12, 5))
        for point in view.checkup_by_month:
            figures = services.indicators.compute(month(point.month.year, point.month.month),
                                                  with_units=False)
            assert point.rate == figures.rates[RateKey.CHECKUP_COVERAGE], point.month
    finally:
        services.settings.set_checkup_intervals({"key": 3, "general": 12})
