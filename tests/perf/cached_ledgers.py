"""Demo ledgers for the benchmarks, built once and kept outside the repository.

Building 1,000,000 women takes a long while, so each size is built once per schema head
into ``FAMILY_LEDGER_BENCH_CACHE`` (default /tmp/fl-bench/) as ``<head>-<size>.db`` and
copied (never written) by the benchmarks. The file is written under a temporary name and
renamed when complete: a build cut off leaves nothing that looks ready.

Build ahead of a run (e.g. overnight):
    python -m tests.perf.cached_ledgers 100000 1000000
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from tests.pg_server import PgServer

AS_OF = dt.date(2026, 11, 28)  # the day the demo is generated for and the benchmarks ask on
SEED = 2026


def cache_dir() -> Path:
    folder = Path(os.environ.get("FAMILY_LEDGER_BENCH_CACHE", "/tmp/fl-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def schema_tag(upto: str | None = None) -> str:
    """The schema a cached ledger was built at: its head revision and a hash of the chain
    that led there (two branches may each add a migration of the same number)."""
    from desktop.store.db import REVISIONS

    chain = REVISIONS if upto is None else REVISIONS[:REVISIONS.index(upto) + 1]
    digest = hashlib.sha1(",".join(chain).encode()).hexdigest()[:6]
    return f"{chain[-1]}.{digest}"


def cached_path(persons: int) -> Path:
    return cache_dir() / f"{schema_tag()}-{persons}.db"


def older_cached(path: Path, persons: int, suffix: str) -> Path | None:
    """The newest cached file of this size at an ancestor of this schema head."""
    from desktop.store.db import REVISIONS

    ancestors = [path.parent / f"{schema_tag(rev)}-{persons}{suffix}" for rev in REVISIONS[:-1]]
    found = [p for p in ancestors if p.exists()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def cached_ledger(persons: int) -> tuple[Path, float | None]:
    """The demo ledger of ``persons`` women (built now if missing) and the build's seconds
    (None when it came from the cache). Two runs wanting it at once: the second waits."""
    path = cached_path(persons)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists():
            return path, None
        if _upgrade_older(path, persons):
            return path, None
        return path, _build(path, persons)


def _upgrade_older(path: Path, persons: int) -> bool:
    """A ledger of this size cached at an older schema head: a copy of it upgraded by the
    migrations (minutes) instead of a new build (much longer at a million)."""
    from desktop.store.db import open_database

    older = older_cached(path, persons, ".db")
    if older is None:
        return False
    partial = path.with_name(f"building-{path.name}")
    shutil.copyfile(older, partial)
    started = time.perf_counter()
    open_database(partial).dispose()
    note_migrations(persons, "sqlite", older.name, time.perf_counter() - started)
    partial.rename(path)
    return True


def note_migrations(persons: int, backend: str, older: str, seconds: float) -> None:
    """The migrations' time on a cached ledger, with the other figures (figures.jsonl)."""
    import json

    with (cache_dir() / "figures.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"what": f"migrations from {older} (s)", "size": persons,
                              "backend": backend, "seconds": round(seconds, 2)}) + "\n")


def _build(path: Path, persons: int) -> float:
    from desktop.services.container import build_services
    from desktop.services.demo.service import generate_demo
    from desktop.store.db import analyze, open_database

    partial = path.with_name(f"building-{path.name}")
    for leftover in path.parent.glob(f"building-{path.name}*"):
        leftover.unlink()
    started = time.perf_counter()
    services = build_services(open_database(partial), today=lambda: AS_OF)
    generate_demo(services, persons, seed=SEED)
    analyze(services.engine)
    with services.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    services.engine.dispose()
    for extra in ("-wal", "-shm"):
        Path(f"{partial}{extra}").unlink(missing_ok=True)
    partial.rename(path)
    return time.perf_counter() - started


