"""What the person editor uses, picked from the container by ``EditorServices.of``: her
record and its history, her archive card, the closed periods, and the services its record
tabs take (``records/registry.py`` names which tab takes which)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.gui.reports.print_documents import DocumentServices
from desktop.services.care.benefits import BenefitService
from desktop.services.care.checkups import CheckupService
from desktop.services.care.contraception import ContraceptionService
from desktop.services.care.pregnancies import PregnancyService
from desktop.services.care.services_given import ServiceRecordService
from desktop.services.indicators.closing import ClosingService
from desktop.services.people.life_events import LifeEventService
from desktop.services.people.persons import PersonService
from desktop.services.people.timeline import TimelineService
from desktop.services.people.units import UnitService
from desktop.services.safety.changelog import HistoryService
from desktop.services.safety.security import SecurityService

if TYPE_CHECKING:
    from desktop.services.container import Services


@dataclass(frozen=True)
class EditorServices:
    persons: PersonService
    units: UnitService
    history: HistoryService  # her change history
    security: SecurityService  # notes a full ID number shown
    closing: ClosingService  # records in closed periods ask first
    printing: DocumentServices  # her archive card
    today: Callable[[], dt.date]
    # the record tabs'
    pregnancies: PregnancyService
    contraception: ContraceptionService
    checkups: CheckupService
    service_records: ServiceRecordService
    benefits: BenefitService
    life_events: LifeEventService
    timeline: TimelineService

    @classmethod
    def of(cls, services: Services) -> EditorServices:
        s = services
        return cls(s.persons, s.units, s.history, s.security, s.closing,
                   DocumentServices(s.documents, s.settings, s.today), s.today,
                   s.pregnancies, s.contraception, s.checkups, s.service_records, s.benefits,
                   s.life_events, s.timeline)
