"""Encryption at rest: SQLCipher 4 data files and the key file beside each.

A random 256-bit data key encrypts the file (SQLCipher with a raw key: AES-256 pages with
an HMAC each). The key file ``<data file>.key`` holds that data key wrapped twice with
AES-256-GCM (``cryptography``), once under a key derived by Argon2id from the password
and once under one derived from the recovery code. So changing the password rewrites
only the small key file, the recovery code keeps working, and a file plus its key file
is a complete copy that opens on any PC with either secret.

Which state a file is in is read from disk, never remembered: a file that starts with
SQLite's header is plain (a key file beside it is left over from a conversion cut off
before its last step and is ignored); any other file with a key file beside it is ours,
encrypted. Unlocked data keys are held in memory for the process (``KEYS``), by key id.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotALedgerFileError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_SUFFIX = ".key"
KEY_FORMAT = "family-ledger-key"
PASSWORD_SLOT, RECOVERY_SLOT = "password", "recovery"
DATA_KEY_BYTES = 32
CONVERSION_SUFFIXES = (".encrypting", ".decrypting")
# Pages are kept decrypted in SQLite's page cache, so a page read again is not decrypted
# again: up to 128 MB a connection (filled only by what is read), and SQLite's soft heap
# limit bounds all connections together. A plain file leans on the system's file cache
# instead. Measured on the county file: the full reminder list took 1.47x the plain CPU
# time with 64 MB, 0.98x with 128 MB (tests/perf/test_bench_encrypted.py).
ENCRYPTED_CACHE_KIB = 131072
HEAP_LIMIT_BYTES = 320 * 1024 * 1024


class LockedError(StorageError):
    """The file is encrypted and its key has not been unlocked with the password."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; the defaults are argon2-cffi's (RFC 9106 low-memory profile)."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


@dataclass
class KeyFile:
    key_id: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)


class KeyRing:
    """Data keys unlocked in this process, by key id (never written anywhere)."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def remember(self, key_id: str, key: bytes) -> None:
        self._keys[key_id] = key

    def get(self, key_id: str) -> bytes | None:
        return self._keys.get(key_id)

    def forget_all(self) -> None:
        self._keys.clear()


KEYS = KeyRing()


# -- the key file -----------------------------------------------------------------------
def key_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_cost, parallelism=params.parallelism,
                           hash_len=32, type=Type.ID)


def wrap(secret: str, data_key: bytes, key_id: str, slot: str,
         params: KdfParams | None = None) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = params or KdfParams()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_kek(secret, salt, params)).encrypt(
        nonce, data_key, f"{KEY_FORMAT}:{key_id}:{slot}".encode())
    return {"kdf": "argon2id", "t": params.time_cost, "m": params.memory_cost,
            "p": params.parallelism, "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped": _b64(sealed)}


def unwrap(keys: KeyFile, slot: str, secret: str) -> bytes | None:
    """The data key, or None when ``secret`` is not the one that slot was sealed with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    entry = keys.slots.get(slot)
    if not entry or not secret:
        return None
    try:
        params = KdfParams(int(entry["t"]), int(entry["m"]), int(entry["p"]))
        kek = _kek(secret, base64.b64decode(entry["salt"]), params)
        return AESGCM(kek).decrypt(base64.b64decode(entry["nonce"]),
                                   base64.b64decode(entry["wrapped"]),
                                   f"{KEY_FORMAT}:{keys.key_id}:{slot}".encode())
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


def read_key_file(path: Path) -> KeyFile | None:
    """The key file at ``path``; None when it is absent or not one of ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or data.get("format") != KEY_FORMAT:
        return None
    slots = data.get("slots")
    if not isinstance(data.get("key_id"), str) or not isinstance(slots, dict):
        return None
    return KeyFile(data["key_id"], slots)


def write_key_file(path: Path, keys: KeyFile) -> None:
    """Atomically (a temporary file, flushed, then renamed over the old one)."""
    text = json.dumps({"format": KEY_FORMAT, "version": 1, "cipher": "sqlcipher4",
                       "key_id": keys.key_id, "slots": keys.slots}, indent=1)
    part = path.with_name(f".{path.name}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, path)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_key_file() -> tuple[KeyFile, bytes]:
    return KeyFile(secrets.token_hex(8)), secrets.token_bytes(DATA_KEY_BYTES)


# -- what a file is ---------------------------------------------------------------------
def is_plain(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """Not SQLite's header, not empty, and one of our key files beside it."""
    try:
        if path.stat().st_size == 0 or is_plain(path):
            return False
    except OSError:
        return False
    return read_key_file(key_path(path)) is not None


