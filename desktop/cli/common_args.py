"""Options several commands share (argparse only: no Qt, no services).

Each helper adds one option with the same name, destination and help wherever it is used;
where a command words the help differently it passes its own text.
"""

from __future__ import annotations

import argparse
from typing import TypeAlias

from desktop.domain.tr import QT_TRANSLATE_NOOP

# What ``add_subparsers`` returns: each command group's ``add_commands(sub)`` adds to it.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

FULL_IDS = QT_TRANSLATE_NOOP(
    "cli-help", "full ID numbers instead of masked ones (noted in the change log)"
)
ONE_UNIT = QT_TRANSLATE_NOOP("cli-help", "only this unit and its sub-units")
FIRST_DAY = QT_TRANSLATE_NOOP("cli-help", "first day, YYYY-MM-DD")
LAST_DAY = QT_TRANSLATE_NOOP("cli-help", "last day (included), YYYY-MM-DD")
PDF_FILE = QT_TRANSLATE_NOOP("cli-help", "FILE.pdf")
PDF_TO_WRITE = QT_TRANSLATE_NOOP("cli-help", "the PDF to write")


def dates(
    parser: argparse.ArgumentParser,
    *,
    required: bool = False,
    first: str = FIRST_DAY,
    last: str = LAST_DAY,
) -> None:
    """``--from DATE --to DATE`` into ``date_from`` and ``date_to``."""
    for flag, dest, text in (("--from", "date_from", first), ("--to", "date_to", last)):
        parser.add_argument(
            flag,
            dest=dest,
            required=required,
            metavar=QT_TRANSLATE_NOOP("cli-help", "DATE"),
            help=text,
        )


def out(parser: argparse.ArgumentParser, metavar: str = PDF_FILE, text: str = PDF_TO_WRITE) -> None:
    """``--out FILE`` (required): the file the command writes, a PDF unless told otherwise."""
    parser.add_argument("--out", required=True, metavar=metavar, help=text)


def unit(parser: argparse.ArgumentParser) -> None:
    """``--unit NAME``: only this unit and its sub-units."""
    parser.add_argument("--unit", metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"), help=ONE_UNIT)


def full_ids(parser: argparse.ArgumentParser) -> None:
    """``--full-ids``: full ID numbers instead of masked ones."""
    parser.add_argument("--full-ids", action="store_true", help=FULL_IDS)


def as_of(parser: argparse.ArgumentParser) -> None:
    """``--as-of DATE`` into ``as_of``: the day a list is for (default today)."""
    parser.add_argument(
        "--as-of",
        dest="as_of",
        metavar=QT_TRANSLATE_NOOP("cli-help", "DATE"),
        help=QT_TRANSLATE_NOOP("cli-help", "the day the list is for, YYYY-MM-DD (default today)"),
    )
