"""One writer per data file: a QLockFile beside it (front ends only; the core has no Qt)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QLockFile

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import DatabaseLockedError


def lock_path(db_path: Path) -> Path:
    """Beside the file itself: a symbolic link or another spelling of the path (``a/../b``,
    another case on Windows) finds the same lock."""
    real = Path(os.path.normcase(os.path.realpath(db_path)))
    return real.with_name(real.name + ".lock")


class DataLock:
    """Holds the lock for the life of the app; ``release()`` on exit."""

    def __init__(self, db_path: Path) -> None:
        self._lock = QLockFile(str(lock_path(db_path)))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone

    def acquire(self) -> bool:
        """Take the lock. True when it replaced a stale lock left by a crashed session,
        so that the front end can tell the clerk (and ask whether to go on)."""
        path = Path(self._lock.fileName())
        existed = path.exists()
        if self._lock.tryLock(100):
            return existed
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = tuple(self._lock.getLockInfo())
            # PySide6 returns (pid, host, app); the C++ API has an extra success flag first.
            ok, pid, host, app = info if len(info) == 4 else (bool(info[0]), *info)
            raise DatabaseLockedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The data file is already open in another window (program {app}, process "
                    "{pid} on {host}). Close that window first; only one may write the file.",
                ),
                pid=pid if ok else "?", host=host if ok else "?", app=app if ok else "?",
            )
        if _disk_full(path.parent):
            raise DatabaseLockedError(QT_TRANSLATE_NOOP(
                "errors", "The disk holding the data file is full, so Family Ledger cannot "
                "start. Free some space on it (delete or move files), then start again."))
        raise DatabaseLockedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The lock file beside the data file cannot be created; check that the folder "
                "is writable.",
            )
        )

    def release(self) -> None:
        self._lock.unlock()


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < DISK_FULL_BYTES
    except OSError:
        return False


DISK_FULL_BYTES = 64 * 1024  # less than this free: a lock file and a journal cannot be written
