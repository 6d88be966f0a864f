"""人口家庭服务月报表 (and the quarter, half-year, year and statistical-year reports):
counts, rates, the per-unit table, the balance check and the signature lines, with the
period's registers as optional appendices. Definitions: shared/indicators.md."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.report_periods import has_ended
from desktop.domain.report_words import RATE_NAMES
from desktop.domain.values.closing import ClosedReport
from desktop.domain.values.indicators import (
    SEX_RATIO_RANGE,
    STATISTICAL_ERROR,
    Figures,
    Period,
    PeriodKind,
    Rate,
    RateKey,
    UnitFigures,
)
from desktop.domain.values.registers import Register, RegisterRow
from desktop.reports.closed import closed_mark, write_corrections
from desktop.reports.labels import id_text
from desktop.reports.pages import Progress, ProgressFn, Sheet, atomic_output
from desktop.reports.register_print import register_title, write_register_table
from desktop.reports.styles import LANDSCAPE, PORTRAIT, cn_date, cn_month, cn_range, load_fonts
from desktop.reports.tables import Column, TableWriter
from desktop.reports.zh import chinese

KIND_TITLES = {
    PeriodKind.MONTH: "月报表", PeriodKind.QUARTER: "季报表", PeriodKind.HALF_YEAR: "半年报表",
    PeriodKind.YEAR: "年报表", PeriodKind.STAT_YEAR: "统计年报表", PeriodKind.CUSTOM: "统计报表",
}
# Short names for the narrow columns of the per-unit tables.
SHORT_NAMES = {**RATE_NAMES, RateKey.OUTFLOW_INFORMATION: "流出信息掌握率",
               RateKey.INFLOW_SERVICE: "流入服务管理率"}
UNIT_RATES = (RateKey.CHECKUP_COVERAGE, RateKey.CONTRACEPTIVE_PREVALENCE,
              RateKey.DATA_COMPLETENESS)
# The second per-unit table: the rates the work plans set targets on.
UNIT_TARGET_RATES = (RateKey.OUTFLOW_INFORMATION, RateKey.INFLOW_SERVICE,
                     RateKey.WHOLE_COURSE_PREGNANCY, RateKey.PRE_PREGNANCY_CHECKUP,
                     RateKey.BIRTH_REPORT_TIMELINESS, RateKey.INFORMATION_ACCURACY)
MET_WORDS = {True: "达标", False: "未达标", None: ""}
UNIT_MARKS = {True: " √", False: " ×", None: ""}
SECTION_SIZE = 11.0


@dataclass(frozen=True)
class RegisterAppendix:
    """One of the period's registers, printed after the report (rows as stream() gives)."""

    register: Register
    rows: Iterable[list[RegisterRow]]
    total: int = 0  # rows expected, for progress only (0: unknown)


def report_title(figures: Figures) -> str:
    office, kind = figures.office_name, KIND_TITLES[figures.period.kind]
    if "人口家庭服务" in office:  # 城关镇人口家庭服务站 → 城关镇人口家庭服务站月报表
        return f"{office}{kind}"
    return f"{office}人口家庭服务{kind}"


def period_text(figures: Figures) -> str:
    period = figures.period
    if period.kind == PeriodKind.MONTH:
        return cn_month(period.start)
    return cn_range(period.start, period.end)


def unfinished_text(period: Period, today: dt.date | None) -> str:
    """"（本月尚未结束）" after the period of a month not ended on ``today``."""
    if today is None or has_ended(period, today):
        return ""
    return "（本月尚未结束）" if period.kind == PeriodKind.MONTH else "（本期尚未结束）"


def rate_text(key: RateKey, rate: Rate) -> str:
    """One decimal percent; boys per 100 girls for the sex ratio; "—" for a 0 denominator."""
    value = rate.value
    if value is None:
        return "—"
    return f"{value:.1f}" if key == RateKey.SEX_RATIO else f"{value:.1f}%"


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def write_report_pdf(figures: Figures, out: Path | str, *, clerk_name: str,
                     report_date: dt.date, head_name: str = "",
                     appendices: Sequence[RegisterAppendix] = (), full_ids: bool = False,
                     font_path: str | None = None, progress: ProgressFn | None = None,
                     today: dt.date | None = None,
                     closed: ClosedReport | None = None) -> int:
    """The report; a period not ended on ``today`` is marked so on every page.

    ``closed``: the period is closed (结账) and ``figures`` are its stored ones; the
    report is marked 已结账 and the corrections since follow as an appendix."""
    fonts = load_fonts(font_path)
    title = report_title(figures)
    period = period_text(figures) + unfinished_text(figures.period, today)
    if closed is not None:
        period = f"{period}　{closed_mark(closed)}"
        figures = closed.printed()  # 统计误差率 among the rates, marked against its target
    report = Progress(progress, sum(a.total for a in appendices))
    unit = figures.unit_name or "全部单位"

    def header(sheet: Sheet) -> None:
        if sheet.pages == 1:
            sheet.title_block(title, f"填报单位：{unit}", f"统计期间：{period}")
        else:
            sheet.title_block(f"{title}（续）", f"填报单位：{unit}",
                              f"统计期间：{period}")

    with atomic_output(out) as part:
        sheet = Sheet(part, fonts, header, PORTRAIT, title)
        sheet.new_page()
        _counts(sheet, figures)
        _balance(sheet, figures, full_ids)
        _rates(sheet, figures)
        if figures.units:
            _units(sheet, figures)
        _signatures(sheet, clerk_name, head_name, report_date)
        if closed is not None:
            write_corrections(sheet, closed, full_ids)
        done = 0
        for number, appendix in enumerate(appendices, start=1):
            sheet.header = _appendix_header(figures, number, appendix.register, period)
            sheet.new_page(LANDSCAPE)
            done += write_register_table(sheet, Register(appendix.register), appendix.rows,
                                         full_ids, report, done)
        report(done)
        return sheet.finish()


