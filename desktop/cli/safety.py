"""``family-ledger backup [--to DIR]`` and ``family-ledger restore FILE [--yes]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli.ledger import EXIT_ERROR, EXIT_OK
from desktop.config import backup_dir_for
from desktop.store.private import private_dir


def _no_file(db_path: Path) -> int:
    print(
        QCoreApplication.translate("cli", "There is no data file at {path}.").format(path=db_path),
        file=sys.stderr,
    )
    return EXIT_ERROR


def backup(args: argparse.Namespace, db_path: Path, with_services) -> int:  # noqa: ANN001
    if not db_path.is_file():
        return _no_file(db_path)
    target = Path(args.target).expanduser().absolute() if args.target else None
    if target is not None:
        private_dir(target)  # a new folder on a USB stick: made for her, owner-only
    info = with_services(db_path, lambda services: services.backup.back_up(target))
    print(
        QCoreApplication.translate("cli", "Backup written and verified: {path}").format(
            path=info.path
        )
    )
    print(
        QCoreApplication.translate(
            "cli", "{persons} persons, {records} records, {size:.1f} MB."
        ).format(persons=info.persons, records=info.records, size=info.size / 1e6)
    )
    return EXIT_OK


def restore(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.lock import DataLock
    from desktop.services.safety.restore import preview_restore, restore_and_log

    chosen = Path(args.file).expanduser().absolute()
    lock = DataLock(db_path)
    lock.acquire()
    try:
        preview = preview_restore(chosen)
        info = preview.info
        print(
            QCoreApplication.translate(
                "cli", "{path}: a backup of {date}, {persons} persons, {records} records."
            ).format(
                path=chosen,
                date=info.created.strftime("%Y-%m-%d %H:%M"),
                persons=info.persons,
                records=info.records,
            )
        )
        if not args.yes:
            print(
                QCoreApplication.translate(
                    "cli",
                    "Nothing was changed. Run the command again with --yes to replace the "
                    "data file {path} by this backup (the data file is backed up first).",
                ).format(path=db_path),
                file=sys.stderr,
            )
            return EXIT_ERROR
        safety = restore_and_log(db_path, chosen, backup_dir_for(db_path))
    finally:
        lock.release()
    print(QCoreApplication.translate("cli", "Restored into {path}.").format(path=db_path))
    if safety is not None:
        print(
            QCoreApplication.translate(
                "cli", "The data file it replaced was saved as {path}; restore that file to undo."
            ).format(path=safety)
        )
    return EXIT_OK
