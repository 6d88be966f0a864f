"""What the 报表 page uses: the figures, closing, the PDF's registers and settings, the
verification sample, the units; ``ReportServices.of`` picks them from the container."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.services.indicators.closing import ClosingService
from desktop.services.indicators.sampling import SampleService
from desktop.services.indicators.service import IndicatorService
from desktop.services.people.units import UnitService
from desktop.services.registers.documents import DocumentService
from desktop.services.registers.service import RegisterService
from desktop.services.safety.security import SecurityService
from desktop.services.settings import SettingsService

if TYPE_CHECKING:
    from desktop.services.container import Services


@dataclass(frozen=True)
class ReportServices:
    indicators: IndicatorService  # the figures and the persons behind them
    closing: ClosingService  # closed periods and their stored reports
    registers: RegisterService  # the registers appended to the PDF
    documents: DocumentService  # notes full ID numbers that left the ledger
    samples: SampleService  # the verification sample (核对抽查)
    settings: SettingsService  # office, clerk, head of unit, targets, the PDF font
    security: SecurityService  # writes the head of unit (an office detail)
    units: UnitService
    today: Callable[[], dt.date]

    @classmethod
    def of(cls, services: Services) -> ReportServices:
        s = services
        return cls(s.indicators, s.closing, s.registers, s.documents, s.samples, s.settings,
                   s.security, s.units, s.today)
