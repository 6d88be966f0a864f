"""Verified copies of the data file: snapshot, check, and only then name it as a backup.

A copy is written under a temporary ``.part`` name in the target folder, checked
(integrity, application id, schema revision, the same row counts as the source read in
the same read transaction) and renamed last; a failure at any step leaves no file under
a backup's name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, column, func, select, table
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.sql.elements import ClauseElement

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotALedgerFileError, StorageError
from desktop.store import crypt
from desktop.store.db import APPLICATION_ID, known_revisions
from desktop.store.leftovers import clean, part_for
from desktop.store.private import create_private
from desktop.system_errors import reason_of

BACKUP_PREFIX = "family-ledger-"
NAME_RE = re.compile(r"^family-ledger-(\d{8}-\d{6})(?:-(\d+))?\.db$")
STAMP = "%Y%m%d-%H%M%S"
PAGES_PER_STEP = 256  # backup API step: lets progress be reported
SQLITE = sqlite_dialect()


class BackupFailedError(StorageError):
    """The copy could not be written or did not pass its checks; nothing was named a backup."""


@dataclass(frozen=True)
class Snapshot:
    path: Path
    created: dt.datetime
    counts: dict[str, int]
    revision: str
    size: int


def stamped_name(prefix: str, created: dt.datetime, n: int, extension: str) -> str:
    """A copy's file name: its time, then ``-n`` for the n-th copy in the same second."""
    suffix = f"-{n}" if n else ""
    return f"{prefix}{created.strftime(STAMP)}{suffix}{extension}"


def stamp_of(pattern: re.Pattern[str], name: str) -> dt.datetime | None:
    """The time in a copy's file name, None for any other file."""
    match = pattern.match(name)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None


def backup_name(created: dt.datetime, n: int = 0) -> str:
    return stamped_name(BACKUP_PREFIX, created, n, ".db")


def parse_backup_name(name: str) -> dt.datetime | None:
    """The time in a backup's file name, None for any other file."""
    return stamp_of(NAME_RE, name)


def _connect_ro(path: Path) -> sqlite3.Connection:
    return crypt.connect_ro(path)  # an encrypted file: with the key unlocked for it


def _sql(stmt: ClauseElement) -> str:
    """A Core statement as SQLite text, for the driver's own connection (the backup API)."""
    return str(stmt.compile(dialect=SQLITE, compile_kwargs={"literal_binds": True}))


_MASTER = table("sqlite_master", column("name"), column("type"))
TABLE_NAMES = _sql(select(_MASTER.c.name)
                   .where(_MASTER.c.type == "table", _MASTER.c.name.not_like("sqlite_%"))
                   .order_by(_MASTER.c.name))
VERSION = _sql(select(column("version_num")).select_from(table("alembic_version")))


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(TABLE_NAMES)]
    return {n: conn.execute(_sql(select(func.count()).select_from(table(n)))).fetchone()[0]
            for n in names}


class CopyFailed(Exception):
    """A database file could not be copied; the message says why."""


def copy_database(src: Path, dst: Path) -> None:
    """Copy the database ``src`` (read only) into ``dst`` page by page."""
    try:
        source = _connect_ro(src)
        target = sqlite3.connect(dst)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
    except sqlite3.Error as exc:
        raise CopyFailed(str(exc)) from exc


def _source_path(source: Engine | Path) -> Path:
    if isinstance(source, Path):
        return source
    return Path(str(source.url.database))


def _failed(path: Path, reason: str) -> BackupFailedError:
    return BackupFailedError(
        QT_TRANSLATE_NOOP("errors", "The backup in {folder} could not be written ({reason}). "
                          "No backup file was left there; the data file was not changed."),
        folder=str(path), reason=reason)


def verify(path: Path, expected: dict[str, int] | None = None, *, full: bool = True
           ) -> tuple[str, dict[str, int]]:
    """Check a copy; returns (revision, counts) or raises NotALedgerFileError.

    ``full=False`` runs PRAGMA quick_check instead of integrity_check (listing many files).
    """
    def bad(reason: str) -> NotALedgerFileError:
        return NotALedgerFileError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a sound Family Ledger backup ({reason})."),
            path=str(path), reason=reason)

    try:
        conn = _connect_ro(path)
        try:
            check = "integrity_check" if full else "quick_check"
            problems = [r[0] for r in conn.execute(f"PRAGMA {check}")]
            if problems != ["ok"]:
                raise bad("; ".join(problems[:3]))
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise bad("application id")
            try:
                row = conn.execute(VERSION).fetchone()
            except crypt.database_errors():
                row = None
            if row is None or row[0] not in known_revisions():
                raise bad("schema version")
            counts = table_counts(conn)
        finally:
            conn.close()
    except crypt.database_errors() as exc:
        raise bad(str(exc)) from exc
    if expected is not None and counts != expected:
        raise bad("row counts differ from the data file")
    return row[0], counts


def _copy(src: sqlite3.Connection, part: Path, progress: Callable[[int, int], None] | None,
          key: bytes | None = None) -> None:
    create_private(part)  # owner-only before the data goes in
    dst = crypt.connect(part, key)  # an encrypted file's copy: the same key, page for page
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)
        src.backup(dst, pages=PAGES_PER_STEP, progress=step)
    finally:
        dst.close()


def free_name(folder: Path, created: dt.datetime) -> Path:
    n = 0
    while (folder / backup_name(created, n)).exists():
        n += 1
    return folder / backup_name(created, n)


def snapshot(source: Engine | Path, target_dir: Path, created: dt.datetime,
             progress: Callable[[int, int], None] | None = None) -> Snapshot:
    """Write a verified copy of ``source`` into ``target_dir`` named by ``created``."""
    src_path = _source_path(source)
    if not target_dir.is_dir():
        raise BackupFailedError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
                                folder=str(target_dir))
    clean(target_dir)  # what a killed backup, restore or export left behind
    part = part_for(target_dir / "backup.db")
    key = crypt.key_for(src_path)
    failures: tuple[type[Exception], ...] = (*crypt.database_errors(), sqlite3.Error, OSError, StorageError)
    try:
        src = _connect_ro(src_path)
        try:
            src.isolation_level = None
            src.execute("BEGIN")  # counts and copy see the same state of the file
            counts = table_counts(src)
            _copy(src, part, progress, key)
            src.execute("COMMIT")
        finally:
            src.close()
        if key is not None:  # the key file travels with the copy: it opens on its own
            shutil.copyfile(crypt.key_path(src_path), crypt.key_path(part))
        revision, _ = verify(part, counts)
        final = free_name(target_dir, created)
        if key is not None:
            os.replace(crypt.key_path(part), crypt.key_path(final))
        os.replace(part, final)
    except failures as exc:
        _remove_quietly(part)
        raise _failed(target_dir, reason_of(exc)) from exc
    except BaseException:
        _remove_quietly(part)
        raise
    return Snapshot(final, created, counts, revision, final.stat().st_size)


def _remove_quietly(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal"), crypt.key_path(path)):
        try:
            p.unlink()
        except OSError:
            pass
