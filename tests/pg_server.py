"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl under a temp folder, on a
free local port, stopped at the end of the session.

Each test gets its own database, copied from a migrated template (CREATE DATABASE ...
TEMPLATE: a few milliseconds). When the server cannot start the PostgreSQL tests fail
with the reason; FAMILY_LEDGER_TEST_PG=off leaves them out on purpose (said in the
summary), and FAMILY_LEDGER_TEST_PG=postgresql://user@host/db uses a server already running
(its user may create databases).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

ENV = "FAMILY_LEDGER_TEST_PG"
TEMPLATE = "ledger_template"
SUPERUSER = "ledger"


def opted_out() -> bool:
    return os.environ.get(ENV, "").strip().lower() in ("off", "0", "no")


def pg_bin_dir() -> Path:
    """Where initdb lives: on PATH, else Debian's /usr/lib/postgresql/<newest>/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if not versions:
        raise RuntimeError("PostgreSQL is not installed (no initdb on PATH or under "
                           f"/usr/lib/postgresql); install it or set {ENV}=off")
    return Path(versions[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(owner: str | None) -> list[str]:
    """initdb refuses root: run the server as the ``postgres`` system user then."""
    return ["runuser", "-u", owner, "--"] if owner else []


@dataclass
class PgServer:
    """A running server and the admin URL on it."""

    host: str
    port: int
    user: str
    password: str = ""
    folder: Path | None = None
    owner: str | None = None
    bin_dir: Path | None = None
    _names: itertools.count = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str) -> str:
        auth = f"{self.user}:{self.password}" if self.password else self.user
        return f"postgresql://{auth}@{self.host}:{self.port}/{database}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(host=self.host, port=self.port, user=self.user,
                               password=self.password or None, dbname="postgres",
                               autocommit=True)

    def create(self, name: str | None = None, template: str | None = TEMPLATE) -> str:
        """A new database (a copy of the migrated template by default); its URL."""
        name = name or f"t{os.getpid()}_{next(self._names)}"
        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))
            query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                query = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template))
            conn.execute(query)
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))

    def prepare_template(self) -> None:
        from desktop.store.server import open_server

        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(TEMPLATE)))
        url = self.create(TEMPLATE, template=None)
        open_server(url).dispose()  # the schema at head, no connection left on it

    def stop(self) -> None:
        if self.folder is None or self.bin_dir is None:
            return
        subprocess.run([*_as_owner(self.owner), str(self.bin_dir / "pg_ctl"), "-D",
                        str(self.folder / "data"), "-m", "immediate", "-w", "stop"],
                       capture_output=True, check=False)


def start_cluster(base: Path) -> PgServer:
    """initdb + pg_ctl start under ``base``; raises RuntimeError with the server's words."""
    bin_dir = pg_bin_dir()
    owner = "postgres" if os.geteuid() == 0 else None
    base.mkdir(parents=True, exist_ok=True)
    if owner:
        entry = pwd.getpwnam(owner)
        os.chown(base, entry.pw_uid, entry.pw_gid)
        for parent in base.parents:  # the server must reach its folder
            if parent == Path("/"):
                break
            os.chmod(parent, os.stat(parent).st_mode | 0o011)
    data, port = base / "data", _free_port()
    steps = [
        [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "server.log"), "-w",
         "-t", "60", "-o", f"-p {port} -k {base} -c listen_addresses=127.0.0.1 "
         "-c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"],
    ]
    for step in steps:
        done = subprocess.run([*_as_owner(owner), *step], capture_output=True, text=True,
                              cwd=base, check=False)
        if done.returncode != 0:
            log = (base / "server.log").read_text(errors="replace")[-2000:] \
                if (base / "server.log").exists() else ""
            raise RuntimeError(f"{Path(step[0]).name} failed: {done.stderr.strip()}\n{log}")
    return PgServer("127.0.0.1", port, SUPERUSER, folder=base, owner=owner, bin_dir=bin_dir)


def given_server(url: str) -> PgServer:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return PgServer(parsed.host or "127.0.0.1", parsed.port or 5432, parsed.username or "",
                    parsed.password or "")
