"""Cell values of the exchange workbook: what a cell may hold and what it means.

Each parser takes the cell as the reader gives it (str, float/int, bool, date, None) and
returns the stored value, or raises Bad with a reason template (context "exchange").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from desktop.domain import idnumber
from desktop.domain.money import parse_yuan, yuan_text
from desktop.domain.text import FORBIDDEN_CHARACTER, forbidden_character
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError
from desktop.services.exchange.columns import (
    BOOL,
    DATE,
    ENUM,
    ID,
    INT,
    LABEL,
    MONEY,
    PERIOD,
    TEXT,
    VOCAB,
    Col,
    choices,
)
from desktop.services.exchange.limits import MAX_CELL

ID_AS_NUMBER = QT_TRANSLATE_NOOP(
    "exchange", "The ID number is stored as a number, so Excel has already lost its last "
                "digits: format the column as Text and type the number again.")
DATE_FORM = QT_TRANSLATE_NOOP(
    "exchange", "Not a date: type it as 2025-03-13, 2025/3/13, 2025.3.13 or 2025年3月13日.")
DATE_NUMBER = QT_TRANSLATE_NOOP(
    "exchange", "A number is not a date: format the cell as Date, or type the date as "
                "2025-03-13.")
NO_SUCH_DATE = QT_TRANSLATE_NOOP("exchange", "There is no such date.")
FUTURE = QT_TRANSLATE_NOOP("exchange", "The date {date} is in the future.")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("exchange", "Unknown value: use one of {choices}.")
YES_NO = QT_TRANSLATE_NOOP("exchange", "Use 是 or 否 (or 1 / 0).")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("exchange", "A whole number from 1 to 20 is expected.")
AMOUNT = QT_TRANSLATE_NOOP(
    "exchange", "Not an amount: type yuan with at most two decimals, like 80.00.")
PERIOD_FORM = QT_TRANSLATE_NOOP(
    "exchange", "Not a period: type a month as 2025-03 or a year as 2025.")
TOO_LONG = QT_TRANSLATE_NOOP("exchange", "This text is too long: at most {limit} characters.")
REQUIRED = QT_TRANSLATE_NOOP("exchange", "Please fill in this cell.")
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "exchange", "This cell holds {length} characters, more than Excel's limit of {limit}.")

_DATE_FORMS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"), re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"))
_PERIOD = re.compile(r"^\d{4}(-\d{2})?$")
_SPACES = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
MULTILINE = ("备注", "说明")  # a line break is allowed there
_YES = {"是": True, "1": True, "否": False, "0": False}


CLEAR_WORDS = ("（清空）", "(清空)")  # a cell that clears the stored value in an update
CLEAR_REQUIRED = QT_TRANSLATE_NOOP("exchange", "This column cannot be cleared.")


class Cleared(Exception):
    """The cell says （清空）: an update clears the stored value."""


class Bad(Exception):
    """A cell's problem: reason template (+ params) in ``context``."""

    def __init__(self, reason: str, context: str = "exchange", **params: Any) -> None:
        super().__init__(reason)
        self.reason, self.context, self.params = reason, context, params


