"""Fonts, page sizes and text drawing shared by every printed document.

The bundled CJK font (Droid Sans Fallback) has no Latin letters or digits, so text is
drawn in runs: characters the main font has in its main font, the rest in Bitstream Vera
(shipped inside reportlab). Both are TrueType, which reportlab embeds as subsets. A system
font chosen in the settings (e.g. SimSun, ``C:\\Windows\\Fonts\\simsun.ttc``; ``file.ttc#1``
picks another face of a collection) replaces the main font; a missing or unreadable
file falls back to the bundled one.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import font_path as bundled_font_path

PORTRAIT = A4  # 595.27 x 841.89 points
LANDSCAPE = landscape(A4)
MARGIN = 36.0  # half an inch on every side
FOOTER_Y = 20.0  # baseline of "第 x 页 共 y 页"
ELLIPSIS = "…"

_LATIN_FILES = {"regular": "Vera.ttf", "bold": "VeraBd.ttf"}
_loaded: dict[str, Fonts] = {}


@dataclass(frozen=True)
class Fonts:
    """The fonts of one document and how to measure and draw mixed Chinese/Latin text."""

    main: str  # registered name of the CJK font
    latin: str
    latin_bold: str
    main_chars: frozenset[int]
    latin_chars: frozenset[int]
    ascii_font: str  # the main font when it has Latin letters (SimSun does), else Vera

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """(font, piece) runs, each piece drawable in its font."""
        if text.isascii():
            return [(self._bolded(self.ascii_font, bold), text)]
        out: list[tuple[str, str]] = []
        current: str | None = None
        start = 0
        for index, char in enumerate(text):
            code = ord(char)
            if code < 128:
                font = self.ascii_font
            elif code in self.main_chars or code not in self.latin_chars:
                font = self.main
            else:
                font = self.latin
            if font != current:
                if current is not None:
                    out.append((current, text[start:index]))
                current, start = font, index
        assert current is not None  # text is not empty (all-ASCII text returned above)
        out.append((current, text[start:]))
        return [(self._bolded(font, bold), piece) for font, piece in out]

    def _bolded(self, font: str, bold: bool) -> str:
        return self.latin_bold if bold and font == self.latin else font

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return sum(self.run_width(piece, font, size) for font, piece in self.runs(text, bold))

    @staticmethod
    def run_width(piece: str, font: str, size: float) -> float:
        if len(piece) <= 12:  # dates, ages, codes: the same short strings again and again
            return _short_width(piece, font) * size
        return pdfmetrics.stringWidth(piece, font, size)

    def fit(self, text: str, width: float, size: float) -> str:
        """The text, cut with an ellipsis when wider than ``width``."""
        if len(text) * size <= width or self.width(text, size) <= width:
            return text
        low, high = 0, len(text)
        while low < high:  # longest prefix that fits with the ellipsis
            mid = (low + high + 1) // 2
            if self.width(text[:mid] + ELLIPSIS, size) <= width:
                low = mid
            else:
                high = mid - 1
        return text[:low] + ELLIPSIS

    def wrap(self, text: str, width: float, size: float, max_lines: int = 0) -> list[str]:
        """Lines no wider than ``width``; Chinese breaks anywhere, so break by character
        (at a space when one is near). The last allowed line ends with an ellipsis."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            while paragraph:
                if len(paragraph) * size <= width or self.width(paragraph, size) <= width:
                    lines.append(paragraph)
                    break
                cut = _fitting_prefix(self, paragraph, width, size)
                space = paragraph.rfind(" ", 0, cut)
                if space > cut // 2:
                    cut = space + 1
                lines.append(paragraph[:cut].rstrip())
                paragraph = paragraph[cut:].lstrip()
            if not paragraph and not lines:
                lines.append("")
        if max_lines and len(lines) > max_lines:
            rest = "".join(lines[max_lines - 1:])  # wider than one line: fit() cuts it
            lines = lines[:max_lines - 1] + [self.fit(rest, width, size)]
        return lines or [""]


@functools.lru_cache(maxsize=65536)
def _short_width(piece: str, font: str) -> float:
    return pdfmetrics.stringWidth(piece, font, 1.0)


def _fitting_prefix(fonts: Fonts, text: str, width: float, size: float) -> int:
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if fonts.width(text[:mid], size) <= width:
            low = mid
        else:
            high = mid - 1
    return low


def load_fonts(font_path: str | None = None) -> Fonts:
    """Register the fonts once per process; the chosen file when readable, else bundled."""
    key = font_path or ""
    if key in _loaded:
        return _loaded[key]
    latin_dir = Path(reportlab.__file__).parent / "fonts"
    latin = _register("LedgerLatin", latin_dir / _LATIN_FILES["regular"])
    latin_bold = _register("LedgerLatinBold", latin_dir / _LATIN_FILES["bold"])
    main = None
    if font_path:
        main = _try_system_font(font_path)
    if main is None:
        main = _register("LedgerCJK", bundled_font_path())
    main_chars = frozenset(main.face.charToGlyph)
    has_ascii = all(ord(c) in main_chars for c in "AZaz09%")
    fonts = Fonts(main.fontName, latin.fontName, latin_bold.fontName, main_chars,
                  frozenset(latin.face.charToGlyph),
                  main.fontName if has_ascii else latin.fontName)
    if main.fontName != "LedgerCJK" or not font_path:  # a missing file may appear later
        _loaded[key] = fonts
    return fonts


def _register(name: str, path: Path | str, subfont: int = 0) -> TTFont:
    try:
        return cast(TTFont, pdfmetrics.getFont(name))  # registered below: always TrueType
    except KeyError:
        font = TTFont(name, str(path), subfontIndex=subfont)
        pdfmetrics.registerFont(font)
        return font


def _try_system_font(spec: str) -> TTFont | None:
    """A TrueType font or collection from the settings; None when it cannot be used
    (missing, unreadable, PostScript outlines, no Chinese characters)."""
    path, _, index = spec.partition("#")
    subfont = int(index) if index.isdigit() else 0
    if not os.path.isfile(path):
        return None
    name = f"LedgerUser{abs(hash((os.path.abspath(path), subfont))) % 10**8}"
    try:
        font = _register(name, path, subfont)
    except Exception:  # reportlab raises TTFError, struct errors, OSError...
        return None
    if ord("中") not in font.face.charToGlyph:
        return None
    return font


def cn_date(day: dt.date | None) -> str:
    """2026年11月28日 (blank for no date)."""
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def iso_date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def cn_month(day: dt.date) -> str:
    return f"{day.year}年{day.month}月"


def cn_range(start: dt.date, end: dt.date) -> str:
    return f"{cn_date(start)}至{cn_date(end)}"
