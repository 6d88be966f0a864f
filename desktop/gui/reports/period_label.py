"""A period as the clerk says it on screen: 2026年11月, 2026年第4季度 …, or its two dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.values.indicators import Period, PeriodKind


def period_label(period: Period) -> str:
    start, end = period.start, period.end
    if period.kind == PeriodKind.MONTH:
        return QCoreApplication.translate("periods", "{year}-{month}").format(
            year=start.year, month=start.month)
    return QCoreApplication.translate("periods", "{start} to {end}").format(
        start=start.isoformat(), end=end.isoformat())
