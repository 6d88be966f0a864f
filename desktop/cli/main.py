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
from desktop.cli.language import Catalog, argparse_language, chosen_language, localize  # noqa: E402
from desktop.config import data_dir, resolve_db  # noqa: E402
from desktop.domain.tr import QT_TRANSLATE_NOOP  # noqa: E402

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
FULL_IDS = QT_TRANSLATE_NOOP(
    "cli-help", "full ID numbers instead of masked ones (noted in the change log)"
)
ONE_UNIT = QT_TRANSLATE_NOOP("cli-help", "only this unit and its sub-units")


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
    from desktop.cli.accounts_args import add_user_option

    add_user_option(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=QT_TRANSLATE_NOOP("cli-help", "print the version and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar=QT_TRANSLATE_NOOP("cli-help", "COMMAND"))
    init = sub.add_parser(
        "init",
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "create an empty ledger: the office, its units and the clerk (as on the first start)",
        ),
    )
    init.add_argument(
        "--office",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"),
        help=QT_TRANSLATE_NOOP("cli-help", "the office's name, printed on reports and slips"),
    )
    init.add_argument(
        "--units",
        metavar=QT_TRANSLATE_NOOP("cli-help", "A,B,..."),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "its units (villages, communities), separated by commas; more can be added later",
        ),
    )
    init.add_argument(
        "--clerk",
        metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"),
        help=QT_TRANSLATE_NOOP(
            "cli-help", "the clerk's name, printed on slips and written in the change log"
        ),
    )
    demo = sub.add_parser(
        "demo", help=QT_TRANSLATE_NOOP("cli-help", "fill the data file with made-up demo records")
    )
    demo.add_argument(
        "--persons",
        type=int,
        required=True,
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli-help", "how many women to make up"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "start of the random numbers: the same seed makes the same records (default 1)",
        ),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli-help", "add them even if the file holds records"),
    )
    sub.add_parser(
        "check", help=QT_TRANSLATE_NOOP("cli-help", "check the data file without changing it")
    )
    _add_exchange(sub)
    _add_reminders(sub)
    _add_report(sub)
    from desktop.cli.closing import add_parsers as add_closing

    add_closing(sub)

    from desktop.cli.sample import add_parser as add_sample  # argparse only: no Qt import

    add_sample(sub)
    from desktop.cli import accounts_args  # argparse only: no Qt import
    from desktop.cli.password_args import add_commands  # argparse only: no Qt import

    add_commands(sub)
    accounts_args.add_commands(sub)
    move = sub.add_parser(
        "move-to",
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "copy the ledger into an empty PostgreSQL database (postgresql://...) "
            "or a new data file, verified; the original is not changed",
        ),
    )
    move.add_argument(
        "target",
        metavar=QT_TRANSLATE_NOOP("cli-help", "URL|FILE"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "an empty PostgreSQL database (postgresql://user@server/database) "
            "or a data file that does not exist yet",
        ),
    )
    move.add_argument(
        "--since",
        metavar=QT_TRANSLATE_NOOP("cli-help", "YYYY-MM"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "compare the monthly reports from this month on "
            "(default: every month from the first record's)",
        ),
    )
    backup = sub.add_parser(
        "backup", help=QT_TRANSLATE_NOOP("cli-help", "write a verified copy of the data file")
    )
    backup.add_argument(
        "--to",
        dest="target",
        metavar=QT_TRANSLATE_NOOP("cli-help", "FOLDER"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "the folder for the copy, created if missing (default: the automatic backups folder)",
        ),
    )
    restore = sub.add_parser(
        "restore", help=QT_TRANSLATE_NOOP("cli-help", "replace the data file by a backup")
    )
    restore.add_argument(
        "file",
        metavar=QT_TRANSLATE_NOOP("cli-help", "FILE"),
        help=QT_TRANSLATE_NOOP("cli-help", "the backup to restore"),
    )
    restore.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli-help", "restore without asking (the current data file is backed up first)"
        ),
    )
    return parser


