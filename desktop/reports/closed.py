"""The parts a closed period's report adds (结账): the 已结账 mark under the title, and the
appendix of corrections made after closing with 统计误差率. The figures themselves are
the stored ones, printed by desktop.reports.monthly as any report's."""

from __future__ import annotations

from desktop.domain.values.closing import ClosedReport, printed_change, printed_moves
from desktop.reports.labels import id_text
from desktop.reports.pages import Sheet
from desktop.reports.styles import cn_date
from desktop.reports.tables import Column, TableWriter


def closed_mark(closed: ClosedReport) -> str:
    by = f"，结账人：{closed.mark.by}" if closed.mark.by else ""
    return f"已结账（{cn_date(closed.mark.at.date())}{by}）"


def error_text(closed: ClosedReport) -> str:
    rate = closed.error
    shown = "—" if rate.value is None else f"{rate.value:.1f}%"
    return f"统计误差率：{rate.num} / {rate.den} = {shown}"


def write_corrections(sheet: Sheet, closed: ClosedReport, full_ids: bool) -> None:
    """附：结账后更正 — who, which record and field, old → new, which figures move."""
    sheet.ensure(70)
    sheet.y -= 26
    sheet.strong(sheet.left, sheet.y, "附：结账后更正", 11.0)
    sheet.y -= 16
    count = len(closed.corrections)
    sheet.text(sheet.left, sheet.y,
               f"本表按结账时数据打印；结账后有 {count} 人的更正影响本期数字。{error_text(closed)}",
               9)
    sheet.y -= 6
    if not closed.corrections:
        return
    cols = [Column("序号", 3, "center"), Column("姓名", 5), Column("身份证号", 9, "center"),
            Column("记录", 4), Column("字段", 5), Column("原值 → 新值", 10, wrap=2),
            Column("影响", 10, wrap=3)]
    table = TableWriter(sheet, cols, size=8.0, row_height=15.0)
    for number, c in enumerate(closed.corrections, start=1):
        changes = c.changes or []
        first = printed_change(changes[0]) if changes else ("", "", "")
        table.row([number, c.name, id_text(c.id_number, full_ids), *first,
                   printed_moves(c.moves)])
        for ch in changes[1:]:
            table.row(["", "", "", *printed_change(ch), ""])
    table.close()
