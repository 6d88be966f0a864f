"""Backups for the clerk: on demand, automatic (on exit, before bulk changes), kept and pruned."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlmodel import Session, col

from desktop.errors import LedgerError
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store import server_backup
from desktop.store.backup import parse_backup_name, snapshot, verify
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import ChangeLog, Person
from desktop.store.private import private_dir

log = logging.getLogger(__name__)

KEEP_LAST = 10
KEEP_MONTHS = 12
REMIND_AFTER = dt.timedelta(days=7)
ENTITY = "backup"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0
    ok: bool = True
    problem: str = ""  # why the file failed its checks (ok is False)

    @property
    def persons(self) -> int:
        return self.counts.get("person", 0)

    @property
    def records(self) -> int:
        """Every row but the bookkeeping tables: a quick size to compare two files by."""
        skip = {"alembic_version", "change_log", "setting"}
        return sum(n for t, n in self.counts.items() if t not in skip)


def backups_in(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """Files named like our backups, newest first (other files are never touched)."""
    if not folder.is_dir():
        return []
    found = [(t, p) for p in folder.iterdir()
             if (t := parse_backup_name(p.name) or server_backup.parse_dump_name(p.name))
             and p.is_file()]
    return sorted(found, key=lambda tp: (tp[0], tp[1].name), reverse=True)


def to_prune(created: list[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Keep the newest KEEP_LAST, plus the newest of each month of the last KEEP_MONTHS."""
    newest_first = sorted(set(created), reverse=True)
    keep = set(newest_first[:KEEP_LAST])
    first_month = now.year * 12 + now.month - 1 - (KEEP_MONTHS - 1)
    seen_months: set[int] = set()
    for t in newest_first:
        month = t.year * 12 + t.month - 1
        if month >= first_month and month not in seen_months:
            seen_months.add(month)
            keep.add(t)
    return set(newest_first) - keep


def latest_verified(folder: Path) -> Path | None:
    """The newest backup in ``folder`` that passes the full checks, or None."""
    for _t, path in backups_in(folder):
        try:
            _verify(path)
        except LedgerError:
            continue
        return path
    return None


def _verify(path: Path) -> None:
    if server_backup.parse_dump_name(path.name) is not None:
        server_backup.verify_dump(path)
    else:
        verify(path)


