"""A4 pages drawn straight on the canvas: a cursor running down the page, the document's
header on every page, "第 x 页 共 y 页" at the foot (the canvas keeps each finished page and
numbers them all when saving), and atomic output with progress and cancel.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import CancelledError, StorageError
from desktop.reports.styles import FOOTER_Y, MARGIN, PORTRAIT, Fonts
from desktop.store.leftovers import part_for
from desktop.system_errors import reason_of

ProgressFn = Callable[[int, int], "bool | None"]
TITLE_SIZE = 15.0
SUBTITLE_SIZE = 9.0
FOOTER_SIZE = 8.0
# PDF string escapes of each byte (reportlab's escapePDF, without its per-call overhead)
_ESCAPED = tuple(chr(i) if 32 <= i < 127 and chr(i) not in "()\\" else f"\\{i:03o}"
                 for i in range(256))


class NumberedCanvas(Canvas):
    """Defers every page until ``save`` so that each can say how many pages there are."""

    # reportlab's own internals, used here, that its stubs leave out
    _pagesize: tuple[float, float]
    _doc: PDFDocument
    _code: list[str]
    _startPage: Callable[[], None]

    def __init__(self, path: str, fonts: Fonts, **kwargs: Any) -> None:
        # The initial font: reportlab would otherwise reference Helvetica (never embedded).
        # (The stubs type initialFontName as a float; reportlab takes the font's name.)
        super().__init__(path, initialFontName=fonts.latin, **kwargs)  # type: ignore[arg-type]
        self._ledger_fonts = fonts
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        held, self._held = self._held, []
        for number, state in enumerate(held, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        draw_runs(self, self._ledger_fonts, width / 2, FOOTER_Y,
                  f"第 {number} 页 共 {total} 页", FOOTER_SIZE, "center")


def draw_runs(canvas: Canvas, fonts: Fonts, x: float, y: float, text: str, size: float,
              align: str = "left", bold: bool = False) -> None:
    """Draw mixed text in its own text object (for the few lines outside a table)."""
    runs = fonts.runs(text, bold)
    if align != "left":
        width = sum(stringWidth(piece, font, size) for font, piece in runs)
        x -= width if align == "right" else width / 2
    obj = canvas.beginText(x, y)
    if bold:  # the CJK font has no bold face: fill and stroke the outlines
        canvas.saveState()
        canvas.setLineWidth(size * 0.035)
        obj.setTextRenderMode(2)
    for font, piece in runs:
        obj.setFont(font, size)
        obj.textOut(piece)
    canvas.drawText(obj)
    if bold:
        canvas.restoreState()


class Sheet:
    """The document being drawn: pages, a cursor ``y`` and a text object per page (one
    BT..ET block holds a page's table text, much cheaper than one per string)."""

    def __init__(self, path: Path, fonts: Fonts, header: Callable[[Sheet], None] | None = None,
                 pagesize: tuple[float, float] = PORTRAIT, title: str = "") -> None:
        self.fonts = fonts
        self.canvas = NumberedCanvas(str(path), fonts, pagesize=pagesize, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setCreator("Family Ledger")
        self.header = header
        self.pagesize = pagesize
        self.pages = 0
        self.y = 0.0
        self._ops: list[str] = []  # this page's text operators, one BT..ET block
        self._tf: tuple[str, float] | None = None  # current font and size in that block
        self._font_objects: dict[str, TTFont] = {}
        self._subset_names: dict[tuple[str, int], str] = {}
        self._open = False

    @property
    def width(self) -> float:
        return self.pagesize[0]

    @property
    def height(self) -> float:
        return self.pagesize[1]

    @property
    def left(self) -> float:
        return MARGIN

    @property
    def right(self) -> float:
        return self.width - MARGIN

    @property
    def bottom(self) -> float:
        return MARGIN

    def room(self) -> float:
        return self.y - self.bottom

    def new_page(self, pagesize: tuple[float, float] | None = None) -> None:
        if self._open:
            self._flush()
            self.canvas.showPage()
        if pagesize is not None:
            self.pagesize = pagesize
        self.canvas.setPageSize(self.pagesize)
        self.pages += 1
        self._open = True
        self.y = self.height - MARGIN
        if self.header is not None:
            self.header(self)

    def ensure(self, height: float) -> bool:
        """Start a new page when ``height`` does not fit; True if it did."""
        if not self._open or self.room() < height:
            self.new_page()
            return True
        return False

    def text(self, x: float, y: float, text: str, size: float, align: str = "left") -> None:
        """Queue text on the page's one text block (regular weight). Written as PDF
        operators directly: reportlab's text object formats every number in pure Python
        and was two thirds of a long roster's time."""
        if not text:
            return
        runs = self.fonts.runs(text)
        if align != "left":
            width = sum(self.fonts.run_width(piece, font, size) for font, piece in runs)
            x -= width if align == "right" else width / 2
        ops = self._ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for font, piece in runs:
            for name, chunk in self._split(font, piece):
                if (name, size) != self._tf:
                    self._tf = (name, size)
                    ops.append(f"{name} {size:g} Tf")
                ops.append(f"({''.join(map(_ESCAPED.__getitem__, chunk))}) Tj")

    def _split(self, font_name: str, piece: str) -> list[tuple[str, bytes]]:
        font = self._font_objects.get(font_name)
        if font is None:
            # Every font of a sheet is a TrueType one (styles.load_fonts)
            font = self._font_objects[font_name] = cast(TTFont, pdfmetrics.getFont(font_name))
        doc = self.canvas._doc
        out = []
        for subset, chunk in font.splitString(piece, doc):
            name = self._subset_names.get((font_name, subset))
            if name is None:
                name = font.getSubsetInternalName(subset, doc)
                self._subset_names[(font_name, subset)] = name
            out.append((name, chunk))
        return out

    def strong(self, x: float, y: float, text: str, size: float, align: str = "left") -> None:
        draw_runs(self.canvas, self.fonts, x, y, text, size, align, bold=True)

    def title_block(self, title: str, subtitle_left: str = "", subtitle_right: str = "") -> None:
        """Centred bold title, then one small line left and right under it."""
        self.y -= TITLE_SIZE
        self.strong(self.width / 2, self.y, title, TITLE_SIZE, "center")
        self.y -= TITLE_SIZE * 0.6
        if subtitle_left or subtitle_right:
            self.y -= SUBTITLE_SIZE + 2
            self.text(self.left, self.y, subtitle_left, SUBTITLE_SIZE)
            self.text(self.right, self.y, subtitle_right, SUBTITLE_SIZE, "right")
            self.y -= 6

    def _flush(self) -> None:
        if self._ops:
            self.canvas._code.append("BT\n" + "\n".join(self._ops) + "\nET")
            self._ops = []
        self._tf = None

    def finish(self) -> int:
        if not self._open:
            self.new_page()
        self._flush()
        self.canvas.showPage()
        self.canvas.save()
        return self.pages


class Progress:
    """Calls ``fn(done, total)``; a False answer cancels (total 0: not known in advance)."""

    def __init__(self, fn: ProgressFn | None, total: int = 0) -> None:
        self.fn = fn
        self.total = total

    def __call__(self, done: int) -> None:
        if self.fn is None:
            return
        total = max(self.total, done) if self.total else 0
        if self.fn(done, total) is False:
            raise CancelledError(QT_TRANSLATE_NOOP(
                "errors", "The document was cancelled; no file was written."))


@contextmanager
def atomic_output(out: Path | str) -> Iterator[Path]:
    """A temporary file next to ``out``, moved over it only when the body succeeds."""
    out = Path(out)
    part = part_for(out)
    try:
        if not out.parent.is_dir():
            raise FileNotFoundError(2, os.strerror(2))
        yield part
        os.replace(part, out)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The file {path} cannot be written: {reason}"),
            path=str(out), reason=reason_of(exc),
        ) from exc
    finally:
        part.unlink(missing_ok=True)
