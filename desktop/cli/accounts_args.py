"""The arguments of ``accounts add|list|passwd|disable|enable``, ``--user`` and ``init --account``
(argparse only: no Qt)."""

from __future__ import annotations

import argparse

from desktop.domain.tr import QT_TRANSLATE_NOOP


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"), help=(
        QT_TRANSLATE_NOOP("cli-help", "your account, once the ledger has accounts: your "
                          "password is asked on the terminal or read from --password-file")))


def add_commands(sub: argparse._SubParsersAction) -> None:
    init = sub.choices.get("init")
    if init is not None:
        init.add_argument("--account", action="store_true", help=QT_TRANSLATE_NOOP(
            "cli-help", "with --clerk: also make her account with a password (asked, or "
                        "read from --password-file); from then on everyone signs in"))
    accounts = sub.add_parser("accounts", help=QT_TRANSLATE_NOOP(
        "cli-help", "the clerks' accounts: add, list, change a password, disable, enable "
                    "(any signed-in clerk may)"))
    actions = accounts.add_subparsers(dest="action", required=True,
                                      metavar=QT_TRANSLATE_NOOP("cli-help", "ACTION"))
    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP(
        "cli-help", "add a clerk's account (the first one makes everyone sign in)"))
    passwd = actions.add_parser("passwd", help=QT_TRANSLATE_NOOP(
        "cli-help", "set a new password for an account"))
    disable = actions.add_parser("disable", help=QT_TRANSLATE_NOOP(
        "cli-help", "stop an account from signing in (its name stays in the change log)"))
    enable = actions.add_parser("enable", help=QT_TRANSLATE_NOOP(
        "cli-help", "let a disabled account sign in again"))
    for parser in (add, passwd, disable, enable):
        parser.add_argument("name", metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"),
                            help=QT_TRANSLATE_NOOP("cli-help", "the clerk's name"))
    actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "cli-help", "list the accounts, whether each can sign in, and the last sign-in"))
