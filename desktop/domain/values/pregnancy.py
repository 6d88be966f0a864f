"""Plain data of the pregnancy, life event and timeline services and their callers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class PregnancyDraft:
    """What the pregnancy form saves. A live birth is recorded with ``record_outcome``."""

    registered_on: dt.date | None = None
    lmp: dt.date | None = None  # last menstrual period (末次月经)
    outcome: str | None = None  # desktop.domain.enums.Outcome value
    outcome_date: dt.date | None = None
    note: str = ""


@dataclass
class BabyDraft:
    """One baby of a live birth; the birth date is the outcome date."""

    name: str = ""
    sex: str = "F"
    id_number: str = ""


@dataclass(frozen=True)
class PregnancyRow:
    id: int
    registered_on: dt.date
    lmp: dt.date
    edd: dt.date  # expected delivery date, LMP + 280 days
    weeks_at_registration: tuple[int, int]  # (weeks, days)
    outcome: str | None
    outcome_date: dt.date | None
    note: str
    followup_count: int
    last_followup: dt.date | None
    child_ids: tuple[int, ...] = field(default_factory=tuple)
    version: int = 1  # the stored version it was read at (a save claims it)

    @property
    def is_open(self) -> bool:
        return self.outcome is None


@dataclass(frozen=True)
class FollowupRow:
    id: int
    pregnancy_id: int
    date: dt.date
    note: str
    version: int = 1  # the stored version it was read at (a save claims it)


@dataclass(frozen=True)
class LifeEventRow:
    id: int
    kind: str  # desktop.domain.enums.EventKind value
    date: dt.date
    note: str
    is_latest: bool  # only the latest event may be deleted


@dataclass(frozen=True)
class ChildLifeRow:
    """A child as the events tab shows it: born, and died if so."""

    id: int
    name: str
    sex: str
    birth_date: dt.date
    death_date: dt.date | None


@dataclass(frozen=True)
class TimelineEntry:
    """One dated event of her life.

    ``label`` is an English source string (context "timeline"); ``code`` a stored enum
    value the front end shows with enum_text (or None); ``text`` plain data (a name, a
    note, a period and amount) shown as it is. ``tab``/``record_id`` say where the record
    is edited (None for the person's own fields).
    """

    date: dt.date
    label: str
    code: str | None
    text: str
    tab: str | None
    record_id: int | None
