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


def file_part(period: Period) -> str:
    """The period in a file name, as the printed documents say it: 2026年11月, 2026年第4季度,
    2026年上半年, 2026年, 2026统计年度, or 20261101-20261215."""
    start, end = period.start, period.end
    if period.kind == PeriodKind.MONTH:
        return f"{start.year}年{start.month}月"
    if period.kind == PeriodKind.QUARTER:
        return f"{start.year}年第{(start.month - 1) // 3 + 1}季度"
    if period.kind == PeriodKind.HALF_YEAR:
        return f"{start.year}年{'上' if start.month == 1 else '下'}半年"
    if period.kind == PeriodKind.YEAR:
        return f"{start.year}年"
    if period.kind == PeriodKind.STAT_YEAR:
        return f"{end.year}统计年度"
    return f"{start:%Y%m%d}-{end:%Y%m%d}"


def file_name(*parts: str, suffix: str) -> str:
    """``示范街道办事处_月报_2026年11月.pdf``: the non-blank parts, joined, without characters
    a Windows file name cannot hold."""
    text = "_".join(part.strip() for part in parts if part and part.strip())
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text) + f".{suffix}"