def _add_exchange(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "write one register, or (without "
            "--register) the whole exchange workbook, to an "
            ".xlsx file",
        ),
    )
    export.add_argument(
        "--register",
        metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"),
        help=QT_TRANSLATE_NOOP(
            "cli-help", "births, contraception, deaths, checkups, pregnancies or services"
        ),
    )
    export.add_argument(
        "--from",
        dest="date_from",
        metavar=QT_TRANSLATE_NOOP("cli-help", "DATE"),
        help=QT_TRANSLATE_NOOP("cli-help", "first day, YYYY-MM-DD (with --register)"),
    )
    export.add_argument(
        "--to",
        dest="date_to",
        metavar=QT_TRANSLATE_NOOP("cli-help", "DATE"),
        help=QT_TRANSLATE_NOOP("cli-help", "last day (included), YYYY-MM-DD (with --register)"),
    )
    export.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "FILE.xlsx"),
        help=QT_TRANSLATE_NOOP("cli-help", "the workbook to write"),
    )
    export.add_argument("--full-ids", action="store_true", help=FULL_IDS)
    export.add_argument(
        "--transfer",
        nargs="+",
        metavar=QT_TRANSLATE_NOOP("cli-help", "ID"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "transfer of records (档案转出): only these persons (by ID number) with all their "
            "records, full ID numbers, for the office they move to; it imports the file with "
            "its normal import",
        ),
    )
    export.add_argument(
        "--move-out",
        dest="move_out",
        metavar=QT_TRANSLATE_NOOP("cli-help", "DATE"),
        help=QT_TRANSLATE_NOOP(
            "cli-help", "with --transfer: also record their move away (迁出) on DATE (YYYY-MM-DD)"
        ),
    )
    export.add_argument(
        "--destination",
        metavar=QT_TRANSLATE_NOOP("cli-help", "PLACE"),
        default="",
        help=QT_TRANSLATE_NOOP(
            "cli-help", "with --move-out: where they moved to (去向)"
        ),
    )
    imp = sub.add_parser(
        "import", help=QT_TRANSLATE_NOOP("cli-help", "check and import an exchange workbook")
    )
    imp.add_argument(
        "file",
        nargs="?",
        metavar=QT_TRANSLATE_NOOP("cli-help", "FILE"),
        help=QT_TRANSLATE_NOOP(
            "cli-help", ".xlsx/.xls/.ods workbook, or .csv with the columns of the persons sheet"
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli-help", "check only, write nothing"),
    )
    imp.add_argument(
        "--update",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli-help", "update persons and records already in the ledger"),
    )
    imp.add_argument(
        "--undo-last",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli-help", "undo the last import"),
    )
    imp.add_argument(
        "--mapping",
        metavar=QT_TRANSLATE_NOOP("cli-help", "MAPPING.json"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "import her own workbook (.xlsx/.xls/.ods/.et/.csv): this mapping names which of "
            "her sheets, columns and values are which (format in docs/exchange-format.md)",
        ),
    )
    imp.add_argument(
        "--guess-mapping",
        dest="guess_mapping",
        metavar=QT_TRANSLATE_NOOP("cli-help", "MAPPING.json"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "import nothing: write the guessed mapping of this workbook to MAPPING.json, "
            "to correct and then use with --mapping",
        ),
    )


def _add_reminders(sub: argparse._SubParsersAction) -> None:
    reminders = sub.add_parser(
        "reminders", help=QT_TRANSLATE_NOOP("cli-help", "list who is due for what")
    )
    slips = sub.add_parser(
        "slips", help=QT_TRANSLATE_NOOP("cli-help", "print notification slips to a PDF file")
    )
    for command in (reminders, slips):
        command.add_argument(
            "--as-of",
            dest="as_of",
            metavar=QT_TRANSLATE_NOOP("cli-help", "DATE"),
            help=QT_TRANSLATE_NOOP(
                "cli-help", "the day the list is for, YYYY-MM-DD (default today)"
            ),
        )
        command.add_argument(
            "--days",
            type=int,
            metavar="N",
            help=QT_TRANSLATE_NOOP(
                "cli-help", "also what falls due in the next N days (default: the settings, 30)"
            ),
        )
        command.add_argument(
            "--kind",
            action="append",
            default=[],
            metavar=QT_TRANSLATE_NOOP("cli-help", "KIND"),
            help=QT_TRANSLATE_NOOP(
                "cli-help",
                "checkup, certificate, followup, delivery, "
                "birth_report, payment or turning_50; may be repeated "
                "(default: all)",
            ),
        )
        command.add_argument("--unit", metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"), help=ONE_UNIT)
        command.add_argument("--full-ids", action="store_true", help=FULL_IDS)
    reminders.add_argument(
        "--format",
        choices=("table", "csv"),
        default="table",
        help=QT_TRANSLATE_NOOP(
            "cli-help", "a table to read, or csv for a spreadsheet (default table)"
        ),
    )
    slips.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "FILE.pdf"),
        help=QT_TRANSLATE_NOOP("cli-help", "the PDF to write"),
    )


