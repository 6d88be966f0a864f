"""``family-ledger init --office NAME [--units A,B,...] [--clerk NAME]``: a new, empty ledger
set up as the first-run dialog sets it up (the same service). A ledger already in use is
refused with nothing changed; a data file this command created is removed again if the
setup fails. Exit 0 done, 1 refused or failed, 2 bad arguments."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.services.setup import OfficeSetup, unique_names
from desktop.store.private import private_dir

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
UNIT_SEPARATORS = re.compile(r"[,，、;；\n]")


def units_of(text: str | None) -> tuple[str, ...]:
    """``A,B`` with ASCII or Chinese commas (，、) or semicolons; blanks and repeats dropped."""
    return unique_names(UNIT_SEPARATORS.split(text or ""))


def run(args: argparse.Namespace, db_path: Path, with_services: Callable) -> int:
    setup = OfficeSetup(args.office, units_of(args.units), args.clerk or "")
    password = _account_password(args, with_services)
    if password is None:
        return EXIT_USAGE if getattr(args, "account", False) and not setup.clerk.strip() \
            else EXIT_ERROR
    created = not db_path.exists()
    private_dir(db_path.parent)
    try:
        with_services(db_path, lambda services: _set_up(services, setup, password))
    except BaseException:
        if created:
            _remove_new_file(db_path)
        raise
    print(QCoreApplication.translate(
        "cli", "Created the ledger {path}: office {office}, {units} units, clerk {clerk}.").format(
        path=db_path, office=" ".join(setup.office.split()), units=len(setup.units),
        clerk=" ".join(setup.clerk.split()) or "-"))
    return EXIT_OK


def _account_password(args: argparse.Namespace, with_services: Callable) -> str | None:
    """With ``--account``: her new password ('' without it); None after telling why not."""
    from desktop.cli.password import NoSecret

    if not getattr(args, "account", False):
        return ""
    if not (args.clerk or "").strip():
        print("family-ledger init: " + QCoreApplication.translate(
            "cli", "--account needs --clerk NAME: the account is hers."), file=sys.stderr)
        return None
    try:
        return str(with_services.secrets.new())
    except NoSecret as exc:
        print(exc, file=sys.stderr)
        return None


def _set_up(services, setup: OfficeSetup, password: str) -> None:  # noqa: ANN001
    services.setup.refuse_if_set_up()
    services.setup.set_up(setup)
    if password:  # the first account: from now on everyone signs in
        services.accounts.add(setup.clerk, password)


def _remove_new_file(db_path: Path) -> None:
    """Nothing half-made stays behind: the file and SQLite's companions, if any."""
    for path in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-journal", "-wal",
                                                                          "-shm"))):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            print(QCoreApplication.translate("cli", "{path} could not be removed.").format(
                path=path), file=sys.stderr)
