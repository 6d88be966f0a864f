"""Every count and rate of shared/indicators.md for November 2026, worked out by hand from
the population in indicator_fixture.py (start - 1 = 2026-10-31, end = 2026-11-30)."""

from __future__ import annotations

import pytest

from desktop.domain.report_periods import month
from desktop.domain.values.indicators import Rate, RateKey
from desktop.services.indicators.behind import NO_DATE
from tests.services.indicator_fixture import OFFICE, build

NOV = month(2026, 11)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return build(tmp_path_factory.mktemp("indicators"))


@pytest.fixture(scope="module")
def figures(ledger):
    services, _ids = ledger
    return services.indicators.compute(NOV)


def test_wra_counts_and_balance(figures, ledger):
    _services, ids = ledger
    # At 10-31: P1, P3 (49), P5, P7, P8 (blank registration), P10, P11, P12, P13, P14, P15,
    # P16, P17 (undated move: still counted at the start), P19, P21 (back on 10-10) = 15.
    # Not: P2 (14), P4 (14), P4b (50), P6 (moved 10-31), P9 (registered 11-20), P18 (a
    # man), P20 (recycle bin), P23 (56).
    assert figures.wra_start == 15
    # At 11-30: P1, P2 (15 on 11-15), P8, P9, P10, P11, P12, P13, P14, P15, P16, P19, P21
    # = 13. Gone: P3 (50 on 11-20), P5 (moved 11-30), P7 (died), P17 (undated move).
    assert figures.wra_end == 13
    assert figures.entries == 2  # P2 turned 15, P9 registered aged 30
    assert figures.exits == 3  # P3 turned 50, P5 moved on the last day, P7 died
    # 15 + 2 - 3 = 14 != 13: P17's status changed without a date.
    assert not figures.balance_ok
    assert [(b.person_id, b.reason) for b in figures.balance_breakers] == [(ids["P17"], NO_DATE)]
    # P1, P8 (blank marriage date), P11, P12, P13, P14, P16, P21; not P10 (married 12-05),
    # not P3 (no longer a WRA), not the single ones.
    assert figures.married_wra_end == 8
    assert figures.inflow_wra_end == 1  # P14
    assert figures.outflow_wra_end == 1  # P15
    assert figures.office_name == OFFICE and figures.unit_name == OFFICE


def test_events(figures):
    # Born in November: P1's boy (1st), P16's girl (2nd), P12's boy (3rd).
    assert (figures.births, figures.births_boys, figures.births_girls) == (3, 2, 1)
    assert figures.births_order == {"1": 1, "2": 1, "3+": 1}
    assert figures.pregnancies_registered == 2  # P14 (84 days), P15 (83 days)
    assert figures.deaths == 2  # P7 herself, P16's first child
    # Paid in November: P8's 2026-10 (10.00 on 11-03), P3's 2026 (960.00 on 11-10); P1's
    # 2026-11 was paid on 12-05.
    assert (figures.payments_count, figures.payments_amount_fen) == (2, 97000)


def test_rates(figures):
    rates = figures.rates
    # Due by 11-30: P1 (2025-10-01 + 12), P8 (never), P12 (08-31 + 3 = 11-30), P14 (never),
    # P16 (2025-11-01 + 12 = 11-01), P21 (never); not P11 (09-10 + 3 = 12-10) nor P13
    # (2025-12-01 + 12 = 12-01, her 11-05 check-up does not count). Done: P1, P16.
    assert rates[RateKey.CHECKUP_COVERAGE] == Rate(2, 6)
    # Open at 11-30 with a method: P1 (IUD), P12 (pill until 12-15), P13 (condom); not P8
    # (无), not P11 (closed 11-15). Over the 8 married WRA.
    assert rates[RateKey.CONTRACEPTIVE_PREVALENCE] == Rate(3, 8)
    # P1's boy reported after 30 days (timely); P16's girl after 31; P12's boy never.
    assert rates[RateKey.BIRTH_REPORT_TIMELINESS] == Rate(1, 3)
    assert rates[RateKey.EARLY_PREGNANCY_REGISTRATION] == Rate(1, 2)  # P15's 83 days
    # Active on 11-30: P1 (monthly, 2026-11 paid), P3 (yearly, 2026 paid), P8 (2026-10 only),
    # P12 (ends 11-30: still active, unpaid); P11's ended 11-29.
    assert rates[RateKey.BENEFIT_PAYMENT_RATE] == Rate(2, 4)
    assert rates[RateKey.SEX_RATIO] == Rate(2, 1)  # 200 boys per 100 girls
    assert rates[RateKey.SEX_RATIO].value == pytest.approx(200.0)
    # Active on 11-30 (any age or sex): P1, P2, P3, P4, P4b, P8, P9, P10, P11, P12, P13,
    # P14, P15, P16, P18, P19, P21, P23 = 18; incomplete: P14 (phone), P15 (address),
    # P19 (check character).
    assert rates[RateKey.DATA_COMPLETENESS] == Rate(15, 18)


