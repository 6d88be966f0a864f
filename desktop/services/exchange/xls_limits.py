"""An .xls workbook's limits from its records, before calamine loads a sheet.

An .xls (BIFF8, and WPS's .et) keeps its text once in the shared-string table (SST) and
each text cell points at an entry: a few kilobytes can make calamine build gigabytes (one
long string used by every cell). The Workbook stream is read from the OLE2 container
(olefile) and its records walked: the columns of the cells that hold a value, the rows,
and each sheet's text with the shared strings expanded, against the same limits as an
.xlsx (limits.py). Nothing here loads a cell's value.
"""

from __future__ import annotations

import struct
from array import array
from dataclasses import dataclass, field
from pathlib import Path

# BIFF record types
_BOF, _EOF, _SST, _CONTINUE, _BOUNDSHEET = 0x0809, 0x000A, 0x00FC, 0x003C, 0x0085
_LABELSST = 0x00FD
_MULRK = 0x00BD
# value cells: (row u16, column u16) first
_VALUE_CELLS = {0x00FD, 0x0203, 0x027E, 0x0204, 0x0205, 0x0006, 0x00D6}
_WORKSHEET = 0x0010


class XlsOver(Exception):
    """A limit passed: (what, sheet name)."""


@dataclass
class XlsSheet:
    name: str
    rows: int = 0
    columns: int = 0
    text: int = 0  # characters of its text cells, shared strings expanded
    cells: int = 0


@dataclass
class XlsScan:
    sheets: list[XlsSheet] = field(default_factory=list)
    lengths: array[int] = field(default_factory=lambda: array("q"))


def workbook_stream(path: object) -> bytes | None:
    """The BIFF stream of an OLE2 file; None when the file is not one (calamine says why)."""
    import olefile  # type: ignore[import-untyped]

    if not olefile.isOleFile(path):
        return None
    with olefile.OleFileIO(path) as ole:
        for name in ("Workbook", "Book"):
            if ole.exists(name):
                return bytes(ole.openstream(name).read())
    return None


def scan(data: bytes, max_rows: int, max_columns: int, max_text: int) -> XlsScan:
    """Walk the records; raise XlsOver(kind, sheet) as soon as a sheet passes a limit
    (kind: "rows", "columns" or "text"). A damaged stream ends the walk quietly."""
    out = XlsScan()
    names: list[str] = []
    sheet: XlsSheet | None = None
    pos, size = 0, len(data)
    sst: list[bytes] = []
    while pos + 4 <= size:
        kind, length = struct.unpack_from("<HH", data, pos)
        body = data[pos + 4:pos + 4 + length]
        pos += 4 + length
        if kind == _SST:
            sst = [body]
            continue
        if kind == _CONTINUE and sst:
            sst.append(body)
            continue
        if sst:
            out.lengths = _sst_lengths(sst)
            sst = []
        if kind == _BOUNDSHEET and len(body) >= 8:
            names.append(_short_name(body[6:]))
        elif kind == _BOF and len(body) >= 4:
            if struct.unpack_from("<H", body, 2)[0] == _WORKSHEET:
                sheet = XlsSheet(names[len(out.sheets)] if len(out.sheets) < len(names) else "")
                out.sheets.append(sheet)
        elif kind == _EOF:
            sheet = None
        elif sheet is not None and len(body) >= 4:
            _cell(sheet, kind, body, out.lengths, max_rows, max_columns, max_text)
    return out


def _cell(sheet: XlsSheet, kind: int, body: bytes, lengths: array[int], max_rows: int,
          max_columns: int, max_text: int) -> None:
    row, column = struct.unpack_from("<HH", body, 0)
    if kind == _MULRK and len(body) >= 6:
        last = struct.unpack_from("<H", body, len(body) - 2)[0]
        column = max(column, last)
    elif kind not in _VALUE_CELLS:
        return
    sheet.rows = max(sheet.rows, row + 1)
    sheet.columns = max(sheet.columns, column + 1)
    sheet.cells += 1
    if sheet.columns > max_columns:
        raise XlsOver("columns", sheet.name)
    if sheet.rows > max_rows:
        raise XlsOver("rows", sheet.name)
    if kind == _LABELSST and len(body) >= 10:
        index = struct.unpack_from("<I", body, 6)[0]
        sheet.text += lengths[index] if index < len(lengths) else 0
        if sheet.text > max_text:
            raise XlsOver("text", sheet.name)


def _short_name(body: bytes) -> str:
    """A ShortXLUnicodeString (a sheet's name)."""
    if len(body) < 2:
        return ""
    count, flags = body[0], body[1]
    raw = body[2:2 + count * (2 if flags & 1 else 1)]
    return raw.decode("utf-16-le" if flags & 1 else "latin-1", errors="replace")


def _sst_lengths(parts: list[bytes]) -> array[int]:
    """The character count of each shared string. A string's characters may go on in the
    next CONTINUE record, which then starts with a new flags byte (1- or 2-byte chars)."""
    lengths: array[int] = array("q")
    if not parts or len(parts[0]) < 8:
        return lengths
    unique = struct.unpack_from("<I", parts[0], 4)[0]
    part, pos = 0, 8
    data = parts[0]

    def advance(count: int) -> None:  # skip bytes that may cross records (runs, ext data)
        nonlocal part, pos, data
        while count > 0:
            room = len(data) - pos
            if count <= room:
                pos += count
                return
            count -= room
            part += 1
            if part >= len(parts):
                raise IndexError
            data, pos = parts[part], 0

    try:
        while len(lengths) < unique:
            if pos >= len(data):  # the next string starts in the next record
                part += 1
                data, pos = parts[part], 0
            if pos + 3 > len(data):
                break  # a header split across records: a damaged table, stop counting
            chars, flags = struct.unpack_from("<HB", data, pos)
            pos += 3
            runs = ext = 0
            if flags & 0x8:
                runs = struct.unpack_from("<H", data, pos)[0]
                pos += 2
            if flags & 0x4:
                ext = struct.unpack_from("<I", data, pos)[0]
                pos += 4
            wide, left = flags & 1, chars
            while left > 0:
                fits = (len(data) - pos) // (2 if wide else 1)
                take = min(left, fits)
                pos += take * (2 if wide else 1)
                left -= take
                if left > 0:
                    part += 1
                    data, pos = parts[part], 1
                    wide = data[0] & 1
            lengths.append(chars)
            advance(4 * runs + ext)
    except (IndexError, struct.error):
        pass  # a damaged table: what was counted stands; calamine reports the damage
    return lengths


def check_xls(path: Path) -> None:
    """An .xls / .et: its records walked before calamine loads a sheet (xls_limits)."""
    from desktop.services.exchange import limits as lim

    data = workbook_stream(path)
    if data is None:
        return  # not an OLE2 file: calamine reports it in its own words
    try:
        scan(data, lim.MAX_ROWS, lim.MAX_COLUMNS, lim.MAX_TEXT)
    except XlsOver as over:
        what, sheet = over.args
        template, limit = {"rows": (lim.TOO_MANY_ROWS, lim.MAX_ROWS),
                           "columns": (lim.TOO_MANY_COLUMNS, lim.MAX_COLUMNS),
                           "text": (lim.TOO_MUCH_TEXT, lim.MAX_TEXT >> 20)}[what]
        lim.refuse(template, path, sheet=sheet, limit=limit)
