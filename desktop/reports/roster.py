"""花名册: the persons the register page shows, one line each, streamed page by page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.domain.dates import age_on
from desktop.domain.values.people import PersonRow
from desktop.reports.labels import CATEGORY, MARITAL, STATUS, id_text, word
from desktop.reports.pages import Progress, ProgressFn, Sheet, atomic_output
from desktop.reports.styles import PORTRAIT, cn_date, iso_date, load_fonts
from desktop.reports.tables import Column, TableWriter

COLUMNS = (
    Column("序号", 4.5, "center"), Column("姓名", 7), Column("身份证号", 15, "center"),
    Column("出生日期", 9, "center"), Column("年龄", 4, "center"), Column("单位", 11),
    Column("类别", 4.5, "center"), Column("婚姻状况", 6, "center"),
    Column("联系电话", 11, "center"), Column("状态", 6, "center"),
)


def write_roster_pdf(rows: Iterable[list[PersonRow]] | Iterable[PersonRow], out: Path | str, *,
                     office_name: str, title: str, full_ids: bool = False,
                     font_path: str | None = None, progress: ProgressFn | None = None,
                     as_of: dt.date | None = None, total: int = 0) -> int:
    """Write the roster; ``total`` (rows expected, 0 if unknown) only feeds ``progress``.
    Ages are full years on ``as_of`` (today by default)."""
    as_of = as_of or dt.date.today()
    fonts = load_fonts(font_path)
    report = Progress(progress, total)
    heading = f"{office_name}{title}"

    def header(sheet: Sheet) -> None:
        sheet.title_block(heading, f"打印日期：{cn_date(as_of)}", "")

    with atomic_output(out) as part:
        sheet = Sheet(part, fonts, header, PORTRAIT, heading)
        table = TableWriter(sheet, COLUMNS, size=8.0, row_height=15.0)
        done, page = 0, 0
        report(0)
        for person in _flat(rows):
            done += 1
            table.row((
                done, person.name, id_text(person.id_number, full_ids),
                iso_date(person.birth_date), age_on(person.birth_date, as_of),
                person.unit_name, word(CATEGORY, person.category),
                word(MARITAL, person.marital_status), person.phone, word(STATUS, person.status),
            ))
            if sheet.pages != page:
                page = sheet.pages
                report(done)
        table.close()
        _total_line(sheet, f"合计：{done} 人")
        report(done)
        return sheet.finish()


def _flat(rows: Iterable[list[PersonRow]] | Iterable[PersonRow]) -> Iterator[PersonRow]:
    for item in rows:
        if isinstance(item, PersonRow):
            yield item
        else:
            yield from item


def _total_line(sheet: Sheet, text: str) -> None:
    if sheet.room() < 16:
        sheet.new_page()
    sheet.y -= 13
    sheet.text(sheet.left, sheet.y, text, 9)
