"""Bad files and faults: cheap sanity checks, hot journals, stale locks, copies of damaged files.

Nothing here repairs a file. A damaged file is kept as it is; at most a copy is made.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import socket
import sqlite3
from pathlib import Path

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotALedgerFileError, StorageError
from desktop.system_errors import Reason, reason_of

log = logging.getLogger(__name__)


class DamagedFileError(NotALedgerFileError):
    """The file is a ledger (or looks like one) but SQLite cannot read it whole."""


class HotJournalError(StorageError):
    """An unfinished write left a journal; only a writer (the app) may roll it back."""


# SQLite's words for a write the disk refused; each becomes a StorageError for the clerk.
_WRITE_FAULTS = (
    ("database or disk is full", QT_TRANSLATE_NOOP(
        "errors", "The disk is full, so nothing was saved. Free some space (or save to another "
        "disk) and try again; what you typed is still in the form.")),
    ("disk i/o error", QT_TRANSLATE_NOOP(
        "errors", "The disk could not be written (a disk error), so nothing was saved. Check the "
        "disk or USB stick and try again; what you typed is still in the form.")),
    ("readonly database", QT_TRANSLATE_NOOP(
        "errors", "The data file is read-only, so nothing was saved. Check the file's permissions "
        "and try again; what you typed is still in the form.")),
)


def storage_error_for(exc: BaseException) -> StorageError | None:
    """The clerk's StorageError for a refused write (sqlite3 or wrapped by SQLAlchemy)."""
    from desktop.store import crypt

    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, crypt.operational_errors()):
        return None
    text = str(orig).lower()
    for words, template in _WRITE_FAULTS:
        if words in text:
            return StorageError(template)
    return None


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A rollback journal beside the file that SQLite would play back: a write was cut off.

    As SQLite does, a journal whose first byte is zero (header not yet written) is ignored."""
    try:
        with journal_path(path).open("rb") as fh:
            return fh.read(1) not in (b"", b"\x00")
    except OSError:
        return False


def hot_journal_error(path: Path) -> HotJournalError:
    return HotJournalError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The data file {path} has an unfinished change from a session that ended abruptly "
            "(the file {journal} beside it). It was not changed. Opening the data file in "
            "Family Ledger undoes the unfinished change safely; do not delete {journal}.",
        ),
        path=str(path), journal=journal_path(path).name,
    )


def damaged_error(path: Path, reason: str) -> DamagedFileError:  # a Reason, or SQLite's report
    return DamagedFileError(
        QT_TRANSLATE_NOOP(
            "errors", "The data file {path} is damaged and cannot be used ({reason}). "
            "It was not changed."
        ),
        path=str(path), reason=reason,
    )


INTEGRITY_DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The data file {path} is damaged and cannot be used: {summary}. It was not "
    "changed.\nSQLite's own report (in English, for a technician): {raw}")
_INDEX = re.compile(r"(?:missing from index|entries in index|entry in index) (\S+)")
_VALUES = ("NULL value in", "CHECK constraint failed", "NOT NULL")
RAW_LINES = 3  # of SQLite's report, kept in the message


def integrity_error(path: Path, problems: list[str]) -> DamagedFileError:
    """SQLite's integrity report (English lines) as a damaged-file error: a summary in the
    clerk's words first, SQLite's first lines after it, marked as such."""
    lines = [p for p in problems if p and not p.startswith("*** in database")] or problems
    return DamagedFileError(INTEGRITY_DAMAGED, path=str(path), summary=integrity_summary(lines),
                            raw="; ".join(lines[:RAW_LINES]))


def integrity_summary(lines: list[str]) -> Reason:
    """What the report means for her records: the worst kind of fault found decides."""
    indexes = sorted({m.group(1) for line in lines if (m := _INDEX.search(line))})
    values = [line for line in lines if line.startswith(_VALUES)]
    pages = len(lines) - len(values) - sum(1 for line in lines if _INDEX.search(line))
    if pages:
        return Reason(QT_TRANSLATE_NOOP(
            "errors", "SQLite found {count} faults in the file's pages: records may be lost "
            "or damaged; restore the latest backup"), count=len(lines))
    if values:
        return Reason(QT_TRANSLATE_NOOP(
            "errors", "SQLite found {count} records with values the file does not allow "
            "(empty where a value is required, or out of range); restore the latest backup"),
            count=len(lines))
    return Reason(QT_TRANSLATE_NOOP(
        "errors", "SQLite found {count} faults in the search indexes ({indexes}); the records "
        "themselves are whole. A technician can rebuild the indexes, or restore the latest "
        "backup"), count=len(lines), indexes=", ".join(indexes))


def damaged_reason(exc: BaseException) -> str | None:
    """The database's own words when ``exc`` (the driver's error, or SQLAlchemy's around
    it) says the file is damaged; None otherwise ("database is locked" is not damage)."""
    from desktop.store import crypt

    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    if isinstance(orig, crypt.database_errors()) and (
            "malformed" in text or "not a database" in text):
        return str(orig)
    return None


def check_size(path: Path, header: bytes) -> None:
    """Cheap: a file shorter than the page count in its header was cut off (truncated copy).

    The header's page count is trusted only when its "version valid for" number equals the
    change counter, as SQLite itself does."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    counter, valid_for = header[24:28], header[92:96]
    pages = int.from_bytes(header[28:32], "big")
    if counter != valid_for or not pages or not page_size:
        return
    size = path.stat().st_size
    if size < pages * page_size:
        raise DamagedFileError(QT_TRANSLATE_NOOP(
            "errors", "The data file {path} is shorter than it should be: it was probably cut "
            "off while being copied. It was not changed."), path=str(path))


