"""The command line on a PostgreSQL server (``--db postgresql://...``) and ``move-to``.

Most commands are the same as on a file and come here only for opening the database (see
``with_server``). The file-only ones (check, backup, restore) have their server forms here,
the password commands theirs in server_password.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.config import is_server_url

EXIT_OK, EXIT_ERROR = 0, 1


def _waiting() -> None:
    print(QCoreApplication.translate("cli", "Another clerk's Family Ledger is upgrading the database; waiting for it…"),
          file=sys.stderr)


def with_server(url: str, work: Callable[[Any], Any]) -> Any:
    """Run ``work(services)`` on the ledger at ``url`` (its schema brought to head first)."""
    from desktop.services.container import build_services
    from desktop.store.server import open_server

    engine = open_server(url, waiting=_waiting)
    try:
        return work(build_services(engine))
    finally:
        engine.dispose()


def run(args: argparse.Namespace, url: str,
        with_services: Callable[[str, Callable[[Any], Any]], Any]) -> int | None:
    """The server's own form of a command, or None when the common one serves."""
    from desktop.store.server import shown

    if args.command in ("password", "recovery-sheet", "recover"):  # the window's and dumps'
        from desktop.cli.server_password import run as password_command

        return password_command(args, url, with_services)
    if args.command == "check":
        counts = with_services(url, lambda s: _counts(s))
        print(QCoreApplication.translate("cli", "The database {url} is a Family Ledger at the current version with "
                  "{persons} persons.").format(url=shown(url), persons=counts.get("person", 0)))
        return EXIT_OK
    if args.command == "backup":
        return _backup(args, url, with_services)
    if args.command == "restore":
        return _restore(args, url)  # into an empty database: no accounts to sign in with
    if args.command == "move-to":
        with_services(url, lambda services: None)  # she signs in before it is copied
        return move_to(args, url)
    return None


def _counts(services: Any) -> dict[str, int]:
    from desktop.store.copy import count_rows

    return count_rows(services.engine)


def _backup(args: argparse.Namespace, url: str,
            with_services: Callable[[str, Callable[[Any], Any]], Any]) -> int:
    from desktop.store.server_backup import tool

    if tool("pg_dump") is None:
        print(QCoreApplication.translate("cli", "pg_dump was not found on this computer (PostgreSQL's client tools), so the "
                  "server database cannot be backed up from here. Install them or add their "
                  "folder to PATH; nothing was changed."), file=sys.stderr)
        return EXIT_ERROR
    target = Path(args.target).expanduser().absolute() if args.target else None
    if getattr(args, "password_file", None) and with_server(url, _dumps_encrypted):
        # the password file's order, as on a file: the office password's line first, then
        # her account password (signing in reads the line after the office's)
        args.password_lines = max(getattr(args, "password_lines", 0), 1)
    info = with_services(url, lambda s: _back_up(args, s, target))
    if info is None:
        return EXIT_ERROR
    print(QCoreApplication.translate("cli", "Backup written: {path} ({size} bytes, checked with pg_restore --list).").format(
        path=info.path, size=info.size))
    return EXIT_OK


def _dumps_encrypted(services: Any) -> bool:
    """The office turned encryption on: a backup needs the office password (read before
    anyone signs in: one setting, nothing of the ledger's people)."""
    return bool(services.encryption.is_encrypted())


def _back_up(args: argparse.Namespace, services: Any, target: Path | None) -> Any:
    """The backup; with the office's encryption on, its password first (the dump is
    encrypted with the key it unlocks). None when it is not given or not correct."""
    from desktop.cli.password import NoSecret, ask

    if services.encryption.is_encrypted():
        try:
            (password,) = ask(args, [QCoreApplication.translate("cli", "Office password: ")])
        except NoSecret as exc:
            print(str(exc), file=sys.stderr)
            return None
        if not services.encryption.unlock_backups(password):
            print(QCoreApplication.translate(
                "cli", "The password is not correct. Nothing was changed."), file=sys.stderr)
            return None
    return services.backup.back_up(target)


def _dump_key(args: argparse.Namespace, chosen: Path) -> bytes | None:
    """An encrypted dump's key from the office password or the recovery code."""
    from desktop.cli.password import NoSecret, ask
    from desktop.services.safety.encryption import normalize_code
    from desktop.store import crypt
    from desktop.store.server_backup import dump_key

    print(QCoreApplication.translate("cli", "The backup {path} is encrypted.").format(
        path=chosen), file=sys.stderr)
    try:
        (secret,) = ask(args, [QCoreApplication.translate(
            "cli", "Office password or recovery code: ")])
    except NoSecret as exc:
        print(str(exc), file=sys.stderr)
        return None
    key = dump_key(chosen, secret) or dump_key(chosen, normalize_code(secret),
                                               crypt.RECOVERY_SLOT)
    if key is None:
        print(QCoreApplication.translate(
            "cli", "Neither the password nor the recovery code opens {path}. Nothing was "
                   "changed.").format(path=chosen), file=sys.stderr)
    return key


