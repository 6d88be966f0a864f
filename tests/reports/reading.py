"""Reading the written PDFs back: text per page, page sizes, the fonts."""

from __future__ import annotations

import re

from pypdf import PdfReader


def pages_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def page_sizes(path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(str(path)).pages]


def fonts(path) -> list[tuple[str, bool]]:
    """(BaseFont, embedded as TrueType) of every font the pages use."""
    seen = {}
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            seen[str(font["/BaseFont"])] = embedded
    return sorted(seen.items())


def is_subset_name(name: str) -> bool:
    return re.fullmatch(r"/?[A-Z]{6}\+.+", name) is not None
