"""The ledger on a PostgreSQL server: the engine by URL, opening checks and migrations.

The file-only parts of the SQLite path (the single-writer lock file, pragmas, the copy
before an upgrade, encryption of the file) have no place here: the server keeps its own
files, and several clerks write at once. Migrations run at start under a server-side
advisory lock, so one clerk's app upgrades while the others wait for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import (
    Connection,
    Engine,
    column,
    create_engine,
    func,
    inspect,
    select,
    table,
    text,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotALedgerFileError, SchemaTooNewError, StorageError
from desktop.store.db import alembic_config, head_revision, known_revisions

log = logging.getLogger(__name__)

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
# pg_advisory_lock keys: one for the schema upgrade; more are taken by the services
MIGRATION_LOCK = 0x464C4447_0001

Waiting = Callable[[], None]
_ALEMBIC = table("alembic_version", column("version_num"))


def is_server_url(value: str | None) -> bool:
    """``value`` names a PostgreSQL database rather than a data file."""
    return bool(value) and str(value).lower().startswith(SCHEMES)


def engine_url(value: str) -> URL:
    """The SQLAlchemy URL for ``value`` (``postgresql://user@host/db``), through psycopg 3."""
    try:
        url = make_url(value)
    except ArgumentError as exc:
        raise _bad_url(value) from exc
    if url.get_backend_name() != "postgresql" or not url.database:
        raise _bad_url(value)
    return url.set(drivername="postgresql+psycopg")


def shown(value: str | URL) -> str:
    """The address without its password, for messages and logs."""
    url = value if isinstance(value, URL) else make_url(value)
    return url.render_as_string(hide_password=True)


def _bad_url(value: str) -> StorageError:
    parts = urlsplit(value)
    return StorageError(
        QT_TRANSLATE_NOOP("errors", "{url} is not a database address of the form "
                                    "postgresql://user@server/database."),
        url=f"{parts.scheme}://{parts.hostname or ''}{parts.path}")


# The report's statements are large (a hundred expressions, CASEs over correlated lists)
# and the planner's cost for them passes JIT's thresholds, yet they spend their time in
# index probes and hash joins, not in expressions: compiling them cost 5 of the monthly
# report's 10 seconds at 100,000 women, and won nothing at a million. Off per session.
SESSION_OPTIONS = "-c jit=off"


# Indexes only the server has (migration 0012): the register's prefix search needs
# text_pattern_ops there, and the models, shared with SQLite files, do not declare them.
SERVER_ONLY_INDEXES = frozenset({"ix_person_pinyin_prefix", "ix_person_initials_prefix"})


def make_server_engine(value: str | URL) -> Engine:
    """An engine on the server; connections are checked before use (a LAN drops them)."""
    url = value if isinstance(value, URL) else engine_url(value)
    return create_engine(url, future=True, pool_pre_ping=True, pool_size=5,
                         connect_args={"connect_timeout": 10,
                                       "application_name": "family-ledger",
                                       "options": SESSION_OPTIONS})


def open_server(value: str, waiting: Waiting | None = None) -> Engine:
    """Open (creating or upgrading the schema of) the ledger database at ``value``.

    An empty database gets the schema; a ledger of an older version is upgraded by the
    first app to get the migration lock while the others wait (``waiting`` is told once);
    a ledger of a newer version, or a database of another program, is refused untouched."""
    engine = make_server_engine(value)
    try:
        with engine.connect() as conn:
            revision = _revision(conn, value)
        if revision != head_revision():
            _upgrade(engine, value, waiting)
    except DBAPIError as exc:
        engine.dispose()
        raise unreachable_error(value, exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


@dataclass(frozen=True)
class Probe:
    """What a test connection found at an address (nothing is written there)."""

    version: str  # the server's, e.g. "16.4"
    state: str  # "ledger" (this version's), "older" (upgraded at start), "empty", "newer"
    revision: str | None = None


PROBE_TIMEOUT = 5  # seconds: she waits for the answer


def probe(value: str) -> Probe:
    """Connect to ``value`` and look: the server's version and whether the database is
    empty, a ledger of this version, an older one or a newer one. Raises StorageError with
    the reason (a bad address, the server not answering, a wrong password, another
    program's tables)."""
    engine = create_engine(engine_url(value), future=True, poolclass=NullPool,
                           connect_args={"connect_timeout": PROBE_TIMEOUT,
                                         "application_name": "family-ledger"})
    try:
        with engine.connect() as conn:
            version = str(conn.scalar(text("SHOW server_version")) or "").split(" ")[0]
            try:
                revision = _revision(conn, value)
            except SchemaTooNewError as exc:
                return Probe(version, "newer", str(exc.params.get("revision") or ""))
    except DBAPIError as exc:
        raise unreachable_error(value, exc) from exc
    finally:
        engine.dispose()
    if revision is None:
        return Probe(version, "empty")
    return Probe(version, "ledger" if revision == head_revision() else "older", revision)


def unreachable_error(value: str | URL, exc: BaseException) -> StorageError:
    reason = str(getattr(exc, "orig", exc) or type(exc).__name__).strip().splitlines()
    return StorageError(
        QT_TRANSLATE_NOOP("errors", "The database {url} cannot be used: {reason}. "
                                    "Nothing was changed."),
        url=shown(value), reason=reason[0] if reason else type(exc).__name__)


def _revision(conn: Connection, value: str) -> str | None:
    """The schema revision of the database; None for an empty one."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables or "person" not in tables:
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP("errors", "The database {url} holds tables of another program, "
                                        "not a Family Ledger. It was not changed."),
            url=shown(value))
    revision = conn.scalar(select(_ALEMBIC.c.version_num))
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "errors", "The database {url} was upgraded by a newer version of Family "
                          "Ledger. Your data is safe and was not changed; please install the "
                          "newer version to open it."),
            url=shown(value), revision=revision)
    return revision


def _upgrade(engine: Engine, value: str, waiting: Waiting | None) -> None:
    """Bring the schema to head in one transaction, holding the migration lock."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn, conn.begin():
        if not conn.scalar(select(func.pg_try_advisory_xact_lock(MIGRATION_LOCK))):
            if waiting is not None:
                waiting()
            log.info("another app is upgrading the database; waiting")
            conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
        if _revision(conn, value) == head_revision():  # the other app did it meanwhile
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        log.info("upgraded the server database to %s", head_revision())


def analyze(engine: Engine) -> None:
    """Fresh planner statistics after a bulk load."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))


def limit_statements(session: Session, milliseconds: int) -> None:
    """On a server, the statements of ``session``'s current transaction give up after
    ``milliseconds`` (a server that is slow or holds a lock); nothing on a file."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    session.execute(select(func.set_config("statement_timeout", str(int(milliseconds)), True)))
