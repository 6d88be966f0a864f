"""Amounts: stored as integer fen (分), typed and shown in yuan with two decimals."""

from __future__ import annotations

import re

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError

_YUAN = re.compile(r"^(\d{1,9})(?:\.(\d{0,2}))?$")
# Spaces, commas (also full-width), the yuan sign and the character for yuan.
_IGNORED = str.maketrans("", "", " ,\uff0c\u00a5\uffe5\u5143")
_FULL_WIDTH = str.maketrans({0xFF10 + i: str(i) for i in range(10)} | {0xFF0E: "."})

BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "errors", "{text} is not an amount. Type yuan with at most two decimals, like 1234.50.")


def parse_yuan(text: str, field: str | None = None) -> int | None:
    """Fen for a typed amount ('1,234.5', '¥80', full-width digits); None when blank."""
    cleaned = text.translate(_FULL_WIDTH).translate(_IGNORED)
    if not cleaned:
        return None
    match = _YUAN.match(cleaned)
    if not match:
        raise ValidationError(BAD_AMOUNT, field=field, text=text.strip())
    yuan, decimals = match.group(1), (match.group(2) or "")
    return int(yuan) * 100 + int(decimals.ljust(2, "0"))


def yuan_text(fen: int) -> str:
    """Plain yuan for an entry field: 123450 -> '1234.50'."""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def format_fen(fen: int) -> str:
    """For display: 123450 -> '¥1,234.50'."""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"
