"""Signing in on the command line, and ``accounts add|list|passwd|disable``.

Once a ledger has accounts, every command names hers with ``--user NAME``; her password is
asked on the terminal (no echo) or read from ``--password-file``. One file serves both
passwords: the lines the office password needs come first (one line; two for ``password
change``), then hers, then (for ``accounts add|passwd``) the new account password.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.cli.password import NoSecret, ask

EXIT_OK = 0
WithServices = Callable[[Path | str, Callable[[Any], Any]], Any]


class SignInMissing(Exception):
    """``--user`` is missing, or given for a ledger without accounts (a usage error: exit 2;
    not a LedgerError, so that no command's own error handling turns it into exit 1)."""


class Secrets:
    """The next secrets of this command: from the terminal, or from the password file's
    lines after those the office password took."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args
        self._taken = 0

    def next(self, prompt: str) -> str:
        if not getattr(self._args, "password_file", None):
            return ask(self._args, [prompt])[0]
        start = getattr(self._args, "password_lines", 0) + self._taken
        lines = ask(_without_count(self._args), ["" for _ in range(start + 1)])
        self._taken += 1
        return lines[start]

    def new(self) -> str:
        """A new password (typed twice on a terminal)."""
        first = self.next(QCoreApplication.translate("cli", "New password for the account: "))
        if getattr(self._args, "password_file", None):
            return first
        again = self.next(QCoreApplication.translate("cli", "The new password again: "))
        if again != first:
            raise NoSecret(QCoreApplication.translate(
                "cli", "The two new passwords differ. Nothing was changed."))
        return first


def _without_count(args: argparse.Namespace) -> argparse.Namespace:
    """``args`` for reading the file again without counting its lines as the office's."""
    return argparse.Namespace(password_file=args.password_file)


class SignIn:
    """Wraps ``with_services``: before the work, the account named by ``--user`` signs in
    (once per command; the change log names her)."""

    def __init__(self, args: argparse.Namespace, inner: WithServices) -> None:
        self._args = args
        self._inner = inner
        self.secrets = Secrets(args)
        self.name: str | None = None

    def __call__(self, db_path: Path | str, work: Callable[[Any], Any]) -> Any:
        return self._inner(db_path, lambda services: work(self.sign(services)))

    def sign(self, services: Any) -> Any:
        if self.name is not None:
            services.user.account = self.name
            return services
        user = getattr(self._args, "user", None)
        if not services.accounts.any():
            if user:
                raise SignInMissing(QCoreApplication.translate(
                    "cli", "This ledger has no accounts yet; leave out --user (or add one: "
                           "family-ledger accounts add NAME)."))
            return services
        if not user:
            raise SignInMissing(QCoreApplication.translate(
                "cli", "This ledger has accounts: sign in with --user NAME (your password "
                       "is asked, or read from --password-file)."))
        password = self.secrets.next(QCoreApplication.translate(
            "cli", "Password of {name}: ").format(name=user))
        services.sign_in(user, password)
        self.name = services.user.account
        return services


# -- accounts add|list|passwd|disable ---------------------------------------------------------
def run(args: argparse.Namespace, db_path: Path | str, signed: SignIn) -> int:
    def work(services: Any) -> int:
        action = args.action
        if action == "list":
            return _list(services)
        if action == "add":
            services.accounts.add(args.name, signed.secrets.new())
            print(QCoreApplication.translate("cli", "Added the account {name}; from now on "
                                                    "everyone signs in.").format(name=args.name))
        elif action == "passwd":
            services.accounts.change_password(args.name, signed.secrets.new())
            print(QCoreApplication.translate(
                "cli", "The password of {name} was changed.").format(name=args.name))
        elif action == "enable":
            services.accounts.enable(args.name)
            print(QCoreApplication.translate(
                "cli", "The account {name} can sign in again.").format(name=args.name))
        else:
            services.accounts.disable(args.name)
            print(QCoreApplication.translate(
                "cli", "The account {name} can no longer sign in.").format(name=args.name))
        return EXIT_OK

    try:
        return int(signed(db_path, work))
    except NoSecret as exc:
        print(exc, file=sys.stderr)
        return 1


def _list(services: Any) -> int:
    rows = services.accounts.list()
    if not rows:
        print(QCoreApplication.translate(
            "cli", "This ledger has no accounts: it opens without signing in."))
    for row in rows:
        state = (QCoreApplication.translate("cli", "can sign in") if row.active else
                 QCoreApplication.translate("cli", "disabled on {date}").format(
                     date=row.disabled_at.strftime("%Y-%m-%d")))
        last = (row.last_sign_in_at.strftime("%Y-%m-%d %H:%M") if row.last_sign_in_at else
                QCoreApplication.translate("cli", "never signed in"))
        print(f"{row.name}\t{row.created_at:%Y-%m-%d}\t{state}\t{last}")
    return EXIT_OK
