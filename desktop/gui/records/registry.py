"""Which record tabs the person editor shows, in this order.

A record tab is a QWidget with:
  - ``__init__(self, *the services it uses, parent=None, prompts=None)`` (RECORD_TABS
    names them; ``prompts`` asks the clerk)
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
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.prompts import Prompts

# (key, module, class, the services it takes). Keys are also the ``tab`` argument of
# PersonEditor. Each tab takes the few services it uses, then ``parent`` and ``prompts``.
RECORD_TABS: list[tuple[str, str, str, Callable[[EditorServices], tuple]]] = [
    ("pregnancies", "desktop.gui.records.pregnancy_tab", "PregnancyTab",
     lambda s: (s.pregnancies, s.today)),
    ("contraception", "desktop.gui.records.contraception_tab", "ContraceptionTab",
     lambda s: (s.contraception, s.today)),
    ("checkups", "desktop.gui.records.checkup_tab", "CheckupTab", lambda s: (s.checkups, s.today)),
    ("services", "desktop.gui.records.service_tab", "ServiceTab",
     lambda s: (s.service_records, s.today)),
    ("benefits", "desktop.gui.records.benefit_tab", "BenefitTab", lambda s: (s.benefits, s.today)),
    ("events", "desktop.gui.records.events_tab", "EventsTab",
     lambda s: (s.life_events, s.persons, s.today)),
    ("timeline", "desktop.gui.records.timeline_tab", "TimelineTab", lambda s: (s.timeline,)),
]


def build_record_tab(cls: type[QWidget], services: EditorServices, parent: QWidget | None = None,
                     prompts: Prompts | None = None) -> QWidget:
    """One record tab, given the services its entry names."""
    [uses] = [uses for _key, _module, name, uses in RECORD_TABS if name == cls.__name__]
    tab = cls(*uses(services), parent, prompts)
    tab.closing = services.closing  # type: ignore[attr-defined]  # closed_check.py
    return tab


def build_record_tabs(services: EditorServices, parent: QWidget, prompts: Prompts) -> list[QWidget]:
    tabs = []
    for _key, module, name, _uses in RECORD_TABS:
        cls = getattr(importlib.import_module(module), name)
        tabs.append(build_record_tab(cls, services, parent, prompts))
    return tabs
