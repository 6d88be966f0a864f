"""The office password on a server's ledger (``password``, ``recovery-sheet``, ``recover``
with ``--db postgresql://...``).

A server keeps its own files, so there is no data file to encrypt: the office password
guards the window (as on one PC) and, with encryption on, every backup dump the app writes
(see EncryptionService). The password file's lines come in the same order as on a file:
first the office password's (one; two for ``password change``), then her account password.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.cli.password import NoSecret, ask, ask_new

EXIT_OK, EXIT_ERROR = 0, 1
WithServices = Callable[[str, Callable[[Any], Any]], Any]


def run(args: argparse.Namespace, url: str, with_services: WithServices) -> int:
    try:
        if args.command == "recover":
            return _recover(args, url, with_services)
        if args.command == "recovery-sheet":
            (current,) = ask(args, [QCoreApplication.translate("cli", "Office password: ")])
            out = Path(args.out).expanduser().absolute()
            with_services(url, lambda s: s.encryption.write_recovery_sheet(
                current, out, dt.date.today()))
            print(QCoreApplication.translate("cli", "The recovery sheet was written to {path}. Print it, give it to the head "
                      "of the office to keep sealed, and delete the file.").format(path=out))
            return EXIT_OK
        return _password(args, url, with_services)
    except NoSecret as exc:
        print(exc, file=sys.stderr)
        return EXIT_ERROR


def _password(args: argparse.Namespace, url: str, with_services: WithServices) -> int:
    action = args.action
    if action == "set":
        (new,) = ask_new(args, [])
        encrypt = not args.no_encrypt
        with_services(url, lambda s: s.encryption.set_password(new, encrypt=encrypt))
        print(QCoreApplication.translate("cli", "The password was set and the server's backups are encrypted from now on "
                  "(earlier ones stay as they are). Now print the recovery sheet: "
                  "family-ledger recovery-sheet --out FILE.pdf") if encrypt else
              QCoreApplication.translate("cli", "The password was set; the server's backups stay plain."))
        return EXIT_OK
    if action == "change":
        if getattr(args, "password_file", None):
            current, new = ask(args, ["", ""])
        else:
            (current,) = ask(args, [QCoreApplication.translate("cli", "Office password: ")])
            (new,) = ask_new(args, [])
        with_services(url, lambda s: s.encryption.change_password(current, new))
        print(QCoreApplication.translate("cli", "The password was changed; the old one no longer opens the ledger."))
        return EXIT_OK
    (current,) = ask(args, [QCoreApplication.translate("cli", "Office password: ")])
    if action == "remove":
        with_services(url, lambda s: s.encryption.remove_password(current))
        print(QCoreApplication.translate("cli", "The password was removed; the server's backups are written plain from "
                  "now on."))
    elif action == "encrypt":
        with_services(url, lambda s: _encrypt(s, current))
        print(QCoreApplication.translate("cli", "The server's backups are encrypted from now on. Print a new recovery "
                  "sheet: family-ledger recovery-sheet --out FILE.pdf"))
    else:
        with_services(url, lambda s: _decrypt(s, current))
        print(QCoreApplication.translate("cli", "The server's backups are written plain from now on; earlier ones stay "
                  "encrypted."))
    return EXIT_OK


def _encrypt(services: Any, current: str) -> None:
    _check_current(services, current)
    services.encryption.encrypt(current)


def _decrypt(services: Any, current: str) -> None:
    _check_current(services, current)
    services.encryption.decrypt(current)


def _check_current(services: Any, current: str) -> None:
    """The office password typed is the one set (none set: not correct either)."""
    from desktop.services.safety.encryption import wrong_password

    if not services.encryption.verify(current):
        raise wrong_password()


def _recover(args: argparse.Namespace, url: str, with_services: WithServices) -> int:
    from desktop.i18n import reason_text
    from desktop.services.safety.encryption import normalize_code
    from desktop.system_errors import reason_of

    try:
        code = normalize_code(Path(args.code_file).expanduser().read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        print(QCoreApplication.translate("cli", "The file {path} cannot be read: {reason}").format(
            path=args.code_file, reason=reason_text(reason_of(exc))), file=sys.stderr)
        return EXIT_ERROR
    (new,) = ask_new(args, [])
    with_services(url, lambda s: s.encryption.recover(code, new))
    print(QCoreApplication.translate("cli", "A new password was set with the recovery code (noted in the change log)."))
    return EXIT_OK

