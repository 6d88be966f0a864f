"""Shared test helpers: valid ID numbers and a fresh ledger in a temp folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desktop.domain.idnumber import check_character
from desktop.domain.values.people import PersonDraft
from desktop.services.container import Services, build_services
from desktop.store.db import open_database

if TYPE_CHECKING:
    from tests.pg_server import PgServer

TODAY = dt.date(2026, 11, 28)


def make_id(area: str, birth: dt.date, seq: int, *, female: bool = True) -> str:
    """A valid 18-character ID, distinct for each ``seq`` below 100; the 17th digit is
    even for a woman, odd for a man."""
    sex_digit = (2 * (seq % 5)) + (0 if female else 1)
    first17 = f"{area}{birth:%Y%m%d}{seq % 100:02d}{sex_digit}"
    return first17 + check_character(first17)


def woman_id(birth: dt.date, seq: int = 2, area: str = "330102") -> str:
    return make_id(area, birth, seq)


def man_id(birth: dt.date, seq: int = 1, area: str = "330102") -> str:
    return make_id(area, birth, seq, female=False)


@dataclass
class Backend:
    """Where ``fresh_ledger`` opens: a SQLite file in the test's folder, or (while the
    ``backend`` fixture runs a test on PostgreSQL) a new database on the test server."""

    server: PgServer | None = None
    created: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return "sqlite" if self.server is None else "postgresql"


BACKEND = Backend()


def fresh_ledger(tmp_path: Path) -> Engine:
    """An empty ledger at head on the backend of the running test."""
    if BACKEND.server is None:
        return open_database(tmp_path / "ledger.db")
    from desktop.store.server import open_server

    url = BACKEND.server.create()
    BACKEND.created.append(url)
    return open_server(url)


def fresh_services(tmp_path: Path, today: dt.date = TODAY) -> Services:
    clock = [dt.datetime.combine(today, dt.time(9, 0))]

    def now() -> dt.datetime:
        clock[0] += dt.timedelta(seconds=1)
        return clock[0]

    return build_services(fresh_ledger(tmp_path), today=lambda: today, now=now,
                          backup_dir=tmp_path / "backups")


def draft(name: str, birth: dt.date, unit_id: int, seq: int = 2, **fields: object) -> PersonDraft:
    d = PersonDraft(name=name, id_number=woman_id(birth, seq), unit_id=unit_id)
    for key, value in fields.items():
        setattr(d, key, value)
    return d
