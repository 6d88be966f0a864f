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
from desktop.store import crypt
from desktop.store.backup import CopyFailed, backup_name, snapshot, verify
from desktop.store.db import head_revision, inspect_file, open_database
from desktop.store.leftovers import clean, part_for
from desktop.store.private import private_dir
from desktop.system_errors import reason_of


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


def _copy_file(src: Path, dst: Path, db_path: Path) -> None:
    """``src`` into ``dst`` in the form the data file will have: an encrypted data file
    stays encrypted with its own key whatever the backup was (so its key file stays valid);
    a plain or new one takes an encrypted backup as it is, with the backup's key file."""
    src_key = crypt.key_for(src)
    current_key = crypt.key_for(db_path) if db_path.exists() else None
    if current_key is not None:
        shutil.copyfile(crypt.key_path(db_path), crypt.key_path(dst))
        dst_key = current_key
    elif src_key is not None:
        shutil.copyfile(crypt.key_path(src), crypt.key_path(dst))
        dst_key = src_key
    else:
        dst_key = None
    if src_key != dst_key:
        crypt.export_copy(src, src_key, dst, dst_key)
        return
    source = crypt.connect(src, src_key, readonly=True)
    target = crypt.connect(dst, dst_key)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


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
    if crypt.is_encrypted(db_path):
        shutil.copy2(crypt.key_path(db_path), crypt.key_path(raw))
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
    failures: tuple[type[Exception], ...] = (*crypt.database_errors(), CopyFailed)
    try:
        _copy_file(chosen, work, db_path)
    except failures as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "{path} could not be copied ({reason}). "
                              "The data file was not changed."),
            path=str(chosen), reason=reason_of(exc)) from exc
    if preview.needs_upgrade:
        open_database(work, work_dir).dispose()  # upgraded on the copy
    verify(work)
    safety = None
    if db_path.exists():
        private_dir(backup_dir)
        safety = _safety_copy(db_path, backup_dir, now)
    work_keys = crypt.key_path(work)
    if work_keys.exists() and not crypt.is_encrypted(db_path):
        # A plain key file beside a plain file is ignored, so this order is safe.
        os.replace(work_keys, crypt.key_path(db_path))
        crypt.sync_folder(db_path.parent)
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
