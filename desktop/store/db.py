"""Engine, sessions, opening checks and migrations for the SQLite file.

Everything SQLite-specific lives here: pragmas, the application id, the
transaction mode. The rest of the code sees an Engine and Sessions.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotALedgerFileError, SchemaTooNewError, StorageError
from desktop.store import crypt, faults, leftovers
from desktop.store.private import create_private, private_dir
from desktop.store.schema import unexpected_objects
from desktop.system_errors import reason_of

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The migrations shipped in desktop/store/migrations/versions, oldest first. Kept here so
# that opening an up-to-date file needs no Alembic import (~0.1 s of start-up); a test
# checks this list against Alembic's own.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010",
             "0011", "0012", "0013")

APPLICATION_ID = 0x464C4447  # "FLDG"
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SessionFactory = sessionmaker[Session]


def make_engine(path: Path | str) -> Engine:
    """An engine with the ledger's pragmas; transactions are begun explicitly.

    Its connections come from SQLCipher's module, keyed when the file is encrypted (with
    the key unlocked in this process, see store/crypt.py). Each new connection looks at
    the file again, so after a conversion ``engine.dispose()`` is all it takes."""
    target = Path(path)
    engine = create_engine(f"sqlite:///{target}", future=True, module=crypt.dbapi(),
                           creator=lambda: crypt.connect_engine(target))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN, so DDL is transactional too.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=DELETE")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine


def make_session_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, class_=Session, expire_on_commit=False)


@contextmanager
def transaction(factory: SessionFactory) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error.

    A write the disk refuses (full, I/O error, read-only) is raised as a StorageError,
    mapped here once so that every service and form gets the same message."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException as exc:
        session.rollback()
        mapped = faults.storage_error_for(exc)
        if mapped is not None:
            log.warning("a write was refused: %s", type(exc).__name__)
            raise mapped from exc
        raise
    finally:
        session.close()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


@dataclass(frozen=True)
class FileState:
    """What is in a file before it is opened for writing."""

    exists: bool
    revision: str | None  # None: empty (new) database


def inspect_file(path: Path, roll_back: bool = False) -> FileState:
    """Check that ``path`` is absent, empty-new or a Family Ledger database we can open.

    Reads the file only; raises a StorageError subclass with a message for the clerk.
    A leftover journal (a write cut off) is refused, or with ``roll_back`` (the app, holding
    the lock, about to write) SQLite is let undo it first.
    """
    if not path.exists():
        return FileState(False, None)
    if path.is_dir():
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a data file."), path=str(path)
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The data file {path} cannot be read: {reason}"),
            path=str(path),
            reason=reason_of(exc),
        ) from exc
    if len(header) == 0:
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data file {path} is empty (0 bytes). It was not changed; "
                "please restore a backup or choose another file.",
            ),
            path=str(path),
        )
    if not header.startswith(SQLITE_HEADER) and crypt.is_encrypted(path):
        return _inspect_encrypted(path, roll_back)
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        if len(header) >= 100 and not crypt.is_plain(path):
            raise crypt.missing_key_error(path)
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is not a Family Ledger data file. It was not changed."
            ),
            path=str(path),
        )
    app_id = int.from_bytes(header[68:72], "big")
    journal = faults.has_hot_journal(path)
    if journal and roll_back:
        try:
            faults.roll_back_journal(path)
        except sqlite3.DatabaseError as exc:
            raise faults.damaged_error(path, reason_of(exc)) from exc
        with path.open("rb") as fh:
            header = fh.read(100)  # the rollback may have rewritten page 1
        journal = False
    if journal and faults.stale_lock(path) is not False:
        raise faults.hot_journal_error(path)
    if not journal:  # with a live app writing, the size may lag its header for a moment
        faults.check_size(path, header)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if "person" in tables:  # cheap first read of the main table
                conn.execute("SELECT * FROM person ORDER BY id LIMIT 1").fetchall()
            extra = (unexpected_objects(conn, revision)
                     if revision in known_revisions() and app_id == APPLICATION_ID else [])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            raise faults.hot_journal_error(path) from exc
        raise faults.damaged_error(path, reason_of(exc)) from exc
    if app_id != APPLICATION_ID:
        if app_id == 0 and not tables:
            return FileState(True, None)
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is a database of another program, not a Family Ledger data file. "
                "It was not changed.",
            ),
            path=str(path),
        )
    if extra:
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} holds more than a Family Ledger data file may ({objects}); it is "
                "refused and was not changed.",
            ),
            path=str(path),
            objects=", ".join(extra[:5]),
        )
    return FileState(True, _known(path, revision))


def _known(path: Path, revision: str | None) -> str | None:
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data file {path} was written by a newer version of Family Ledger. "
                "Your data is safe and was not changed; please install the newer version "
                "to open it.",
            ),
            path=str(path),
            revision=revision,
        )
    return revision


def _inspect_encrypted(path: Path, roll_back: bool) -> FileState:
    """The checks of ``inspect_file`` for an encrypted file (LockedError before unlocking).

    A journal left by a cut-off write is rolled back by SQLCipher itself on the first read
    with the key, which the app does holding the lock."""
    key = crypt.key_for(path)
    try:
        conn = crypt.connect(path, key, readonly=not roll_back)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if "person" in tables:
                conn.execute("SELECT * FROM person ORDER BY id LIMIT 1").fetchall()
        finally:
            conn.close()
    except crypt.database_errors() as exc:
        if faults.has_hot_journal(path):
            raise faults.hot_journal_error(path) from exc
        raise faults.damaged_error(path, reason_of(exc)) from exc
    if app_id != APPLICATION_ID:
        raise NotALedgerFileError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a Family Ledger data file. "
                              "It was not changed."), path=str(path))
    return FileState(True, _known(path, revision))


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in one transaction (BEGIN IMMEDIATE)."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def open_database(path: Path, backup_dir: Path | None = None, thorough: bool = False) -> Engine:
    """Open (creating or upgrading) the ledger at ``path`` and return its engine.

    Before an existing file is upgraded it is copied to ``backup_dir``. ``thorough`` adds
    SQLite's quick_check (seconds on a county-sized file: only after an unclean end).
    """
    state = inspect_file(path, roll_back=True)
    if not path.parent.name.startswith(leftovers.PREFIX):  # not the copy a restore works on
        leftovers.set_home(path.parent)
        leftovers.clean(path.parent, backup_dir)  # what a killed backup, restore or export left
    if not path.parent.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            folder=str(path.parent),
        )
    if state.exists and not os.access(path, os.W_OK):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "The data file {path} is read-only, so Family Ledger cannot save "
                "to it. It was not changed; check the file's permissions (or copy it to a "
                "writable folder)."),
            path=str(path),
        )
    if not os.access(path.parent, os.W_OK):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {folder} is read-only, so Family Ledger cannot save "
                "there. Nothing was changed; check the folder's permissions."),
            folder=str(path.parent),
        )
    if thorough and state.exists:
        faults.quick_check(path)
    head = head_revision()
    if state.exists and state.revision is not None and state.revision != head:
        target = backup_dir or path.parent
        private_dir(target)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = target / f"{path.stem}-before-upgrade-{stamp}{path.suffix or '.db'}"
        shutil.copy2(path, copy)
        if crypt.is_encrypted(path):  # the copy opens with the same password
            shutil.copy2(crypt.key_path(path), crypt.key_path(copy))
        log.info("copied the database before upgrading it to %s", copy)
    crypt.remove_leftovers(path)
    if not state.exists:
        create_private(path)  # owner-only before any data goes in
    engine = make_engine(path)
    try:
        if state.revision != head:
            upgrade(engine)
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, StorageError):
            raise
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data file {path} could not be prepared ({reason}). It was not changed.",
            ),
            path=str(path),
            reason=reason_of(exc),
        ) from exc
    return engine


def optimize(engine: Engine) -> None:
    """Refresh the planner's statistics after bulk writes and before closing."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA optimize")


def analyze(engine: Engine) -> None:
    """Full statistics (after a bulk load, e.g. demo data or an import)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")


def schema_tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
