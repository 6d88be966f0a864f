"""A large .xlsx sheet read a piece at a time, each piece read by calamine.

calamine (through python-calamine) loads a whole sheet before the first row comes out: the
三查 sheet of a county workbook (900,000 rows, 475 MB of XML) took 800 MB while loading.
Here the sheet's XML is streamed from the zip and cut between rows into pieces of a few
MB; each piece becomes a small workbook in memory (the original's styles, shared strings
and date system, and that one sheet: stored, not compressed) that calamine reads as it
reads any workbook. Cells, dates, shared strings and formulas' cached values come out as
from the whole file; only rows of one or two pieces are in memory at a time.

Rows keep their numbers: each piece carries the rows' own ``r`` references. A sheet
written without them (rows numbered by their order) cannot be cut and is read whole
(``cuttable``); such sheets were checked the exact way by the limits.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

PIECE_BYTES = 8 * 1024 * 1024  # sheet XML per piece (~15,000 rows of 三查)
READ_BYTES = 1 << 20

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_SHEET_DATA = re.compile(rb"<(?:(\w+):)?sheetData\b[^>]*?(/?)>")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*>(?:\s*</(?:\w+:)?dimension>)?")
_ROW_END = re.compile(rb"</(?:\w+:)?row>")
_ROW_START = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_HAS_NUMBER = re.compile(rb'\br\s*=\s*["\']')
_DATE_1904 = re.compile(r"<(?:\w+:)?workbookPr\b[^>]*?\bdate1904\s*=\s*[\"'](1|true)[\"']")
PIECE_SHEET = "piece"


def base_workbook(book: zipfile.ZipFile) -> bytes:
    """A workbook with the original's styles, shared strings and date system and no sheet
    yet (each piece is added to a copy of it)."""
    infos = {info.filename.lower(): info for info in book.infolist()}
    out = io.BytesIO()
    rels = [f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>']
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as piece:
        for name, kind, target in (("xl/styles.xml", "styles", "styles.xml"),
                                   ("xl/sharedstrings.xml", "sharedStrings", "sharedStrings.xml")):
            if name in infos:
                piece.writestr("xl/" + target, book.read(infos[name]))
                rels.append(f'<Relationship Id="rId{len(rels) + 1}" Type="{_REL}/{kind}" '
                            f'Target="{target}"/>')
        workbook = infos.get("xl/workbook.xml")
        text = book.read(workbook).decode("utf-8", "replace") if workbook is not None else ""
        date1904 = '<workbookPr date1904="1"/>' if _DATE_1904.search(text) else ""
        piece.writestr("[Content_Types].xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_TYPES}">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'))
        piece.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'))
        piece.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">'
            f'{"".join(rels)}</Relationships>'))
        piece.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f'{date1904}<sheets><sheet name="{PIECE_SHEET}" sheetId="1" r:id="rId1"/></sheets>'
            '</workbook>'))
    return out.getvalue()


def piece_workbook(base: bytes, sheet_xml: bytes) -> io.BytesIO:
    """``base`` with ``sheet_xml`` as its one sheet, ready for calamine."""
    out = io.BytesIO(base)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_STORED) as piece:
        piece.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    out.seek(0)
    return out


def _stream(book: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    with book.open(part) as stream:
        while data := stream.read(READ_BYTES):
            yield data


def cuttable(book: zipfile.ZipFile, part: str) -> bool:
    """Every row carries its number (``<row r="7"``), so a piece keeps its rows' places."""
    tail = b""
    for data in _stream(book, part):
        data = tail + data
        cut = data.rfind(b"<")
        cut = cut if cut >= 0 and data.find(b">", cut) < 0 else len(data)
        for match in _ROW_START.finditer(data, 0, cut):
            if not _HAS_NUMBER.search(match.group(1)):
                return False
        tail = data[cut:]
    return True


def pieces(book: zipfile.ZipFile, part: str, size: int | None = None) -> Iterator[bytes]:
    """The sheet's XML as whole worksheets of about ``size`` bytes each, cut after a
    ``</row>``: the head (up to ``<sheetData>``, its ``<dimension>`` left out so that no
    piece claims the whole range) before each piece's rows, the closing tags after them."""
    size = size or PIECE_BYTES
    head = close = b""
    held: list[bytes] = []  # the rows not yet sent (a list: no copying while it grows)
    held_bytes = 0
    for data in _stream(book, part):
        held.append(data)
        held_bytes += len(data)
        if not close:
            joined = b"".join(held)
            match = _SHEET_DATA.search(joined)
            if match is None:
                held = [joined]
                continue
            prefix = match.group(1) + b":" if match.group(1) else b""
            head = _DIMENSION.sub(b"", joined[:match.start()]) + b"<" + prefix + b"sheetData>"
            close = b"</" + prefix + b"sheetData></" + prefix + b"worksheet>"
            if match.group(2):  # <sheetData/>: no rows at all
                return
            held = [joined[match.end():]]
            held_bytes = len(held[0])
        if held_bytes < size:
            continue
        joined, at = b"".join(held), 0
        while len(joined) - at > size and (end := _ROW_END.search(joined, at + size)):
            yield head + joined[at:end.end()] + close
            at = end.end()
        held = [joined[at:]]  # a row longer than a piece waits for its end
        held_bytes = len(held[0])
    if not close:
        return
    joined = b"".join(held)
    ends = [m.end() for m in _ROW_END.finditer(joined)]
    if ends:
        yield head + joined[:ends[-1]] + close


def head_piece(book: zipfile.ZipFile, part: str, size: int) -> tuple[bytes, bool] | None:
    """The sheet's first rows as a whole worksheet of about ``size`` bytes (cut after a
    ``</row>``, its ``<dimension>`` left out) and whether that is every row of the sheet;
    None when no row ends within the first ``size`` bytes of its rows (read more, or whole).
    Only the start of the part is decompressed."""
    held = b""
    match = None
    complete = True
    with book.open(part) as stream:
        while data := stream.read(min(READ_BYTES, size)):
            held += data
            match = match or _SHEET_DATA.search(held)
            if match is not None and len(held) - match.end() >= size:
                complete = not stream.read(1)
                break
    if match is None:
        return None
    prefix = match.group(1) + b":" if match.group(1) else b""
    head = _DIMENSION.sub(b"", held[:match.start()]) + b"<" + prefix + b"sheetData>"
    close = b"</" + prefix + b"sheetData></" + prefix + b"worksheet>"
    if match.group(2):  # <sheetData/>: no rows at all
        return head + close, True
    body = held[match.end():]
    if complete:
        end = body.rfind(b"</" + prefix + b"sheetData>")
        return head + (body[:end] if end >= 0 else body) + close, True
    ends = [m.end() for m in _ROW_END.finditer(body)]
    if not ends:
        return None
    return head + body[:ends[-1]] + close, False
