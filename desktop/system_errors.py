"""System and library failures as reasons the clerk can read (no Qt: the core uses it too).

An ``OSError``'s ``strerror`` ("No such file or directory"), a damaged zip's "invalid Zip
archive" or SQLite's "disk I/O error" are English and technical. ``reason_of`` turns such an
exception into a ``Reason``: an English source sentence marked for translation, which
``desktop.i18n.error_text`` translates when it fills an error's ``{reason}``. ``file_error``
wraps a failure that reached a front end unexplained into a whole sentence naming the file.
"""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path
from typing import Any

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import LedgerError, StorageError

CONTEXT = "errors"


class Reason(str):
    """A reason inside an error message; its text is the English source, ``params`` fill it
    after translation."""

    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Reason:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template = template
        made.params = params
        return made

    template: str


NOT_FOUND = QT_TRANSLATE_NOOP("errors", "the file or folder does not exist")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "permission denied: check the permissions of the file or folder, or choose "
    "another place")
DISK_FULL = QT_TRANSLATE_NOOP("errors", "the disk is full; free some space, then try again")
READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "the disk is read-only, for example a write-protected USB stick")
IS_FOLDER = QT_TRANSLATE_NOOP("errors", "it is a folder, not a file")
NOT_FOLDER = QT_TRANSLATE_NOOP("errors", "a part of the path is a file, not a folder")
EXISTS = QT_TRANSLATE_NOOP("errors", "it already exists")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("errors", "the name is too long")
BAD_NAME = QT_TRANSLATE_NOOP("errors", "the name holds characters the system does not allow")
DISK_ERROR = QT_TRANSLATE_NOOP(
    "errors", "the disk could not be read or written; it may be damaged or was removed")
IN_USE = QT_TRANSLATE_NOOP("errors", "another program is using it")
SYSTEM_CODE = QT_TRANSLATE_NOOP("errors", "system error, code {code}")
BAD_ZIP = QT_TRANSLATE_NOOP(
    "errors", "it is not a valid workbook: the file is damaged, or another kind of file was "
    "renamed")
BAD_ENCODING = QT_TRANSLATE_NOOP(
    "errors", "its text is in an unknown encoding; UTF-8 or GBK/GB18030 is expected")
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "errors", "it is damaged or is not a database file")
DB_LOCKED = QT_TRANSLATE_NOOP("errors", "another program is using the data file")
DB_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "errors", "the data file cannot be opened or written; check its folder's permissions")
DB_ERROR = QT_TRANSLATE_NOOP("errors", "the database could not be read or written")
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "its contents could not be understood: the file is damaged, or another kind of "
    "file")
FILE_FAILED = QT_TRANSLATE_NOOP("errors", "The file {path} cannot be used: {reason}.")
FAILED = QT_TRANSLATE_NOOP("errors", "The operation failed: {reason}. Nothing was saved.")

_ERRNO = {
    errno.ENOENT: NOT_FOUND,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.ENOSPC: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EISDIR: IS_FOLDER,
    errno.ENOTDIR: NOT_FOLDER,
    errno.EEXIST: EXISTS,
    errno.ENOTEMPTY: EXISTS,
    errno.ENAMETOOLONG: NAME_TOO_LONG,
    errno.EINVAL: BAD_NAME,
    errno.EIO: DISK_ERROR,
    errno.EBUSY: IN_USE,
    errno.ETXTBSY: IN_USE,
}
if hasattr(errno, "EDQUOT"):
    _ERRNO[errno.EDQUOT] = DISK_FULL

# The database reports by message; the first fitting phrase wins.
_SQLITE = (
    ("database or disk is full", DISK_FULL),
    ("disk i/o error", DISK_ERROR),
    ("readonly database", READ_ONLY),
    ("database is locked", DB_LOCKED),
    ("file is not a database", NOT_A_DATABASE),
    ("malformed", NOT_A_DATABASE),
    ("unable to open database file", DB_CANNOT_OPEN),
)


def reason_of(exc: BaseException) -> Reason:
    """Why it failed, in a few words marked for translation."""
    if isinstance(exc, LedgerError):  # a check of our own: its message is the reason
        return Reason(exc.template, **exc.params)
    if isinstance(exc, UnicodeError):
        return Reason(BAD_ENCODING)
    if isinstance(exc, zipfile.BadZipFile):
        return Reason(BAD_ZIP)
    if isinstance(exc, OSError) and exc.errno is not None:
        template = _ERRNO.get(exc.errno)
        return Reason(template) if template else Reason(SYSTEM_CODE, code=exc.errno)
    database = _database_error(exc)
    if database is not None:
        return database
    if "zip archive" in str(exc).lower():  # calamine's own error for a damaged workbook
        return Reason(BAD_ZIP)
    if isinstance(exc, OSError):
        return Reason(DISK_ERROR)
    return Reason(UNREADABLE)


def _database_error(exc: BaseException) -> Reason | None:
    from desktop.store.crypt import database_errors  # the drivers' classes (not at import)

    inner = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    if not isinstance(inner, database_errors()):
        return None
    text = str(inner).lower()
    for phrase, template in _SQLITE:
        if phrase in text:
            return Reason(template)
    return Reason(DB_ERROR)


def file_error(exc: BaseException, path: Path | str | None = None) -> StorageError:
    """A failure that reached a front end unexplained, as one sentence naming the file (the
    exception's own file name first)."""
    named = getattr(exc, "filename", None) or path
    if named:
        return StorageError(FILE_FAILED, path=str(named), reason=reason_of(exc))
    return StorageError(FAILED, reason=reason_of(exc))


def system_failures() -> tuple[type[BaseException], ...]:
    """What a front end turns into a sentence with ``file_error``."""
    from sqlalchemy.exc import DBAPIError  # not at import: the help starts without it

    from desktop.store.crypt import database_errors

    return (OSError, zipfile.BadZipFile, DBAPIError, UnicodeError, *database_errors())
