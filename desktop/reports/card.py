"""育龄妇女档案卡: one person on one A4 page, with her children, contraception,
pregnancies and check-ups (the newest rows when the lists are too long for the page)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.enums import CheckupResult, CheckupSource, Method, Outcome
from desktop.domain.values.documents import PersonCard
from desktop.reports.labels import (
    CATEGORY,
    GROUP,
    MARITAL,
    SEX,
    STATUS,
    enum_word,
    id_text,
    item_words,
    word,
)
from desktop.reports.pages import Sheet, atomic_output
from desktop.reports.styles import PORTRAIT, cn_date, iso_date, load_fonts
from desktop.reports.tables import Column, TableWriter

ROW = 16.5  # list rows (at least the 8.5 pt line plus padding); the room decides how many
SECTION = 11.0
SECTION_GAP = 8 + SECTION + 5
GRID = [Column("", 2.2), Column("", 4, wrap=2), Column("", 2.2), Column("", 4, wrap=2)]


def write_card_pdf(card: PersonCard, out: Path | str, *, full_ids: bool = False,
                   font_path: str | None = None) -> int:
    fonts = load_fonts(font_path)
    title = f"{card.office_name}育龄妇女档案卡"

    def header(sheet: Sheet) -> None:
        sheet.title_block(title, f"档案编号：{card.person_id:06d}",
                          f"打印日期：{cn_date(card.printed_on)}")

    with atomic_output(out) as part:
        sheet = Sheet(part, fonts, header, PORTRAIT, title)
        sheet.new_page()
        _section(sheet, "一、基本信息")
        _grid(sheet, card, full_ids)
        lists = _lists(card, full_ids)
        _fit(lists, sheet.room() - len(lists) * (SECTION_GAP + ROW) - 4)
        for number, item in enumerate(lists, start=2):
            _section(sheet, f"{'一二三四五六'[number - 1]}、{item.name}")
            table = TableWriter(sheet, item.columns, size=8.5, row_height=ROW)
            span = [len(item.columns)]
            for row in item.rows or [["（无）"]]:
                table.row(row, spans=span if len(row) == 1 else None)
            if item.hidden:
                table.row([f"另有 {item.hidden} 条较早的记录未列出"], spans=span)
            table.close()
        return sheet.finish()


def _section(sheet: Sheet, text: str) -> None:
    sheet.y -= 8 + SECTION
    sheet.strong(sheet.left, sheet.y, text, SECTION)
    sheet.y -= 5


def _grid(sheet: Sheet, c: PersonCard, full_ids: bool) -> None:
    status = word(STATUS, c.status) + (f"（{cn_date(c.status_date)}）" if c.status_date else "")
    cert = c.one_child_cert_no + (f"（{cn_date(c.one_child_cert_date)}）"
                                  if c.one_child_cert_date else "")
    pairs = [
        ("姓名", c.name, "身份证号", id_text(c.id_number, full_ids)),
        ("出生日期", f"{cn_date(c.birth_date)}（{c.age}岁）", "民族", c.ethnicity),
        ("所属单位", c.unit_name, "人员类别", word(CATEGORY, c.category)),
        ("联系电话", c.phone, "登记日期", cn_date(c.registered_on)),
        ("户籍地址", c.household_address), ("现居住地址", c.current_address),
        ("来源地", c.origin, "来本地日期", cn_date(c.arrival_date)),
        ("工作单位", c.employer, "人员状态", status),
        ("婚姻状况", word(MARITAL, c.marital_status), "结婚日期", cn_date(c.marriage_date)),
        ("配偶姓名", c.spouse_name, "配偶身份证号", id_text(c.spouse_id_number, full_ids)),
        ("配偶工作单位", c.spouse_work_unit, "配偶电话", c.spouse_phone),
        ("三查类别", word(GROUP, c.checkup_group), "独生子女证", cert),
        ("备注", c.notes),
    ]
    table = TableWriter(sheet, GRID, size=9.0, row_height=17.0, header=False)
    for pair in pairs:
        table.row(pair, spans=None if len(pair) == 4 else [1, 3])
    table.close()


@dataclass
class _CardList:
    """One list of the card: its title, columns and rows, and how many rows were cut."""

    name: str
    columns: list[Column]
    rows: list[list[object]]
    hidden: int = 0


def _lists(c: PersonCard, full_ids: bool) -> list[_CardList]:
    Rows = list[list[object]]
    children: Rows = [[ch.name, word(SEX, ch.sex), ch.birth_order, iso_date(ch.birth_date),
                       id_text(ch.id_number, full_ids), iso_date(ch.birth_registered_on),
                       iso_date(ch.reported_on), iso_date(ch.death_date)] for ch in c.children]
    methods: Rows = [[enum_word(Method, m.method), iso_date(m.start_date), iso_date(m.end_date),
                      m.place] for m in c.contraception]
    pregnancies: Rows = [[iso_date(p.registered_on), iso_date(p.lmp), iso_date(p.edd), p.followups,
                          enum_word(Outcome, p.outcome) or "妊娠中", iso_date(p.outcome_date)]
                         for p in c.pregnancies]
    checkups: Rows = [[iso_date(k.date), item_words(k.items), enum_word(CheckupResult, k.result),
                       enum_word(CheckupSource, k.source), k.place, k.note] for k in c.checkups]
    return [
        _CardList("子女情况", [Column("姓名", 5), Column("性别", 2.5, "center"),
                      Column("孩次", 2.5, "center"), Column("出生日期", 5, "center"),
                      Column("身份证号", 9, "center"), Column("出生登记", 5, "center"),
                      Column("上报日期", 5, "center"), Column("死亡日期", 5, "center")],
         children),
        _CardList("节育措施", [Column("措施", 5), Column("开始日期", 4, "center"),
                      Column("结束日期", 4, "center"), Column("地点", 10)], methods),
        _CardList("孕情记录", [Column("登记日期", 4, "center"), Column("末次月经", 4, "center"),
                      Column("预产期", 4, "center"), Column("随访次数", 3, "center"),
                      Column("妊娠结局", 4, "center"), Column("结局日期", 4, "center")],
         pregnancies),
        _CardList("三查记录", [Column("检查日期", 4, "center"), Column("检查项目", 6),
                      Column("结果", 2.5, "center"), Column("来源", 3, "center"),
                      Column("地点", 5), Column("备注", 6)], checkups),
    ]


def _fit(lists: list[_CardList], room: float) -> None:
    """Keep the newest rows of the longest lists until every list fits on the page
    (a cut list gains one line saying how many were left out)."""
    def height() -> float:
        return sum(max(len(item.rows), 1) + (1 if item.hidden else 0) for item in lists) * ROW

    while height() > room:
        longest = max(lists, key=lambda item: len(item.rows))
        if len(longest.rows) <= 1:
            return
        longest.rows = longest.rows[:-1]  # lists are newest first
        longest.hidden += 1
