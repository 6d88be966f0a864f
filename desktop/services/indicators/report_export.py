"""The report's figures as an .xlsx workbook (the same tables as the PDF, for the
higher-level office's spreadsheets) or as the CLI's JSON (Figures.to_json()).

Labels are Chinese here, like the printed report: the file is what the office sends on,
whatever language the window shows. ID numbers (only in the balance list) are masked
unless ``full_ids``; the caller logs a full-ID file (DocumentService.log_full_ids).
Files are written beside the target and renamed when complete.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.cells import sheet_value
from desktop.domain.idnumber import mask
from desktop.domain.report_periods import PeriodKind
from desktop.domain.report_words import RATE_NAMES
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.closing import ClosedReport, printed_change, printed_moves
from desktop.domain.values.indicators import (
    SEX_RATIO_RANGE,
    STATISTICAL_ERROR,
    Figures,
    Rate,
    RateKey,
)
from desktop.errors import StorageError
from desktop.services.indicators.behind import CAME, GONE, NO_DATE_DIED, NO_DATE_MOVED
from desktop.services.xlsx_temp import temp_files_in
from desktop.store.leftovers import part_for
from desktop.system_errors import reason_of

KIND_TITLES = {
    PeriodKind.MONTH: "月报表", PeriodKind.QUARTER: "季报表", PeriodKind.HALF_YEAR: "半年报表",
    PeriodKind.YEAR: "年报表", PeriodKind.STAT_YEAR: "统计年报表", PeriodKind.CUSTOM: "统计报表",
}
COUNTS = (
    ("育龄妇女期初数", "wra_start"), ("增加", "entries"), ("减少", "exits"),
    ("育龄妇女期末数", "wra_end"), ("已婚育龄妇女", "married_wra_end"),
    ("流入育龄妇女", "inflow_wra_end"), ("流出育龄妇女", "outflow_wra_end"),
    ("出生", "births"), ("其中：男", "births_boys"), ("其中：女", "births_girls"),
    ("一孩", "order:1"), ("二孩", "order:2"), ("三孩及以上", "order:3+"),
    ("孕情登记", "pregnancies_registered"), ("死亡", "deaths"),
    ("扶助金发放笔数", "payments_count"), ("扶助金发放金额（元）", "amount"),
)
UNIT_RATES = tuple(key for key in RATE_NAMES if key is not RateKey.SEX_RATIO)
MET_WORDS = {True: "达标", False: "未达标", None: ""}
REASONS = {
    NO_DATE_MOVED: "状态为迁出但没有迁出日期", NO_DATE_DIED: "状态为死亡但没有死亡日期",
    GONE: "计入期初而未计入期末，没有对应的减少", CAME: "计入期末而未计入期初，没有对应的增加",
}

if TYPE_CHECKING:
    from openpyxl import Workbook


def report_title(figures: Figures) -> str:
    return f"{figures.office_name}人口家庭服务{KIND_TITLES[figures.period.kind]}"


def period_text(figures: Figures) -> str:
    p = figures.period
    if p.kind is PeriodKind.MONTH:
        return f"{p.start.year}年{p.start.month}月"
    return (f"{p.start.year}年{p.start.month}月{p.start.day}日至"
            f"{p.end.year}年{p.end.month}月{p.end.day}日")


def percent(key: RateKey | str, rate: Rate) -> str:
    """One decimal; boys per 100 girls (no %) for the sex ratio; "—" for a 0 denominator."""
    value = rate.value
    if value is None:
        return "—"
    return f"{value:.1f}" if key is RateKey.SEX_RATIO else f"{value:.1f}%"


def target_cell(figures: Figures, key: RateKey | str) -> str:
    if key is RateKey.SEX_RATIO:
        return "参考 {}–{}".format(*SEX_RATIO_RANGE)
    target = figures.target(key)
    return "" if target is None else target.percent_text().replace(" ", "")


def _unit_cell(figures: Figures, key: RateKey, rate: Rate) -> str:
    mark = MET_WORDS[figures.met(key, rate)]
    return percent(key, rate) + (f"（{mark}）" if mark else "")


def count_value(figures: Figures, key: str) -> int | float:
    if key == "amount":
        return round(figures.payments_amount_fen / 100, 2)
    if key.startswith("order:"):
        return figures.births_order.get(key.split(":", 1)[1], 0)
    value: int | float = getattr(figures, key)
    return value


def write_json(figures: Figures, out: Path | str, closed: ClosedReport | None = None) -> Path:
    """``closed``: a closed period's stored report, with "closed", "corrections" and
    "statistical_error" besides the same figure keys."""
    data = closed.to_json() if closed is not None else figures.to_json()
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _atomic(Path(out), lambda part: part.write_text(text + "\n", encoding="utf-8"))


def write_xlsx(figures: Figures, out: Path | str, *, full_ids: bool = False,
               closed: ClosedReport | None = None) -> Path:
    """One sheet 报表: header, counts, rates (分子, 分母, 比率), per-unit table, balance;
    for a closed period the 已结账 line and the corrections after it."""
    if closed is not None:
        figures = closed.printed()  # 统计误差率 among the rates, marked against its target

    def save(part: Path) -> None:
        with temp_files_in(part.parent):  # openpyxl's sheet files: not the system temp
            _book(figures, full_ids, closed).save(part)

    return _atomic(Path(out), save)


def _book(figures: Figures, full_ids: bool,
          closed: ClosedReport | None = None) -> Workbook:
    from openpyxl import Workbook  # ~0.15 s: only when a workbook is written
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook's one sheet
    sheet.title = "报表"
    bold = Font(bold=True)

    def row(*values: object, strong: bool = False) -> None:
        sheet.append([sheet_value(sheet, value) for value in values])
        if strong:
            for cell in sheet[sheet.max_row]:
                cell.font = bold

    row(report_title(figures), strong=True)
    row("单位", figures.unit_name)
    row("期间", period_text(figures))
    if closed is not None:
        row("已结账", closed.mark.at.isoformat(sep=" "), closed.mark.by, strong=True)
    row()
    row("项目", "数值", strong=True)
    for label, key in COUNTS:
        row(label, count_value(figures, key))
    row()
    row("指标", "分子", "分母", "比率", "考核目标", "达标情况", strong=True)
    for key in [*RATE_NAMES, *(k for k in figures.rates if k not in RATE_NAMES)]:
        name = (RATE_NAMES.get(key) if isinstance(key, RateKey) else None) or {
            STATISTICAL_ERROR: "统计误差率"}.get(str(getattr(key, "value", key)), str(key))
        rate = figures.rates.get(key, Rate(0, 0))
        num = rate.num * 100 if key is RateKey.SEX_RATIO else rate.num  # 男 x 100 / 女
        row(name, num, rate.den, percent(key, rate), target_cell(figures, key),
            MET_WORDS[figures.met(key)])
    if figures.units:
        row()
        row("单位", "期初数", "期末数", "已婚育龄妇女", "调入", "调出", "出生",
            *[RATE_NAMES[k] for k in UNIT_RATES], strong=True)
        for u in figures.units:
            row(f"{u.unit_name}（本级）" if u.own else u.unit_name, u.wra_start, u.wra_end,
                u.married_wra_end, u.moved_in, u.moved_out, u.births,
                *[_unit_cell(figures, k, u.rates.get(k, Rate(0, 0))) for k in UNIT_RATES])
    row()
    balance = (f"期初 {figures.wra_start} + 增加 {figures.entries} − 减少 {figures.exits} = "
               f"{figures.wra_start + figures.entries - figures.exits}，期末 {figures.wra_end}")
    row("平衡检查", balance, "平衡" if figures.balance_ok else "不平衡", strong=True)
    if figures.balance_breakers:
        row("姓名", "身份证号码", "原因", strong=True)
        for b in figures.balance_breakers:
            row(b.name, b.id_number if full_ids else mask(b.id_number),
                REASONS.get(b.reason, b.reason))
    if closed is not None:
        _corrections(row, closed, full_ids)
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 24
    return book


def _corrections(row: Callable[..., None], closed: ClosedReport, full_ids: bool) -> None:
    rate = closed.error
    row()
    row("统计误差率", rate.num, rate.den, "—" if rate.value is None else f"{rate.value:.1f}%",
        strong=True)
    row("结账后更正", strong=True)
    row("姓名", "身份证号码", "记录", "字段", "原值 → 新值", "影响", strong=True)
    for c in closed.corrections:
        number = c.id_number if full_ids else mask(c.id_number)
        for i, ch in enumerate(c.changes or [None]):
            printed = printed_change(ch) if ch is not None else ("", "", "")
            row(c.name if i == 0 else "", number if i == 0 else "", *printed,
                printed_moves(c.moves) if i == 0 else "")


def _atomic(path: Path, write: Callable[[Path], object]) -> Path:
    part = part_for(path)
    try:
        if not path.parent.is_dir():
            raise FileNotFoundError(2, os.strerror(2))
        write(part)
        os.replace(part, path)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The file {path} cannot be written: {reason}"),
            path=str(path), reason=reason_of(exc),
        ) from exc
    finally:
        part.unlink(missing_ok=True)
    return path
