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
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, table
from sqlalchemy.engine import URL

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import StorageError
from desktop.store.backup import BackupFailedError
from desktop.store.private import private_dir

DUMP_PREFIX = "family-ledger-server-"
DUMP_RE = re.compile(r"^family-ledger-server-(\d{8}-\d{6})(?:-(\d+))?\.dump$")
STAMP = "%Y%m%d-%H%M%S"
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
    suffix = f"-{n}" if n else ""
    return f"{DUMP_PREFIX}{created.strftime(STAMP)}{suffix}.dump"


def parse_dump_name(name: str) -> dt.datetime | None:
    match = DUMP_RE.match(name)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None


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


def dump(engine: Engine, target_dir: Path, created: dt.datetime) -> Dump:
    """A verified ``pg_dump -Fc`` of the ledger's database in ``target_dir``."""
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
    done = _run([str(pg_dump), *args, "--format=custom", "--file", str(part),
                 str(engine.url.database)], env)
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        raise _failed(target_dir, done.stderr)
    try:
        entries = verify_dump(part)
    except StorageError:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, final)
    return Dump(final, created, counts, final.stat().st_size, entries)


def verify_dump(path: Path) -> int:
    """The number of entries ``pg_restore --list`` reads in the dump; raises when it
    cannot read it (not a dump, cut short) or it holds no ledger table."""
    pg_restore = tool("pg_restore")
    if pg_restore is None:
        raise missing_tool_error("pg_restore")
    done = _run([str(pg_restore), "--list", str(path)], dict(os.environ))
    lines = [line for line in done.stdout.splitlines() if line and not line.startswith(";")]
    if done.returncode != 0 or not any(" TABLE DATA " in f" {line} " for line in lines):
        raise BackupFailedError(QT_TRANSLATE_NOOP(
            "errors", "{path} is not a readable backup of a server database ({reason})."),
            path=str(path), reason=_first_line(done.stderr) or "pg_restore --list")
    return len(lines)


def restore_dump(path: Path, engine: Engine) -> None:
    """Load the dump at ``path`` into the (empty) database of ``engine``."""
    pg_restore = tool("pg_restore")
    if pg_restore is None:
        raise missing_tool_error("pg_restore")
    verify_dump(path)
    with engine.connect() as conn:
        if inspect(conn).get_table_names():
            raise StorageError(QT_TRANSLATE_NOOP(
                "errors", "The database {database} is not empty. A server backup is restored "
                          "into a new, empty database only; nothing was changed."),
                database=str(engine.url.database))
    args, env = _connection_args(engine.url)
    done = _run([str(pg_restore), *args, "--no-owner", "--single-transaction", "--exit-on-error",
                 "--dbname", str(engine.url.database), str(path)], env)
    if done.returncode != 0:
        raise StorageError(QT_TRANSLATE_NOOP(
            "errors", "The backup {path} could not be restored ({reason}); the database was "
                      "left as it was."), path=str(path), reason=_first_line(done.stderr))


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
