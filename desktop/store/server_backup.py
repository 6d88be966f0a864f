"""Backups of a ledger on a PostgreSQL server: ``pg_dump -Fc`` into the backup folder,
checked with ``pg_restore --list``; a restore loads a dump into an empty database.

The password of the address goes to the tools in their environment (PGPASSWORD), never on
a command line other users of the computer could read.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, table
from sqlalchemy.engine import URL

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import StorageError
from desktop.store import crypt, dump_crypt
from desktop.store.backup import BackupFailedError, stamp_of, stamped_name
from desktop.store.crypt import KeyFile
from desktop.store.private import private_dir

DUMP_PREFIX = "family-ledger-server-"
DUMP_RE = re.compile(r"^family-ledger-server-(\d{8}-\d{6})(?:-(\d+))?\.dump$")
TIMEOUT = 6 * 3600  # a county's dump takes minutes; a hung server should not hang the app


@dataclass(frozen=True)
class Dump:
    path: Path
    created: dt.datetime
    counts: dict[str, int]
    size: int
    entries: int  # objects pg_restore lists in the file


def tool(name: str) -> Path | None:
    """``pg_dump``/``pg_restore`` on PATH, else under Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return Path(found)
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return Path(candidates[-1]) if candidates else None


def missing_tool_error(name: str) -> StorageError:
    return BackupFailedError(QT_TRANSLATE_NOOP(
        "errors", "{tool} was not found on this computer, so the server database cannot be "
                  "backed up or restored from here. Install PostgreSQL's client tools (they "
                  "come with PostgreSQL) or add their folder to PATH; nothing was changed."),
        tool=name)


def dump_name(created: dt.datetime, n: int = 0) -> str:
    return stamped_name(DUMP_PREFIX, created, n, ".dump")


def parse_dump_name(name: str) -> dt.datetime | None:
    return stamp_of(DUMP_RE, name)


def _connection_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """Host, port, user and database as options; the password in the environment."""
    args = ["--no-password"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=TIMEOUT,
                          check=False)


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        return {name: int(conn.scalar(select(func.count()).select_from(table(name))) or 0)
                for name in names}


Sealing = tuple[KeyFile, bytes]  # the wrapped key a dump carries, and the data key


def dump(engine: Engine, target_dir: Path, created: dt.datetime,
         sealing: Sealing | None = None) -> Dump:
    """A verified ``pg_dump -Fc`` of the ledger's database in ``target_dir``; with
    ``sealing`` (the office turned encryption on) encrypted as it is written."""
    pg_dump = tool("pg_dump")
    if pg_dump is None:
        raise missing_tool_error("pg_dump")
    if not target_dir.is_dir():
        raise BackupFailedError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
                                folder=str(target_dir))
    n = 0
    while (target_dir / dump_name(created, n)).exists():
        n += 1
    final = target_dir / dump_name(created, n)
    part = final.with_name(final.name + ".part")
    args, env = _connection_args(engine.url)
    counts = table_counts(engine)
    command = [str(pg_dump), *args, "--format=custom", str(engine.url.database)]
    if sealing is None:
        done = _run([*command[:-1], "--file", str(part), command[-1]], env)
        returncode, stderr = done.returncode, done.stderr
    else:
        try:
            returncode, stderr = _sealed_dump(command, env, part, sealing)
        except BaseException:
            part.unlink(missing_ok=True)  # no half-written backup left
            raise
    if returncode != 0:
        part.unlink(missing_ok=True)
        raise _failed(target_dir, stderr)
    try:
        entries = verify_dump(part, sealing[1] if sealing else None)
    except StorageError:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, final)
    return Dump(final, created, counts, final.stat().st_size, entries)


def _sealed_dump(command: list[str], env: dict[str, str], part: Path,
                 sealing: Sealing) -> tuple[int, str]:
    """pg_dump's output encrypted on its way to ``part`` (never plain on disk)."""
    with tempfile.TemporaryFile() as err, open(part, "wb") as out:
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, env=env)
        stream = proc.stdout
        assert stream is not None
        try:
            dump_crypt.seal(iter(lambda: stream.read(dump_crypt.CHUNK), b""), out, *sealing)
        finally:
            stream.close()
            returncode = proc.wait(timeout=TIMEOUT)
        err.seek(0)
        return returncode, err.read().decode("utf-8", "replace")


