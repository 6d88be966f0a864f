"""Restore a backup over the data file, on paths: the front end disposes its engine first.

The chosen file is checked and copied (an older one is upgraded on the copy, never in
place); the current data file is backed up; only then the copy replaces the data file.
Restoring the safety backup undoes a restore.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotALedgerFileError, StorageError
from desktop.services.safety.backup import BackupInfo, read_backup
from desktop.store.backup import CopyFailed, backup_name, copy_database, snapshot, verify
from desktop.store.db import head_revision, inspect_file, open_database
from desktop.store.leftovers import clean, part_for
from desktop.store.private import private_dir


@dataclass(frozen=True)
class RestorePreview:
    info: BackupInfo
    revision: str
    needs_upgrade: bool


def preview_restore(chosen: Path) -> RestorePreview:
    """What restoring ``chosen`` would bring back; raises when it must not be restored."""
    if not chosen.is_file():
        raise StorageError(QT_TRANSLATE_NOOP("errors", "The data file {path} does not exist."),
                           path=str(chosen))
    state = inspect_file(chosen)  # not ours, damaged header, newer schema: raises
    if state.revision is None:
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP("errors", "{path} holds no Family Ledger data (no schema version)."),
            path=str(chosen))
    info = read_backup(chosen, full=True)
    if not info.ok:
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP("errors", "{path} cannot be restored: {reason}"),
            path=str(chosen), reason=info.problem)
    return RestorePreview(info, state.revision, state.revision != head_revision())


def _safety_copy(db_path: Path, backup_dir: Path, now: dt.datetime) -> Path:
    """A verified backup of the current file; a plain copy when it cannot be verified
    (a damaged file is kept as it is, with its journal)."""
    journal = db_path.with_name(db_path.name + "-journal")
    if not journal.exists():
        try:
            return snapshot(db_path, backup_dir, now).path
        except StorageError:
            pass
    raw = backup_dir / backup_name(now).replace("family-ledger-", "family-ledger-replaced-")
    shutil.copy2(db_path, raw)
    if journal.exists():
        os.replace(journal, raw.with_name(raw.name + "-journal"))
    return raw


def restore_file(db_path: Path, chosen: Path, backup_dir: Path,
                 now: dt.datetime | None = None) -> Path | None:
    """Replace ``db_path`` by ``chosen``; returns the safety backup of the file replaced
    (None when there was no data file). Call with every connection to ``db_path`` closed."""
    now = now or dt.datetime.now().replace(microsecond=0)
    preview = preview_restore(chosen)
    private_dir(db_path.parent)
    clean(db_path.parent, backup_dir)  # what a killed backup, restore or export left behind
    work_dir = part_for(db_path.parent / "restore")
    work_dir.mkdir(mode=0o700)
    try:
        return _restore_in(work_dir, db_path, chosen, backup_dir, preview, now)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


def _restore_in(work_dir: Path, db_path: Path, chosen: Path, backup_dir: Path,
                preview: RestorePreview, now: dt.datetime) -> Path | None:
    work = work_dir / "restore.db"
    try:
        copy_database(chosen, work)
    except CopyFailed as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "{path} could not be copied ({reason}). "
                              "The data file was not changed."),
            path=str(chosen), reason=str(exc)) from exc
    if preview.needs_upgrade:
        open_database(work, work_dir).dispose()  # upgraded on the copy
    verify(work)
    safety = None
    if db_path.exists():
        private_dir(backup_dir)
        safety = _safety_copy(db_path, backup_dir, now)
    os.replace(work, db_path)
    return safety


def restore_and_log(db_path: Path, chosen: Path, backup_dir: Path) -> Path | None:
    """``restore_file``, then a line in the restored file's change log naming both files."""
    from desktop.services.container import build_services

    safety = restore_file(db_path, chosen, backup_dir)
    engine = open_database(db_path, backup_dir)
    try:
        build_services(engine, db_path=db_path, backup_dir=backup_dir).backup.record_restore(
            chosen, safety)
    finally:
        engine.dispose()
    return safety
