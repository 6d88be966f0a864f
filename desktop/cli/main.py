"""Command line: ``family-ledger [--db PATH] [--lang zh_CN|en] [--smoke-test] [COMMAND]``.

Without a command it starts the window. Commands use the same services as the GUI.
"""

from __future__ import annotations

import time

STARTED_AT = time.perf_counter()  # before the heavy imports: start-up is measured from here

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

from desktop import __version__  # noqa: E402
from desktop.cli import (  # noqa: E402
    accounts_args,
    closing,
    exchange_args,
    ledger_args,
    password_args,
    reminders_args,
    reports_args,
    safety_args,
    sample,
    server_args,
)
from desktop.cli.language import Catalog, argparse_language, chosen_language, localize  # noqa: E402
from desktop.config import data_dir, resolve_db  # noqa: E402
from desktop.domain.tr import QT_TRANSLATE_NOOP  # noqa: E402

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# The command groups in the order ``--help`` lists them; each declares its own arguments
# (argparse only: building the parser imports no service).
COMMAND_GROUPS = (
    ledger_args,  # init, demo, check
    exchange_args,  # export, import
    reminders_args,  # reminders, slips
    reports_args,  # report monthly|period|card|roster
    closing,  # close, reopen
    sample,  # sample
    password_args,  # password, recovery-sheet, recover
    accounts_args,  # accounts add|list|passwd|disable (and init's --account)
    server_args,  # move-to
    safety_args,  # backup, restore
)


def build_parser(lang: str = "zh_CN") -> argparse.ArgumentParser:
    """The whole command line, help in English sources; ``parser_for`` translates it."""
    parser = argparse.ArgumentParser(
        prog="family-ledger",
        description=QT_TRANSLATE_NOOP(
            "cli-help",
            "Family Ledger (the population and family services register). "
            "Without a command the window opens.",
        ),
        epilog=QT_TRANSLATE_NOOP(
            "cli-help",
            "Exit codes: 0 done; 1 failed, nothing changed; 2 wrong "
            "arguments; 3 import with rejected rows; 130 stopped with Ctrl+C.\n"
            "Each command explains itself: family-ledger COMMAND --help",
        ),
    )
    parser.add_argument(
        "--db",
        metavar=QT_TRANSLATE_NOOP("cli-help", "PATH|URL"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "the data file, or a PostgreSQL server's database as "
            "postgresql://user@server/database (default: the user's data folder, "
            "or the FAMILY_LEDGER_DB environment variable)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=lang,
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "language of the window, the help and the messages "
            "(default zh_CN; or the FAMILY_LEDGER_LANG environment variable)",
        ),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli-help", "open the window, fill the first page, print the timings as JSON and exit"
        ),
    )
    parser.add_argument(
        "--password-file",
        metavar=QT_TRANSLATE_NOOP("cli-help", "FILE"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "for a ledger with a password: read it from FILE "
            "(first line) instead of asking on the terminal",
        ),
    )
    accounts_args.add_user_option(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=QT_TRANSLATE_NOOP("cli-help", "print the version and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar=QT_TRANSLATE_NOOP("cli-help", "COMMAND"))
    for group in COMMAND_GROUPS:
        group.add_commands(sub)
    return parser


def parser_for(lang: str) -> argparse.ArgumentParser:
    """The parser with its help in ``lang`` (build it inside ``argparse_language``)."""
    parser = build_parser(lang)
    localize(parser, Catalog(lang))
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl+C before a command started its work: nothing done
        return 130


def _main(argv: list[str] | None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    lang = chosen_language(arguments)
    with argparse_language(Catalog(lang)):
        args = parser_for(lang).parse_args(arguments)  # usage errors exit 2
    db_path = resolve_db(args.db)
    if isinstance(db_path, str):  # a server's database
        return _on_server(args, db_path)
    from desktop.logging_setup import log_dir_for, setup_logging
    from desktop.store.private import owner_only_process

    owner_only_process()  # data, backups, logs and their folders: 0600 / 0700

    if args.command != "check":  # check changes nothing on disk, not even a log folder
        setup_logging(log_dir_for(db_path))  # beside the data; IDs and phones masked
    if args.command is None:
        from desktop.app import run_gui

        if args.smoke_test and _no_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a smoke test needs no screen
        return run_gui(db_path, args.lang, args.smoke_test, STARTED_AT)

    from desktop.cli import ledger as cli_commands

    try:
        return cli_commands.run(args, db_path)
    except BrokenPipeError:
        return _reader_gone()


def _on_server(args: argparse.Namespace, url: str) -> int:
    """A command on a PostgreSQL server's ledger (logs in the user's data folder)."""
    from desktop.logging_setup import setup_logging
    from desktop.store.private import owner_only_process

    owner_only_process()
    setup_logging(data_dir() / "logs")
    if args.command is None:
        from desktop.app import run_gui_server

        if args.smoke_test and _no_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return run_gui_server(url, args.lang, args.smoke_test, STARTED_AT)
    from desktop.cli import ledger as cli_commands

    try:
        return cli_commands.run(args, url)  # type: ignore[arg-type]
    except BrokenPipeError:
        return _reader_gone()


def _no_display() -> bool:
    """Linux/BSD without X11 or Wayland (Windows and macOS always have a screen)."""
    return (
        sys.platform.startswith(("linux", "freebsd"))
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def _reader_gone() -> int:
    """``reminders | head``: the reader closed the pipe; that is the end, not an error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # Python's flush at exit finds nowhere to fail
    return 0


if __name__ == "__main__":
    sys.exit(main())
