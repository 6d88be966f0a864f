"""Drafts and stored records of contraception, check-ups and services.

A ``*Draft`` is what a form saves; a ``*Record`` is a stored row: the same fields plus
its id and the person's id, so a record can be passed back as a draft to ``update``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from desktop.domain.enums import CheckupResult, CheckupSource


@dataclass
class ContraceptionDraft:
    method: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    place: str = ""


@dataclass(kw_only=True)
class ContraceptionRecord(ContraceptionDraft):
    id: int
    person_id: int
    version: int = 1  # the stored version it was read at (a save claims it)

    def is_open_at(self, day: dt.date) -> bool:
        """Open at ``day``: started on or before it, no end date or ending after it."""
        assert self.start_date is not None
        return self.start_date <= day and (self.end_date is None or self.end_date > day)


@dataclass
class CheckupDraft:
    date: dt.date | None = None
    check_pregnancy: bool = False
    check_iud: bool = False
    check_disease: bool = False
    pregnant: bool = False  # only with the pregnancy check
    result: str = CheckupResult.NORMAL.value
    note: str = ""  # required when the result is abnormal
    place: str = ""
    source: str = CheckupSource.STATION.value


@dataclass(kw_only=True)
class CheckupRecord(CheckupDraft):
    id: int
    person_id: int
    version: int = 1  # the stored version it was read at (a save claims it)


@dataclass
class ServiceDraft:
    date: dt.date | None = None
    type: str = ""
    note: str = ""


@dataclass(kw_only=True)
class ServiceRecord(ServiceDraft):
    id: int
    person_id: int
    version: int = 1  # the stored version it was read at (a save claims it)


def draft_values(draft: object, draft_type: type) -> dict[str, object]:
    """The draft fields of ``draft`` (a draft or a record) as a dict, in field order."""
    return {f.name: getattr(draft, f.name) for f in fields(draft_type)}
