"""How many pages the reminder printouts take (no reportlab here: the page asks before it
prints): three slips to an A4 page, 27 signing-sheet rows to a page."""

from __future__ import annotations

SLIPS_PER_PAGE = 3
SHEET_ROWS = 27  # row height 26 pt under the title block


def pages_of(what: str, count: int) -> int:
    """Pages of ``count`` slips (``what`` = "slips") or signing-sheet rows (otherwise)."""
    return max(1, -(-count // (SLIPS_PER_PAGE if what == "slips" else SHEET_ROWS)))
