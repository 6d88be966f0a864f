"""The mapping of a workbook, as the clerk saves it in JSON (see docs/exchange-format.md).

``{"sheets": {"花名册": {"as": "人员", "header_row": 3, "columns": {...}, "values": {...},
"dates": "%Y%m%d"}}}``. Loading validates every part and refuses a bad file with one clear
message (ExchangeReadError, context "exchange"): the file comes from outside.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import SHEETS, ExchangeReadError
from desktop.services.exchange.columns import COLUMNS

MAX_MAPPING_BYTES = 1024 * 1024  # a mapping is a few kilobytes; anything larger is not one
MAX_VALUES = 10_000  # value translations of one column
MAX_HEADER_ROW = 1000
MAX_HEADER_ROWS = 3  # her headers in up to three rows (group names above the names)

NOT_JSON = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} cannot be read: it is not a JSON mapping (the "
                "first fault is on line {line}, column {column}).")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} cannot be read: it is not a JSON mapping (it is "
                "not UTF-8 text).")
NO_SHEETS = QT_TRANSLATE_NOOP("exchange", "The mapping file {path} is wrong: it names no sheet (\"sheets\" is missing or empty).")
BAD_TARGET = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} is wrong: the sheet {sheet} is mapped to {target}, which is not one of {sheets}.")
BAD_COLUMN = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} is wrong: on the sheet {sheet}, the column {column} is mapped to {target}, which the "
                "sheet {target_sheet} does not have.")
TWICE = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} is wrong: on the sheet {sheet}, the columns {first} and {second} are both mapped to "
                "{target}.")
BAD_ROW = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} is wrong: on the sheet {sheet}, the header row must be a whole number from 1 to {limit}.")
BAD_ROWS = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} is wrong: on the sheet {sheet}, the number of header rows must be a whole number from 1 "
                "to {limit}, and no more than the header row's number.")
BAD_DATES = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} is wrong: on the sheet {sheet}, the date form {form} is not a date form (use codes "
                "such as %Y%m%d).")
BAD_PART = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} is wrong: on the sheet {sheet}, \"{part}\" must be {expected}.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} is refused: it is larger than {limit} KB.")
CANNOT_READ_MAPPING = QT_TRANSLATE_NOOP(
    "exchange", "The mapping file {path} cannot be read: {reason}")


@dataclass
class SheetMap:
    """One of her sheets: which of ours it is and how its columns and values translate."""

    target: str  # one of SHEETS
    header_row: int | None = None  # her column names, counted from 1; None: found by itself
    columns: dict[str, str] = field(default_factory=dict)  # her header -> our header
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # header -> hers -> ours
    dates: str = ""  # one more date form (strptime codes)
    header_rows: int | None = None  # 2: group names above (基本情况/姓名); None: 1, or found

    def values_for(self, her_header: str) -> dict[str, str]:
        """Value translations of a column, named by her header or by ours."""
        ours = self.columns.get(her_header, "")
        return self.values.get(her_header) or self.values.get(ours) or {}


@dataclass
class Mapping:
    sheets: dict[str, SheetMap] = field(default_factory=dict)  # her sheet name -> map

    def to_json(self) -> dict[str, Any]:
        sheets: dict[str, Any] = {}
        for name, sheet in self.sheets.items():
            entry: dict[str, Any] = {"as": sheet.target}
            if sheet.header_row is not None:
                entry["header_row"] = sheet.header_row
            if sheet.header_rows is not None and sheet.header_rows > 1:
                entry["header_rows"] = sheet.header_rows
            entry["columns"] = dict(sheet.columns)
            values = {k: dict(v) for k, v in sheet.values.items() if v}
            if values:
                entry["values"] = values
            if sheet.dates:
                entry["dates"] = sheet.dates
            sheets[name] = entry
        return {"sheets": sheets}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"


def load_mapping(path: Path | str) -> Mapping:
    """Read and validate a mapping file; ExchangeReadError with the reason otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_MAPPING_BYTES:
            raise ExchangeReadError(TOO_LARGE, path=str(path), limit=MAX_MAPPING_BYTES >> 10)
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeReadError(CANNOT_READ_MAPPING, path=str(path),
                                reason=exc.strerror or str(exc)) from exc
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ExchangeReadError(NOT_TEXT, path=str(path)) from exc
    except json.JSONDecodeError as exc:  # its reason is English: where it is, said in words
        raise ExchangeReadError(NOT_JSON, path=str(path), line=exc.lineno,
                                column=exc.colno) from exc
    return parse_mapping(raw, str(path))


