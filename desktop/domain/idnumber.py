"""Resident ID numbers (GB 11643): normalise, validate, convert, mask.

Validation uses python-stdnum (``stdnum.cn.ric``) for the check character and its
region table. A region code is accepted when stdnum knows it at all: the year
windows in its table are incomplete, and refusing a real woman's ID is worse than
accepting a code whose county was renamed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from stdnum import numdb
from stdnum.cn import ric

from desktop.domain.enums import Sex
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError

_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


def _digits(text: str) -> bool:
    """ASCII 0-9 only: ``str.isdigit`` also takes Arabic-Indic and other scripts' digits."""
    return text.isascii() and text.isdigit()


@dataclass(frozen=True)
class IdInfo:
    number: str  # normalised 18-character number
    birth_date: dt.date
    sex: Sex
    area_code: str
    region: str  # province + county as far as known, may be ""


def normalize(raw: str | None) -> str:
    """NFKC (full-width to ASCII), drop spaces and zero-width characters, ``x`` to ``X``."""
    if raw is None:
        return ""
    text = unicodedata.normalize("NFKC", str(raw))
    return _INVISIBLE.sub("", text).upper()


def check_character(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits."""
    return ric.calc_check_digit(first17 + "0")


def convert_15(number15: str) -> str:
    """Old 15-digit ID (born 19xx) to its 18-character form."""
    number15 = normalize(number15)
    if len(number15) != 15 or not _digits(number15):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A 15-digit ID number must consist of 15 digits."),
            field="id_number",
        )
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_character(first17)


@lru_cache(maxsize=4096)
def region_of(area_code: str) -> str | None:
    """Province and county names for a 6-digit area code, or None if unknown."""
    info = numdb.get("cn/loc").info(area_code)
    props: dict[str, str] = {}
    for _part, p in info:
        props.update(p)
    if "province" not in props or len(info) < 2 or not info[1][1]:
        return None
    county = props.get("county", "")
    names = [c.split("]")[-1] for c in county.split(",") if c]
    return props["province"] + (names[-1] if names else "")


def validate(raw: str | None, today: dt.date | None = None) -> IdInfo:
    """Return the facts of a valid 18-character ID or raise ValidationError.

    A 15-digit number raises with ``params['convertible']`` set to its 18-character
    form, so that the front end can offer the conversion.
    """
    number = normalize(raw)
    today = today or dt.date.today()
    if not number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please enter the ID number."), field="id_number"
        )
    if len(number) == 15 and _digits(number):
        converted = convert_15(number)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is an old 15-digit ID number. Its 18-character form is {converted}.",
            ),
            field="id_number",
            converted=converted,
            convertible=converted,
        )
    if len(number) != 18:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An ID number has 18 characters; this one has {length}."
            ),
            field="id_number",
            length=len(number),
        )
    if not _digits(number[:17]) or not (_digits(number[17]) or number[17] == "X"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "An ID number consists of 17 digits and a last character that is a digit or X.",
            ),
            field="id_number",
        )
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        birth = None
    if birth is None or birth.year < 1900 or birth > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The birth date in the ID number ({digits}) is not a valid date."
            ),
            field="id_number",
            digits=number[6:14],
        )
    expected = check_character(number[:17])
    if number[17] != expected:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The check character of the ID number is wrong: please compare it with the card.",
            ),
            field="id_number",
        )
    region = region_of(number[:6])
    if region is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The area code {code} at the start of the ID number does not exist."
            ),
            field="id_number",
            code=number[:6],
        )
    sex = Sex.MALE if int(number[16]) % 2 == 1 else Sex.FEMALE
    return IdInfo(number, birth, sex, number[:6], region)


def validate_woman(raw: str | None, today: dt.date | None = None) -> IdInfo:
    """Validate the ID of a woman's record: a male ID is refused."""
    info = validate(raw, today)
    if info.sex is not Sex.FEMALE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This ID number belongs to a man (the 17th digit is odd); "
                "the register is for women. Please check the number.",
            ),
            field="id_number",
        )
    return info


def mask(number: str | None) -> str:
    """``330102********1234``: first 6 and last 4 characters kept."""
    if not number:
        return ""
    if len(number) <= 10:
        return number[:2] + "*" * max(len(number) - 2, 0)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
