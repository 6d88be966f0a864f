"""``import FILE [--dry-run] [--update]``, ``import --undo-last`` and ``export --out FILE``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.config import ledger_exists
from desktop.domain.idnumber import mask, normalize
from desktop.domain.values.exchange import PERSONS, ExchangeReadError, ImportPreview
from desktop.errors import LedgerError
from desktop.i18n import error_text
from desktop.services.exchange.mapping.auto import guess_mapping
from desktop.services.exchange.mapping.spec import load_mapping, save_mapping

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


def _no_file(db_path: Path) -> bool:
    if ledger_exists(db_path):
        return False
    print(QCoreApplication.translate("cli", "There is no data file at {path}.").format(
        path=db_path), file=sys.stderr)
    return True


def export(args: argparse.Namespace, db_path: Path, with_services) -> int:  # noqa: ANN001
    if args.transfer:
        return export_transfer(args, db_path, with_services)
    if args.move_out or args.destination:
        return _usage(QCoreApplication.translate("cli", "--move-out and --destination go with "
                                                        "--transfer."))
    if _no_file(db_path):
        return EXIT_ERROR
    result = with_services(db_path, lambda s: s.exchange.export(Path(args.out), args.full_ids))
    rows = sum(result.rows.values())
    if result.full_ids:
        done = QCoreApplication.translate(
            "cli", "Wrote {rows} rows with full ID numbers to {path} in {seconds:.1f} s.")
    else:
        done = QCoreApplication.translate("cli", "Wrote {rows} rows to {path} in {seconds:.1f} s.")
    print(done.format(rows=rows, path=result.path, seconds=result.seconds))
    return EXIT_OK


def _usage(message: str) -> int:
    print(f"family-ledger export: {message}", file=sys.stderr)
    return EXIT_USAGE


def export_transfer(args: argparse.Namespace, db_path: Path, with_services) -> int:  # noqa: ANN001
    """档案转出: the persons of --transfer (ID numbers) to a workbook with full ID numbers;
    with --move-out their 迁出 is recorded in the same step."""
    moved_on = None
    if args.move_out:
        try:
            moved_on = dt.date.fromisoformat(args.move_out.strip())
        except ValueError:
            return _usage(QCoreApplication.translate(
                "cli", "{text} is not a date; write it as YYYY-MM-DD.").format(text=args.move_out))
    elif args.destination:
        return _usage(QCoreApplication.translate("cli", "--destination goes with --move-out."))
    if _no_file(db_path):
        return EXIT_ERROR

    def work(services):  # noqa: ANN001, ANN202
        ids = []
        for text in args.transfer:
            found = services.persons.find_id_number(normalize(text))
            if found is None or found[2]:
                print(QCoreApplication.translate(
                    "cli", "No person in the register has the ID number {number}; nothing was "
                           "written.").format(number=mask(normalize(text)) or text[:4]),
                      file=sys.stderr)
                return None
            ids.append(found[0])
        return services.exchange.export_transfer(Path(args.out), ids, moved_on, args.destination)

    try:
        result = with_services(db_path, work)
    except LedgerError as exc:
        print(error_text(exc), file=sys.stderr)
        return EXIT_ERROR
    if result is None:
        return EXIT_ERROR
    print(QCoreApplication.translate(
        "cli", "Wrote the files of {persons} person(s), {rows} rows with full ID numbers, to "
               "{path} in {seconds:.1f} s.").format(
        persons=result.rows.get(PERSONS, 0), rows=sum(result.rows.values()), path=result.path,
        seconds=result.seconds))
    if moved_on is not None:
        print(QCoreApplication.translate("cli", "Recorded their move away (迁出) on {date}.")
              .format(date=moved_on.isoformat()))
    return EXIT_OK


def run_import(args: argparse.Namespace, db_path: Path, with_services) -> int:  # noqa: ANN001
    if getattr(args, "guess_mapping", None) and args.file:  # reads her file only, no ledger
        return write_guess(args)
    if _no_file(db_path):
        return EXIT_ERROR
    if args.undo_last:
        result = with_services(db_path, lambda s: s.exchange.undo_last_import())
        print(QCoreApplication.translate(
            "cli", "Undid the import {batch}: {removed} records removed, {restored} restored.")
            .format(batch=result.batch, removed=result.removed, restored=result.restored))
        return EXIT_OK
    if not args.file:
        print("family-ledger import: " + QCoreApplication.translate(
            "cli", "name the file to import, or give --undo-last."), file=sys.stderr)
        return EXIT_USAGE
    try:
        mapping = load_mapping(args.mapping) if getattr(args, "mapping", None) else None
    except ExchangeReadError as exc:
        print(QCoreApplication.translate("exchange", exc.template).format(**exc.params),
              file=sys.stderr)
        return EXIT_ERROR

    checked: list[ImportPreview] = []

    def work(services):  # noqa: ANN001, ANN202
        preview = services.exchange.check(Path(args.file), update=args.update, mapping=mapping)
        _report(preview)
        checked.append(preview)
        if args.dry_run or not preview.has_work:
            return None
        return services.exchange.run_import(preview)

    try:
        result = with_services(db_path, work)
    except LedgerError as exc:  # ExchangeReadError too: its template is in "exchange"
        print(error_text(exc), file=sys.stderr)
        return EXIT_ERROR
    if result is not None:
        if result.backup is not None:
            print(QCoreApplication.translate("cli", "Backed up the data first to {path}.").format(
                path=result.backup))
        print(QCoreApplication.translate(
            "cli", "Imported in {seconds:.1f} s (change-log batch {batch}).").format(
            seconds=result.seconds, batch=result.batch))
    elif args.dry_run:
        print(QCoreApplication.translate("cli", "Dry run: nothing was written."))
    return _exit_code(checked[0], args.dry_run, written=result is not None)


def _exit_code(preview: ImportPreview, dry_run: bool, written: bool) -> int:
    """0 every row imported (a dry run: no problem); 3 some rows rejected, the rest imported
    (a dry run: problems found); 1 rows rejected and nothing written."""
    if dry_run:
        return EXIT_REJECTED if preview.problems else EXIT_OK
    if preview.rejected and not written:
        print(QCoreApplication.translate("cli", "Nothing was imported: every row has a problem."),
              file=sys.stderr)
        return EXIT_ERROR
    return EXIT_REJECTED if preview.rejected else EXIT_OK


def write_guess(args: argparse.Namespace) -> int:
    """``import FILE --guess-mapping OUT.json``: the guessed mapping, for the clerk to edit."""
    if getattr(args, "mapping", None) or args.dry_run or args.update:
        print("family-ledger import: " + QCoreApplication.translate(
            "cli", "--guess-mapping writes a mapping and imports nothing: give it alone."),
            file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.guess_mapping)
    try:
        mapping = guess_mapping(Path(args.file))
        save_mapping(mapping, out)
    except ExchangeReadError as exc:
        print(QCoreApplication.translate("exchange", exc.template).format(**exc.params),
              file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(QCoreApplication.translate("errors", "The file {path} cannot be written: {reason}")
              .format(path=out, reason=exc.strerror or str(exc)), file=sys.stderr)
        return EXIT_ERROR
    line = QCoreApplication.translate(
        "cli", "{sheet}: as {target}, headers on row {row}, {columns} columns matched")
    for name, sheet in mapping.sheets.items():
        print(line.format(sheet=name, target=sheet.target, row=sheet.header_row,
                          columns=len(sheet.columns)))
    if not mapping.sheets:
        print(QCoreApplication.translate(
            "cli", "No sheet looks like one of the import format: map the sheets in {path} "
                   "by hand.").format(path=out))
    print(QCoreApplication.translate(
        "cli", "Wrote the guessed mapping to {path}: check it, then import with --mapping "
               "{path}.").format(path=out))
    return EXIT_OK


def _report(preview: ImportPreview) -> None:
    for problem in preview.problems:
        print(problem.line(QCoreApplication.translate(problem.context, problem.reason)))
    warning = QCoreApplication.translate("cli", "warning")
    for flagged in preview.warnings:  # imported as they are
        print(f"{warning}: " + flagged.line(
            QCoreApplication.translate(flagged.context, flagged.reason)))
    blank = QCoreApplication.translate("cli", "(blank)")
    for change in preview.changes:
        print(change.line(blank))
    line = QCoreApplication.translate(
        "cli", "{sheet}: {rows} rows, {add} to add, {update} to update, {rejected} rejected")
    for counts in preview.sheets:
        print(line.format(sheet=counts.sheet, rows=counts.rows, add=counts.to_add,
                          update=counts.to_update, rejected=counts.rejected))
    if preview.warnings:
        print(QCoreApplication.translate(
            "cli", "{count} row(s) are imported with a warning: 数据核查 will list them.")
            .format(count=len(preview.warnings)))
