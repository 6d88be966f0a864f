"""Chinese words of the printed forms (the forms are filed as they are, whatever language
the window shows); the register words are shared with the export (domain/register_words.py),
so print and xlsx agree."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop.domain.enums import (
    Category,
    CheckupGroup,
    MaritalStatus,
    RecordStatus,
    StatusFilter,
)
from desktop.domain.idnumber import mask
from desktop.domain.register_words import LABELS as REGISTER_LABELS
from desktop.domain.register_words import OTHER_LABELS

CATEGORY = {Category.RESIDENT: "常住", Category.INFLOW: "流入", Category.OUTFLOW: "流出"}
MARITAL = {MaritalStatus.SINGLE: "未婚", MaritalStatus.FIRST_MARRIAGE: "初婚",
           MaritalStatus.REMARRIED: "再婚", MaritalStatus.DIVORCED: "离婚",
           MaritalStatus.WIDOWED: "丧偶"}
STATUS = {RecordStatus.ACTIVE: "在册", RecordStatus.MOVED: "迁出",
          RecordStatus.DECEASED: "死亡", StatusFilter.AGED_OUT: "已出育龄"}
GROUP = {CheckupGroup.KEY: "重点", CheckupGroup.GENERAL: "一般"}
SEX = {"M": "男", "F": "女"}


def word(table: Mapping[Any, str], code: object) -> str:
    """The Chinese word of a stored code; the code itself when unknown, blank for none."""
    if code is None or code == "":
        return ""
    return table.get(code, str(code))


def enum_word(enum: type, code: object) -> str:
    return word(REGISTER_LABELS.get(enum, {}), code)


def item_words(items: Iterable[str]) -> str:
    return "、".join(OTHER_LABELS.get(i, i) for i in items)


def id_text(number: str | None, full: bool) -> str:
    return (number or "") if full else mask(number)
