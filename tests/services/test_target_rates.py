"""The five rates the work plans set targets on, worked out by hand from
tests/services/target_fixture.py, for the office, per unit and person by person."""

from __future__ import annotations

import pytest

from desktop.domain import report_periods
from desktop.domain.values.indicators import Rate, RateKey
from tests.services import target_fixture

NOV = report_periods.month(2026, 11)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    services, ids = target_fixture.build(tmp_path_factory.mktemp("targets"))
    return services, ids, services.indicators.compute(NOV)


def _ids(services, measure, part, unit_id=None):
    rows = services.indicators.page_behind(NOV, unit_id, measure, part, 0, 100)
    assert services.indicators.count_behind(NOV, unit_id, measure, part) == len(rows)
    return rows


def _keys(ids, rows):
    names = {v: k for k, v in ids.items() if k[0] in "OIGHMS"}
    return sorted(names[r.person_id] for r in rows)


def test_outflow_information(ledger):
    services, ids, figures = ledger
    # den: O1 O2 O3 O4 (O5 single, O6 married after the end); num: O1 (window's first day)
    # and O4 (mailed certificate on the last day). O2's check-up is a day early, O3 has
    # no phone.
    assert figures.rates[RateKey.OUTFLOW_INFORMATION] == Rate(2, 4)
    key = RateKey.OUTFLOW_INFORMATION.value
    assert _keys(ids, _ids(services, key, "den")) == ["O1", "O2", "O3", "O4"]
    num = _ids(services, key, "num")
    assert _keys(ids, num) == ["O1", "O4"]
    assert {r.day.isoformat() for r in num} == {"2025-12-01", "2026-11-30"}
    assert _keys(ids, _ids(services, key, "miss")) == ["O2", "O3"]


def test_inflow_service(ledger):
    services, ids, figures = ledger
    # den: I1 I2 I3 I4; num: I1 (a service), I2 (a check-up on the last day); I3 nothing
    # (no phone does not matter here), I4's service is a day before the window.
    assert figures.rates[RateKey.INFLOW_SERVICE] == Rate(2, 4)
    key = RateKey.INFLOW_SERVICE.value
    assert _keys(ids, _ids(services, key, "num")) == ["I1", "I2"]
    assert _keys(ids, _ids(services, key, "miss")) == ["I3", "I4"]


def test_whole_course_pregnancy(ledger):
    services, ids, figures = ledger
    # den: G1 G2 G3 G4 and M1's twins' pregnancy (live birth 11-05); G5 ends in December.
    # num: G1 (83 days, 35-day gaps) and G4 (follow-ups sorted by date); G2 registered on
    # day 84, G3 has a 36-day gap, the twins' pregnancy had no follow-up in 230 days.
    assert figures.rates[RateKey.WHOLE_COURSE_PREGNANCY] == Rate(2, 5)
    key = RateKey.WHOLE_COURSE_PREGNANCY.value
    num = _ids(services, key, "num")
    assert sorted(r.day.isoformat() for r in num) == ["2026-11-21", "2026-11-30"]
    miss = _ids(services, key, "miss")
    assert sorted(r.day.isoformat() for r in miss) == ["2026-11-05", "2026-11-11", "2026-11-22"]


def test_pre_pregnancy_checkup(ledger):
    services, ids, figures = ledger
    # den: the twins of M1 (two), M2, M3, M4: 5 children; num: both twins (365 days
    # before the linked pregnancy's LMP) and M3's child (0 days); M2's check was 366
    # days before, M4's the day after the LMP.
    assert figures.rates[RateKey.PRE_PREGNANCY_CHECKUP] == Rate(3, 5)
    key = RateKey.PRE_PREGNANCY_CHECKUP.value
    num = _ids(services, key, "num")
    assert _keys(ids, num) == ["M1", "M1", "M3"]
    assert sorted(r.note for r in num) == ["双胞胎1", "双胞胎2", "子三"]
    assert _keys(ids, _ids(services, key, "miss")) == ["M2", "M4"]


def test_information_accuracy(ledger):
    services, ids, figures = ledger
    # November's live sample: S1 all right (num), S2 a wrong phone (den), S3 not all
    # entered (neither); S4 only in the redrawn sample and in December's.
    assert figures.rates[RateKey.INFORMATION_ACCURACY] == Rate(1, 2)
    key = RateKey.INFORMATION_ACCURACY.value
    assert _keys(ids, _ids(services, key, "num")) == ["S1"]
    assert _keys(ids, _ids(services, key, "den")) == ["S1", "S2"]
    dec = services.indicators.compute(report_periods.month(2026, 12))
    assert dec.rates[RateKey.INFORMATION_ACCURACY] == Rate(1, 1)


def test_units_add_up(ledger):
    services, ids, figures = ledger
    # 东村: O1 O2 | I1 I2 | G1 (G) | twins, M2 | S1 S2; 西村 holds the rest.
    east = services.indicators.compute(NOV, ids["east"])
    assert east.rates[RateKey.OUTFLOW_INFORMATION] == Rate(1, 2)
    assert east.rates[RateKey.INFLOW_SERVICE] == Rate(2, 2)
    # G1 and G3 (孕一), the twins' pregnancy (母一): only G1
    assert east.rates[RateKey.WHOLE_COURSE_PREGNANCY] == Rate(1, 3)
    assert east.rates[RateKey.PRE_PREGNANCY_CHECKUP] == Rate(2, 3)
    assert east.rates[RateKey.INFORMATION_ACCURACY] == Rate(1, 2)
    lines = {u.unit_name: u for u in figures.units}
    for key in (RateKey.OUTFLOW_INFORMATION, RateKey.INFLOW_SERVICE,
                RateKey.WHOLE_COURSE_PREGNANCY, RateKey.PRE_PREGNANCY_CHECKUP,
                RateKey.INFORMATION_ACCURACY):
        total = figures.rates[key]
        parts = [lines["东村"].rates[key], lines["西村"].rates[key]]
        assert (sum(p.num for p in parts), sum(p.den for p in parts)) == (total.num, total.den)


def test_json_lists_the_rates_and_their_targets(ledger):
    _, _, figures = ledger
    data = figures.to_json()
    for key in ("outflow_information", "inflow_service", "whole_course_pregnancy",
                "pre_pregnancy_checkup", "information_accuracy"):
        assert set(data["rates"][key]) == {"num", "den"}
    assert data["rates"]["outflow_information"] == {"num": 2, "den": 4}
    targets = data["targets"]
    assert "sex_ratio" not in targets
    assert targets["outflow_information"] == {"target": 0.85, "met": False}
    assert targets["pre_pregnancy_checkup"] == {"target": 0.8, "met": False}
    # a rate without a target has no mark
    assert targets["contraceptive_prevalence"] == {"target": None, "met": None}
    # no child was reported: 0 / 5 is below 95%
    assert figures.rates[RateKey.BIRTH_REPORT_TIMELINESS] == Rate(0, 5)
    assert targets["birth_report_timeliness"] == {"target": 0.95, "met": False}
    # a zero denominator: no mark whatever the target (no benefit enrolment)
    assert figures.rates[RateKey.BENEFIT_PAYMENT_RATE].den == 0
