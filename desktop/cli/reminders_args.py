"""The arguments of ``reminders`` and ``slips`` (argparse only: no Qt).

Their runner: ``desktop.cli.reminders``.
"""

from __future__ import annotations

import argparse

from desktop.cli import common_args
from desktop.cli.common_args import Commands
from desktop.domain.tr import QT_TRANSLATE_NOOP


def add_commands(sub: Commands) -> None:
    reminders = sub.add_parser(
        "reminders", help=QT_TRANSLATE_NOOP("cli-help", "list who is due for what")
    )
    slips = sub.add_parser(
        "slips", help=QT_TRANSLATE_NOOP("cli-help", "print notification slips to a PDF file")
    )
    for command in (reminders, slips):
        _add_selection(command)
    reminders.add_argument(
        "--format",
        choices=("table", "csv"),
        default="table",
        help=QT_TRANSLATE_NOOP(
            "cli-help", "a table to read, or csv for a spreadsheet (default table)"
        ),
    )
    common_args.out(slips)


def _add_selection(command: argparse.ArgumentParser) -> None:
    """Which reminders: the day, the days ahead, the kinds, the unit; and the ID numbers."""
    common_args.as_of(command)
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
    common_args.unit(command)
    common_args.full_ids(command)
