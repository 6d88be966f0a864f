"""One long piece of work at a time on a server's ledger: an import or a month's closing.

On PostgreSQL the lock is a session-level advisory lock on a connection of its own
(released by the server when that connection ends, even after a crash or a pulled cable),
and a row of ``work_lock`` names who holds it for the others' message. On SQLite the data
file's single-writer lock already keeps a second app out, so nothing is taken here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlmodel import col

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ConflictError
from desktop.store.models import WorkLock

# pg_advisory_lock key of the long work (the migration lock is 0x464C4447_0001)
WORK_LOCK = 0x464C4447_0002
IMPORT, CLOSING = "import", "closing"

BUSY = {
    IMPORT: QT_TRANSLATE_NOOP("errors", "{holder} is importing a workbook into this ledger "
                                        "(since {since}). Nothing was changed; try again "
                                        "when that is done."),
    CLOSING: QT_TRANSLATE_NOOP("errors", "{holder} is closing a month's report of this ledger "
                                         "(since {since}). Nothing was changed; try again "
                                         "when that is done."),
}


class WorkBusyError(ConflictError):
    """Another clerk's import or month closing is running on the server."""


class WorkLocks:
    def __init__(self, engine: Engine, user: Callable[[], str],
                 now: Callable[[], dt.datetime]) -> None:
        self._engine = engine
        self._user = user
        self._now = now

    @contextmanager
    def held(self, work: str) -> Iterator[None]:
        """Hold the lock for ``work`` (IMPORT or CLOSING) or raise WorkBusyError."""
        if self._engine.dialect.name != "postgresql":
            yield
            return
        with self._engine.connect() as conn:
            if not conn.scalar(select(func.pg_try_advisory_lock(WORK_LOCK))):
                conn.rollback()
                raise _busy(conn)
            try:
                conn.execute(delete(WorkLock))  # a row left by a crash is not a holder
                conn.execute(insert(WorkLock).values(work=work, holder=self._user(),
                                                     since=self._now()))
                conn.commit()
                yield
            finally:
                conn.rollback()
                conn.execute(delete(WorkLock).where(col(WorkLock.work) == work))
                conn.execute(select(func.pg_advisory_unlock(WORK_LOCK)))
                conn.commit()


def _busy(conn: Connection) -> WorkBusyError:
    row = conn.execute(select(col(WorkLock.work), col(WorkLock.holder), col(WorkLock.since))
                       .order_by(col(WorkLock.since).desc()).limit(1)).first()
    work = row.work if row is not None and row.work in BUSY else IMPORT
    holder = (row.holder if row is not None else "") or "?"
    since = row.since.strftime("%H:%M") if row is not None else "?"
    return WorkBusyError(BUSY[work], holder=holder, since=since, work=work)