def _fed(command: list[str], env: dict[str, str], chunks: Iterator[bytes]
         ) -> tuple[int, str, str]:
    """Run ``command`` with ``chunks`` on its standard input; (returncode, stdout, stderr).
    A chunk that does not open stops it before it sees the end of its input."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=err, env=env)
        assert proc.stdin is not None
        try:
            for chunk in chunks:
                proc.stdin.write(chunk)
        except BrokenPipeError:
            pass  # it stopped reading: its return code and words say why
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass
        returncode = proc.wait(timeout=TIMEOUT)
        out.seek(0)
        err.seek(0)
        return (returncode, out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"))


def is_encrypted(path: Path) -> bool:
    return dump_crypt.is_encrypted_dump(path)


def verify_dump(path: Path, key: bytes | None = None) -> int:
    """The number of entries ``pg_restore --list`` reads in the dump; raises when it
    cannot read it (not a dump, cut short, an encrypted one without its key) or it holds
    no ledger table."""
    pg_restore = tool("pg_restore")
    if pg_restore is None:
        raise missing_tool_error("pg_restore")
    if dump_crypt.is_encrypted_dump(path):
        key = key or crypt.KEYS.get(dump_crypt.read_keys(path).key_id)  # unlocked already
        if key is None:
            raise locked_dump_error(path)
        returncode, stdout, stderr = _fed([str(pg_restore), "--list"], dict(os.environ),
                                          dump_crypt.opened(path, key))
    else:
        done = _run([str(pg_restore), "--list", str(path)], dict(os.environ))
        returncode, stdout, stderr = done.returncode, done.stdout, done.stderr
    lines = [line for line in stdout.splitlines() if line and not line.startswith(";")]
    if returncode != 0 or not any(" TABLE DATA " in f" {line} " for line in lines):
        raise BackupFailedError(QT_TRANSLATE_NOOP(
            "errors", "{path} is not a readable backup of a server database ({reason})."),
            path=str(path), reason=_first_line(stderr) or "pg_restore --list")
    return len(lines)


def locked_dump_error(path: Path) -> StorageError:
    return crypt.LockedError(QT_TRANSLATE_NOOP(
        "errors", "The backup {path} is encrypted: it opens with the office password or the "
                  "recovery code."), path=str(path))


def dump_key(path: Path, secret: str, slot: str = crypt.PASSWORD_SLOT) -> bytes | None:
    """The data key of an encrypted dump from the office password (or, with
    ``crypt.RECOVERY_SLOT``, the recovery code as normalised); None: it does not open it."""
    return crypt.unwrap(dump_crypt.read_keys(path), slot, secret)


def restore_dump(path: Path, engine: Engine, key: bytes | None = None) -> None:
    """Load the dump at ``path`` into the (empty) database of ``engine``; an encrypted one
    needs its data key (``dump_key``)."""
    pg_restore = tool("pg_restore")
    if pg_restore is None:
        raise missing_tool_error("pg_restore")
    verify_dump(path, key)
    with engine.connect() as conn:
        if inspect(conn).get_table_names():
            raise StorageError(QT_TRANSLATE_NOOP(
                "errors", "The database {database} is not empty. A server backup is restored "
                          "into a new, empty database only; nothing was changed."),
                database=str(engine.url.database))
    args, env = _connection_args(engine.url)
    command = [str(pg_restore), *args, "--no-owner", "--single-transaction", "--exit-on-error",
               "--dbname", str(engine.url.database)]
    if dump_crypt.is_encrypted_dump(path):
        key = key or crypt.KEYS.get(dump_crypt.read_keys(path).key_id)
        assert key is not None  # verify_dump refused it
        returncode, _out, stderr = _fed(command, env, dump_crypt.opened(path, key))
    else:
        done = _run([*command, str(path)], env)
        returncode, stderr = done.returncode, done.stderr
    if returncode != 0:
        raise StorageError(QT_TRANSLATE_NOOP(
            "errors", "The backup {path} could not be restored ({reason}); the database was "
                      "left as it was."), path=str(path), reason=_first_line(stderr))


def backup_folder() -> Path:
    from desktop.config import data_dir

    folder = data_dir() / "server-backups"
    private_dir(folder)
    return folder


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0][:300] if lines else ""


def _failed(folder: Path, stderr: str) -> StorageError:
    return BackupFailedError(QT_TRANSLATE_NOOP(
        "errors", "The backup in {folder} could not be written ({reason}). No backup file was "
                  "left there; the database was not changed."),
        folder=str(folder), reason=_first_line(stderr) or "pg_dump")
