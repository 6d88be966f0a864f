"""Targets are office settings: the seeds' defaults, blanks, bad input refused with
nothing written; 达标 compared as exact fractions (≤ for 统计误差率)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.values.indicators import Rate, Target, target_marks
from desktop.errors import ValidationError
from desktop.services.settings import RATE_TARGETS
from tests.helpers import fresh_services


@pytest.fixture
def settings(tmp_path):
    return fresh_services(tmp_path).settings


def test_defaults_are_the_work_plans(settings):
    texts = settings.target_texts()
    assert texts == {
        "checkup_coverage": "100", "contraceptive_prevalence": "",
        "birth_report_timeliness": "95", "early_pregnancy_registration": "",
        "benefit_payment_rate": "", "data_completeness": "95", "outflow_information": "85",
        "inflow_service": "85", "whole_course_pregnancy": "90", "pre_pregnancy_checkup": "80",
        "information_accuracy": "90", "statistical_error": "1"}
    targets = settings.targets()
    assert targets["statistical_error"] == Target(Fraction(1, 100), at_most=True)
    assert targets["outflow_information"] == Target(Fraction(85, 100))
    assert targets["contraceptive_prevalence"] is None
    assert "sex_ratio" not in targets


def test_edit_blank_and_refuse(settings):
    settings.set_targets({"outflow_information": "87.5%", "checkup_coverage": "",
                          "contraceptive_prevalence": "80"})
    targets = settings.targets()
    assert targets["outflow_information"].value == Fraction(875, 1000)
    assert targets["checkup_coverage"] is None  # blank: no mark
    assert targets["contraceptive_prevalence"].value == Fraction(8, 10)
    before = settings.get(RATE_TARGETS)
    for bad in ("101", "-1", "85.555", "八十", "nan", "1e2"):
        with pytest.raises(ValidationError):
            settings.set_targets({"inflow_service": bad})
    assert settings.get(RATE_TARGETS) == before


def test_sample_size_rule(settings):
    assert settings.sample_size() == (Fraction(5, 100), 20, 200)
    settings.set_sample_size("2.5", 10, 100)
    assert settings.sample_size() == (Fraction(25, 1000), 10, 100)
    for args in (("0", 10, 100), ("5", 0, 100), ("5", 50, 40), ("abc", 1, 2)):
        with pytest.raises(ValidationError):
            settings.set_sample_size(*args)
    assert settings.sample_size() == (Fraction(25, 1000), 10, 100)


def test_exact_fractions_not_rounded_percents():
    target = Target(Fraction(6667, 10000))  # 66.67%
    assert target.met(Rate(2, 3)) is False  # 66.666...% shows as 66.7% but is below
    assert Target(Fraction(85, 100)).met(Rate(17, 20)) is True  # exactly 85%
    assert Target(Fraction(1, 100), at_most=True).met(Rate(1, 100)) is True
    assert Target(Fraction(1, 100), at_most=True).met(Rate(2, 199)) is False
    assert Target(Fraction(9, 10)).met(Rate(0, 0)) is None


@given(st.integers(0, 500), st.integers(1, 500), st.integers(0, 10000))
def test_met_is_the_exact_comparison(num, den, basis_points):
    value = Fraction(basis_points, 10000)
    assert Target(value).met(Rate(num, den)) is (num * 10000 >= basis_points * den)
    assert Target(value, at_most=True).met(Rate(num, den)) is (num * 10000 <= basis_points * den)


def test_json_marks_leave_out_the_sex_ratio():
    from desktop.domain.values.indicators import RateKey

    marks = target_marks({RateKey.SEX_RATIO: Rate(105, 100), RateKey.INFLOW_SERVICE: Rate(0, 0),
                          RateKey.OUTFLOW_INFORMATION: Rate(1, 2)},
                         {"inflow_service": Target(Fraction(85, 100)),
                          "outflow_information": None})
    assert marks == {"inflow_service": {"target": 0.85, "met": None},
                     "outflow_information": {"target": None, "met": None}}
