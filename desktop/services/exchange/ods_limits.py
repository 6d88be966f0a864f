"""An .ods workbook's limits from its content.xml, streamed before calamine loads a sheet.

The repeat attributes of OpenDocument let a few bytes say a million rows of 16,384 filled
cells; the used range is counted as they say, against the limits of limits.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from desktop.services.exchange import limits as lim


class _Over(Exception):
    """A limit passed: (message template, sheet name)."""


_ODS = "urn:oasis:names:tc:opendocument:xmlns:"
_TABLE, _OFFICE = _ODS + "table:1.0", _ODS + "office:1.0"
MAX_ODS_CELLS = 20_000_000  # cells with a value, repeats counted: calamine holds each


def check_ods(path: Path) -> None:
    """An .ods sheet's used range from content.xml, streamed: a row or cell repeated
    (``number-rows-repeated``, ``number-columns-repeated``) counts as often as it says,
    and only cells with a value extend the range (LibreOffice pads every sheet with
    repeated empty cells). A few bytes can say a million rows of 16,384 filled cells."""
    from xml.parsers import expat

    state: dict[str, Any] = {"row": 0, "column": 0, "repeat": 1, "filled": 0, "cells": 0,
                             "table": ""}
    parser = expat.ParserCreate(namespace_separator=" ")

    def repeat(attrs: dict[str, str], name: str) -> int:
        value = attrs.get(f"{_TABLE} {name}", "1")
        return int(value) if value.isdigit() else 1

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == f"{_TABLE} table":
            state.update(row=0, table=attrs.get(f"{_TABLE} name", ""))
        elif tag == f"{_TABLE} table-row":
            state.update(column=0, filled=0, repeat=repeat(attrs, "number-rows-repeated"))
        elif tag in (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"):
            count = repeat(attrs, "number-columns-repeated")
            state["column"] += count
            if f"{_OFFICE} value-type" in attrs:
                state["filled"] += count
                if state["column"] > lim.MAX_COLUMNS:
                    raise _Over(lim.TOO_MANY_COLUMNS, state["table"])

    def end(tag: str) -> None:
        if tag != f"{_TABLE} table-row":
            return
        state["row"] += state["repeat"]
        if state["filled"]:
            if state["row"] > lim.MAX_ROWS:
                raise _Over(lim.TOO_MANY_ROWS, state["table"])
            state["cells"] += state["filled"] * state["repeat"]
            if state["cells"] > MAX_ODS_CELLS:
                raise _Over(lim.TOO_MANY_CELLS, state["table"])

    parser.StartElementHandler, parser.EndElementHandler = start, end
    with zipfile.ZipFile(path) as book:
        if "content.xml" not in book.namelist():
            return
        if book.getinfo("content.xml").file_size > lim.MAX_UNPACKED:
            lim.refuse(lim.TOO_BIG_UNPACKED, path, limit=lim.MAX_UNPACKED >> 20)
        try:
            for chunk in lim.chunks(book, "content.xml"):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except _Over as over:
            template, sheet = over.args
            limit = {lim.TOO_MANY_COLUMNS: lim.MAX_COLUMNS, lim.TOO_MANY_ROWS: lim.MAX_ROWS}.get(
                template, MAX_ODS_CELLS)
            lim.refuse(template, path, sheet=sheet, limit=limit)
        except expat.ExpatError:
            return  # calamine reports the damage in its own words
