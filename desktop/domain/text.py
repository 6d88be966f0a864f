"""Characters a text field refuses: control characters and bidirectional overrides.

A control character (U+0000-U+001F, U+007F) hides in a cell or a pasted text and breaks
files written later; a bidirectional override (U+202A-U+202E, U+2066-U+2069) makes a name
or a number display other than it is stored. The forms and the import refuse both with
the same reason; a line break is allowed where the field holds several lines (备注, 说明).
"""

from __future__ import annotations

import re

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError

FORBIDDEN_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", "This text holds an invisible control character ({code}): please type it again.")
_FORBIDDEN = re.compile("[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_FORBIDDEN_LINES = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def forbidden_character(value: str, lines: bool = False) -> str | None:
    """``U+XXXX`` of the first character the text may not hold, or None."""
    if value.isprintable():
        return None
    found = (_FORBIDDEN_LINES if lines else _FORBIDDEN).search(value)
    return f"U+{ord(found.group()):04X}" if found else None


def check_characters(value: str | None, field: str, lines: bool = False) -> None:
    """Raise ValidationError(field=...) for a control character or a bidi override."""
    code = forbidden_character(value or "", lines)
    if code is not None:
        raise ValidationError(FORBIDDEN_CHARACTER, field=field, code=code)