def _section(sheet: Sheet, text: str, need: float = 60) -> None:
    sheet.ensure(need)
    sheet.y -= 8 + SECTION_SIZE
    sheet.strong(sheet.left, sheet.y, text, SECTION_SIZE)
    sheet.y -= 5


def _counts(sheet: Sheet, f: Figures) -> None:
    _section(sheet, "一、基本情况")
    sheet.text(sheet.right, sheet.y + 5, "单位：人", 8, "right")
    order = f.births_order
    left = [
        ("育龄妇女期初数", f.wra_start), ("育龄妇女期末数", f.wra_end),
        (_flow_label("本期增加", f.entries_by, ENTRY_NAMES), f.entries),
        (_flow_label("本期减少", f.exits_by, EXIT_NAMES), f.exits),
        ("已婚育龄妇女（期末）", f.married_wra_end), ("流入育龄妇女（期末）", f.inflow_wra_end),
        ("流出育龄妇女（期末）", f.outflow_wra_end), ("孕情登记", f.pregnancies_registered),
        ("死亡人数（本人及子女）", f.deaths),
    ]
    right = [
        ("出生人数", f.births), ("　其中：男", f.births_boys), ("　　　　女", f.births_girls),
        ("　其中：一孩", order.get("1", 0)), ("　　　　二孩", order.get("2", 0)),
        ("　　　　三孩及以上", order.get("3+", 0)), ("扶助金发放笔数", f.payments_count),
        ("扶助金发放金额（元）", yuan(f.payments_amount_fen)), ("", ""),
    ]
    cols = [Column("项目", 12), Column("数量", 5, "right"), Column("项目", 12),
            Column("数量", 5, "right")]
    table = TableWriter(sheet, cols, size=9.0, row_height=17.0)
    for one, two in zip(left, right, strict=True):
        table.row([one[0], one[1], two[0], two[1]])
    table.close()


ENTRY_NAMES = {"registered": "登记", "turned_15": "满15周岁", "returned": "迁回",
               "moved_in": "调入"}
EXIT_NAMES = {"moved_away": "迁出", "died": "死亡", "turned_50": "满50周岁", "moved_out": "调出"}


def _flow_label(title: str, by: dict[str, int], names: dict[str, str]) -> str:
    """本期增加（登记2、满15周岁1、迁回1）: the reasons with their numbers."""
    parts = [f"{names[k]}{n}" for k, n in by.items() if n and k in names]
    return f"{title}（{'、'.join(parts)}）" if parts else title


def _balance(sheet: Sheet, f: Figures, full_ids: bool) -> None:
    computed = f.wra_start + f.entries - f.exits
    line = (f"期初 {f.wra_start} + 增加 {f.entries} − 减少 {f.exits} = {computed}，"
            f"期末 {f.wra_end}")
    canvas = sheet.canvas
    sheet.ensure(40)
    sheet.y -= 8
    if f.balance_ok:
        box = 22.0
        canvas.setLineWidth(0.5)
        canvas.rect(sheet.left, sheet.y - box, sheet.right - sheet.left, box)
        sheet.text(sheet.left + 6, sheet.y - 15, f"人数平衡核对：{line}　平衡 √", 9.5)
        sheet.y -= box
        return
    box = 38.0
    canvas.saveState()
    canvas.setStrokeColorRGB(0.75, 0, 0)
    canvas.setFillColorRGB(1, 0.93, 0.93)
    canvas.setLineWidth(1.5)
    canvas.rect(sheet.left, sheet.y - box, sheet.right - sheet.left, box, fill=1)
    canvas.restoreState()
    sheet.strong(sheet.left + 6, sheet.y - 15,
                 f"【注意】人数不平衡：{line}，相差 {f.wra_end - computed:+d} 人。", 9.5)
    sheet.text(sheet.left + 6, sheet.y - 30,
               "请核对下列人员的登记、迁移、死亡日期后重新生成报表。" if f.balance_breakers
               else "未找到具体人员，请运行数据检查。", 9)
    sheet.y -= box + 4
    if f.balance_breakers:
        cols = [Column("序号", 3, "center"), Column("姓名", 6), Column("身份证号", 10, "center"),
                Column("原因", 25, wrap=2)]
        table = TableWriter(sheet, cols, size=8.5, row_height=15.0)
        for number, person in enumerate(f.balance_breakers, start=1):
            table.row([number, person.name, id_text(person.id_number, full_ids),
                       chinese("indicators", person.reason)])
        table.close()


