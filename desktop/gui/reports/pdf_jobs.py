"""What the 报表 page asks for, and the Qt-free task that writes it (run on a Worker).

The PDF writers live in desktop/reports/ (imported when a document is written: reportlab
costs time at start-up). ``progress`` of the writers may return False to stop.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.values.indicators import Figures, Period
from desktop.domain.values.registers import Register, RegisterQuery


@dataclass(frozen=True)
class PdfRequest:
    period: Period
    unit_id: int | None
    register: Register | None  # a register printout; None: the report of the period
    office_name: str
    clerk_name: str
    head_name: str
    report_date: dt.date
    full_ids: bool = False
    appendices: bool = False
    current: bool = False  # a closed period from today's data instead of its stored figures


def register_rows(services: Any, query: RegisterQuery) -> Iterator:
    """The register's rows one by one (the service streams them in SQL pages)."""
    return itertools.chain.from_iterable(services.registers.stream(query))


def _progress(report: Callable[[int, int], None], should_stop: Callable[[], bool]):  # noqa: ANN202
    def progress(done: int, total: int) -> bool:
        report(done, total)
        return not should_stop()

    return progress


def write_pdf(services: Any, request: PdfRequest, figures: Figures | None, out: Path,
              report: Callable[[int, int], None], should_stop: Callable[[], bool]) -> int:
    """Write the requested document to ``out``; the page count."""
    progress = _progress(report, should_stop)
    period = request.period
    if request.register is not None:
        from desktop.reports.register_print import write_register_pdf

        query = RegisterQuery(request.register, period.start, period.end, request.unit_id)
        return write_register_pdf(request.register, services.registers.stream(query), out,
                                  office_name=request.office_name, start=period.start,
                                  end=period.end, full_ids=request.full_ids, progress=progress,
                                  font_path=services.settings.pdf_font_path())
    from desktop.reports import monthly

    closed = None if request.current else services.closing.report(period, request.unit_id)
    if closed is not None:
        figures = closed.figures  # a closed period prints what was handed in
    elif figures is None:
        figures = services.indicators.compute(period, request.unit_id)
    appendices = ()
    if request.appendices:
        appendices = tuple(
            monthly.RegisterAppendix(register, register_rows(
                services, RegisterQuery(register, period.start, period.end, request.unit_id)))
            for register in Register)
    return monthly.write_report_pdf(figures, out, clerk_name=request.clerk_name,
                                    report_date=request.report_date, head_name=request.head_name,
                                    appendices=appendices, full_ids=request.full_ids,
                                    progress=progress, font_path=services.settings.pdf_font_path(),
                                    today=services.today(), closed=closed)
