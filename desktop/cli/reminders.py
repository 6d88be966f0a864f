"""``family-ledger reminders`` (a table or CSV) and ``family-ledger slips`` (a PDF of
notification slips), over ReminderService like the 提醒 page."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.config import ledger_exists
from desktop.domain.cells import csv_value
from desktop.domain.idnumber import mask
from desktop.domain.values.reminders import Reminder, ReminderKind, ReminderQuery
from desktop.i18n import kind_text, reminder_detail_text

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
CSV_COLUMNS = ("kind", "id_number", "name", "unit", "due_date", "days_overdue", "detail")
MAX_DAYS = 366


class Usage(Exception):
    """A bad argument: printed after the command's name, exit 2."""


def run(args: argparse.Namespace, db_path: Path, with_services: Callable) -> int:
    try:
        as_of = _date(args.as_of) if args.as_of else None
        kinds = frozenset(_kind(k) for k in args.kind)
        if args.days is not None and not 0 <= args.days <= MAX_DAYS:
            raise Usage(QCoreApplication.translate(
                "cli", "--days must be 0 to {limit}.").format(limit=MAX_DAYS))
    except Usage as exc:
        return _usage(args.command, str(exc))
    if not ledger_exists(db_path):
        print(QCoreApplication.translate("cli", "There is no data file at {path}.").format(
            path=db_path), file=sys.stderr)
        return EXIT_ERROR
    work = _list if args.command == "reminders" else _slips
    return with_services(db_path, lambda services: _in_services(
        services, args, as_of, kinds, work))


def _in_services(services, args, as_of, kinds, work) -> int:
    unit_id = None
    if args.unit:
        node = services.units.find_by_name(args.unit)
        if node is None:
            return _usage(args.command, QCoreApplication.translate(
                "cli", "there is no unit named {name}.").format(name=args.unit))
        unit_id = node.id
    days = args.days if args.days is not None else services.settings.reminder_horizon_days()
    query = ReminderQuery(as_of or services.today(), days, kinds, unit_id)
    return work(services, args, query)


def _list(services, args: argparse.Namespace, query: ReminderQuery) -> int:
    rows = 0
    if args.format == "csv":
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(CSV_COLUMNS)
        for chunk in services.reminders.stream(query):
            for r in chunk:
                out.writerow([csv_value(v) for v in (
                    r.kind.value, _id(r, args.full_ids), r.name, r.unit_name,
                    r.due_date.isoformat(), r.days_overdue, reminder_detail_text(r))])
            rows += len(chunk)
    else:
        headers = [QCoreApplication.translate("cli", "Kind"),
                   QCoreApplication.translate("cli", "ID number"),
                   QCoreApplication.translate("cli", "Name"),
                   QCoreApplication.translate("cli", "Unit"),
                   QCoreApplication.translate("cli", "Due"),
                   QCoreApplication.translate("cli", "Days overdue"),
                   QCoreApplication.translate("cli", "Detail")]
        table = [[kind_text(r.kind), _id(r, args.full_ids), r.name, r.unit_name,
                  r.due_date.isoformat(), str(r.days_overdue), reminder_detail_text(r)]
                 for chunk in services.reminders.stream(query) for r in chunk]
        rows = len(table)
        _print_table(headers, table)
        print(QCoreApplication.translate("cli", "{rows} reminders due by {until}.").format(
            rows=rows, until=query.until.isoformat()))
    if args.full_ids:
        services.reminders.log_full_ids(query, rows, "reminders", args.format)
    return EXIT_OK


def _slips(services, args: argparse.Namespace, query: ReminderQuery) -> int:
    from desktop.reports.slips import write_slips_pdf
    from desktop.services.settings import CLERK_NAME, CLERK_PHONE, OFFICE_NAME

    chosen: list[Reminder] = [r for chunk in services.reminders.stream(query) for r in chunk]
    if not chosen:
        print(QCoreApplication.translate(
            "cli", "No reminders due by {until}; no file was written.").format(
            until=query.until.isoformat()))
        return EXIT_OK
    out = Path(args.out).expanduser().absolute()
    settings = services.settings
    pages = write_slips_pdf(chosen, out, office_name=settings.get(OFFICE_NAME),
                            clerk_name=settings.get(CLERK_NAME),
                            clerk_phone=settings.get(CLERK_PHONE),
                            place=settings.service_place(), full_ids=args.full_ids,
                            font_path=settings.pdf_font_path())
    if args.full_ids:
        services.reminders.log_full_ids(query, len(chosen), "slips", str(out))
    print(QCoreApplication.translate(
        "cli", "Wrote {slips} slips on {pages} pages to {path}.").format(
        slips=len(chosen), pages=pages, path=out))
    return EXIT_OK


def _id(reminder: Reminder, full: bool) -> str:
    return reminder.id_number if full else mask(reminder.id_number)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise Usage(QCoreApplication.translate(
            "cli", "{text} is not a date; write it as YYYY-MM-DD.").format(text=text)) from None


def _kind(text: str) -> ReminderKind:
    try:
        return ReminderKind(text.strip())
    except ValueError:
        raise Usage(QCoreApplication.translate(
            "cli", "unknown reminder kind {name}; choose from {names}.").format(
            name=text, names=", ".join(k.value for k in ReminderKind))) from None


def _usage(command: str, message: str) -> int:
    print(f"family-ledger {command}: {message}", file=sys.stderr)
    return EXIT_USAGE


def _width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max([_width(h)] + [_width(row[i]) for row in rows])
              for i, h in enumerate(headers)]
    for line in [headers, *rows]:
        cells = [cell + " " * (width - _width(cell)) for cell, width in zip(line, widths, strict=True)]
        print("  ".join(cells).rstrip())
