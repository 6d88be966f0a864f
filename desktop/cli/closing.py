"""``family-ledger close --month YYYY-MM`` and ``reopen --month YYYY-MM --reason TEXT``:
closing a report period (结账) stores its figures; reopening needs a reason.
Exit 0 done, 1 failed, 2 bad arguments."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.cli.common_args import Commands
from desktop.config import ledger_exists
from desktop.domain import report_periods
from desktop.domain.tr import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def add_commands(sub: Commands) -> None:
    close = sub.add_parser("close", help=QT_TRANSLATE_NOOP(
        "cli-help", "close a month's report: its figures are stored and never shift"))
    reopen = sub.add_parser("reopen", help=QT_TRANSLATE_NOOP(
        "cli-help", "reopen a closed month, with the reason"))
    for command in (close, reopen):
        command.add_argument("--month", required=True, metavar="YYYY-MM",
                             help=QT_TRANSLATE_NOOP("cli-help", "the month"))
    reopen.add_argument("--reason", required=True, metavar=QT_TRANSLATE_NOOP("cli-help", "TEXT"),
                        help=QT_TRANSLATE_NOOP("cli-help", "why it is reopened (written in the "
                                               "change log)"))


def run(args: argparse.Namespace, db_path: Path, with_services: Callable) -> int:
    from PySide6.QtCore import QCoreApplication  # not when the parser is built

    try:
        period = report_periods.parse_month(args.month)
    except ValueError:
        print(f"family-ledger {args.command}: " + QCoreApplication.translate(
            "cli", "{text} is not a month; write it as YYYY-MM.").format(text=args.month),
            file=sys.stderr)
        return EXIT_USAGE
    if not ledger_exists(db_path):
        print(QCoreApplication.translate("cli", "There is no data file at {path}.").format(
            path=db_path), file=sys.stderr)
        return EXIT_ERROR

    def work(services) -> int:  # noqa: ANN001
        if args.command == "close":
            closure = services.closing.close(period)
            print(QCoreApplication.translate(
                "cli", "Closed the report for {start} to {end} on {at}.").format(
                start=period.start.isoformat(), end=period.end.isoformat(),
                at=closure.closed_at.isoformat(sep=" ")))
        else:
            services.closing.reopen(period, args.reason)
            print(QCoreApplication.translate(
                "cli", "Reopened the report for {start} to {end}.").format(
                start=period.start.isoformat(), end=period.end.isoformat()))
        return EXIT_OK

    return with_services(db_path, work)
