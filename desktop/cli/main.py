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
from desktop.config import ENV_DB, resolve_db_path  # noqa: E402

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="family-ledger",
        description="人口家庭服务台账 (Family Ledger). Without a command the window opens.",
    )
    parser.add_argument("--db", metavar="PATH",
                        help=f"data file (default: the user's data folder; or ${ENV_DB})")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN",
                        help="language of the interface and messages (default zh_CN)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, fill the first page, print timings as JSON, exit")
    parser.add_argument("--password-file", metavar="FILE",
                        help="for a ledger with a password: read it from FILE (first line) "
                             "instead of asking on the terminal")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill the database with synthetic demo records")
    demo.add_argument("--persons", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--force", action="store_true", help="add even if records exist")
    sub.add_parser("check", help="verify the data file without changing it")
    export = sub.add_parser("export", help="write one register, or (without --register) the "
                                           "whole exchange workbook, to an .xlsx file")
    export.add_argument("--register", metavar="NAME",
                        help="births, contraception, deaths, checkups, pregnancies or services")
    export.add_argument("--from", dest="date_from", metavar="DATE",
                        help="first day, YYYY-MM-DD (with --register)")
    export.add_argument("--to", dest="date_to", metavar="DATE",
                        help="last day (included), YYYY-MM-DD (with --register)")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.add_argument("--full-ids", action="store_true",
                        help="full ID numbers instead of masked ones (noted in the change log)")
    export.add_argument("--transfer", nargs="+", metavar="ID",
                        help="档案转出: only these persons (by ID number) with all their records, "
                             "full ID numbers, for the office they move to; it imports the file "
                             "with its normal import")
    export.add_argument("--move-out", dest="move_out", metavar="DATE",
                        help="with --transfer: also record their 迁出 on DATE (YYYY-MM-DD)")
    export.add_argument("--destination", metavar="PLACE", default="",
                        help="with --move-out: where they moved to (去向)")
    imp = sub.add_parser("import", help="check and import an exchange workbook")
    imp.add_argument("file", nargs="?", metavar="FILE",
                     help=".xlsx/.xls/.ods workbook, or .csv with the 人员 columns")
    imp.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    imp.add_argument("--update", action="store_true",
                     help="update persons and records already in the database")
    imp.add_argument("--undo-last", action="store_true", help="undo the last import")
    reminders = sub.add_parser("reminders", help="list who is due for what")
    slips = sub.add_parser("slips", help="print notification slips (通知单) to a PDF file")
    for command in (reminders, slips):
        command.add_argument("--as-of", dest="as_of", metavar="DATE", required=command is slips,
                             help="the day the list is for, YYYY-MM-DD (default today)")
        command.add_argument("--days", type=int, metavar="N",
                             help="also what falls due in the next N days (default: settings, 30)")
        command.add_argument("--kind", action="append", default=[], metavar="KIND",
                             help="checkup, certificate, followup, delivery, birth_report, "
                                  "payment or turning_50; may be repeated (default: all)")
        command.add_argument("--unit", metavar="NAME", help="one unit and its sub-units")
        command.add_argument("--full-ids", action="store_true",
                             help="full ID numbers instead of masked ones (noted in the change log)")
    reminders.add_argument("--format", choices=("table", "csv"), default="table")
    slips.add_argument("--out", required=True, metavar="FILE.pdf")
    _add_report(sub)
    from desktop.cli.closing import add_parsers as add_closing

    add_closing(sub)

    from desktop.cli.sample import add_parser as add_sample  # argparse only: no Qt import

    add_sample(sub)
    from desktop.cli.password_args import add_commands  # argparse only: no Qt import

    add_commands(sub)
    backup = sub.add_parser("backup", help="write a verified copy of the data file")
    backup.add_argument("--to", dest="target", metavar="DIR",
                        help="folder for the copy (default: the automatic backups folder)")
    restore = sub.add_parser("restore", help="replace the data file by a backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true",
                         help="restore without asking (the current file is backed up first)")
    return parser


def _add_report(sub: argparse._SubParsersAction) -> None:
    """``report monthly|period|card|roster`` (run by desktop.cli.reports)."""
    report = sub.add_parser("report", help="the monthly (or other period's) report, an "
                                           "archive card or a roster")
    kinds = report.add_subparsers(dest="report", metavar="DOCUMENT", required=True)
    monthly = kinds.add_parser("monthly", help="one month's report: .pdf, .xlsx or .json")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    period = kinds.add_parser("period", help="any period's report: .pdf, .xlsx or .json")
    period.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    period.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    for command in (monthly, period):
        command.add_argument("--current", action="store_true",
                             help="a closed period recomputed from today's data instead of "
                                  "its stored figures")
        command.add_argument("--unit", metavar="NAME", help="one unit and its sub-units")
        command.add_argument("--out", required=True, metavar="FILE")
        command.add_argument("--head", default="", metavar="NAME",
                             help="name on the PDF's line for the head of the unit")
    card = kinds.add_parser("card", help="one person's archive card (PDF)")
    card.add_argument("--id", dest="id_number", required=True, metavar="ID")
    card.add_argument("--out", required=True, metavar="FILE.pdf")
    roster = kinds.add_parser("roster", help="the roster of the registered persons (PDF)")
    roster.add_argument("--unit", metavar="NAME", help="one unit and its sub-units")
    roster.add_argument("--out", required=True, metavar="FILE.pdf")
    for command in (monthly, period, card, roster):
        command.add_argument("--full-ids", action="store_true",
                             help="full ID numbers instead of masked ones (noted in the change log)")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # usage errors exit 2
    db_path = resolve_db_path(args.db)
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


def _no_display() -> bool:
    """Linux/BSD without X11 or Wayland (Windows and macOS always have a screen)."""
    return (sys.platform.startswith(("linux", "freebsd")) and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def _reader_gone() -> int:
    """``reminders | head``: the reader closed the pipe; that is the end, not an error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # Python's flush at exit finds nowhere to fail
    return 0


if __name__ == "__main__":
    sys.exit(main())



