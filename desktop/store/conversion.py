"""Turning a data file's encryption on and off in place, safely.

The new form is written beside the file under a hidden temporary name, checked (integrity
and the same row counts as the original) and flushed; only then a single rename puts it in
the file's place. A kill at any moment leaves either the old file or the new one, whole:
 - encrypting: the key file is written first; beside the still plain file it is ignored;
 - decrypting: the key file is removed last; beside the now plain file it is ignored.
Leftover temporary copies are removed on the next opening (store/db.py). The caller holds
the lock and has closed every connection to the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import StorageError
from desktop.store import crypt


def _counts(path: Path, key: bytes | None) -> dict[str, int]:
    conn = crypt.connect(path, key, readonly=True)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise _failed(path, "; ".join(problems[:3]))
        from desktop.store.backup import table_counts

        return table_counts(conn)
    finally:
        conn.close()


def _failed(path: Path, reason: str) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "errors", "The data file {path} could not be converted ({reason}). It was not "
        "changed."), path=str(path), reason=reason)


def _write_verified(db_path: Path, src_key: bytes | None, part: Path,
                    dst_key: bytes | None) -> None:
    crypt.remove_leftovers(db_path)
    try:
        before = _counts(db_path, src_key)
        crypt.export_copy(db_path, src_key, part, dst_key)
        if _counts(part, dst_key) != before:
            raise _failed(db_path, "row counts")
    except crypt.database_errors() as exc:
        crypt.remove_leftovers(db_path)
        raise _failed(db_path, str(exc)) from exc
    except BaseException:
        crypt.remove_leftovers(db_path)
        raise


def encrypt_in_place(db_path: Path, keys: crypt.KeyFile, key: bytes) -> None:
    """Plain → encrypted with ``key``, whose wrapped forms are in ``keys``."""
    part = db_path.with_name(f".{db_path.name}.encrypting")
    _write_verified(db_path, None, part, key)
    try:
        crypt.write_key_file(crypt.key_path(db_path), keys)
        # Windows refuses while any other program (or connection) has the file open.
        os.replace(part, db_path)
    except OSError as exc:
        crypt.remove_leftovers(db_path)
        if crypt.is_plain(db_path):
            crypt.key_path(db_path).unlink(missing_ok=True)
        raise _failed(db_path, exc.strerror or type(exc).__name__) from exc
    crypt.sync_folder(db_path.parent)
    crypt.KEYS.remember(keys.key_id, key)


def decrypt_in_place(db_path: Path, key: bytes) -> None:
    """Encrypted → plain (the password is removed, or kept for the window only)."""
    part = db_path.with_name(f".{db_path.name}.decrypting")
    _write_verified(db_path, key, part, None)
    try:
        os.replace(part, db_path)
    except OSError as exc:
        crypt.remove_leftovers(db_path)
        raise _failed(db_path, exc.strerror or type(exc).__name__) from exc
    crypt.sync_folder(db_path.parent)
    try:
        crypt.key_path(db_path).unlink()
    except OSError:
        pass  # ignored beside a plain file


def encrypt_copy(path: Path, keys: crypt.KeyFile, key: bytes) -> None:
    """A plain backup → encrypted, the same way (it keeps its name)."""
    encrypt_in_place(path, keys, key)
