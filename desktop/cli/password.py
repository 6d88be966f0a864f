"""The password on the command line: asked on the terminal without echo, or read from the
file named by ``--password-file`` (scheduled backups); never taken from an argument.

``password set|change|remove|encrypt|decrypt``, ``recovery-sheet --out F.pdf`` and
``recover --code-file F``. A password file holds one password a line: ``set`` the new one,
``change`` the current one then the new one, the others the current one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.i18n import reason_text
from desktop.logging_setup import log_dir_for
from desktop.services.safety.tries import Tries
from desktop.store import crypt
from desktop.system_errors import reason_of

EXIT_OK, EXIT_ERROR = 0, 1



# -- asking ---------------------------------------------------------------------------------
class NoSecret(Exception):
    """Neither a terminal nor a password file (or too few lines in it)."""


def ask(args: argparse.Namespace, prompts: list[str]) -> list[str]:
    name = getattr(args, "password_file", None)
    if name:
        try:
            lines = Path(name).expanduser().read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise NoSecret(QCoreApplication.translate("cli", "The password file {path} cannot be read: {reason}").format(
                path=name, reason=reason_text(reason_of(exc)))) from exc
        if len(lines) < len(prompts):
            raise NoSecret(QCoreApplication.translate("cli", "The password file {path} needs {count} lines.").format(
                path=name, count=len(prompts)))
        # an account's password, if one is needed, is on the line after these
        args.password_lines = max(getattr(args, "password_lines", 0), len(prompts))
        return lines[:len(prompts)]
    if not sys.stdin.isatty():
        raise NoSecret(QCoreApplication.translate("cli", "This ledger is protected by a password. There is no terminal to "
                          "ask it on: give it with --password-file FILE."))
    return [getpass.getpass(prompt) for prompt in prompts]


def ask_new(args: argparse.Namespace, before: list[str]) -> list[str]:
    """The ``before`` secrets, then a new password (twice on a terminal)."""
    if getattr(args, "password_file", None):
        return ask(args, [*before, QCoreApplication.translate("cli", "New password: ")])
    answers = ask(args, [*before, QCoreApplication.translate("cli", "New password: "), QCoreApplication.translate("cli", "The new password again: ")])
    if answers[-1] != answers[-2]:
        raise NoSecret(QCoreApplication.translate("cli", "The two new passwords differ. Nothing was changed."))
    return answers[:-1]


def plain_hash(db_path: Path) -> str:
    """The password hash in a plain file's settings ('' when none or unreadable)."""
    return crypt.plain_setting(db_path, "password_hash")


def protected(db_path: Path) -> bool:
    return db_path.is_file() and (crypt.is_encrypted(db_path) or bool(plain_hash(db_path)))


def check_password(db_path: Path, password: str) -> bool:
    if crypt.is_encrypted(db_path):
        return crypt.unlock(db_path, password) is not None
    from argon2 import PasswordHasher
    from argon2.exceptions import Argon2Error, InvalidHashError

    try:
        return PasswordHasher().verify(plain_hash(db_path), password)
    except (Argon2Error, InvalidHashError):
        return False


def unlock(args: argparse.Namespace, db_path: Path, record: bool = True) -> str | None:
    """Ask for the password of a protected ledger; its text, '' when none is set, or None
    after telling why not (no way to ask, or wrong: counted, a wait after five)."""
    if not protected(db_path):
        return ""
    tries = Tries(log_dir_for(db_path))
    wait = tries.wait_seconds()
    if wait > 0:
        print(QCoreApplication.translate("cli", "Five wrong passwords in a row: wait {seconds} s.").format(
            seconds=int(wait + 0.999)), file=sys.stderr)
        time.sleep(wait)
    try:
        (password,) = ask(args, [QCoreApplication.translate("cli", "Password: ")])
    except NoSecret as exc:
        print(exc, file=sys.stderr)
        return None
    if not check_password(db_path, password):
        if record:
            tries.failed()
        print(QCoreApplication.translate("cli", "The password is not correct. Nothing was changed."), file=sys.stderr)
        return None
    if record:
        tries.succeeded()
    return password


