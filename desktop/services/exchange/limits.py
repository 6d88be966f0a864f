"""A workbook is untrusted input: its sizes are checked before any sheet is parsed.

The zip directory gives the file's parts and their unpacked sizes; each sheet's XML is
then streamed (never loaded whole) to find its used range from the ``<dimension>`` and
from its rows and cells, and the length of its text with shared strings expanded. A file
over a limit is refused with one message (ExchangeReadError, context "exchange"); the
check reads only what it needs and stops at the first limit passed.

The streaming counts run on whole chunks with ``bytes.count`` and compiled patterns, so a
county workbook (two million rows) is checked in seconds; a sheet written in an unusual
way (cells without their ``r`` reference) takes the exact, slower path.
"""

from __future__ import annotations

import html
import re
import zipfile
from array import array
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import ExchangeReadError
from desktop.system_errors import reason_of

MAX_FILE = 200 * 1024 * 1024
MAX_UNPACKED = 2 * 1024 ** 3  # all sheets together
MAX_ROWS = 2_000_000
MAX_COLUMNS = 200
MAX_SHARED = 100 * 1024 * 1024
MAX_TEXT = 2 * 1024 ** 3  # one sheet's text, shared strings expanded
MAX_CELL = 32_767  # Excel's own limit: a longer cell rejects its row
CHUNK = 1 << 20

TOO_BIG = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is refused: it is larger than {limit} MB.")
TOO_BIG_UNPACKED = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is refused: its sheets unpack to more than {limit} MB.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is refused: the sheet {sheet} uses more than {limit} rows.")
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is refused: the sheet {sheet} uses more than {limit} columns.")
TOO_BIG_SHARED = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is refused: its shared strings are larger than {limit} MB.")
TOO_MUCH_TEXT = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is refused: the text of the sheet {sheet} would be larger "
                "than {limit} MB.")
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} is refused: the sheet {sheet} has more than {limit} filled "
                "cells.")
DAMAGED = QT_TRANSLATE_NOOP(
    "exchange", "The file {path} cannot be read as a workbook: {reason}")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*?\bref="([^"]*)"')
