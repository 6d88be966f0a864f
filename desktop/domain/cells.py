"""Text bound for a spreadsheet cell: never evaluated, never refused by the file format.

Text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel and WPS when it is typed; every xlsx and csv the ledger writes keeps it as text. In
csv (the OWASP rule) it gets a leading apostrophe, which Excel hides and does not
evaluate; in xlsx it is written as a string cell (see ``sheet_value``). Characters XML 1.0
cannot carry, and the bidirectional overrides, are dropped on write so that one bad character never stops an export.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 cannot carry, DEL, and the bidirectional overrides (refused on entry too).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


def xml_text(text: str) -> str:
    """The text without the characters an xlsx cannot hold (a line break and tab stay)."""
    return text if text.isprintable() else _XML_ILLEGAL.sub("", text)


def formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START)


def csv_value(value: object) -> object:
    """A csv cell's value: formula-like text behind an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def sheet_value(sheet: WriteOnlyWorksheet, value: object) -> object:
    """A value for openpyxl's ``sheet.append``: text is cleaned, and formula-like text
    becomes a string cell (openpyxl would otherwise write it as a formula)."""
    if not isinstance(value, str):
        return value
    value = xml_text(value)
    if not value.startswith(FORMULA_START):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, None)
    # set without openpyxl's formula detection (a private field its stubs omit)
    cell._value = value  # type: ignore[attr-defined]  # noqa: SLF001
    cell.data_type = "s"
    return cell