def server_copy(file_engine: Engine, url: str, persons: int, server: PgServer) -> str:
    """Fill the empty database at ``url`` with the cached ledger: from its cached
    ``pg_dump`` when there is one (``pg_restore -j 2``), else row by row from the file as
    ``move-to`` does (then dumped for the next run). Returns how it went."""
    from sqlalchemy.engine import make_url

    from desktop.store.copy import copy_rows
    from desktop.store.server import open_server

    dump = cached_path(persons).with_suffix(".pgdump")
    target = make_url(url)
    if dump.exists():
        _pg_tool("pg_restore", server, ["--no-owner", "-j", "2", "--dbname",
                                         str(target.database), str(dump)])
        return "pg_restore of its cached dump"
    older = older_cached(dump, persons, ".pgdump")
    if older is not None:  # an older schema's dump, upgraded by the migrations
        _pg_tool("pg_restore", server, ["--no-owner", "-j", "2", "--dbname",
                                         str(target.database), str(older)])
        started = time.perf_counter()
        engine = open_server(url)
        note_migrations(persons, "postgresql", older.name, time.perf_counter() - started)
        how = "pg_restore of an older dump, then the migrations"
    elif shutil.which("sqlite3"):
        engine = open_server(url)
        csv_copy(Path(str(file_engine.url.database)), engine)
        how = "sqlite3 CSV into COPY"
    else:
        engine = open_server(url)
        copy_rows(file_engine, engine)
        how = "copied from the file as move-to does"
    engine.dispose()
    part = dump.with_name(f"building-{dump.name}")
    _pg_tool("pg_dump", server, ["--format=custom", "--file", str(part), str(target.database)])
    part.rename(dump)
    return how


def csv_copy(source: Path, engine: Engine) -> None:
    """Every table of the file into the server's (migrated, empty) database by the
    ``sqlite3`` shell's CSV straight into COPY: no row passes through Python, which makes
    a million women minutes instead of most of an hour (store/copy does it row by row)."""
    from psycopg import sql
    from sqlalchemy import select
    from sqlalchemy.dialects import sqlite

    from desktop.store.copy import _move_sequences, ledger_tables

    with engine.begin() as conn:
        raw = conn.connection.driver_connection
        for table in ledger_tables():
            names = [c.name for c in table.columns]
            query = str(select(*table.columns).order_by(*table.primary_key.columns)
                        .compile(dialect=sqlite.dialect()))
            statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv)").format(
                sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names)))
            reader = subprocess.Popen(["sqlite3", "-readonly", "-csv", str(source), query],
                                      stdout=subprocess.PIPE)
            assert reader.stdout is not None
            with raw.cursor() as cursor, cursor.copy(statement) as copy:
                for block in iter(lambda: reader.stdout.read(1 << 20), b""):  # noqa: B023
                    copy.write(block)
            assert reader.wait() == 0, f"sqlite3 could not read {table.name}"
        _move_sequences(conn)


def _pg_tool(name: str, server: PgServer, args: list[str]) -> None:
    from desktop.store.server_backup import tool

    found = tool(name)
    assert found is not None, f"{name} is not installed"
    subprocess.run([str(found), "--host", server.host, "--port", str(server.port),
                    "--username", server.user, "--no-password", *args],
                   check=True, capture_output=True, env={**os.environ,
                                                         "PGPASSWORD": server.password})


def cached_workbook(persons: int, scratch: Path) -> Path:
    """An exchange workbook of a county's own ``persons`` women with all their records
    (another seed than the ledgers'), built once like the ledgers."""
    from desktop.services.container import build_services
    from desktop.services.demo.service import generate_demo
    from desktop.store.db import open_database

    path = cached_path(persons).with_name(f"{cached_path(persons).stem}-county.xlsx")
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists():
            return path
        services = build_services(open_database(scratch / "county.db"), today=lambda: AS_OF)
        generate_demo(services, persons, seed=SEED + 7)
        part = path.with_name(f"building-{path.name}")
        services.exchange.export(part, full_ids=True)
        services.engine.dispose()
        part.rename(path)
    return path


if __name__ == "__main__":
    for size in sys.argv[1:]:
        where, seconds = cached_ledger(int(size))
        print(where, "cached" if seconds is None else f"built in {seconds:.0f} s", flush=True)