def save_mapping(mapping: Mapping, path: Path | str) -> Path:
    """Write the mapping as UTF-8 JSON (a temporary file first: never half a mapping)."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    part.write_text(mapping.dumps(), encoding="utf-8")
    part.replace(path)
    return path


class _Invalid(Exception):
    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params: dict[str, Any] = params


def parse_mapping(raw: object, where: str = "") -> Mapping:
    """A Mapping from parsed JSON; ExchangeReadError (BAD_MAPPING) with the first fault."""
    try:
        return _mapping(raw)
    except _Invalid as bad:
        raise ExchangeReadError(bad.reason, path=where, **bad.params) from None


def _mapping(raw: object) -> Mapping:
    sheets = raw.get("sheets") if isinstance(raw, dict) else None
    if not isinstance(sheets, dict) or not sheets:
        raise _Invalid(NO_SHEETS)
    return Mapping({_text(name, "", "sheets", "text"): _sheet(str(name), entry)
                    for name, entry in sheets.items()})


def _sheet(name: str, entry: object) -> SheetMap:
    if not isinstance(entry, dict):
        raise _Invalid(BAD_PART, sheet=name, part=name, expected="{…}")
    target = entry.get("as")
    if target not in SHEETS:
        raise _Invalid(BAD_TARGET, sheet=name, target=str(target), sheets=" / ".join(SHEETS))
    row = entry.get("header_row")
    if row is not None and (not isinstance(row, int) or isinstance(row, bool)
                            or not 1 <= row <= MAX_HEADER_ROW):
        raise _Invalid(BAD_ROW, sheet=name, limit=MAX_HEADER_ROW)
    rows = entry.get("header_rows")
    if rows is not None and (not isinstance(rows, int) or isinstance(rows, bool)
                             or not 1 <= rows <= min(MAX_HEADER_ROWS, row or MAX_HEADER_ROWS)):
        raise _Invalid(BAD_ROWS, sheet=name, limit=MAX_HEADER_ROWS)
    columns = _columns(name, target, entry.get("columns", {}))
    values = _values(name, entry.get("values", {}))
    dates = entry.get("dates", "") or ""
    if not isinstance(dates, str) or not date_form_ok(dates):
        raise _Invalid(BAD_DATES, sheet=name, form=str(dates))
    return SheetMap(target, row, columns, values, dates, rows)


def _columns(name: str, target: str, raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise _Invalid(BAD_PART, sheet=name, part="columns", expected="{\"她的列名\": \"列名\"}")
    ours = {c.header for c in COLUMNS[target]}
    seen: dict[str, str] = {}
    columns: dict[str, str] = {}
    for hers, mine in raw.items():
        mine = _text(mine, name, "columns", "text")
        if not mine:  # left blank: the column is ignored
            continue
        if mine not in ours:
            raise _Invalid(BAD_COLUMN, sheet=name, column=hers, target=mine, target_sheet=target)
        if mine in seen:
            raise _Invalid(TWICE, sheet=name, first=seen[mine], second=hers, target=mine)
        seen[mine] = hers
        columns[str(hers)] = mine
    return columns


def _values(name: str, raw: object) -> dict[str, dict[str, str]]:
    if not isinstance(raw, dict):
        raise _Invalid(BAD_PART, sheet=name, part="values", expected="{\"列名\": {\"已婚\": \"初婚\"}}")
    values: dict[str, dict[str, str]] = {}
    for column, words in raw.items():
        if not isinstance(words, dict) or len(words) > MAX_VALUES:
            raise _Invalid(BAD_PART, sheet=name, part=f"values.{column}",
                           expected="{\"已婚\": \"初婚\"}")
        values[str(column)] = {str(k).strip(): _text(v, name, f"values.{column}", "text")
                               for k, v in words.items()}
    return values


def _text(value: object, sheet: str, part: str, expected: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise _Invalid(BAD_PART, sheet=sheet, part=part, expected=expected)
    return value.strip()


def date_form_ok(form: str) -> bool:
    """A strptime form with a year, a month and a day code, and nothing else odd."""
    if not form:
        return True
    if len(form) > 40 or not all(code in form for code in ("%Y", "%m", "%d")):
        return False
    import datetime as dt

    try:
        dt.datetime(2025, 3, 13).strftime(form)
    except ValueError:
        return False
    return True