# -- commands -------------------------------------------------------------------------------
def run(args: argparse.Namespace, db_path: Path, with_services) -> int:  # type: ignore[no-untyped-def]
    if not db_path.is_file():
        print(QCoreApplication.translate("cli", "There is no data file at {path}.").format(path=db_path), file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.command == "recover":
            return _recover(args, db_path, with_services)
        if args.command == "password" and args.action == "set":
            return _set(args, db_path, with_services)
    except NoSecret as exc:
        print(exc, file=sys.stderr)
        return EXIT_ERROR
    current = unlock(args, db_path)
    if current is None:
        return EXIT_ERROR
    if not current:
        print(QCoreApplication.translate("cli", "No password is set for this ledger."), file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.command == "recovery-sheet":
            out = Path(args.out).expanduser().absolute()
            with_services(db_path, lambda s: s.encryption.write_recovery_sheet(
                current, out, dt.date.today()))
            print(QCoreApplication.translate("cli", "The recovery sheet was written to {path}. Print it, give it to the head "
                     "of the office to keep sealed, and delete the file.").format(path=out))
            return EXIT_OK
        if args.action == "change":
            # the password file's first line was the current password, the second is new
            new = (ask(args, ["", ""])[1] if getattr(args, "password_file", None)
                   else ask_new(args, [])[0])
            with_services(db_path, lambda s: s.encryption.change_password(current, new))
            print(QCoreApplication.translate("cli", "The password was changed; the old one no longer opens the ledger."))
        elif args.action == "remove":
            with_services(db_path, lambda s: s.encryption.remove_password(current))
            print(QCoreApplication.translate("cli", "The password was removed; the data file is stored plain."))
        elif args.action == "encrypt":
            with_services(db_path, lambda s: s.encryption.encrypt(current))
            print(QCoreApplication.translate("cli", "The data file is encrypted. Print a new recovery sheet: "
                     "family-ledger recovery-sheet --out FILE.pdf"))
        else:
            with_services(db_path, lambda s: s.encryption.decrypt(current))
            print(QCoreApplication.translate("cli", "The data file is stored plain now; the password still guards the "
                     "window and the commands."))
    except NoSecret as exc:
        print(exc, file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _set(args: argparse.Namespace, db_path: Path, with_services) -> int:  # type: ignore[no-untyped-def]
    if protected(db_path):
        print(QCoreApplication.translate("cli", "A password is set already; use: family-ledger password change"),
              file=sys.stderr)
        return EXIT_ERROR
    (new,) = ask_new(args, [])
    encrypt = not args.no_encrypt

    def work(services) -> list[Path]:  # type: ignore[no-untyped-def]
        services.encryption.set_password(new, encrypt=encrypt)
        if not encrypt:
            return []
        plain = services.encryption.plain_backups(services.backup.auto_dir)
        if args.old_backups == "encrypt":
            services.encryption.encrypt_backups(plain)
        elif args.old_backups == "delete":
            for path in plain:
                path.unlink(missing_ok=True)
        return plain

    plain = with_services(db_path, work)
    if not encrypt:
        print(QCoreApplication.translate("cli", "The password was set; the data file stays plain."))
        return EXIT_OK
    print(QCoreApplication.translate("cli", "The password was set and the data file is encrypted (its key file is {key}: "
             "copy both together).").format(key=crypt.key_path(db_path).name))
    if plain:
        done = {"keep": QCoreApplication.translate("cli", "These backups are still plain (not encrypted):"),
                "encrypt": QCoreApplication.translate("cli", "These backups were encrypted:"),
                "delete": QCoreApplication.translate("cli", "These plain backups were deleted:")}[args.old_backups]
        print(done)
        for path in plain:
            print(f"  {path}")
        if args.old_backups == "keep":
            print(QCoreApplication.translate("cli", "Run the command with --old-backups encrypt or delete, or delete them "
                     "yourself."))
    print(QCoreApplication.translate("cli", "Now print the recovery sheet: family-ledger recovery-sheet --out FILE.pdf"))
    return EXIT_OK


def _recover(args: argparse.Namespace, db_path: Path, with_services) -> int:  # type: ignore[no-untyped-def]
    from desktop.services.safety.encryption import normalize_code, recover_key

    try:
        code = normalize_code(Path(args.code_file).expanduser().read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        print(QCoreApplication.translate("cli", "The file {path} cannot be read: {reason}").format(
            path=args.code_file, reason=reason_text(reason_of(exc))),
            file=sys.stderr)
        return EXIT_ERROR
    tries = Tries(log_dir_for(db_path))
    if crypt.is_encrypted(db_path):
        recover_key(db_path, code)  # a wrong code: ValidationError, nothing changed
    (new,) = ask_new(args, [])
    with_services(db_path, lambda s: s.encryption.recover(code, new))
    tries.succeeded()
    print(QCoreApplication.translate("cli", "A new password was set with the recovery code (noted in the change log)."))
    return EXIT_OK
