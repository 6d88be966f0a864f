"""Fast ruled tables drawn on the canvas, the header row repeated on every page.

reportlab's LongTable measures and splits the whole table again and again; here each row
is measured once (its lines, hence its height), drawn, and a page break simply closes
the block and redraws the header. Rules are batched per page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.reports.pages import Sheet

PAD = 2.5  # inner cell padding, points
HEADER_FILL = 0.9  # light grey behind the header row


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # relative weight, scaled to the table's width
    align: str = "left"  # left / center / right
    wrap: int = 1  # lines allowed before the text is cut with an ellipsis


class TableWriter:
    def __init__(self, sheet: Sheet, columns: Sequence[Column], *, size: float = 8.0,
                 header_size: float | None = None, row_height: float = 0.0,
                 x: float | None = None, width: float | None = None,
                 header: bool = True) -> None:
        self.sheet = sheet
        self.columns = list(columns)
        self.size = size
        self.header_size = header_size or size
        self.line = size * 1.3
        self.row_height = max(row_height, self.line + 2 * PAD)
        self.x = sheet.left if x is None else x
        total = (sheet.right - self.x) if width is None else width
        weight = sum(c.width for c in self.columns)
        self.widths = [total * c.width / weight for c in self.columns]
        self.edges = [self.x]
        for w in self.widths:
            self.edges.append(self.edges[-1] + w)
        self.with_header = header
        self.rows = 0
        self._top: float | None = None  # top of the current page's block
        self._rules: list[tuple[float, float, float, float]] = []
        self._run_top: float | None = None  # top of the rows sharing full-height verticals
        self._header_lines = [sheet.fonts.wrap(c.header, w - 2 * PAD, self.header_size, 2)
                              for c, w in zip(self.columns, self.widths, strict=True)]
        count = max(len(lines) for lines in self._header_lines)
        self.header_height = max(self.row_height, count * self.header_size * 1.25 + 2 * PAD)

    def row(self, cells: Sequence[object], *, spans: Sequence[int] | None = None) -> None:
        """One row; ``spans`` gives how many columns each cell covers (default 1 each)."""
        spans = spans or [1] * len(cells)
        fonts, size = self.sheet.fonts, self.size
        placed: list[tuple[int, int, list[str]]] = []
        col = 0
        height = self.row_height
        for value, span in zip(cells, spans, strict=True):
            text = "" if value is None else str(value)
            column = self.columns[col]
            width = self.edges[col + span] - self.edges[col] - 2 * PAD
            if column.wrap > 1 or span > 1:
                lines = fonts.wrap(text, width, size, max(column.wrap, 1))
            else:
                lines = [fonts.fit(text, width, size)] if text else []
            height = max(height, len(lines) * self.line + 2 * PAD)
            placed.append((col, span, lines))
            col += span
        if self._top is None or self.sheet.room() < height:
            self._page_break(height)
        self._draw_row(placed, height)
        self.rows += 1

    def _draw_row(self, placed: list[tuple[int, int, list[str]]], height: float) -> None:
        sheet, size, line = self.sheet, self.size, self.line
        top = sheet.y
        for col, span, lines in placed:
            if not lines:
                continue
            align = self.columns[col].align
            left, right = self.edges[col] + PAD, self.edges[col + span] - PAD
            x = left if align == "left" else right if align == "right" else (left + right) / 2
            first = top - (height - len(lines) * line) / 2
            for index, text in enumerate(lines):
                sheet.text(x, first - index * line - line / 2 - 0.35 * size, text, size, align)
        plain = len(placed) == len(self.columns)
        if not plain:  # a spanning row rules its own verticals; plain runs share theirs
            self._end_run(top)
        sheet.y -= height
        self._rules.append((self.x, sheet.y, self.edges[-1], sheet.y))
        if plain:
            if self._run_top is None:
                self._run_top = top
        else:
            for col, _, _ in placed[1:]:
                self._rules.append((self.edges[col], top, self.edges[col], sheet.y))

    def _end_run(self, bottom: float) -> None:
        if self._run_top is not None:
            for x in self.edges[1:-1]:
                self._rules.append((x, self._run_top, x, bottom))
            self._run_top = None

    def _page_break(self, height: float) -> None:
        self.close()
        need = height + (self.header_height if self.with_header else 0)
        if self.sheet.room() < need:
            self.sheet.new_page()
        self._top = self.sheet.y
        self._rules.append((self.x, self._top, self.edges[-1], self._top))
        if self.with_header:
            self._draw_header()

    def _draw_header(self) -> None:
        sheet, size = self.sheet, self.header_size
        top, height = sheet.y, self.header_height
        canvas = sheet.canvas
        canvas.saveState()
        canvas.setFillGray(HEADER_FILL)
        canvas.rect(self.x, top - height, self.edges[-1] - self.x, height, stroke=0, fill=1)
        canvas.restoreState()
        line = size * 1.25
        for col, lines in enumerate(self._header_lines):
            centre = (self.edges[col] + self.edges[col + 1]) / 2
            first = top - (height - len(lines) * line) / 2
            for index, text in enumerate(lines):
                sheet.text(centre, first - index * line - line / 2 - 0.35 * size, text, size,
                           "center")
        sheet.y -= height
        self._rules.append((self.x, sheet.y, self.edges[-1], sheet.y))
        self._run_top = top

    def close(self) -> None:
        """Outline the block on this page; the next row starts a new block."""
        if self._top is None:
            return
        bottom = self.sheet.y
        self._end_run(bottom)
        self._rules.append((self.x, self._top, self.x, bottom))
        self._rules.append((self.edges[-1], self._top, self.edges[-1], bottom))
        canvas = self.sheet.canvas
        canvas.setLineWidth(0.5)
        canvas.lines(self._rules)
        self._rules = []
        self._top = None