def read_backup(path: Path, *, full: bool = True) -> BackupInfo:
    """A backup's date and counts (read-only); ``ok=False`` with the reason when it fails.
    A server's dump is checked by pg_restore --list (its counts are not read back)."""
    created = parse_backup_name(path.name) or server_backup.parse_dump_name(path.name)
    if created is None:
        created = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    size = path.stat().st_size
    try:
        if server_backup.parse_dump_name(path.name) is not None:
            server_backup.verify_dump(path)
            return BackupInfo(path, created, {}, size)
        _rev, counts = verify(path, full=full)
    except LedgerError as exc:
        return BackupInfo(path, created, {}, size, ok=False, problem=str(exc))
    return BackupInfo(path, created, counts, size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first; a file that fails its (quick) checks is listed with ok=False."""
    return [read_backup(p, full=False) for _t, p in backups_in(folder)]


class BackupService:
    def __init__(self, engine: Engine, factory: SessionFactory, recorder: ChangeRecorder,
                 db_path: Path, auto_dir: Path, now: Callable[[], dt.datetime]) -> None:
        self._engine = engine
        self._factory = factory
        self._recorder = recorder
        self.db_path = db_path
        self.auto_dir = auto_dir
        self._now = now
        self.restored = False  # set by the front end after a restore: no more automatic copies
        # A server ledger with encryption on: what its dumps are encrypted with (set by the
        # container to the encryption service's; None: plain)
        self.sealing: Callable[[], server_backup.Sealing | None] = lambda: None

    def back_up(self, target_dir: Path | None = None,
                progress: Callable[[int, int], None] | None = None,
                logged: bool = True) -> BackupInfo:
        """A verified copy in ``target_dir`` (default: the automatic folder), logged unless
        the caller logs it in its own transaction (an import: a cancel leaves no trace)."""
        automatic = target_dir is None
        folder = self.auto_dir if target_dir is None else target_dir
        if automatic:
            private_dir(folder)
        if self._engine.dialect.name == "postgresql":
            return self._dump(folder, automatic, logged)
        snap = snapshot(self._engine, folder, self._now(), progress)
        if logged:
            with transaction(self._factory) as session:
                self.log_backup(session, snap.path, automatic)
        log.info("backup written (%d bytes)", snap.size)
        if automatic:
            self.prune(folder)
        return BackupInfo(snap.path, snap.created, snap.counts, snap.size)

    def _dump(self, folder: Path, automatic: bool, logged: bool) -> BackupInfo:
        """The server's database: pg_dump -Fc, checked by pg_restore --list."""
        made = server_backup.dump(self._engine, folder, self._now(), self.sealing())
        if logged:
            with transaction(self._factory) as session:
                self.log_backup(session, made.path, automatic)
        log.info("server backup written (%d bytes)", made.size)
        if automatic:
            self.prune(folder)
        return BackupInfo(made.path, made.created, made.counts, made.size)

    def log_backup(self, session: Session, path: Path, automatic: bool = True) -> None:
        self._recorder.record(session, entity=ENTITY, entity_id=0,
                              action="auto" if automatic else "create", new=str(path))

    def task(self, target_dir: Path | None,
             ) -> Callable[[Callable[[int, int], None], Callable[[], bool]], BackupInfo]:
        """``back_up`` in the shape of a Worker task."""
        def run(progress: Callable[[int, int], None], _should_stop: Callable[[], bool]) -> BackupInfo:
            return self.back_up(target_dir, progress)
        return run

    def record_restore(self, chosen: Path, safety: Path | None) -> None:
        with transaction(self._factory) as session:
            self._recorder.record(session, entity=ENTITY, entity_id=0, action="restore",
                                  old=str(safety) if safety else None, new=str(chosen))

    def back_up_if_changed(self) -> BackupInfo | None:
        """On exit: an automatic backup when anything was written in this session."""
        if self.restored or self._recorder.generation == 0:
            return None
        return self.back_up()

    def before_bulk_change(self) -> BackupInfo | None:
        """An automatic backup before an import or a batch, when there is data to lose."""
        with self._engine.connect() as conn:
            has_data = conn.scalar(select(col(Person.id)).limit(1)) is not None
        return self.back_up() if has_data else None

    def prune(self, folder: Path | None = None) -> list[Path]:
        """Apply the retention rule in the automatic folder; returns the files deleted."""
        found = backups_in(folder or self.auto_dir)
        doomed = to_prune([t for t, _p in found], self._now())
        deleted = []
        for t, path in found:
            if t in doomed:
                try:
                    path.unlink()
                    deleted.append(path)
                except OSError:
                    log.warning("an old automatic backup could not be deleted")
        return deleted

    def list_backups(self, folder: Path | None = None) -> list[BackupInfo]:
        return list_backups(folder or self.auto_dir)

    def latest_verified(self, folder: Path | None = None) -> Path | None:
        return latest_verified(folder or self.auto_dir)

    def last_backup_time(self, check: bool = True) -> dt.datetime | None:
        """The newest verified automatic backup, or any backup the change log remembers.

        ``check=False`` trusts the newest file's name (the status bar: no full read)."""
        times = []
        if check:
            latest = latest_verified(self.auto_dir)
        else:
            latest = next((p for _t, p in backups_in(self.auto_dir)), None)
        if latest is not None:
            times.append(parse_backup_name(latest.name))
        with self._factory() as session:
            logged = session.execute(
                select(func.max(col(ChangeLog.at))).where(
                    col(ChangeLog.entity) == ENTITY,
                    col(ChangeLog.action).in_(("create", "auto")))).scalar()
        if logged is not None:
            times.append(logged)
        return max((t for t in times if t is not None), default=None)

    def reminder_due(self) -> bool:
        last = self.last_backup_time()
        return last is None or self._now() - last > REMIND_AFTER
