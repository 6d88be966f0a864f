"""The monthly (and other periods') report read back: figures, rates, balance, footer."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.values.indicators import PeriodKind, Rate, RateKey
from desktop.domain.values.registers import Register
from desktop.errors import CancelledError
from desktop.reports.monthly import RegisterAppendix, rate_text, write_report_pdf
from tests.reports.reading import fonts, is_subset_name, page_sizes, pages_text
from tests.reports.samples import FULL_ID, MASKED_ID, checkup_rows, figures

REPORTED = dt.date(2026, 11, 3)


def write(tmp_path, f, **kw):
    out = tmp_path / "report.pdf"
    pages = write_report_pdf(f, out, clerk_name="李娟", report_date=REPORTED, **kw)
    return pages, out, pages_text(out)


def test_monthly_report_prints_counts_rates_units_and_footer(tmp_path):
    pages, out, texts = write(tmp_path, figures())
    text = texts[0]
    assert pages == 1 and page_sizes(out) == [(595, 842)]
    assert "城关镇人口家庭服务月报表" in text
    assert "填报单位：全镇" in text and "统计期间：2026年10月" in text
    for label, value in (("育龄妇女期初数", "1203"), ("育龄妇女期末数", "1207"),
                         ("已婚育龄妇女（期末）", "912"), ("流入育龄妇女（期末）", "41"),
                         ("流出育龄妇女（期末）", "37"), ("出生人数", "6"), ("孕情登记", "7"),
                         ("扶助金发放笔数", "32"), ("扶助金发放金额（元）", "12,345.50")):
        assert f"{label} {value}" in text, label
    assert "三孩及以上 1" in text
    assert "三查率 45 60 75.0%" in text
    assert "节育率 800 912 87.7%" in text
    assert "孕情登记及时率 0 0 —" in text
    assert "出生性别比（男婴数/女婴数×100） 4 2 200.0" in text  # no % sign
    assert "信息完整率 1187 1203 98.7%" in text
    assert "第1村民委员会 400 401 300 0 0 2 75.0%" in text  # 调入 0, 调出 0
    assert "单位负责人：" in text and "填表人：李娟" in text and "报出日期：2026年11月3日" in text
    assert "第 1 页 共 1 页" in text
    assert all(embedded and is_subset_name(name) for name, embedded in fonts(out))


def test_balance_line_says_ok_and_no_warning_when_it_holds(tmp_path):
    _, _, texts = write(tmp_path, figures())
    assert "期初 1203 + 增加 9 − 减少 5 = 1207，期末 1207" in texts[0]
    assert "平衡 √" in texts[0] and "不平衡" not in texts[0]


def test_balance_warning_lists_the_persons_with_masked_ids(tmp_path):
    _, _, texts = write(tmp_path, figures(balanced=False))
    text = "".join(texts)
    assert "人数不平衡" in text and "相差 +2 人" in text and "平衡 √" not in text
    assert "王秀英" in text and "李红梅" in text
    assert MASKED_ID in text and FULL_ID not in text
    _, _, full = write(tmp_path, figures(balanced=False), full_ids=True)
    assert FULL_ID in "".join(full)


@pytest.mark.parametrize(("kind", "title", "period"), [
    (PeriodKind.QUARTER, "季报表", "2026年10月1日至2026年10月31日"),
    (PeriodKind.STAT_YEAR, "统计年报表", "2025年10月1日至2026年9月30日"),
])
def test_other_periods_have_their_titles(tmp_path, kind, title, period):
    _, _, texts = write(tmp_path, figures(kind=kind))
    assert f"城关镇人口家庭服务{title}" in texts[0] and f"统计期间：{period}" in texts[0]


def test_many_units_continue_on_a_second_page_with_the_header(tmp_path):
    pages, _, texts = write(tmp_path, figures(units=60))
    assert pages == len(texts) >= 2
    for text in texts[1:]:
        assert "人口家庭服务月报表（续）" in text and "统计期间：2026年10月" in text
    assert "三查率" in texts[1] and "育龄妇女期末" in texts[1]  # the table's header again
    assert "第60村民委员会" in "".join(texts[1:]) and "填表人：李娟" in texts[-1]


def test_appendices_are_the_registers_on_landscape_pages(tmp_path):
    seen = []
    pages, out, texts = write(
        tmp_path, figures(),
        appendices=[RegisterAppendix(Register.CHECKUPS, [checkup_rows(50)], total=50),
                    RegisterAppendix(Register.BIRTHS, [])],
        progress=lambda d, t: seen.append((d, t)))
    sizes = page_sizes(out)
    assert sizes[0] == (595, 842) and set(sizes[1:]) == {(842, 595)}
    assert "附表1　三查登记册" in texts[1] and "刘0" in texts[1]
    assert "附表2　生育登记册" in texts[-1] and "（本期无记录）" in texts[-1]
    assert f"第 {pages} 页 共 {pages} 页" in texts[-1]
    assert seen[-1] == (50, 50)


def test_cancel_during_the_appendices_leaves_no_file(tmp_path):
    out = tmp_path / "report.pdf"
    with pytest.raises(CancelledError):
        write_report_pdf(figures(), out, clerk_name="李娟", report_date=REPORTED,
                         appendices=[RegisterAppendix(Register.CHECKUPS, [checkup_rows(200)])],
                         progress=lambda d, t: d < 50)
    assert list(tmp_path.iterdir()) == []


def test_rate_text():
    assert rate_text(RateKey.CHECKUP_COVERAGE, Rate(1, 3)) == "33.3%"
    assert rate_text(RateKey.SEX_RATIO, Rate(105, 100)) == "105.0"
    assert rate_text(RateKey.SEX_RATIO, Rate(3, 0)) == "—"


def test_the_persons_of_the_unit_itself_have_their_own_line(tmp_path):
    import dataclasses

    from desktop.services.indicators.report_export import write_xlsx

    base = figures(units=1)
    own = dataclasses.replace(base.units[0], unit_id=1, unit_name="城关镇", own=True)
    both = dataclasses.replace(base, units=[*base.units, own])
    write_report_pdf(both, tmp_path / "r.pdf", clerk_name="李娟", report_date=dt.date(2026, 11, 28))
    text = pages_text(tmp_path / "r.pdf")[0]
    assert "第1村民委员会" in text and "城关镇（本级）" in text
    write_xlsx(both, tmp_path / "r.xlsx")
    from openpyxl import load_workbook

    cells = [c.value for row in load_workbook(tmp_path / "r.xlsx").active.iter_rows()
             for c in row]
    assert "城关镇（本级）" in cells


def test_an_office_named_for_the_service_is_not_named_twice():
    import dataclasses

    from desktop.reports.monthly import report_title

    assert report_title(figures()) == "城关镇人口家庭服务月报表"
    station = dataclasses.replace(figures(), office_name="城关镇人口家庭服务站")
    assert report_title(station) == "城关镇人口家庭服务站月报表"
