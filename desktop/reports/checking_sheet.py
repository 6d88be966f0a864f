"""信息核对抽查表: the checking sheet of a month's verification sample (A4 landscape).

One line per person drawn: name, masked ID number, unit, then each item to check with
what the ledger holds and 对 / 错 boxes, a column for the correct value; the checker's
and the clerk's signature lines at the end. ID numbers are masked unless ``full_ids``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.values.samples import ITEMS, SampleInfo, SampleRow
from desktop.reports.labels import MARITAL, id_text, word
from desktop.reports.pages import Sheet, atomic_output
from desktop.reports.styles import LANDSCAPE, cn_date, load_fonts
from desktop.reports.tables import Column, TableWriter

# The bundled font has no ballot box: full-width brackets stand for the boxes.
BOXES = "［ ］对 ［ ］错"
TICKED = {True: "［√］对 ［ ］错", False: "［ ］对 ［√］错"}
METHODS = {"iud": "上环", "tubal_ligation": "女扎", "vasectomy": "男扎", "implant": "皮埋",
           "injectable": "注射", "pill": "口服药", "condom": "避孕套", "other": "其他",
           "none": "无"}
WIDTHS = {"name": 5.6, "id_number": 5.6, "marital": 5.6, "children": 5.6,
          "contraception": 5.6, "address": 9, "phone": 7}
COLUMNS = (
    Column("序号", 2.2, "center"), Column("姓名", 4.5), Column("身份证号", 9, "center"),
    Column("单位", 5, wrap=2),
    *[Column(f"{chinese}", WIDTHS[key], "center" if key != "address" else "left",
             wrap=3 if key == "address" else 2) for key, _, chinese in ITEMS],
    Column("错项正确信息", 6, wrap=3),
)


def sheet_title(office_name: str) -> str:
    return f"{office_name}信息核对抽查表"


def _ledger_value(row: SampleRow, key: str) -> str:
    """What the ledger holds for an item (name and ID number are in their own columns)."""
    if key == "marital":
        return word(MARITAL, row.marital_status)
    if key == "children":
        return f"{row.children}个"
    if key == "contraception":
        return METHODS.get(row.contraception, row.contraception) or "（无记录）"
    if key == "address":
        return row.address or "（空）"
    if key == "phone":
        return row.phone or "（空）"
    return ""


def _cell(row: SampleRow, key: str) -> str:
    result = row.results.get(key)
    mark = BOXES if result is None else TICKED[result]
    value = _ledger_value(row, key)
    return f"{mark}\n{value}" if value else mark


def write_checking_sheet(info: SampleInfo, rows: Sequence[SampleRow], out: Path | str, *,
                         office_name: str, clerk_name: str, printed_on: dt.date,
                         full_ids: bool = False, font_path: str | None = None) -> int:
    """Write the sheet; returns the number of pages. Results already entered are ticked."""
    fonts = load_fonts(font_path)
    title = sheet_title(office_name)
    year, month = info.month.split("-")
    left = f"抽查月份：{int(year)}年{int(month)}月　抽取日期：{cn_date(info.drawn_on)}"
    right = f"抽取 {info.size} 人（当日在册 {info.population} 人）　打印日期：{cn_date(printed_on)}"

    def header(sheet: Sheet) -> None:
        sheet.title_block(title if sheet.pages == 1 else f"{title}（续）", left, right)

    with atomic_output(out) as part:
        sheet = Sheet(part, fonts, header, LANDSCAPE, title)
        table = TableWriter(sheet, COLUMNS, size=7.5, header_size=8.5, row_height=30.0)
        for row in rows:
            table.row([row.position, row.name, id_text(row.id_number, full_ids), row.unit_name,
                       *[_cell(row, key) for key, _, _ in ITEMS], ""])
        table.close()
        _footer(sheet, clerk_name)
        return sheet.finish()


def _footer(sheet: Sheet, clerk: str) -> None:
    sheet.ensure(70)
    sheet.y -= 14
    sheet.text(sheet.left, sheet.y, "说明：逐项入户或电话核对，在“对”或“错”框内打√；"
               "错项在最后一栏写明正确信息，回来后在台账中更正。", 8.5)
    sheet.y -= 30
    width = sheet.right - sheet.left
    canvas = sheet.canvas
    canvas.setLineWidth(0.5)
    for x, label, name in ((sheet.left, "核对人（签名）：", ""),
                           (sheet.left + width * 0.36, "填表人（签名）：", clerk),
                           (sheet.left + width * 0.70, "核对日期：", "")):
        sheet.text(x, sheet.y, label + name, 10)
        start = x + fonts_width(sheet, label + name)
        canvas.line(start + 2, sheet.y - 2, start + 110, sheet.y - 2)


def fonts_width(sheet: Sheet, text: str) -> float:
    return sheet.fonts.width(text, 10)
