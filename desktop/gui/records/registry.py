"""Which record tabs the person editor shows, in this order.

A record tab is a QWidget with:
  - ``__init__(self, services, parent=None, prompts=None)`` (questions to the clerk)
  - ``title() -> str`` (translated), ``key: str`` (class attribute, as in TAB_KEYS)
  - ``set_person(person_id: int | None)``: load her records; None (not saved yet) disables it
  - ``select_record(record_id: int)``: select that row (registers open a person on it)
  - signal ``changed = Signal()`` after any record was written (the editor refreshes
    the history, the timeline and the children)
Records are saved at once through the services, each from its own small form; they do not
wait for the person form's Save button.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from desktop.gui.dialogs.prompts import Prompts
from desktop.services.container import Services

# (key, module, class). Keys are also the ``tab`` argument of PersonEditor.
RECORD_TABS: list[tuple[str, str, str]] = [
    ("pregnancies", "desktop.gui.records.pregnancy_tab", "PregnancyTab"),
    ("contraception", "desktop.gui.records.contraception_tab", "ContraceptionTab"),
    ("checkups", "desktop.gui.records.checkup_tab", "CheckupTab"),
    ("services", "desktop.gui.records.service_tab", "ServiceTab"),
    ("benefits", "desktop.gui.records.benefit_tab", "BenefitTab"),
    ("events", "desktop.gui.records.events_tab", "EventsTab"),
    ("timeline", "desktop.gui.records.timeline_tab", "TimelineTab"),
]


def build_record_tabs(services: Services, parent: QWidget, prompts: Prompts) -> list[QWidget]:
    tabs = []
    for _key, module, name in RECORD_TABS:
        cls = getattr(importlib.import_module(module), name)
        tabs.append(cls(services, parent, prompts))
    return tabs
