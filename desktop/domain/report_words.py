"""Chinese names of the rates in the monthly report, printed (reports/monthly.py) or written
to a workbook (services/indicators/report_export.py): office documents, not translations.
Which rates each shows per unit is each document's own choice."""

from __future__ import annotations

from desktop.domain.values.indicators import RateKey

RATE_NAMES = {
    RateKey.CHECKUP_COVERAGE: "三查率", RateKey.CONTRACEPTIVE_PREVALENCE: "节育率",
    RateKey.BIRTH_REPORT_TIMELINESS: "出生上报及时率",
    RateKey.EARLY_PREGNANCY_REGISTRATION: "孕情登记及时率",
    RateKey.BENEFIT_PAYMENT_RATE: "发放率", RateKey.SEX_RATIO: "出生性别比",
    RateKey.DATA_COMPLETENESS: "信息完整率",
    RateKey.OUTFLOW_INFORMATION: "流出已婚育龄妇女信息掌握率",
    RateKey.INFLOW_SERVICE: "流入已婚育龄妇女服务管理率",
    RateKey.WHOLE_COURSE_PREGNANCY: "孕情全过程管理率",
    RateKey.PRE_PREGNANCY_CHECKUP: "孕前优生健康检查率",
    RateKey.INFORMATION_ACCURACY: "信息准确率",
}