def _restore(args: argparse.Namespace, url: str) -> int:
    from desktop.store.server import make_server_engine, open_server
    from desktop.store.server_backup import is_encrypted, restore_dump

    chosen = Path(args.file).expanduser().absolute()
    key = _dump_key(args, chosen) if is_encrypted(chosen) else None
    if is_encrypted(chosen) and key is None:
        return EXIT_ERROR
    engine = make_server_engine(url)
    try:
        restore_dump(chosen, engine, key)
    finally:
        engine.dispose()
    open_server(url, waiting=_waiting).dispose()  # a dump of an older version: upgraded now
    print(QCoreApplication.translate("cli", "Restored {path} into the empty database.").format(path=chosen))
    return EXIT_OK


def move_to(args: argparse.Namespace, source: Path | str) -> int:
    """Copy the ledger at ``source`` (file or server) into ``args.target`` (the other kind,
    empty), verify it, and leave the source as it was."""
    from desktop.services.container import build_services
    from desktop.services.safety.move import move_ledger, report_months
    from desktop.store.server import shown

    target = args.target.strip()
    today = dt.date.today()
    since = getattr(args, "since", None)
    if since:
        try:
            first = dt.date.fromisoformat(f"{since.strip()}-01")
        except ValueError:
            print("family-ledger move-to: " + QCoreApplication.translate("cli", "{text} is not a month; write it as YYYY-MM.")
                  .format(text=since), file=sys.stderr)
            return 2

    def services_for(engine: Any) -> Any:
        return build_services(engine, today=lambda: today)

    with _opened(source) as src:
        with _opened_empty(target) as dst:
            months = ([p for p in report_months(src, today) if p.start >= first]
                      if since else None)
            result = move_ledger(src, dst, today, services_for, months=months)
    rows = sum(n for t, n in result.counts.items() if t != "change_log")
    shown_target = shown(target) if is_server_url(target) else target
    print(QCoreApplication.translate("cli", "Copied the ledger to {target}: {rows} rows, the same counts in every table and "
              "the same monthly report for {months} months ({seconds:.1f} s). The original "
              "was not changed.").format(target=shown_target, rows=rows, months=result.months,
                                         seconds=result.seconds))
    return EXIT_OK


class _opened:
    """The source ledger's engine: a file under its lock, or a server database."""

    def __init__(self, source: Path | str) -> None:
        self.source = source
        self.lock: Any = None
        self.engine: Any = None

    def __enter__(self) -> Any:
        from desktop.config import backup_dir_for
        from desktop.domain.tr import QT_TRANSLATE_NOOP
        from desktop.errors import StorageError
        from desktop.lock import DataLock
        from desktop.store.db import open_database
        from desktop.store.server import open_server

        if is_server_url(self.source):
            self.engine = open_server(str(self.source), waiting=_waiting)
            return self.engine
        path = Path(self.source)
        if not path.is_file():
            raise StorageError(QT_TRANSLATE_NOOP("errors", "There is no data file at {path}."),
                               path=str(path))
        self.lock = DataLock(path)
        self.lock.acquire()
        self.engine = open_database(path, backup_dir_for(path))
        return self.engine

    def __exit__(self, *exc: object) -> None:
        if self.engine is not None:
            self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


class _opened_empty(_opened):
    """The target: an empty server database (no tables yet), or a file that does not exist."""

    created: Path | None = None

    def __enter__(self) -> Any:
        from desktop.domain.tr import QT_TRANSLATE_NOOP
        from desktop.errors import ConflictError
        from desktop.lock import DataLock
        from desktop.store.db import open_database
        from desktop.store.server import make_server_engine, open_server, shown, unreachable_error

        if is_server_url(self.source):
            from sqlalchemy import inspect
            from sqlalchemy.exc import DBAPIError

            probe = make_server_engine(str(self.source))
            try:
                with probe.connect() as conn:
                    tables = inspect(conn).get_table_names()
            except DBAPIError as exc:  # not reachable, no such database, wrong password
                raise unreachable_error(str(self.source), exc) from exc
            finally:
                probe.dispose()
            if tables:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "errors", "The database {url} is not empty; a ledger is moved into a new, "
                              "empty database only. Nothing was changed."),
                    url=shown(str(self.source)))
            self.engine = open_server(str(self.source), waiting=_waiting)
            return self.engine
        path = Path(self.source).expanduser().absolute()
        if path.exists():
            raise ConflictError(QT_TRANSLATE_NOOP(
                "errors", "{path} already exists; a ledger is moved into a new file only. "
                          "Nothing was changed."), path=str(path))
        self.lock = DataLock(path)
        self.lock.acquire()
        self.created = path
        self.engine = open_database(path)
        return self.engine

    def __exit__(self, *exc: object) -> None:
        """A copy that failed is not left behind: the new file is removed, the server's
        database emptied again (it was empty before)."""
        failed = exc[0] is not None
        if failed and self.engine is not None and is_server_url(self.source):
            _empty_again(self.engine)
        super().__exit__(*exc)
        if failed and self.created is not None:
            for leftover in (self.created, *_beside(self.created)):
                leftover.unlink(missing_ok=True)


def _beside(path: Path) -> list[Path]:
    """SQLite's journal files next to a data file."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _empty_again(engine: Any) -> None:
    """Drop every table the failed copy created in the (formerly empty) server database."""
    from sqlalchemy import MetaData

    try:
        engine.dispose()  # no connection of the copy holds a lock on a table
        tables = MetaData()
        tables.reflect(bind=engine)
        tables.drop_all(bind=engine)
    except Exception:  # noqa: BLE001 - the copy's own error is the one to report
        logging.getLogger(__name__).warning("could not empty the target database again")
