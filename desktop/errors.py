"""Typed errors of the core, with a message meant for the clerk.

The message is an English source string with ``{name}`` placeholders, marked for
translation in the ``errors`` context; front ends translate it and then format it.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "errors"


class LedgerError(Exception):
    """Base of every error the clerk may see."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(self.format(template))

    def format(self, template: str) -> str:
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(LedgerError):
    """Bad input in a form, a file or a command line."""


class DuplicateError(ValidationError):
    """A record that must be unique already exists."""


class NotFoundError(LedgerError):
    """The record asked for does not exist (or is in the recycle bin)."""


class ConflictError(LedgerError):
    """The operation is not allowed in the record's current state."""


class StaleRecordError(ConflictError):
    """Another clerk saved the record after this form read it; nothing was saved.
    ``changed_fields`` are the stored names of what she changed (the front end labels them)."""

    def __init__(self, template: str, changed_fields: tuple[str, ...] = (),
                 **params: Any) -> None:
        self.changed_fields = changed_fields
        super().__init__(template, **params)


class StorageError(LedgerError):
    """The database file cannot be used; the data in it is untouched."""


class NotALedgerFileError(StorageError):
    pass


class SchemaTooNewError(StorageError):
    pass


class DatabaseLockedError(StorageError):
    pass


class CancelledError(LedgerError):
    """The clerk stopped a long task (a document, an export); nothing was written."""