def key_for(path: Path) -> bytes | None:
    """The data key for ``path`` (None: a plain file); LockedError when not unlocked."""
    if not is_encrypted(path):
        return None
    keys = read_key_file(key_path(path))
    assert keys is not None
    key = KEYS.get(keys.key_id)
    if key is None:
        raise LockedError(QT_TRANSLATE_NOOP(
            "errors", "The data file {path} is encrypted: it opens only with the password "
            "(or the recovery code)."), path=str(path))
    return key


def unlock(path: Path, secret: str, slot: str = PASSWORD_SLOT) -> bytes | None:
    """Unseal the data key of the encrypted ``path`` with ``secret``; remembered on success."""
    keys = read_key_file(key_path(path))
    if keys is None:
        return None
    key = unwrap(keys, slot, secret)
    if key is not None:
        KEYS.remember(keys.key_id, key)
    return key


# -- connections ------------------------------------------------------------------------
def dbapi() -> Any:
    import sqlcipher3

    return sqlcipher3


def pragma_key(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes | None, readonly: bool = False) -> sqlite3.Connection:
    """A DB-API connection: the standard module for a plain file, SQLCipher's with a key."""
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly)
    # An engine's pool hands a connection to the worker threads too (as SQLAlchemy does).
    conn: sqlite3.Connection = dbapi().connect(target, uri=readonly, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported, not logged
    conn.execute(pragma_key(key))
    conn.execute(f"PRAGMA cache_size=-{ENCRYPTED_CACHE_KIB}")
    conn.execute(f"PRAGMA soft_heap_limit={HEAP_LIMIT_BYTES}")
    return conn


def connect_engine(path: Path) -> sqlite3.Connection:
    """An engine's connection: SQLCipher's module for plain and encrypted files alike."""
    key = key_for(path)
    if key is not None:
        return connect(path, key)
    conn: sqlite3.Connection = dbapi().connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def connect_ro(path: Path) -> sqlite3.Connection:
    """Read-only, whichever the file is (LockedError for an encrypted file not unlocked)."""
    return connect(path, key_for(path), readonly=True)


def plain_setting(path: Path, name: str) -> str:
    """One setting of a plain file read without opening it for writing ('' when none or
    unreadable): whether the commands must ask for a password."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key=?", (name,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    return row[0] if row else ""


def database_errors() -> tuple[type[Exception], ...]:
    return (sqlite3.DatabaseError, dbapi().DatabaseError)


def operational_errors() -> tuple[type[Exception], ...]:
    return (sqlite3.OperationalError, dbapi().OperationalError)


def leftovers(db_path: Path) -> list[Path]:
    """Copies a conversion cut off left behind (a plain one would hold personal data)."""
    names = [f".{db_path.name}{suffix}" for suffix in CONVERSION_SUFFIXES]
    found = []
    for name in names:
        for p in (db_path.with_name(name), db_path.with_name(name + "-journal")):
            if p.exists():
                found.append(p)
    return found


def remove_leftovers(db_path: Path) -> None:
    for p in leftovers(db_path):
        try:
            p.unlink()
        except OSError:
            pass


def missing_key_error(path: Path) -> NotALedgerFileError:
    return NotALedgerFileError(QT_TRANSLATE_NOOP(
        "errors", "{path} is not a Family Ledger data file, or it is an encrypted one whose key "
        "file ({key}) is missing. It was not changed."), path=str(path),
        key=key_path(path).name)


# -- copies between the two forms ----------------------------------------------------------
def export_copy(src: Path, src_key: bytes | None, dst: Path, dst_key: bytes | None) -> None:
    """Write the whole of ``src`` into the new file ``dst`` (sqlcipher_export), encrypted
    with ``dst_key`` or plain; the application id and user version come along."""
    conn = connect(src, src_key, readonly=True) if src_key else dbapi().connect(
        f"{src.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.isolation_level = None
        attach_key = f"x'{dst_key.hex()}'" if dst_key else ""
        conn.execute(f"ATTACH DATABASE ? AS copy KEY \"{attach_key}\"", (str(dst),))
        conn.execute("BEGIN")
        app_id = conn.execute("PRAGMA main.application_id").fetchone()[0]
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute("SELECT sqlcipher_export('copy')")
        conn.execute(f"PRAGMA copy.application_id={int(app_id)}")
        conn.execute(f"PRAGMA copy.user_version={int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()
    with open(dst, "rb+") as fh:
        os.fsync(fh.fileno())
