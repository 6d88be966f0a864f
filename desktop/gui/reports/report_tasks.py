"""The report page's work on a worker thread (Qt-free): the figures to show, closing."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.values.closing import ClosedReport, ClosureRow
from desktop.domain.values.indicators import Figures, Period
from desktop.gui.reports.report_services import ReportServices


@dataclass(frozen=True)
class Computed:
    figures: Figures
    closure: ClosureRow | None  # the closing in force for the period
    report: ClosedReport | None  # its stored report (None: today's figures are shown)
    closed: list[ClosureRow]  # every closed period


def compute_task(services: ReportServices, period: Period, unit_id: int | None, current: bool,
                 _progress, _stop) -> Computed:  # noqa: ANN001
    """A closed period shows its stored figures (unless ``current``), else today's."""
    closure = services.closing.closure(period)
    report = None if closure is None or current else services.closing.report(period, unit_id)
    figures = report.figures if report else services.indicators.compute(period, unit_id)
    return Computed(figures, closure, report, services.closing.closed())


def close_task(services: ReportServices, period: Period, _progress, _stop) -> None:  # noqa: ANN001
    services.closing.close(period)
