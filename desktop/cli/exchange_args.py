"""The arguments of ``export`` and ``import`` (argparse only: no Qt).

Their runners: ``desktop.cli.exchange`` (the exchange workbook, import, undo, mappings) and
``desktop.cli.ledger`` (one register with ``--register``).
"""

from __future__ import annotations

import argparse

from desktop.cli import common_args
from desktop.cli.common_args import Commands
from desktop.domain.tr import QT_TRANSLATE_NOOP


def add_commands(sub: Commands) -> None:
    _add_export(sub)
    _add_import(sub)


def _add_export(sub: Commands) -> None:
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
    common_args.dates(
        export,
        first=QT_TRANSLATE_NOOP("cli-help", "first day, YYYY-MM-DD (with --register)"),
        last=QT_TRANSLATE_NOOP("cli-help", "last day (included), YYYY-MM-DD (with --register)"),
    )
    common_args.out(
        export,
        QT_TRANSLATE_NOOP("cli-help", "FILE.xlsx"),
        QT_TRANSLATE_NOOP("cli-help", "the workbook to write"),
    )
    common_args.full_ids(export)
    _add_transfer(export)


def _add_transfer(export: argparse.ArgumentParser) -> None:
    """``--transfer ID... [--move-out DATE [--destination PLACE]]`` (档案转出)."""
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
        help=QT_TRANSLATE_NOOP("cli-help", "with --move-out: where they moved to (去向)"),
    )


def _add_import(sub: Commands) -> None:
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
