"""Read-only verification of a data file (``family-ledger check``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotALedgerFileError, StorageError
from desktop.store import crypt, faults
from desktop.store.db import head_revision, inspect_file
from desktop.system_errors import reason_of


@dataclass(frozen=True)
class CheckReport:
    path: Path
    revision: str
    up_to_date: bool
    persons: int
    size_bytes: int
    stale_lock: bool | None = None  # None: no lock; True: left by a crash; False: app open
    encrypted: bool = False


def check_file(path: Path) -> CheckReport:
    """Raise a StorageError with the reason, or describe a healthy file. Never writes."""
    if not path.exists():
        raise StorageError(QT_TRANSLATE_NOOP("errors", "The data file {path} does not exist."), path=str(path))
    state = inspect_file(path)
    if state.revision is None:
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP("errors", "{path} holds no Family Ledger data (no schema version)."),
            path=str(path),
        )
    try:
        conn = crypt.connect_ro(path)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            persons = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        finally:
            conn.close()
    except crypt.database_errors() as exc:
        if faults.has_hot_journal(path):  # appeared meanwhile (the app was writing)
            raise faults.hot_journal_error(path) from exc
        raise faults.damaged_error(path, reason_of(exc)) from exc
    if problems != ["ok"]:
        raise faults.integrity_error(path, problems)
    return CheckReport(path, state.revision, state.revision == head_revision(), persons,
                       path.stat().st_size, faults.stale_lock(path), crypt.is_encrypted(path))