def _add_report(sub: argparse._SubParsersAction) -> None:
    """``report monthly|period|card|roster`` (run by desktop.cli.reports)."""
    report = sub.add_parser(
        "report",
        help=QT_TRANSLATE_NOOP(
            "cli-help", "the monthly (or another period's) report, an archive card or a roster"
        ),
    )
    kinds = report.add_subparsers(
        dest="report", metavar=QT_TRANSLATE_NOOP("cli-help", "DOCUMENT"), required=True
    )
    monthly = kinds.add_parser(
        "monthly", help=QT_TRANSLATE_NOOP("cli-help", "one month's report: .pdf, .xlsx or .json")
    )
    monthly.add_argument(
        "--month",
        required=True,
        metavar="YYYY-MM",
        help=QT_TRANSLATE_NOOP("cli-help", "the month of the report"),
    )
    period = kinds.add_parser(
        "period", help=QT_TRANSLATE_NOOP("cli-help", "any period's report: .pdf, .xlsx or .json")
    )
    period.add_argument(
        "--from",
        dest="date_from",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "DATE"),
        help=QT_TRANSLATE_NOOP("cli-help", "first day, YYYY-MM-DD"),
    )
    period.add_argument(
        "--to",
        dest="date_to",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "DATE"),
        help=QT_TRANSLATE_NOOP("cli-help", "last day (included), YYYY-MM-DD"),
    )
    for command in (monthly, period):
        command.add_argument(
            "--current",
            action="store_true",
            help=QT_TRANSLATE_NOOP(
                "cli-help",
                "a closed period recomputed from today's data instead of its stored figures",
            ),
        )
        command.add_argument("--unit", metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"), help=ONE_UNIT)
        command.add_argument(
            "--out",
            required=True,
            metavar=QT_TRANSLATE_NOOP("cli-help", "FILE"),
            help=QT_TRANSLATE_NOOP(
                "cli-help", "the file to write; its ending (.pdf, .xlsx or .json) chooses the kind"
            ),
        )
        command.add_argument(
            "--head",
            default="",
            metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"),
            help=QT_TRANSLATE_NOOP("cli-help", "name on the PDF's line for the head of the unit"),
        )
    card = kinds.add_parser(
        "card", help=QT_TRANSLATE_NOOP("cli-help", "one person's archive card (PDF)")
    )
    card.add_argument(
        "--id",
        dest="id_number",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "ID"),
        help=QT_TRANSLATE_NOOP("cli-help", "her ID number"),
    )
    card.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "FILE.pdf"),
        help=QT_TRANSLATE_NOOP("cli-help", "the PDF to write"),
    )
    roster = kinds.add_parser(
        "roster", help=QT_TRANSLATE_NOOP("cli-help", "the roster of the registered persons (PDF)")
    )
    roster.add_argument("--unit", metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"), help=ONE_UNIT)
    roster.add_argument(
        "--out",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "FILE.pdf"),
        help=QT_TRANSLATE_NOOP("cli-help", "the PDF to write"),
    )
    for command in (monthly, period, card, roster):
        command.add_argument("--full-ids", action="store_true", help=FULL_IDS)


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
