"""``family-ledger sample --month YYYY-MM [--size N] [--redraw] --out SHEET.pdf``: draw
(or take again) a month's verification sample (核对抽查) and print its checking sheet.
Exit 0 done, 1 failed, 2 bad arguments."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.cli import common_args
from desktop.cli.common_args import Commands
from desktop.config import ledger_exists
from desktop.domain.tr import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def add_commands(sub: Commands) -> None:
    sample = sub.add_parser("sample", help=QT_TRANSLATE_NOOP(
        "cli-help", "draw a month's verification sample and print its checking sheet (PDF)"))
    sample.add_argument("--month", required=True, metavar="YYYY-MM",
                        help=QT_TRANSLATE_NOOP("cli-help", "the month the sample checks"))
    sample.add_argument("--size", type=int, metavar="N", help=QT_TRANSLATE_NOOP(
        "cli-help", "persons to draw (default: the settings, 5%% of the active persons, "
        "20 to 200)"))
    sample.add_argument("--redraw", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli-help", "replace the month's sample by a new draw (noted in the change log)"))
    common_args.out(sample, QT_TRANSLATE_NOOP("cli-help", "SHEET.pdf"))
    common_args.full_ids(sample)


def run(args: argparse.Namespace, db_path: Path, with_services: Callable) -> int:
    from PySide6.QtCore import QCoreApplication  # not at import: the parser is built first

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        return _usage(QCoreApplication.translate("cli", "--out must end in {suffixes}.")
                      .format(suffixes=".pdf"))
    if args.size is not None and args.size < 1:
        return _usage(QCoreApplication.translate("cli", "--size must be at least 1."))
    if not ledger_exists(db_path):
        print(QCoreApplication.translate("cli", "There is no data file at {path}.").format(
            path=db_path), file=sys.stderr)
        return EXIT_ERROR
    return with_services(db_path, lambda services: _sample(services, args, out))


def _sample(services, args: argparse.Namespace, out: Path) -> int:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    from desktop.reports.checking_sheet import write_checking_sheet
    from desktop.services.settings import CLERK_NAME, OFFICE_NAME

    before = services.samples.current(args.month)
    info = services.samples.draw(args.month, args.size, redraw=args.redraw)
    rows = services.samples.rows(info.id)
    pages = write_checking_sheet(
        info, rows, out, office_name=services.settings.get(OFFICE_NAME),
        clerk_name=services.settings.get(CLERK_NAME), printed_on=services.today(),
        full_ids=args.full_ids, font_path=services.settings.pdf_font_path())
    if args.full_ids:
        services.documents.log_full_ids("sample", out, len(rows))
    again = before is not None and before.id == info.id
    text = (QCoreApplication.translate(
        "cli", "The sample of {month} was drawn before ({size} persons); printed it again "
               "to {path} ({pages} pages).") if again else QCoreApplication.translate(
        "cli", "Drew {size} of {population} active persons for {month}; wrote the checking "
               "sheet to {path} ({pages} pages)."))
    print(text.format(month=info.month, size=info.size, population=info.population, path=out,
                      pages=pages))
    if again and args.size is not None and args.size != info.size:
        print(QCoreApplication.translate(
            "cli", "--size was not used: the month already has its sample; add --redraw to "
                   "draw it again."), file=sys.stderr)
    return EXIT_OK


def _usage(message: str) -> int:
    print(f"family-ledger sample: {message}", file=sys.stderr)
    return EXIT_USAGE