def test_units(figures, ledger):
    _services, ids = ledger
    lines = {u.unit_name: u for u in figures.units}
    assert list(lines) == ["东村", "西村"]  # the top-level units
    east, west = lines["东村"], lines["西村"]
    # 东村 with 东村一组: start P1, P7, P8, P11, P12, P13, P16, P21; end: P7 out, P2 in.
    assert (east.wra_start, east.wra_end, east.married_wra_end, east.births) == (8, 8, 7, 3)
    # 西村: start P3, P5, P10, P14, P15, P17, P19; end P9, P10, P14, P15, P19.
    assert (west.wra_start, west.wra_end, west.married_wra_end, west.births) == (7, 5, 1, 0)
    assert east.rates[RateKey.CHECKUP_COVERAGE] == Rate(2, 5)  # P14 is 西村's
    assert west.rates[RateKey.DATA_COMPLETENESS] == Rate(4, 7)  # P3, P9, P10, P18 of 7


def test_a_unit_with_its_sub_unit(ledger):
    services, ids = ledger
    east = services.indicators.compute(NOV, ids["east"])
    # 8 + 1 (P2) - 1 (P7) = 8: the balance holds without 西村's P17.
    assert (east.wra_start, east.entries, east.exits, east.wra_end) == (8, 1, 1, 8)
    assert east.balance_ok and east.balance_breakers == []
    assert east.unit_name == "东村"
    # 东村一组 (P8, P16) and the persons registered in 东村 itself, so the lines add up.
    assert [(u.unit_name, u.own) for u in east.units] == [("东村一组", False), ("东村", True)]
    team_line, own_line = east.units
    assert (team_line.wra_start, team_line.wra_end) == (2, 2)
    assert (own_line.wra_start, own_line.wra_end) == (6, 6)
    assert sum(u.married_wra_end for u in east.units) == east.married_wra_end
    team = services.indicators.compute(NOV, ids["team"])
    # P8 and P16 only: both due, P16 checked; no open method; P16's girl.
    assert (team.wra_start, team.wra_end, team.married_wra_end) == (2, 2, 2)
    assert team.rates[RateKey.CHECKUP_COVERAGE] == Rate(1, 2)
    assert team.rates[RateKey.CONTRACEPTIVE_PREVALENCE] == Rate(0, 2)
    assert (team.births, team.births_girls, team.deaths) == (1, 1, 1)
    assert team.units == []


def test_json_keys(figures):
    data = figures.to_json()
    for key in ("wra_start", "wra_end", "entries", "exits", "married_wra_end",
                "inflow_wra_end", "outflow_wra_end", "births", "births_boys", "births_girls",
                "births_order", "pregnancies_registered", "deaths", "payments_count",
                "payments_amount", "balance_ok", "rates"):
        assert key in data
    assert data["births_order"] == {"1": 1, "2": 1, "3+": 1}
    assert data["payments_amount"] == 970.0
    assert set(data["rates"]) == {k.value for k in RateKey}
    assert data["rates"]["sex_ratio"] == {"num": 200, "den": 1}  # boys x 100 over girls
    assert data["rates"]["checkup_coverage"] == {"num": 2, "den": 6}
