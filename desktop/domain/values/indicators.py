"""Values of the monthly (and other periods') report, shared by the indicator service, the
PDF/xlsx/JSON writers, the CLI and the report page. Definitions: shared/indicators.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from typing import Any

# Period and PeriodKind live in the domain layer (report_periods); imported from here too.
from desktop.domain.report_periods import Period as Period
from desktop.domain.report_periods import PeriodKind as PeriodKind
from desktop.domain.tr import QT_TRANSLATE_NOOP


class RateKey(StrEnum):
    CHECKUP_COVERAGE = "checkup_coverage"  # 三查率
    CONTRACEPTIVE_PREVALENCE = "contraceptive_prevalence"  # 节育率
    BIRTH_REPORT_TIMELINESS = "birth_report_timeliness"  # 出生上报及时率
    EARLY_PREGNANCY_REGISTRATION = "early_pregnancy_registration"  # 孕情登记及时率
    BENEFIT_PAYMENT_RATE = "benefit_payment_rate"  # 发放率
    SEX_RATIO = "sex_ratio"  # 出生性别比: Rate(boys, girls), value = boys per 100 girls
    DATA_COMPLETENESS = "data_completeness"  # 信息完整率
    OUTFLOW_INFORMATION = "outflow_information"  # 流出已婚育龄妇女信息掌握率
    INFLOW_SERVICE = "inflow_service"  # 流入已婚育龄妇女服务管理率
    WHOLE_COURSE_PREGNANCY = "whole_course_pregnancy"  # 孕情全过程管理率
    PRE_PREGNANCY_CHECKUP = "pre_pregnancy_checkup"  # 孕前优生健康检查率
    INFORMATION_ACCURACY = "information_accuracy"  # 信息准确率 (核对抽查)


RATE_LABELS: dict[RateKey, str] = {
    RateKey.CHECKUP_COVERAGE: QT_TRANSLATE_NOOP("indicators", "Check-up coverage"),
    RateKey.CONTRACEPTIVE_PREVALENCE: QT_TRANSLATE_NOOP("indicators", "Contraceptive prevalence"),
    RateKey.BIRTH_REPORT_TIMELINESS: QT_TRANSLATE_NOOP("indicators", "Birth reporting timeliness"),
    RateKey.EARLY_PREGNANCY_REGISTRATION: QT_TRANSLATE_NOOP(
        "indicators", "Early pregnancy registration"),
    RateKey.BENEFIT_PAYMENT_RATE: QT_TRANSLATE_NOOP("indicators", "Benefit payment rate"),
    RateKey.SEX_RATIO: QT_TRANSLATE_NOOP("indicators", "Sex ratio at birth"),
    RateKey.DATA_COMPLETENESS: QT_TRANSLATE_NOOP("indicators", "Data completeness"),
    RateKey.OUTFLOW_INFORMATION: QT_TRANSLATE_NOOP(
        "indicators", "Outflow married WRA information"),
    RateKey.INFLOW_SERVICE: QT_TRANSLATE_NOOP("indicators", "Inflow married WRA service"),
    RateKey.WHOLE_COURSE_PREGNANCY: QT_TRANSLATE_NOOP(
        "indicators", "Whole-course pregnancy care"),
    RateKey.PRE_PREGNANCY_CHECKUP: QT_TRANSLATE_NOOP("indicators", "Pre-pregnancy check-up"),
    RateKey.INFORMATION_ACCURACY: QT_TRANSLATE_NOOP("indicators", "Information accuracy"),
}


@dataclass(frozen=True)
class Rate:
    num: int
    den: int

    @property
    def value(self) -> float | None:
        """Percent (one decimal when shown); boys per 100 girls for the sex ratio; None if den 0."""
        if self.den == 0:
            return None
        return 100.0 * self.num / self.den if self.num >= 0 else None

    def text(self) -> str:
        """'num / den = 12.3%' for rates (the sex ratio's writers drop the % sign); '—' for 0."""
        value = self.value
        shown = "—" if value is None else f"{value:.1f}%"
        return f"{self.num} / {self.den} = {shown}"


@dataclass(frozen=True)
class Target:
    """A rate's target as an exact fraction of 1 (0.95 for 95%); ``at_most`` for the rates
    that must stay below it (统计误差率)."""

    value: Fraction
    at_most: bool = False

    def met(self, rate: Rate) -> bool | None:
        """达标 / 未达标, compared as exact fractions; None when the denominator is 0."""
        if rate.den == 0:
            return None
        share = Fraction(rate.num, rate.den)
        return share <= self.value if self.at_most else share >= self.value

    def percent_text(self) -> str:
        """'≥ 95%' / '≤ 1%' (up to two decimals, trailing zeros dropped)."""
        number = f"{float(self.value * 100):.2f}".rstrip("0").rstrip(".")
        return f"{'≤' if self.at_most else '≥'} {number}%"


# The rates that carry a target (the sex ratio never does; it shows its normal range).
SEX_RATIO_RANGE = (103, 107)
STATISTICAL_ERROR = "statistical_error"  # 统计误差率: a closed period's rate, target "at most"


# The seeds' work plans (shared/indicators.md, Targets), in percent; editable, blank: no mark.
DEFAULT_TARGETS: dict[str, str] = {
    RateKey.CHECKUP_COVERAGE.value: "100", RateKey.BIRTH_REPORT_TIMELINESS.value: "95",
    RateKey.DATA_COMPLETENESS.value: "95", RateKey.INFORMATION_ACCURACY.value: "90",
    RateKey.OUTFLOW_INFORMATION.value: "85", RateKey.INFLOW_SERVICE.value: "85",
    RateKey.WHOLE_COURSE_PREGNANCY.value: "90", RateKey.PRE_PREGNANCY_CHECKUP.value: "80",
    STATISTICAL_ERROR: "1",
}
# Every rate that can carry a target, in the order the settings list them.
TARGET_KEYS: tuple[str, ...] = (
    *(k.value for k in RateKey if k is not RateKey.SEX_RATIO), STATISTICAL_ERROR)


def target_marks(rates: Mapping[Any, Rate],
                 targets: Mapping[str, Target | None]) -> dict[str, dict[str, Any]]:
    """The JSON's "targets": every rate but the sex ratio, {"target": 0.95 | None, "met"}."""
    out: dict[str, dict[str, Any]] = {}
    for key, rate in rates.items():
        name = str(getattr(key, "value", key))
        if name == RateKey.SEX_RATIO.value:
            continue
        target = targets.get(name)
        out[name] = {"target": None if target is None else float(target.value),
                     "met": None if target is None else target.met(rate)}
    return out


@dataclass(frozen=True)
class UnitFigures:
    """One line of the per-unit table (the unit with its sub-units)."""

    unit_id: int
    unit_name: str
    wra_start: int
    wra_end: int
    married_wra_end: int
    births: int
    rates: dict[RateKey, Rate]
    own: bool = False  # the persons registered in the unit itself, not in a sub-unit (本级)
    entries: int = 0  # all entries of the unit, transfers from other units included
    exits: int = 0
    moved_in: int = 0  # 调入: transfers from a unit outside this line's unit
    moved_out: int = 0  # 调出


@dataclass(frozen=True)
class BalanceBreaker:
    """A person that makes WRA at start + entries - exits differ from WRA at end."""

    person_id: int
    name: str
    id_number: str  # full; writers mask it
    reason: str  # the one thing to correct: English template, QT_TRANSLATE_NOOP("indicators")


@dataclass(frozen=True)
class Figures:
    office_name: str
    unit_id: int | None  # None: the whole office
    unit_name: str
    period: Period
    wra_start: int
    wra_end: int
    entries: int
    exits: int
    married_wra_end: int
    inflow_wra_end: int
    outflow_wra_end: int
    births: int
    births_boys: int
    births_girls: int
    births_order: dict[str, int]  # keys "1", "2", "3+"
    pregnancies_registered: int
    deaths: int  # persons and children who died in the period
    payments_count: int
    payments_amount_fen: int
    # a closed period's printed figures add STATISTICAL_ERROR to the RateKey rates
    rates: dict[RateKey | str, Rate]
    units: list[UnitFigures] = field(default_factory=list)
    balance_breakers: list[BalanceBreaker] = field(default_factory=list)
    # Entries and exits by reason (flows.ENTRY_REASONS / EXIT_REASONS); 调入/调出 in a unit's.
    entries_by: dict[str, int] = field(default_factory=dict)
    exits_by: dict[str, int] = field(default_factory=dict)
    # The office's targets by rate key (shared/indicators.md, Targets); None: blank.
    targets: dict[str, Target | None] = field(default_factory=dict)

    @property
    def balance_ok(self) -> bool:
        return self.wra_start + self.entries - self.exits == self.wra_end

    def target(self, key: RateKey | str) -> Target | None:
        return self.targets.get(str(getattr(key, "value", key)))

    def met(self, key: RateKey | str, rate: Rate | None = None) -> bool | None:
        """达标 (True), 未达标 (False) or no mark (None) of a rate (a unit's when given)."""
        target = self.target(key)
        if target is None:
            return None
        if rate is None and key in RateKey._value2member_map_:
            rate = self.rates.get(RateKey(key))
        return None if rate is None else target.met(rate)

    def below_target(self) -> list[RateKey]:
        """The rates that miss their target, in the report's order."""
        return [key for key in self.rates if isinstance(key, RateKey) and self.met(key) is False]

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON: amounts in yuan, rates as {"num", "den"}."""
        return {
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat()},
            "unit": self.unit_name,
            "wra_start": self.wra_start,
            "wra_end": self.wra_end,
            "entries": self.entries,
            "exits": self.exits,
            "married_wra_end": self.married_wra_end,
            "inflow_wra_end": self.inflow_wra_end,
            "outflow_wra_end": self.outflow_wra_end,
            "births": self.births,
            "births_boys": self.births_boys,
            "births_girls": self.births_girls,
            "births_order": dict(self.births_order),
            "pregnancies_registered": self.pregnancies_registered,
            "deaths": self.deaths,
            "payments_count": self.payments_count,
            "payments_amount": round(self.payments_amount_fen / 100, 2),
            "entries_by": dict(self.entries_by),
            "exits_by": dict(self.exits_by),
            "balance_ok": self.balance_ok,
            # The sex ratio's Rate is boys / girls (value: boys per 100 girls); its JSON
            # numerator is boys x 100, as the issue lists it.
            "rates": {_rate_name(key): {"num": r.num * (100 if key == RateKey.SEX_RATIO else 1),
                                  "den": r.den} for key, r in self.rates.items()},
            "targets": target_marks(self.rates, self.targets),
        }


# -- used by the indicator service

# The counts whose persons can be listed (count_behind/page_behind, part "num").
COUNT_MEASURES: tuple[str, ...] = (
    "wra_start", "wra_end", "entries", "exits", "married_wra_end", "inflow_wra_end",
    "outflow_wra_end", "births", "births_boys", "births_girls", "pregnancies_registered",
    "deaths", "payments",
)


@dataclass(frozen=True)
class BehindRow:
    """One person behind a count, a numerator or a denominator."""

    person_id: int  # for births and children's deaths: the mother
    name: str
    id_number: str  # full; front ends mask it
    unit_name: str
    day: dt.date | None  # the date that made her count (event, check-up, birthday), if any
    note: str = ""  # a child's name for births and children's deaths


@dataclass(frozen=True)
class MonthRate:
    """One month's point of a chart: first day of the month and its num / den."""

    month: dt.date
    rate: Rate


@dataclass(frozen=True)
class Overview:
    """The 概况 page: this month's figures and three small series."""

    as_of: dt.date
    figures: Figures  # reporting_month(as_of), whole office, no per-unit table
    births_by_month: list[tuple[dt.date, int]]  # 12 complete months, oldest first (first days)
    checkup_by_month: list[MonthRate]  # 12 complete months, oldest first
    contraception_mix: dict[str, int]  # Method code -> open records of married WRA at as_of


def _rate_name(key: RateKey | str) -> str:
    return key.value if isinstance(key, RateKey) else key