def cell_text(value: object) -> str:
    """The cell as the clerk sees it (for problem lines and the rejected-rows workbook)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def clean(value: str) -> str:
    """Trim and fold runs of spaces (full-width spaces and zero-width characters too)."""
    if value.isascii():
        return " ".join(value.split())
    return " ".join(_SPACES.sub(" ", value).split())


# Each fixed list's words -> the stored code as plain text (an enum's .value costs more
# than the lookup; a county import reads millions of these cells).
_CODES = {vocab: {word: code.value for word, code in words.items()}
          for vocab, words in VOCAB.items()}
_NOT_FIRST = " （("  # a cell starting so takes the full path (trimmed, or （清空）)


def parse(col: Col, value: object, today: dt.date) -> object:
    """The stored value of one cell; None for a blank optional cell.

    The common cells of a county workbook (a date cell, a word of a fixed list, 是 / 否,
    clean text and ID numbers) take a short path with the same outcome; anything else,
    and any cell the short path cannot decide, the full one."""
    if type(value) is str:
        if (value and len(value) <= MAX_CELL and value.isprintable()
                and value[0] not in _NOT_FIRST and value[-1] != " " and "  " not in value):
            kind = col.kind
            if kind == ENUM:
                code = _CODES[col.vocab].get(value)
                if code is not None:
                    return code
            elif kind == BOOL:
                yes = _YES.get(value)
                if yes is not None:
                    return yes
            elif kind == TEXT:
                if not col.limit or len(value) <= col.limit:
                    return value
            elif kind == ID:
                return parse_id(value)
    elif type(value) is dt.date and col.kind == DATE:
        if value > today and not col.future:
            raise Bad(FUTURE, date=value.isoformat())
        return value
    return _parse(col, value, today)


def _parse(col: Col, value: object, today: dt.date) -> object:
    if isinstance(value, str) and len(value) > MAX_CELL:
        raise Bad(CELL_TOO_LONG, length=len(value), limit=MAX_CELL)
    lines_kept = False
    if isinstance(value, str) and col.kind == TEXT and not value.isprintable():
        code = forbidden_character(value, lines=col.header in MULTILINE)
        if code is not None:
            raise Bad(FORBIDDEN_CHARACTER, "errors", code=code)
        if col.header in MULTILINE and ("\n" in value or "\r" in value):  # lines kept, each cleaned
            lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            value = "\n".join(filter(None, (clean(line) for line in lines)))
            lines_kept = True
    if isinstance(value, str) and value and not lines_kept and not (
            value.isprintable() and value[0] != " " and value[-1] != " " and "  " not in value):
        value = clean(value)  # the common, clean cell skips this
    if value is None or value == "":
        if col.required:
            raise Bad(REQUIRED)
        return None
    if isinstance(value, str) and value[0] in "（(" and value.replace(" ", "") in CLEAR_WORDS:
        if col.required:
            raise Bad(CLEAR_REQUIRED)
        raise Cleared
    kind = col.kind
    if kind == DATE:
        return parse_date(value, dt.date.max if col.future else today)
    if kind == ID:
        return parse_id(value)
    if kind == ENUM:
        text = value if isinstance(value, str) else cell_text(value)
        words = VOCAB[col.vocab]
        code = words.get(text) or words.get(unicodedata.normalize("NFKC", text).replace(" ", ""))
        if code is None:
            raise Bad(UNKNOWN_VALUE, choices=choices(col.vocab))
        return code.value
    if kind == BOOL:
        return parse_bool(value)
    if kind == INT:
        return parse_int(value)
    if kind == MONEY:
        return parse_money(value)
    if kind == PERIOD:
        text = cell_text(value) if not isinstance(value, str) else unicodedata.normalize("NFKC", value)
        if not _PERIOD.match(text):
            raise Bad(PERIOD_FORM)
        return text
    text = cell_text(value) if not isinstance(value, str) else value
    if col.limit and len(text) > col.limit:
        raise Bad(TOO_LONG, limit=col.limit)
    return text


def parse_date(value: object, today: dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        raise Bad(DATE_NUMBER)
    else:
        text = unicodedata.normalize("NFKC", str(value)).replace(" ", "")
        if text.isdigit():
            raise Bad(DATE_NUMBER)
        for form in _DATE_FORMS:
            match = form.match(text)
            if match:
                break
        else:
            raise Bad(DATE_FORM)
        try:
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise Bad(NO_SUCH_DATE) from None
    if day > today:
        raise Bad(FUTURE, date=day.isoformat())
    return day


def parse_id(value: object) -> str:
    """Normalised text of an ID number (checked later, with the row); numbers refused."""
    if not isinstance(value, str):
        raise Bad(ID_AS_NUMBER)
    number = value.upper() if value.isascii() and value.isalnum() else idnumber.normalize(value)
    if len(number) == 15 and number.isascii() and number.isdigit():
        try:
            return idnumber.convert_15(number)
        except ValidationError as exc:
            raise Bad(exc.template, "errors", **exc.params) from None
    return number


def check_id(number: str, today: dt.date, woman: bool = False) -> idnumber.IdInfo:
    try:
        return (idnumber.validate_woman if woman else idnumber.validate)(number, today)
    except ValidationError as exc:
        raise Bad(exc.template, "errors", **exc.params) from None


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = cell_text(value) if not isinstance(value, str) else unicodedata.normalize("NFKC", value)
    if text not in _YES:
        raise Bad(YES_NO)
    return _YES[text]


def parse_int(value: object) -> int:
    number = value
    if isinstance(value, float) and value.is_integer():
        number = int(value)
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value)
        number = int(text) if text.isdigit() else None
    if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= 20:
        raise Bad(WHOLE_NUMBER)
    return number


def parse_money(value: object) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        fen = round(value * 100)
        if value < 0 or abs(value * 100 - fen) > 1e-6:
            raise Bad(AMOUNT)
        return fen
    try:
        parsed = parse_yuan(str(value))
    except ValidationError:
        raise Bad(AMOUNT) from None
    if parsed is None:
        raise Bad(AMOUNT)
    return parsed


def typed(col: Col | None, value: object) -> object:
    """A stored value as the clerk types it in the sheet: the Chinese label of a code,
    是 / 否, yuan; dates stay dates. Blank for None."""
    if col is None or value is None or value == "":
        return ""
    if col.kind == ENUM:
        return LABEL[col.vocab].get(str(value), str(value))
    if col.kind == BOOL:
        return "是" if value else "否"
    if col.kind == MONEY and isinstance(value, int):
        return yuan_text(value)
    return value
