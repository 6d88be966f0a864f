"""Values of the monthly (and other periods') report, shared by the indicator service, the
PDF/xlsx/JSON writers, the CLI and the report page. Definitions: shared/indicators.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
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


RATE_LABELS: dict[RateKey, str] = {
    RateKey.CHECKUP_COVERAGE: QT_TRANSLATE_NOOP("indicators", "Check-up coverage"),
    RateKey.CONTRACEPTIVE_PREVALENCE: QT_TRANSLATE_NOOP("indicators", "Contraceptive prevalence"),
    RateKey.BIRTH_REPORT_TIMELINESS: QT_TRANSLATE_NOOP("indicators", "Birth reporting timeliness"),
    RateKey.EARLY_PREGNANCY_REGISTRATION: QT_TRANSLATE_NOOP(
        "indicators", "Early pregnancy registration"),
    RateKey.BENEFIT_PAYMENT_RATE: QT_TRANSLATE_NOOP("indicators", "Benefit payment rate"),
    RateKey.SEX_RATIO: QT_TRANSLATE_NOOP("indicators", "Sex ratio at birth"),
    RateKey.DATA_COMPLETENESS: QT_TRANSLATE_NOOP("indicators", "Data completeness"),
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


@dataclass(frozen=True)
class BalanceBreaker:
    """A person that makes WRA at start + entries - exits differ from WRA at end."""

    person_id: int
    name: str
    id_number: str  # full; writers mask it
    reason: str  # English template, QT_TRANSLATE_NOOP("indicators", ...)


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
    rates: dict[RateKey, Rate]
    units: list[UnitFigures] = field(default_factory=list)
    balance_breakers: list[BalanceBreaker] = field(default_factory=list)

    @property
    def balance_ok(self) -> bool:
        return self.wra_start + self.entries - self.exits == self.wra_end

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
            "balance_ok": self.balance_ok,
            # The sex ratio's Rate is boys / girls (value: boys per 100 girls); its JSON
            # numerator is boys x 100, as the issue lists it.
            "rates": {key.value: {"num": r.num * (100 if key == RateKey.SEX_RATIO else 1),
                                  "den": r.den} for key, r in self.rates.items()},
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
    figures: Figures  # the month containing as_of, whole office, no per-unit table
    births_by_month: list[tuple[dt.date, int]]  # 12 months, oldest first (first days)
    checkup_by_month: list[MonthRate]  # 12 months, oldest first
    contraception_mix: dict[str, int]  # Method code -> open records of married WRA at as_of