def rate_name(key: RateKey) -> str:
    """The printed name; a closed period's 统计误差率 too (its key is a plain value)."""
    return RATE_NAMES.get(key) or {STATISTICAL_ERROR: "统计误差率"}.get(str(getattr(key, "value", key)), str(key))


def target_text(f: Figures, key: RateKey) -> str:
    """'≥95%' / '≤1%'; the sex ratio's normal range; '' for a blank target."""
    if key == RateKey.SEX_RATIO:
        low, high = SEX_RATIO_RANGE
        return f"参考 {low}–{high}"
    target = f.target(key)
    return "" if target is None else target.percent_text().replace(" ", "")


def _rates(sheet: Sheet, f: Figures) -> None:
    _section(sheet, "二、主要指标")
    cols = [Column("指标", 13), Column("分子", 4, "right"), Column("分母", 4, "right"),
            Column("比率", 4.5, "right"), Column("考核目标", 5, "center"),
            Column("达标情况", 4, "center")]
    table = TableWriter(sheet, cols, size=9.0, row_height=17.0)
    for key in RateKey:
        rate = f.rates.get(key)
        if rate is None:
            continue
        name = rate_name(key) + ("（男婴数/女婴数×100）" if key == RateKey.SEX_RATIO else "")
        table.row([name, rate.num, rate.den, rate_text(key, rate), target_text(f, key),
                   MET_WORDS[f.met(key)]])
    table.close()


def _unit_rate(f: Figures, key: RateKey, rate: Rate | None) -> str:
    if rate is None:
        return ""
    return rate_text(key, rate) + UNIT_MARKS[f.met(key, rate)]


def _units(sheet: Sheet, f: Figures) -> None:
    _section(sheet, "三、分单位情况", 80)
    sheet.text(sheet.right, sheet.y + 5, "√ 达标　× 未达标（对照考核目标）", 8, "right")
    cols = [Column("单位", 9, wrap=2), Column("育龄妇女期初", 5.5, "right"),
            Column("育龄妇女期末", 5.5, "right"), Column("已婚育龄妇女", 5.5, "right"),
            Column("调入", 2.6, "right"), Column("调出", 2.6, "right"),
            Column("出生", 2.6, "right")]
    cols += [Column(SHORT_NAMES[key], 5, "right") for key in UNIT_RATES]
    table = TableWriter(sheet, cols, size=8.5, header_size=8.0, row_height=16.0)
    for unit in f.units:
        table.row([_unit_name(unit), unit.wra_start, unit.wra_end, unit.married_wra_end,
                   unit.moved_in, unit.moved_out, unit.births]
                  + [_unit_rate(f, k, unit.rates.get(k)) for k in UNIT_RATES])
    table.close()
    sheet.ensure(60)
    sheet.y -= 10
    cols = [Column("单位", 12, wrap=2)]
    cols += [Column(SHORT_NAMES[key], 6, "right", wrap=2) for key in UNIT_TARGET_RATES]
    table = TableWriter(sheet, cols, size=8.5, header_size=8.0, row_height=16.0)
    for unit in f.units:
        table.row([_unit_name(unit)]
                  + [_unit_rate(f, k, unit.rates.get(k)) for k in UNIT_TARGET_RATES])
    table.close()


def _unit_name(unit: UnitFigures) -> str:
    return f"{unit.unit_name}（本级）" if unit.own else unit.unit_name


def _signatures(sheet: Sheet, clerk: str, head: str, day: dt.date) -> None:
    sheet.ensure(50)
    sheet.y -= 34
    width = sheet.right - sheet.left
    sheet.text(sheet.left, sheet.y, f"单位负责人：{head or '　' * 6}", 10)
    sheet.text(sheet.left + width * 0.38, sheet.y, f"填表人：{clerk}", 10)
    sheet.text(sheet.right, sheet.y, f"报出日期：{cn_date(day)}", 10, "right")
    if not head:  # a line to sign on
        x = sheet.left + sheet.fonts.width("单位负责人：", 10)
        sheet.canvas.setLineWidth(0.5)
        sheet.canvas.line(x, sheet.y - 2, x + 70, sheet.y - 2)


def _appendix_header(f: Figures, number: int, register: Register,
                     period: str) -> Callable[[Sheet], None]:
    title = f"附表{number}　{register_title(Register(register))}"

    def header(sheet: Sheet) -> None:
        sheet.title_block(title, f"{f.office_name}　{f.unit_name or '全部单位'}",
                          f"统计期间：{period}")
    return header
