"""The arguments of ``password``, ``recovery-sheet`` and ``recover`` (argparse only: no Qt).

Their runner: ``desktop.cli.password``.
"""

from __future__ import annotations

import argparse

from desktop.cli import common_args
from desktop.cli.common_args import Commands
from desktop.domain.tr import QT_TRANSLATE_NOOP


def add_commands(sub: Commands) -> None:
    def password_file(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--password-file", metavar=QT_TRANSLATE_NOOP("cli-help", "FILE"),
                            default=argparse.SUPPRESS, help=QT_TRANSLATE_NOOP(
                                "cli-help", "read the password(s) from FILE, one a line"))

    password = sub.add_parser("password", help=QT_TRANSLATE_NOOP(
        "cli-help", "set, change or remove the password"))
    actions = password.add_subparsers(dest="action", required=True,
                                      metavar=QT_TRANSLATE_NOOP("cli-help", "ACTION"))
    set_ = actions.add_parser("set", help=QT_TRANSLATE_NOOP(
        "cli-help", "set a password; the data file (on a server: its backups) is encrypted"))
    set_.add_argument("--no-encrypt", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli-help", "keep the data file plain (the password guards the window only)"))
    set_.add_argument("--old-backups", choices=("keep", "encrypt", "delete"), default="keep",
                      help=QT_TRANSLATE_NOOP(
                          "cli-help", "what to do with plain backups in the backups folder: "
                          "keep, encrypt or delete them (default keep)"))
    for name, text in (
            ("change", QT_TRANSLATE_NOOP(
                "cli-help", "change the password (the current one is asked)")),
            ("remove", QT_TRANSLATE_NOOP(
                "cli-help", "remove the password; the data file is decrypted (on a server: later "
                            "backups are plain)")),
            ("encrypt", QT_TRANSLATE_NOOP(
                "cli-help", "encrypt the data file (on a server: its backups) with the password "
                            "set")),
            ("decrypt", QT_TRANSLATE_NOOP(
                "cli-help", "keep the password but store the data file (on a server: later "
                            "backups) plain"))):
        actions.add_parser(name, help=text)
    for parser in actions.choices.values():
        password_file(parser)
    sheet = sub.add_parser("recovery-sheet", help=QT_TRANSLATE_NOOP(
        "cli-help", "print a new recovery code to a PDF (the one on an earlier sheet stops "
        "working)"))
    common_args.out(sheet)
    recover = sub.add_parser("recover", help=QT_TRANSLATE_NOOP(
        "cli-help", "forgotten password: set a new one with the recovery code"))
    recover.add_argument("--code-file", required=True,
                         metavar=QT_TRANSLATE_NOOP("cli-help", "FILE"), help=QT_TRANSLATE_NOOP(
                             "cli-help", "a text file holding the recovery code"))
    password_file(recover)
