"""The arguments of ``report monthly|period|card|roster`` (argparse only: no Qt).

Their runner: ``desktop.cli.reports``.
"""

from __future__ import annotations

import argparse

from desktop.cli import common_args
from desktop.cli.common_args import Commands
from desktop.domain.tr import QT_TRANSLATE_NOOP


def add_commands(sub: Commands) -> None:
    report = sub.add_parser(
        "report",
        help=QT_TRANSLATE_NOOP(
            "cli-help", "the monthly (or another period's) report, an archive card or a roster"
        ),
    )
    kinds = report.add_subparsers(
        dest="report", metavar=QT_TRANSLATE_NOOP("cli-help", "DOCUMENT"), required=True
    )
    documents = (*_add_figures(kinds), _add_card(kinds), _add_roster(kinds))
    for command in documents:
        common_args.full_ids(command)


def _add_figures(kinds: Commands) -> tuple[argparse.ArgumentParser, ...]:
    """``monthly --month`` and ``period --from --to``: the report's figures."""
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
    common_args.dates(period, required=True)
    for command in (monthly, period):
        command.add_argument(
            "--current",
            action="store_true",
            help=QT_TRANSLATE_NOOP(
                "cli-help",
                "a closed period recomputed from today's data instead of its stored figures",
            ),
        )
        common_args.unit(command)
        common_args.out(
            command,
            QT_TRANSLATE_NOOP("cli-help", "FILE"),
            QT_TRANSLATE_NOOP(
                "cli-help", "the file to write; its ending (.pdf, .xlsx or .json) chooses the kind"
            ),
        )
        command.add_argument(
            "--head",
            default="",
            metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"),
            help=QT_TRANSLATE_NOOP("cli-help", "name on the PDF's line for the head of the unit"),
        )
    return monthly, period


def _add_card(kinds: Commands) -> argparse.ArgumentParser:
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
    common_args.out(card)
    return card


def _add_roster(kinds: Commands) -> argparse.ArgumentParser:
    roster = kinds.add_parser(
        "roster", help=QT_TRANSLATE_NOOP("cli-help", "the roster of the registered persons (PDF)")
    )
    common_args.unit(roster)
    common_args.out(roster)
    return roster
