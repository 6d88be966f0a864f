"""Chinese names of the rates in the monthly report, printed (reports/monthly.py) or written
to a workbook (services/indicators/report_export.py): office documents, not translations."""

from __future__ import annotations

from desktop.domain.values.indicators import RateKey

RATE_NAMES = {
    RateKey.CHECKUP_COVERAGE: "三查率", RateKey.CONTRACEPTIVE_PREVALENCE: "节育率",
    RateKey.BIRTH_REPORT_TIMELINESS: "出生上报及时率",
    RateKey.EARLY_PREGNANCY_REGISTRATION: "孕情登记及时率",
    RateKey.BENEFIT_PAYMENT_RATE: "发放率", RateKey.SEX_RATIO: "出生性别比",
    RateKey.DATA_COMPLETENESS: "信息完整率",
}
# The rates shown for each unit.
UNIT_RATES = (RateKey.CHECKUP_COVERAGE, RateKey.CONTRACEPTIVE_PREVALENCE,
              RateKey.DATA_COMPLETENESS)
