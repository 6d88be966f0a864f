"""The subcommands behind cli.py; messages through Qt's translations (QtCore only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli.interrupt import exit_code, interruptible
from desktop.config import backup_dir_for, is_server_url, ledger_exists
from desktop.errors import LedgerError
from desktop.i18n import error_text, install_translators
from desktop.system_errors import file_error, system_failures

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def run(args: argparse.Namespace, db_path: Path) -> int:
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translators = install_translators(app, args.lang)  # noqa: F841 - keep alive
    with interruptible():
        return _run(args, db_path)


def _run(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.cli.accounts import SignIn, SignInMissing
    from desktop.cli.password import NoSecret

    with_services = SignIn(args, _with_services)  # once the ledger has accounts: --user
    try:
        return _dispatch(args, db_path, with_services)
    except SignInMissing as exc:
        print(f"family-ledger: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NoSecret as exc:  # her account's password: no terminal, no file
        print(exc, file=sys.stderr)
        return EXIT_ERROR


def _dispatch(args: argparse.Namespace, db_path: Path, with_services) -> int:  # noqa: ANN001
    try:
        if is_server_url(db_path):
            from desktop.cli import server

            handled = server.run(args, str(db_path), with_services)
            if handled is not None:
                return handled
        elif args.command == "move-to":
            from desktop.cli import server

            if ledger_exists(db_path):
                with_services(db_path, lambda services: None)  # she signs in first
            return server.move_to(args, db_path)
        if args.command in ("password", "recovery-sheet", "recover"):
            from desktop.cli.password import run as password_command

            return password_command(args, db_path, with_services)
        if args.command == "check":
            return _check(args, db_path)
        if not is_server_url(db_path) and not _unlocked(args, db_path):
            return EXIT_ERROR
        if args.command == "init":
            from desktop.cli.init import run as init_command

            return init_command(args, db_path, with_services)
        if args.command == "demo":
            return _demo(args, db_path, with_services)
        if args.command == "export" and args.register is None:
            from desktop.cli.exchange import export

            return export(args, db_path, with_services)
        if args.command == "export":
            return _export(args, db_path, with_services)
        if args.command == "import":
            from desktop.cli.exchange import run_import

            return run_import(args, db_path, with_services)
        if args.command in ("reminders", "slips"):

            from desktop.cli import reminders as cli_reminders

            return cli_reminders.run(args, db_path, with_services)
        if args.command == "report":

            from desktop.cli import reports as cli_report

            return cli_report.run(args, db_path, with_services)
        if args.command in ("close", "reopen"):
            from desktop.cli import closing as cli_closing

            return cli_closing.run(args, db_path, with_services)
        if args.command == "sample":
            from desktop.cli import sample as cli_sample

            return cli_sample.run(args, db_path, with_services)
        if args.command in ("backup", "restore"):
            from desktop.cli.safety import backup, restore

            if args.command == "backup":
                return backup(args, db_path, with_services)
            if ledger_exists(db_path):  # she signs in before her ledger is replaced
                with_services(db_path, lambda services: None)
            return restore(args, db_path)
        if args.command == "accounts":
            from desktop.cli.accounts import run as accounts_command

            return accounts_command(args, db_path, with_services)
    except LedgerError as exc:
        print(error_text(exc), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        raise  # the reader of a pipe went away: main() ends quietly
    except KeyboardInterrupt as exc:  # Ctrl+C or SIGTERM: the work in progress was undone
        print(QCoreApplication.translate(
            "cli", "Stopped. What was not finished was undone; no file is half-written."),
            file=sys.stderr)
        return exit_code(exc)
    except system_failures() as exc:  # the disk, a file or a library failed: one sentence
        print(error_text(file_error(exc, named_file(args, db_path))), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_ERROR


def named_file(args: argparse.Namespace, db_path: Path) -> Path:
    """The file a failure most likely concerns when the error itself names none: the one
    the command reads or writes, else the data file."""
    for name in ("file", "out", "target", "code_file"):
        value = getattr(args, name, None)
        if value:
            return Path(value)
    return db_path


def _demo(args: argparse.Namespace, db_path: Path, with_services) -> int:  # noqa: ANN001
    from desktop.services.container import Services
    from desktop.services.demo.service import DemoResult, generate_demo

    if args.persons < 1:
        print(QCoreApplication.translate("cli", "--persons must be at least 1."), file=sys.stderr)
        return 2
    def fill(services: Services) -> DemoResult:
        if args.force:  # adding to existing records: keep a copy of them first
            services.backup.before_bulk_change()
        return generate_demo(services, args.persons, seed=args.seed, force=args.force)

    if not is_server_url(db_path):
        db_path.parent.mkdir(parents=True, exist_ok=True)
    result = with_services(db_path, fill)
    print(
        QCoreApplication.translate(
            "cli",
            "Added {persons} demo persons with {children} children in {seconds:.1f} s to {path}.",
        ).format(
            persons=result.persons, children=result.children, seconds=result.seconds, path=db_path
        )
    )
    return EXIT_OK


def _unlocked(args: argparse.Namespace, db_path: Path) -> bool:
    """A protected ledger's password, asked before anything is read (restore: the backup's
    too when it has another key)."""
    from desktop.cli.password import unlock

    if unlock(args, db_path) is None:
        return False
    if args.command == "restore":
        from desktop.store import crypt

        chosen = Path(args.file).expanduser().absolute()
        try:
            crypt.key_for(chosen)
        except crypt.LockedError:
            print(QCoreApplication.translate(
                "cli", "The backup {path} is encrypted with another password.").format(
                path=chosen), file=sys.stderr)
            return unlock(args, chosen, record=False) is not None
    return True


def _check(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.cli.password import NoSecret, ask
    from desktop.store import crypt
    from desktop.store.check import check_file

    if crypt.is_encrypted(db_path):
        print(QCoreApplication.translate(
            "cli", "{path}: a Family Ledger data file, encrypted (its key file is {key}).").format(
            path=db_path, key=crypt.key_path(db_path).name))
        try:
            (password,) = ask(args, [QCoreApplication.translate("cli", "Password: ")])
        except NoSecret:
            print(QCoreApplication.translate(
                "cli", "The integrity check needs the password: run the command on a terminal "
                "or with --password-file FILE."), file=sys.stderr)
            return EXIT_ERROR
        if crypt.unlock(db_path, password) is None:
            print(QCoreApplication.translate(
                "cli", "The password is not correct. Nothing was changed."), file=sys.stderr)
            return EXIT_ERROR
    report = check_file(db_path)
    print(
        QCoreApplication.translate(
            "cli",
            "{path}: a Family Ledger data file, schema version {revision}, {persons} persons, "
            "integrity check passed.",
        ).format(path=report.path, revision=report.revision, persons=report.persons)
    )
    if report.encrypted:
        print(QCoreApplication.translate(
            "cli", "It is encrypted; copy it together with its key file {key}.").format(
            key=crypt.key_path(db_path).name))
    if not report.up_to_date:
        print(
            QCoreApplication.translate(
                "cli",
                "It was written by an older version and will be upgraded (after a copy) "
                "when the app opens it.",
            )
        )
    if report.stale_lock:
        print(QCoreApplication.translate(
            "cli", "Family Ledger did not close this file properly last time (a crash or a power "
            "cut left its lock file). The check read it anyway; opening it in the app clears "
            "the lock."))
    elif report.stale_lock is False:
        print(QCoreApplication.translate(
            "cli", "The file is open in Family Ledger now; the check read it as it is on disk."))
    return EXIT_OK


def _export(args: argparse.Namespace, db_path: Path, with_services) -> int:  # noqa: ANN001
    """One register to .xlsx; bad names and dates are usage errors (exit 2)."""
    import datetime as dt

    from desktop.domain.values.registers import Register, RegisterQuery

    def usage(message: str) -> int:
        print(f"family-ledger export: {message}", file=sys.stderr)
        return EXIT_USAGE

    if args.transfer or args.move_out or args.destination:
        return usage(QCoreApplication.translate(
            "cli", "--transfer writes the exchange workbook; leave out --register."))
    if not args.date_from or not args.date_to:
        return usage(QCoreApplication.translate("cli", "--register needs --from and --to."))
    if args.register not in Register._value2member_map_:
        return usage(QCoreApplication.translate(
            "cli", "unknown register {name}; choose one of {names}.").format(
            name=args.register, names=", ".join(r.value for r in Register)))
    dates = []
    for text in (args.date_from, args.date_to):
        try:
            dates.append(dt.date.fromisoformat(text.strip()))
        except ValueError:
            return usage(QCoreApplication.translate(
                "cli", "{text} is not a date; write it as YYYY-MM-DD.").format(text=text))
    if dates[0] > dates[1]:
        return usage(QCoreApplication.translate("cli", "--from is after --to."))
    if not ledger_exists(db_path):
        print(QCoreApplication.translate("cli", "There is no data file at {path}.").format(
            path=db_path), file=sys.stderr)
        return EXIT_ERROR
    query = RegisterQuery(Register(args.register), dates[0], dates[1])
    result = with_services(db_path, lambda services: services.register_export.export(
        query, Path(args.out), args.full_ids))
    if result.full_ids:
        done = QCoreApplication.translate(
            "cli", "Wrote {rows} rows with full ID numbers to {path} in {seconds:.1f} s.")
    else:
        done = QCoreApplication.translate("cli", "Wrote {rows} rows to {path} in {seconds:.1f} s.")
    print(done.format(rows=result.rows, path=result.path, seconds=result.seconds))
    return EXIT_OK


def _with_services(db_path: Path | str, work):
    """Run ``work(services)`` holding the lock (a full-ID export writes the change log); on
    a server, where several clerks write at once, without the file's lock."""
    if is_server_url(db_path):
        from desktop.cli.server import with_server

        return with_server(str(db_path), work)
    from desktop.lock import DataLock
    from desktop.services.container import build_services
    from desktop.store.db import open_database

    lock = DataLock(db_path)
    lock.acquire()
    try:
        engine = open_database(db_path, backup_dir_for(db_path))
        try:
            return work(build_services(engine))
        finally:
            engine.dispose()
    finally:
        lock.release()
