"""A rotating log file in the data folder that never holds ID numbers, phones or error texts.

Exception messages may quote what the clerk typed, so only the exception's type and the
traceback's frame lines are written; every line also goes through the masking filter.
"""

from __future__ import annotations

import logging
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILENAME = "family-ledger.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# 18 characters (17 digits + digit/X) or 15 digits, also inside longer text.
_ID18_RE = re.compile(r"(?<![0-9])\d{17}[0-9Xx](?![0-9])")
_ID15_RE = re.compile(r"(?<![0-9])\d{15}(?![0-9])")
_MOBILE_RE = re.compile(r"(?<![0-9])1[3-9]\d{9}(?![0-9])")


def _mask_match(match: re.Match[str]) -> str:
    text = match.group(0)
    return text[:3] + "*" * (len(text) - 5) + text[-2:]


def scrub(text: str) -> str:
    """Mask anything shaped like an ID number or a mobile number."""
    text = _ID18_RE.sub(_mask_match, text)
    text = _ID15_RE.sub(_mask_match, text)
    return _MOBILE_RE.sub(_mask_match, text)


def safe_traceback(exc_info) -> str:
    """Type and frame lines only: never the exception's message."""
    kind, _value, tb = exc_info
    lines = traceback.format_list(traceback.extract_tb(tb))
    name = kind.__name__ if kind is not None else "Exception"
    return "Traceback (most recent call last):\n" + "".join(lines) + name


class PrivacyFilter(logging.Filter):
    """Rewrites each record before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the template only
            message = str(record.msg)
        record.msg, record.args = scrub(message), None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = scrub(safe_traceback(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


class _SafeFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return scrub(safe_traceback(ei))


def log_dir_for(db_path: Path) -> Path:
    return db_path.parent / "logs"


def setup_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``folder/family-ledger.log`` (rotated); None when the folder cannot be used."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "family_ledger", False):
            return Path(handler.baseFilename)
    try:
        from desktop.store.private import private_dir, private_file

        private_dir(folder)
        handler = RotatingFileHandler(folder / LOG_FILENAME, maxBytes=MAX_BYTES,
                                      backupCount=BACKUP_COUNT, encoding="utf-8")
        private_file(folder / LOG_FILENAME)
    except OSError:
        return None  # a read-only data folder must not stop the app
    handler.family_ledger = True  # type: ignore[attr-defined]
    handler.setFormatter(_SafeFormatter(FORMAT))
    handler.addFilter(PrivacyFilter())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return folder / LOG_FILENAME


def close_logging() -> None:
    """Remove and close the file handler (tests; a second run in one process)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "family_ledger", False):
            root.removeHandler(handler)
            handler.close()