# Measured on a 100,000-women demo file (333 MB): quick_check 0.7-0.8 s with the file in the
# OS cache, 1.9 s out of it (more on an office PC's slow disk), integrity_check 4.3 s / 5.4 s;
# the cheap checks (header, size against the header's page count, schema, first person row)
# 1-4 ms. So the cheap
# checks run on every start, quick_check only when the last session did not end cleanly (a
# stale lock), and the full integrity_check only in ``family-ledger check``.
def quick_check(path: Path) -> None:
    """Raise DamagedFileError unless SQLite's quick_check finds the file whole. Read-only."""
    try:
        from desktop.store import crypt

        conn = crypt.connect_ro(path)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
        finally:
            conn.close()
    except crypt.database_errors() as exc:
        raise damaged_error(path, reason_of(exc)) from exc
    if problems != ["ok"]:
        raise integrity_error(path, problems)


def roll_back_journal(path: Path) -> None:
    """Let SQLite undo an unfinished write (only a writer may): the first read does it."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    log.info("an unfinished write was rolled back by SQLite")


def keep_damaged_copy(path: Path, folder: Path | None = None) -> Path:
    """Copy the damaged file to corrupt-<YYYYMMDD-HHMMSS>.db (beside it, else in ``folder``).

    A copy of the same file made at an earlier start is reused, not made again."""
    targets = [path.parent] + ([folder] if folder is not None else [])
    stat = path.stat()
    for target in targets:
        for old in sorted(target.glob("corrupt-*.db")) if target.is_dir() else []:
            same = old.stat()
            if same.st_size == stat.st_size and int(same.st_mtime) == int(stat.st_mtime):
                return old
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    last: OSError | None = None
    for target in targets:
        copy = target / f"corrupt-{stamp}.db"
        try:
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)  # copy2 keeps the time: the same file is recognised later
            log.warning("a damaged data file was copied to %s", copy.name)
            return copy
        except OSError as exc:
            last = exc
    assert last is not None
    raise StorageError(
        QT_TRANSLATE_NOOP("errors", "A copy of the damaged file could not be made: {reason}"),
        reason=reason_of(last),
    ) from last


def lock_file(path: Path) -> Path:
    """The QLockFile the front ends hold beside the data file (see desktop/lock.py)."""
    real = Path(os.path.normcase(os.path.realpath(path)))
    return real.with_name(real.name + ".lock")


def stale_lock(path: Path) -> bool | None:
    """None: no lock; True: left by a process that is gone; False: held by a live process.

    Reads QLockFile's text format (pid, application, host) without Qt."""
    try:
        lines = lock_file(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return True
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return False  # another PC's process: cannot tell, assume alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
