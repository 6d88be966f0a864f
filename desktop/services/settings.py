"""Office settings kept in the database (printed on reports, used in the change log)."""

from __future__ import annotations

from sqlmodel import Session

from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Setting

OFFICE_NAME = "office_name"
CLERK_NAME = "clerk_name"
CLERK_PHONE = "clerk_phone"
SETUP_DONE = "setup_done"


class SettingsService:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def get(self, key: str, default: str = "") -> str:
        with self._factory() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_many(self, values: dict[str, str], session: Session | None = None) -> None:
        if session is not None:
            self._write(session, values)
            return
        with transaction(self._factory) as s:
            self._write(s, values)

    @staticmethod
    def _write(session: Session, values: dict[str, str]) -> None:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value

    @property
    def setup_done(self) -> bool:
        return self.get(SETUP_DONE) == "1"
