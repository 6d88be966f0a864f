"""Workbooks for the exchange GUI tests, built with openpyxl like an office's roster."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.helpers import make_id

ZHANG = make_id("330102", dt.date(1990, 3, 12), 12)  # also in the GUI tests' sample ledger
LI = make_id("110101", dt.date(1995, 7, 1), 23)
WANG = make_id("330102", dt.date(1985, 1, 20), 34)
CHEN = make_id("330102", dt.date(2000, 10, 5), 45)
ZHAO = make_id("330102", dt.date(1970, 5, 5), 56)
PERSON_HEADERS = ["姓名", "身份证号", "单位", "类别", "登记日期"]


def roster(path: Path, persons: list[list[object]], *, units: bool = True,
           children: bool = True) -> Path:
    """单位 (城关镇 > 东街社区), 人员 with the given rows, 子女 with one child of 张秀英."""
    book = openpyxl.Workbook()
    first = book.active
    if units:
        first.title = "单位"
        first.append(["名称", "上级单位"])
        first.append(["城关镇", None])
        first.append(["东街社区", "城关镇"])
        sheet = book.create_sheet("人员")
    else:
        first.title = "人员"
        sheet = first
    sheet.append(PERSON_HEADERS)
    for row in persons:
        sheet.append(row)
    if children:
        kids = book.create_sheet("子女")
        kids.append(["母亲身份证号", "姓名", "性别", "出生日期"])
        kids.append([ZHANG, "王小明", "男", dt.date(2015, 6, 1)])
    book.save(path)
    return path


GOOD_ROWS = [
    ["张秀英", ZHANG, "东街社区", "常住", "2020-03-01"],
    ["李娜", LI, "城关镇", "流入", None],
]
BAD_ROWS = [
    ["王芳", 330102198501203400, "城关镇", "常住", None],  # ID stored as a number
    ["陈静", CHEN, "城关镇", "外星", None],  # not a category
    ["赵丽", ZHAO, "城关镇", "常住", "03/13/2025"],  # day/month order not guessed
]


def mixed_roster(path: Path) -> Path:
    """Two good persons and a child, three persons with one bad cell each (rows 4-6)."""
    return roster(path, GOOD_ROWS + BAD_ROWS)


def corrected(path: Path) -> Path:
    """What the clerk makes of the rejected rows: the three persons, fixed (no 原因 column)."""
    return roster(path, [["王芳", WANG, "城关镇", "常住", None],
                         ["陈静", CHEN, "城关镇", "流出", None],
                         ["赵丽", ZHAO, "城关镇", "常住", "2025-03-13"]], units=False,
                  children=False)
