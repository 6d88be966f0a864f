"""``family-ledger report monthly|period|card|roster``: the report's figures as PDF, .xlsx
or JSON, an archive card, a roster. Exit 0 done, 1 failed, 2 bad arguments."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.domain import report_periods
from desktop.domain.idnumber import normalize

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
FIGURE_SUFFIXES = (".pdf", ".xlsx", ".json")


class Usage(Exception):
    """A bad argument: printed after the command's name, exit 2."""


def run(args: argparse.Namespace, db_path: Path, with_services: Callable) -> int:
    try:
        out = Path(args.out)
        suffix = out.suffix.lower()
        allowed = FIGURE_SUFFIXES if args.report in ("monthly", "period") else (".pdf",)
        if suffix not in allowed:
            raise Usage(QCoreApplication.translate(
                "cli", "--out must end in {suffixes}.").format(suffixes=", ".join(allowed)))
        period = _period(args) if args.report in ("monthly", "period") else None
    except Usage as exc:
        return _usage(str(exc))
    if not db_path.is_file():
        print(QCoreApplication.translate("cli", "There is no data file at {path}.").format(
            path=db_path), file=sys.stderr)
        return EXIT_ERROR
    work = {"monthly": _figures, "period": _figures, "card": _card, "roster": _roster}[args.report]
    return with_services(db_path, lambda services: work(services, args, out, period))


def _period(args: argparse.Namespace) -> report_periods.Period:
    if args.report == "monthly":
        try:
            return report_periods.parse_month(args.month)
        except ValueError:
            raise Usage(QCoreApplication.translate(
                "cli", "{text} is not a month; write it as YYYY-MM.").format(text=args.month)) from None
    start, end = _date(args.date_from), _date(args.date_to)
    if start > end:
        raise Usage(QCoreApplication.translate("cli", "--from is after --to."))
    return report_periods.custom(start, end)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise Usage(QCoreApplication.translate(
            "cli", "{text} is not a date; write it as YYYY-MM-DD.").format(text=text)) from None


def _unit(services, name: str | None) -> int | None:  # noqa: ANN001
    if not name:
        return None
    node = services.units.find_by_name(name)
    if node is None:
        raise Usage(QCoreApplication.translate("cli", "there is no unit named {name}.").format(
            name=name))
    return node.id


def _figures(services, args, out: Path, period) -> int:  # noqa: ANN001
    from desktop.services.indicators import report_export
    from desktop.services.settings import CLERK_NAME

    try:
        unit_id = _unit(services, args.unit)
    except Usage as exc:
        return _usage(str(exc))
    # A closed period prints its stored figures (with the corrections since), unless
    # --current asks for today's data.
    closed = None if args.current else services.closing.report(period, unit_id)
    figures = closed.figures if closed else services.indicators.compute(period, unit_id)
    suffix = out.suffix.lower()
    if suffix == ".json":
        report_export.write_json(figures, out, closed)
    elif suffix == ".xlsx":
        report_export.write_xlsx(figures, out, full_ids=args.full_ids, closed=closed)
    else:
        from desktop.reports.monthly import write_report_pdf

        write_report_pdf(figures, out, clerk_name=services.settings.get(CLERK_NAME),
                         report_date=services.today(), head_name=args.head,
                         full_ids=args.full_ids, font_path=services.settings.pdf_font_path(),
                         today=services.today(), closed=closed)
    if args.full_ids and suffix != ".json":
        services.documents.log_full_ids(f"report {args.report}", out,
                                        len(figures.balance_breakers))
    balance = "" if figures.balance_ok else QCoreApplication.translate(
        "cli", " The balance does not hold: {count} persons break it.").format(
        count=len(figures.balance_breakers))
    mark = "" if closed is None else QCoreApplication.translate(
        "cli", " The period is closed: these are its stored figures ({count} corrections since).",
    ).format(count=len(closed.corrections))
    print(QCoreApplication.translate("cli", "Wrote the report for {start} to {end} to {path}.")
          .format(start=period.start.isoformat(), end=period.end.isoformat(), path=out)
          + balance + mark)
    return EXIT_OK


def _card(services, args, out: Path, _period) -> int:  # noqa: ANN001
    from desktop.reports.card import write_card_pdf

    found = services.persons.find_id_number(normalize(args.id_number))
    if found is None or found[2]:
        print(QCoreApplication.translate("cli", "There is no person with the ID number {id}.")
              .format(id=args.id_number), file=sys.stderr)
        return EXIT_ERROR
    pages = write_card_pdf(services.documents.card(found[0]), out, full_ids=args.full_ids,
                           font_path=services.settings.pdf_font_path())
    if args.full_ids:
        services.documents.log_full_ids("card", out, 1, person_id=found[0])
    print(QCoreApplication.translate("cli", "Wrote the card ({pages} pages) to {path}.").format(
        pages=pages, path=out))
    return EXIT_OK


def _roster(services, args, out: Path, _period) -> int:  # noqa: ANN001
    from desktop.domain.values.people import PersonQuery
    from desktop.reports.roster import write_roster_pdf
    from desktop.services.registers.document_titles import ROSTER_TITLE
    from desktop.services.settings import OFFICE_NAME

    try:
        query = PersonQuery(unit_id=_unit(services, args.unit))
    except Usage as exc:
        return _usage(str(exc))
    total = services.documents.roster_count(query)
    pages = write_roster_pdf(services.documents.roster_rows(query), out,
                             office_name=services.settings.get(OFFICE_NAME), title=ROSTER_TITLE,
                             full_ids=args.full_ids, as_of=services.today(), total=total,
                             font_path=services.settings.pdf_font_path())
    if args.full_ids:
        services.documents.log_full_ids("roster", out, total)
    print(QCoreApplication.translate(
        "cli", "Wrote the roster of {rows} persons ({pages} pages) to {path}.").format(
        rows=total, pages=pages, path=out))
    return EXIT_OK


def _usage(message: str) -> int:
    print(f"family-ledger report: {message}", file=sys.stderr)
    return EXIT_USAGE
