"""Writes made by other clerks' apps on the same server ledger, learned by a poll.

Each write leaves change-log rows; the newest row's id is the ledger's change counter. A
poll reads it (one index lookup) and, when it moved, which kinds of record the new rows
touched. The app's own writes are among them too; a page reads again at most once for both.
One poll at a time (the window runs it off its GUI thread and starts no other meanwhile).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import col

from desktop.store.db import SessionFactory
from desktop.store.models import ChangeLog
from desktop.store.server import limit_statements

STATEMENT_MS = 2000  # a poll that takes longer is given up; the next one tries again


class OtherWrites:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory
        self._seen: int | None = None

    def poll(self) -> frozenset[str]:
        """The entities written since the last poll (none at the first: that one sets the
        counter)."""
        with self._factory() as session:
            limit_statements(session, STATEMENT_MS)
            newest = session.scalar(select(func.max(col(ChangeLog.id)))) or 0
            seen, self._seen = self._seen, newest
            if seen is None or newest <= seen:
                return frozenset()
            return frozenset(session.scalars(
                select(col(ChangeLog.entity)).distinct()
                .where(col(ChangeLog.id) > seen, col(ChangeLog.id) <= newest)).all())
