"""The arguments of ``password``, ``recovery-sheet`` and ``recover`` (argparse only: no Qt)."""

from __future__ import annotations

import argparse


def add_commands(sub: argparse._SubParsersAction) -> None:
    def password_file(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--password-file", metavar="FILE", default=argparse.SUPPRESS,
                            help="read the password(s) from FILE, one a line")

    password = sub.add_parser("password", help="set, change or remove the password")
    actions = password.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_ = actions.add_parser("set", help="set a password; the data file is encrypted")
    set_.add_argument("--no-encrypt", action="store_true",
                      help="keep the data file plain (the password guards the window only)")
    set_.add_argument("--old-backups", choices=("keep", "encrypt", "delete"), default="keep",
                      help="what to do with plain backups in the backups folder (default keep)")
    for name, text in (("change", "change the password (the current one is asked)"),
                       ("remove", "remove the password; the data file is decrypted"),
                       ("encrypt", "encrypt the data file with the password set"),
                       ("decrypt", "keep the password but store the data file plain")):
        actions.add_parser(name, help=text)
    for parser in actions.choices.values():
        password_file(parser)
    sheet = sub.add_parser("recovery-sheet", help="print a new recovery code to a PDF "
                                                  "(the one on an earlier sheet stops working)")
    sheet.add_argument("--out", required=True, metavar="FILE.pdf")
    recover = sub.add_parser("recover", help="forgotten password: set a new one with the "
                                             "recovery code")
    recover.add_argument("--code-file", required=True, metavar="FILE",
                         help="a text file holding the recovery code")
    password_file(recover)
