"""Encrypted server backups: a ``pg_dump -Fc`` stream sealed with AES-256-GCM.

When the office has turned encryption on for a server ledger, its data key (random, 256
bits) is kept in the ledger wrapped under the office password and the recovery code, as a
data file's key file (store/crypt.py: Argon2id, AES-256-GCM, ``cryptography``). A dump
carries that same wrapped key in its header, so it restores anywhere with either secret,
even into an empty database that knows no key.

The file: ``MAGIC``, the header's length (4 bytes, big-endian) and the header (JSON: the
key id and its wrapped slots), then chunks of at most ``CHUNK`` plain bytes, each its
length (4 bytes) and its AES-GCM sealing under a fresh nonce, with the header, the chunk's
number and whether it is the last in the associated data: a dump cut short, reordered or
spliced from two does not open. The plain dump never touches the disk: it is streamed
between pg_dump/pg_restore and this module.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import StorageError
from desktop.store.crypt import KeyFile

MAGIC = b"FLDUMPv1"
FORMAT = "family-ledger-dump"
CHUNK = 1 << 20
_LEN = struct.Struct(">I")
NONCE_BYTES = 12


class DumpFormatError(StorageError):
    """Not an encrypted dump of ours, cut short, or not opened by the key given."""


def _bad(path: Path | str) -> DumpFormatError:
    return DumpFormatError(QT_TRANSLATE_NOOP(
        "errors", "{path} is not a complete encrypted server backup, or it was changed."),
        path=str(path))


def is_encrypted_dump(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _header_bytes(keys: KeyFile) -> bytes:
    return json.dumps({"format": FORMAT, "version": 1, "cipher": "aes-256-gcm",
                       "key_id": keys.key_id, "slots": keys.slots}, sort_keys=True).encode()


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return hashlib.sha256(header).digest() + struct.pack(">Q?", index, last)


def seal(chunks: Iterable[bytes], out: IO[bytes], keys: KeyFile, key: bytes) -> int:
    """Write the encrypted dump of the plain ``chunks`` to ``out``; returns plain bytes."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead, header = AESGCM(key), _header_bytes(keys)
    out.write(MAGIC + _LEN.pack(len(header)) + header)
    total, index = 0, 0
    pending: bytes | None = None
    for chunk in _rechunk(chunks):
        if pending is not None:
            _write_chunk(out, aead, header, index, pending, last=False)
            index += 1
        pending = chunk
        total += len(chunk)
    _write_chunk(out, aead, header, index, pending or b"", last=True)
    return total


def _rechunk(chunks: Iterable[bytes]) -> Iterator[bytes]:
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= CHUNK:
            yield bytes(buffer[:CHUNK])
            del buffer[:CHUNK]
    if buffer:
        yield bytes(buffer)


def _write_chunk(out: IO[bytes], aead: object, header: bytes, index: int, plain: bytes,
                 last: bool) -> None:
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = aead.encrypt(nonce, plain, _aad(header, index, last))  # type: ignore[attr-defined]
    out.write(_LEN.pack(len(sealed) + NONCE_BYTES) + nonce + sealed)


def read_keys(path: Path) -> KeyFile:
    """The wrapped key a dump carries (to unwrap with the password or recovery code)."""
    with path.open("rb") as fh:
        header = _read_header(fh, path)
    data = json.loads(header)
    return KeyFile(str(data["key_id"]), dict(data["slots"]))


def _read_header(fh: IO[bytes], path: Path) -> bytes:
    if fh.read(len(MAGIC)) != MAGIC:
        raise _bad(path)
    raw = fh.read(_LEN.size)
    if len(raw) != _LEN.size:
        raise _bad(path)
    (size,) = _LEN.unpack(raw)
    header = fh.read(size)
    try:
        data = json.loads(header)
        ok = data.get("format") == FORMAT and isinstance(data.get("slots"), dict)
    except (ValueError, AttributeError):
        ok = False
    if len(header) != size or not ok:
        raise _bad(path)
    return header


def opened(path: Path, key: bytes) -> Iterator[bytes]:
    """The plain dump, chunk by chunk; DumpFormatError as soon as anything does not open
    (a wrong key, a changed byte, chunks missing at the end)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    with path.open("rb") as fh:
        header = _read_header(fh, path)
        index = 0
        raw = fh.read(_LEN.size)
        while raw:
            if len(raw) != _LEN.size:
                raise _bad(path)
            (size,) = _LEN.unpack(raw)
            body = fh.read(size)
            raw = fh.read(_LEN.size)
            last = not raw
            if len(body) != size or size < NONCE_BYTES:
                raise _bad(path)
            try:
                yield aead.decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:],
                                   _aad(header, index, last))
            except InvalidTag as exc:
                raise _bad(path) from exc
            index += 1
        if index == 0:
            raise _bad(path)
