"""Shared test helpers: valid ID numbers and a fresh ledger in a temp folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.domain.idnumber import check_character
from desktop.services.container import Services, build_services
from desktop.services.person_types import PersonDraft
from desktop.store.db import open_database

TODAY = dt.date(2026, 11, 28)


def woman_id(birth: dt.date, seq: int = 2, area: str = "330102") -> str:
    """A valid ID of a woman (even sequence number)."""
    first17 = f"{area}{birth:%Y%m%d}{(seq // 2) * 2 % 1000:03d}"
    return first17 + check_character(first17)


def man_id(birth: dt.date, seq: int = 1, area: str = "330102") -> str:
    first17 = f"{area}{birth:%Y%m%d}{(seq // 2) * 2 + 1:03d}"
    return first17 + check_character(first17)


def fresh_services(tmp_path: Path, today: dt.date = TODAY) -> Services:
    clock = [dt.datetime.combine(today, dt.time(9, 0))]

    def now() -> dt.datetime:
        clock[0] += dt.timedelta(seconds=1)
        return clock[0]

    return build_services(open_database(tmp_path / "ledger.db"), today=lambda: today, now=now)


def draft(name: str, birth: dt.date, unit_id: int, seq: int = 2, **fields: object) -> PersonDraft:
    d = PersonDraft(name=name, id_number=woman_id(birth, seq), unit_id=unit_id)
    for key, value in fields.items():
        setattr(d, key, value)
    return d
