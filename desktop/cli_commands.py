"""The subcommands behind cli.py; messages through Qt's translations (QtCore only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.config import backup_dir_for
from desktop.errors import LedgerError
from desktop.i18n import error_text, install_translators

EXIT_OK, EXIT_ERROR = 0, 1


def run(args: argparse.Namespace, db_path: Path) -> int:
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translators = install_translators(app, args.lang)  # noqa: F841 - keep alive
    try:
        if args.command == "demo":
            return _demo(args, db_path)
        if args.command == "check":
            return _check(db_path)
    except LedgerError as exc:
        print(error_text(exc), file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(
            QCoreApplication.translate("cli", "The file cannot be written: {reason}").format(
                reason=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    return EXIT_ERROR


def _demo(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.lock import DataLock
    from desktop.services.container import build_services
    from desktop.services.demo import generate_demo
    from desktop.store.db import open_database

    if args.persons < 1:
        print(QCoreApplication.translate("cli", "--persons must be at least 1."), file=sys.stderr)
        return 2
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = DataLock(db_path)
    lock.acquire()
    try:
        engine = open_database(db_path, backup_dir_for(db_path))
        try:
            services = build_services(engine)
            result = generate_demo(services, args.persons, seed=args.seed, force=args.force)
        finally:
            engine.dispose()
    finally:
        lock.release()
    print(
        QCoreApplication.translate(
            "cli",
            "Added {persons} demo persons with {children} children in {seconds:.1f} s to {path}.",
        ).format(
            persons=result.persons, children=result.children, seconds=result.seconds, path=db_path
        )
    )
    return EXIT_OK


def _check(db_path: Path) -> int:
    from desktop.store.check import check_file

    report = check_file(db_path)
    print(
        QCoreApplication.translate(
            "cli",
            "{path}: a Family Ledger data file, schema version {revision}, {persons} persons, "
            "integrity check passed.",
        ).format(path=report.path, revision=report.revision, persons=report.persons)
    )
    if not report.up_to_date:
        print(
            QCoreApplication.translate(
                "cli",
                "It was written by an older version and will be upgraded (after a copy) "
                "when the app opens it.",
            )
        )
    return EXIT_OK