# Excel, WPS, LibreOffice and this app write every row and cell with its reference first
# (<row r="7", <c r="B7"). One pass per tag finds the rest: a reference past column GR (200),
# a row from 1,000,000 on (checked exactly), or a tag written otherwise (the exact way).
_CELL = re.compile(rb'<c(?! r="(?:[A-Z]|[A-F][A-Z]|G[A-R])[0-9]{1,6}")(?: r="([A-Z]*[0-9]*)")?')
_ROW = re.compile(rb'<row(?! r="[0-9]{1,6}")(?: r="([0-9]*)")?')
_SHARED_INDEX = re.compile(rb'<(?:\w+:)?c\b[^>]*?\bt="s"[^>]*>\s*<(?:\w+:)?v>\s*(\d+)')
_SHEET_NAME = re.compile(r'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_REL = re.compile(r'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL2 = re.compile(r'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
_REF = re.compile(r"^\$?([A-Z]{0,7})\$?(\d{1,12})$")


def check_file(path: Path) -> None:
    """Refuse a file over a limit (ExchangeReadError); a file within them passes."""
    limits = open_limits(path)
    if limits is not None:
        with limits:
            limits.check_rest()


def open_limits(path: Path) -> BookLimits | None:
    """Check the file as a whole (size, unpacked sizes, shared strings); the sheets' own
    scans follow one by one with ``check_sheet`` (before each is loaded), or all at once
    with ``check_rest``. None for a file that is not a zip workbook (nothing more to check)."""
    size = path.stat().st_size
    if size > MAX_FILE:
        refuse(TOO_BIG, path, limit=MAX_FILE >> 20)
    if path.suffix.lower() == ".ods" and zipfile.is_zipfile(path):
        from desktop.services.exchange.ods_limits import check_ods

        _guarded(path, lambda: check_ods(path))
        return None
    if path.suffix.lower() in (".xls", ".et"):
        from desktop.services.exchange.xls_limits import check_xls

        _guarded(path, lambda: check_xls(path))
        return None
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not zipfile.is_zipfile(path):
        return None
    book = _guarded(path, lambda: zipfile.ZipFile(path))
    try:
        return _guarded(path, lambda: BookLimits(path, book))
    except BaseException:
        book.close()
        raise


def refuse(template: str, path: Path, **params: Any) -> None:
    raise ExchangeReadError(template, path=str(path), **params)


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError,
               NotImplementedError, OSError)


_T = TypeVar("_T")

def _guarded(path: Path, work: Callable[[], _T]) -> _T:
    try:
        return work()
    except _ZIP_ERRORS as exc:
        raise ExchangeReadError(DAMAGED, path=str(path), reason=reason_of(exc)) from exc


class BookLimits:
    def __init__(self, path: Path, book: zipfile.ZipFile) -> None:
        self.path, self.book = path, book
        infos = {info.filename: info for info in book.infolist()}
        self.sheets = _sheet_parts(book, infos)
        unpacked = sum(infos[part].file_size for _, part in self.sheets)
        if unpacked > MAX_UNPACKED:
            refuse(TOO_BIG_UNPACKED, path, limit=MAX_UNPACKED >> 20)
        shared = next((n for n in infos if n.lower() == "xl/sharedstrings.xml"), None)
        self.lengths = array("q")
        if shared is not None:
            if infos[shared].file_size > MAX_SHARED:
                refuse(TOO_BIG_SHARED, path, limit=MAX_SHARED >> 20)
            self.lengths = _shared_lengths(path, book, shared)
        self.longest = max(self.lengths) if self.lengths else 0
        self.done: set[str] = set()
        self.numbered: set[str] = set()  # parts whose every row and cell starts with its r

    def part_of(self, name: str) -> str | None:
        return next((part for n, part in self.sheets if n == name), None)

    def check_sheet(self, name: str) -> None:
        """Scan the sheet of this name (every sheet not yet scanned when the name is not
        found: the reader must never load a sheet that was not checked)."""
        parts = [(n, p) for n, p in self.sheets if n == name and p not in self.done]
        if not parts and not any(n == name for n, _ in self.sheets):
            parts = [(n, p) for n, p in self.sheets if p not in self.done]
        for sheet, part in parts:
            if _guarded(self.path, partial(_check_sheet, self.path, self.book, sheet, part,
                                           self.lengths, self.longest)):
                self.numbered.add(part)
            self.done.add(part)

    def check_piece(self, name: str, xml: bytes) -> None:
        """The same limits on the first rows of a sheet cut out for a preview (a whole
        worksheet of a few hundred KB): nothing in it may blow up when calamine reads it."""
        _guarded(self.path, partial(_check_chunks, self.path, name, lambda: (xml,),
                                    self.lengths, self.longest))

    def check_rest(self) -> None:
        for name, part in self.sheets:
            if part not in self.done:
                self.check_sheet(name)

    def close(self) -> None:
        self.book.close()

    def __enter__(self) -> BookLimits:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sheet_parts(book: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> list[tuple[str, str]]:
    """(sheet name, part) from the workbook and its relationships; every worksheet part
    when those cannot be followed (calamine will say what is wrong with the file)."""
    parts = [n for n in infos if n.lower().startswith("xl/worksheets/") and n.lower().endswith(".xml")]
    try:
        workbook = _small_text(book, infos, "xl/workbook.xml")
        rels = _small_text(book, infos, "xl/_rels/workbook.xml.rels")
    except KeyError:
        return [(n, n) for n in parts]
    targets = {rid: target for rid, target in _REL.findall(rels)}
    targets.update({rid: target for target, rid in _REL2.findall(rels)})
    named: list[tuple[str, str]] = []
    for name, rid in ((html.unescape(n), r) for n, r in _SHEET_NAME.findall(workbook)):
        target = targets.get(rid, "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        if target in infos:
            named.append((name, target))
    seen = {part for _, part in named}
    return named + [(n, n) for n in parts if n not in seen]


def _small_text(book: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str) -> str:
    info = infos[name]
    if info.file_size > 16 * 1024 * 1024:
        raise ValueError(name)
    return book.read(info).decode("utf-8", "replace")


def chunks(book: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part's XML in pieces that end just before a ``<``: no tag is ever split."""
    carry = b""
    with book.open(part) as stream:
        while True:
            data = stream.read(CHUNK)
            if not data:
                break
            data = carry + data
            cut = data.rfind(b"<")
            if cut < 0 or (cut == 0 and len(data) > 16 * CHUNK):
                carry = b""
                yield data  # text only (or one huge text node): no tag to split
            elif cut == 0:
                carry = data
            else:
                carry = data[cut:]
                yield data[:cut]
    if carry:
        yield carry


def _shared_lengths(path: Path, book: zipfile.ZipFile, part: str) -> array[int]:
    """Upper bound of each shared string's length (bytes of its ``<si>`` element)."""
    lengths = array("q")
    start = -1  # offset of the open <si> in the stream
    offset = 0
    total = 0
    for chunk in chunks(book, part):
        total += len(chunk)
        if total > MAX_SHARED:
            refuse(TOO_BIG_SHARED, path, limit=MAX_SHARED >> 20)
        for match in re.finditer(rb"<(/?)(?:\w+:)?si\b", chunk):
            at = offset + match.start()
            if match.group(1):
                if start >= 0:
                    lengths.append(at - start)
                start = -1
            else:
                if start >= 0:  # an <si> left open: count it up to here
                    lengths.append(at - start)
                start = at
        offset += len(chunk)
    return lengths


def _check_sheet(path: Path, book: zipfile.ZipFile, name: str, part: str,
                 lengths: array[int], longest: int) -> bool:
    """Refuse a sheet over a limit; True when every row and cell was written with its
    reference first (the fast count was exact)."""
    return _check_chunks(path, name, partial(chunks, book, part), lengths, longest)


def _check_chunks(path: Path, name: str, chunks: Callable[[], Iterable[bytes]],
                  lengths: array[int], longest: int) -> bool:
    """``_check_sheet`` on the sheet's XML as ``chunks`` gives it (each ending before a
    ``<``); called again for the exact count when needed."""
    first, inside, seen, odd = True, False, False, False
    text = 0
    for chunk in chunks():
        if first:
            first = False
            dimension = _DIMENSION.search(chunk)
            if dimension:
                _check_dimension(path, name, dimension.group(1).decode("ascii", "replace"))
        data, inside, seen = _sheet_data(chunk, inside, seen)
        if data and not odd:
            for ref in (*_CELL.findall(data), *_ROW.findall(data)):
                if not ref:
                    odd = True  # counted the exact way below
                    break
                _check_ref(path, name, ref.decode("ascii"))
        text += len(chunk)
        if lengths:
            shared = chunk.count(b't="s"')
            if shared and shared * longest > MAX_TEXT - text:
                for index in _SHARED_INDEX.findall(chunk):
                    i = int(index)
                    text += lengths[i] if i < len(lengths) else 0
                    if text > MAX_TEXT:
                        break
            elif shared:
                text += shared * longest
        if text > MAX_TEXT:
            refuse(TOO_MUCH_TEXT, path, sheet=name, limit=MAX_TEXT >> 20)
    if odd or not seen:  # cells or rows without their reference first: count them exactly
        _check_exactly(path, name, chunks)
        return False
    return True


def _sheet_data(chunk: bytes, inside: bool, seen: bool) -> tuple[bytes, bool, bool]:
    """The part of the chunk inside <sheetData> (only cells and rows are checked there)."""
    begin = 0
    if not inside:
        at = chunk.find(b"<sheetData")
        if at < 0:
            return b"", False, seen
        if chunk.startswith(b"<sheetData/>", at):
            return b"", False, True
        inside, seen, begin = True, True, chunk.find(b">", at) + 1
    end = chunk.find(b"</sheetData>", begin)
    if end >= 0:
        return chunk[begin:end], False, seen
    return (chunk[begin:] if begin else chunk), inside, seen


def _check_ref(path: Path, name: str, ref: str) -> None:
    match = _REF.match(ref)
    if match is None:
        return
    if _column(match.group(1)) > MAX_COLUMNS:
        refuse(TOO_MANY_COLUMNS, path, sheet=name, limit=MAX_COLUMNS)
    if int(match.group(2)) > MAX_ROWS:
        refuse(TOO_MANY_ROWS, path, sheet=name, limit=MAX_ROWS)


def _column(letters: str) -> int:
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return column


def _check_dimension(path: Path, name: str, ref: str) -> None:
    last = ref.split(":")[-1].strip().upper()
    match = _REF.match(last)
    if not match:
        return
    _check_ref(path, name, f"{match.group(1)}{match.group(2)}")


def _check_exactly(path: Path, name: str, chunks: Callable[[], Iterable[bytes]]) -> None:
    """Row and column of every cell as a reader places it (a reference, or the next place),
    for a sheet written otherwise than with each reference first."""
    from xml.parsers import expat

    state = {"row": 0, "column": 0}
    parser = expat.ParserCreate(namespace_separator=" ")

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag.rsplit(" ", 1)[-1]
        if local == "row":
            number = attrs.get("r", "")
            state["row"] = int(number) if number.isdigit() else state["row"] + 1
            state["column"] = 0
        elif local == "c":
            match = _REF.match(attrs.get("r", "").upper())
            if match:
                state["column"] = _column(match.group(1))
                state["row"] = max(state["row"], int(match.group(2)))
            else:
                state["column"] += 1
        else:
            return
        if state["column"] > MAX_COLUMNS:
            raise _Over(TOO_MANY_COLUMNS)
        if state["row"] > MAX_ROWS:
            raise _Over(TOO_MANY_ROWS)

    parser.StartElementHandler = start
    try:
        for chunk in chunks():
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Over as over:
        limit = MAX_COLUMNS if over.args[0] == TOO_MANY_COLUMNS else MAX_ROWS
        refuse(over.args[0], path, sheet=name, limit=limit)
    except expat.ExpatError:
        return  # calamine reports the damage in its own words


class _Over(Exception):
    pass
