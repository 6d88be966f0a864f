"""The clerk's own workbooks, built in the tests as she keeps them (no binary fixtures).

A 花名册 with a two-row merged title, headers on row 3, her own headers, 已婚/未婚, dates
typed as 20260305 numbers or 2026.3.5 text, a date-formatted cell, and one ID number
typed as a number; a sheet of children with the mother's ID; the same roster as a GBK
csv and as an .xls (xlwt, a test dependency: .xls is a format she really has).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from tests.helpers import woman_id

B1, B2, B3, B4 = dt.date(1990, 5, 6), dt.date(1992, 7, 8), dt.date(1988, 1, 2), dt.date(1995, 3, 4)
ID1, ID2, ID3, ID4 = woman_id(B1, 2), woman_id(B2, 12), woman_id(B3, 22), woman_id(B4, 32)
TITLE = "东风镇育龄妇女花名册（2026年）"
HEADERS = ["序号", "姓名", "公民身份号码", "所在村", "手机号", "婚姻状况", "结婚时间", "末次月经时间"]
# Her rows: ID1 good (number date), ID2 good (未婚, no marriage), ID3 typed as a number,
# ID4 in a village the ledger does not know.
ROWS = [
    [1, "王芳", ID1, "东村", "13800000001", "已婚", 20150501, None],
    [2, "李娜", ID2, "西村", "13800000002", "未婚", None, None],
    [3, "张丽", int(ID3), "东村", "13800000003", "已婚", "2012.3.5", None],
    [4, "赵敏", ID4, "北村", "13800000004", "已婚", "2019.10.1", None],
]
KID_HEADERS = ["序号", "母亲身份证号码", "子女姓名", "性别", "出生日期"]
KIDS = [
    [1, ID1, "王小明", "男", dt.date(2016, 6, 1)],
    [2, ID1, "王小红", "女", 20180920],
    [3, "110101199001011234", "无名", "女", dt.date(2017, 1, 1)],  # mother not in the ledger
]
UNITS = ("东村", "西村")  # in the ledger before the import


def roster_xlsx(path: Path, kids: bool = True) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append([TITLE])
    sheet.append([])
    sheet.merge_cells("A1:H2")
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    sheet.cell(row=6, column=3).number_format = "0"
    sheet.cell(row=5, column=7).number_format = "0"
    sheet.cell(row=7, column=7).value = dt.date(2019, 10, 1)  # an Excel date, her format
    sheet.cell(row=7, column=7).number_format = 'yyyy"年"m"月"d"日"'
    if kids:
        children = book.create_sheet("子女登记")
        children.append(["子女情况登记表"])
        children.merge_cells("A1:E1")
        children.append(KID_HEADERS)
        for row in KIDS:
            children.append(row)
    book.create_sheet("说明").append(["本表由村专干填写"])
    book.save(path)
    return path


def roster_csv(path: Path, encoding: str = "gbk") -> Path:
    lines = [TITLE, ",".join(HEADERS)]
    for row in ROWS:
        cells = ["" if c is None else str(c) for c in row]
        lines.append(",".join(cells))
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def roster_xls(path: Path) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("花名册")
    sheet.write_merge(0, 1, 0, len(HEADERS) - 1, TITLE)
    for column, header in enumerate(HEADERS):
        sheet.write(2, column, header)
    date_style = xlwt.easyxf(num_format_str='yyyy"年"m"月"d"日"')
    for r, row in enumerate(ROWS, start=3):
        for column, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write(r, column, value, date_style)
            elif value is not None:
                sheet.write(r, column, value)
    book.save(str(path))
    return path
