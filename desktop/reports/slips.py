"""通知单 (three to an A4 page, with cut lines) and the 签收表 the women sign on receipt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.domain.values.reminders import Reminder, ReminderKind
from desktop.reports.labels import id_text
from desktop.reports.pages import Sheet, atomic_output
from desktop.reports.pages_count import SLIPS_PER_PAGE
from desktop.reports.styles import MARGIN, PORTRAIT, cn_date, iso_date, load_fonts
from desktop.reports.tables import Column, TableWriter

PER_PAGE = SLIPS_PER_PAGE
GRACE_DAYS = 7  # an overdue reminder asks her to come within a week of the slip
TITLE_SIZE = 14.0
BODY_SIZE = 10.5
SMALL = 9.0
SHORT_NAMES = {
    ReminderKind.CHECKUP: "三查", ReminderKind.CERTIFICATE: "寄回三查证明",
    ReminderKind.FOLLOWUP: "孕情随访", ReminderKind.DELIVERY: "告知妊娠结局",
    ReminderKind.BIRTH_REPORT: "出生登记", ReminderKind.PAYMENT: "领取扶助金",
    ReminderKind.TURNING_50: "年满50周岁",
}


def deadline(reminder: Reminder, issued_on: dt.date) -> dt.date:
    """The day on the slip: the due date, or a week from issue when it is due already
    ("请于今天前" gives her no time to come)."""
    if reminder.due_date <= issued_on:
        return issued_on + dt.timedelta(days=GRACE_DAYS)
    return reminder.due_date


def request_text(reminder: Reminder, by: dt.date, place: str) -> str:
    """What she is asked to do, in a clerk's words."""
    when, where = cn_date(by), place or "本站"
    kind = ReminderKind(reminder.kind)
    if kind == ReminderKind.CHECKUP:
        return f"请于{when}前到{where}参加三查（查孕、查环、查病）。"
    if kind == ReminderKind.CERTIFICATE:
        return f"请于{when}前寄回现居住地医疗机构出具的三查证明。"
    if kind == ReminderKind.FOLLOWUP:
        return f"请于{when}前到{where}接受孕情随访，或与我们电话联系。"
    if kind == ReminderKind.DELIVERY:
        return f"您的预产期已临近或已过，请于{when}前告知妊娠结局（出生、流产等）。"
    if kind == ReminderKind.BIRTH_REPORT:
        return f"请于{when}前携带出生医学证明到{where}办理出生登记。"
    if kind == ReminderKind.PAYMENT:
        return f"请于{when}前携带银行卡（存折）及身份证到{where}领取{_period(reminder.period)}扶助金。"
    return f"您将于{cn_date(reminder.due_date)}年满50周岁，请于{when}前到{where}核对个人信息。"


def _period(key: str) -> str:
    if len(key) == 7:
        return f"{key[:4]}年{int(key[5:])}月"
    return f"{key}年度" if key else ""


def write_slips_pdf(reminders: Sequence[Reminder], out: Path | str, *, office_name: str,
                    clerk_name: str, clerk_phone: str, place: str, full_ids: bool = False,
                    font_path: str | None = None, issued_on: dt.date | None = None,
                    on_row: Callable[[int], None] | None = None) -> int:
    """The slips, three a page; ``on_row(n)`` after the n-th (it may raise to stop: the
    file is then not written)."""
    dated = issued_on or dt.date.today()
    fonts = load_fonts(font_path)
    with atomic_output(out) as part:
        sheet = Sheet(part, fonts, None, PORTRAIT, f"{office_name}通知单")
        height = (sheet.height - 2 * MARGIN) / PER_PAGE
        for index, reminder in enumerate(reminders):
            slot = index % PER_PAGE
            if slot == 0:
                sheet.new_page()
            top = sheet.height - MARGIN - slot * height
            _slip(sheet, reminder, top, height, office_name, clerk_name, clerk_phone, place,
                  full_ids, dated)
            if slot < PER_PAGE - 1 and index < len(reminders) - 1:
                _cut_line(sheet, top - height)
            if on_row is not None:
                on_row(index + 1)
        return sheet.finish()


def _slip(sheet: Sheet, r: Reminder, top: float, height: float, office: str, clerk: str,
          phone: str, place: str, full_ids: bool, dated: dt.date) -> None:
    left, right = sheet.left + 14, sheet.right - 14
    y = top - 26
    sheet.strong(sheet.width / 2, y, f"{office}通知单", TITLE_SIZE, "center")
    y -= 26
    sheet.text(left, y, f"{r.name}　同志：", BODY_SIZE)
    by = deadline(r, dated)
    for line in sheet.fonts.wrap("　　" + request_text(r, by, place), right - left, BODY_SIZE, 3):
        y -= BODY_SIZE * 1.7
        sheet.text(left, y, line, BODY_SIZE)
    y -= 10
    facts = [("姓　　名", r.name), ("身份证号", id_text(r.id_number, full_ids)),
             ("所属单位", r.unit_name), ("办理事项", SHORT_NAMES[ReminderKind(r.kind)]),
             ("截止日期", cn_date(by)), ("联系电话", r.phone)]
    column = (right - left) / 2
    for number, (label, value) in enumerate(facts):
        x = left + (number % 2) * column
        if number % 2 == 0:
            y -= SMALL * 1.8
        sheet.text(x, y, f"{label}：{value}", SMALL)
    bottom = top - height + 22
    sheet.text(left, bottom, f"经办人：{clerk}　　联系电话：{phone}", SMALL)
    sheet.text(right, bottom, f"{office}　{cn_date(dated)}", SMALL, "right")


def _cut_line(sheet: Sheet, y: float) -> None:
    canvas = sheet.canvas
    canvas.saveState()
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.6)
    canvas.setStrokeGray(0.45)
    canvas.line(MARGIN / 2, y, sheet.width - MARGIN / 2, y)
    canvas.restoreState()
    sheet.text(sheet.right, y + 3, "沿此线剪开", 6.5, "right")


SIGN_COLUMNS = (
    # The ID column holds 18 characters whole when full numbers are printed.
    Column("序号", 2.5, "center"), Column("姓名", 4.5), Column("身份证号", 12.5, "center"),
    Column("单位", 6.5, wrap=2), Column("事项", 5.5), Column("截止日期", 5.5, "center"),
    Column("签收人签字", 6), Column("签收日期", 5.5),
)


def write_signing_sheet_pdf(reminders: Sequence[Reminder], out: Path | str, *, office_name: str,
                            clerk_name: str, as_of: dt.date, full_ids: bool = False,
                            font_path: str | None = None,
                            on_row: Callable[[int], None] | None = None) -> int:
    fonts = load_fonts(font_path)
    title = f"{office_name}通知签收表"

    def header(sheet: Sheet) -> None:
        sheet.title_block(title, f"经办人：{clerk_name}　　共 {len(reminders)} 人",
                          f"截至：{cn_date(as_of)}")

    with atomic_output(out) as part:
        sheet = Sheet(part, fonts, header, PORTRAIT, title)
        table = TableWriter(sheet, SIGN_COLUMNS, size=9.0, row_height=26.0)
        for number, r in enumerate(reminders, start=1):
            table.row([number, r.name, id_text(r.id_number, full_ids), r.unit_name,
                       SHORT_NAMES[ReminderKind(r.kind)],
                       iso_date(deadline(r, as_of)), "", ""])
            if on_row is not None:
                on_row(number)
        if not reminders:
            table.row(["（无）"], spans=[len(SIGN_COLUMNS)])
        table.close()
        return sheet.finish()
