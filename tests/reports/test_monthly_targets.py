"""The report with every rate, its target and its 达标 mark: the PDF read back and looked
at as a page image (nothing drawn beyond the right margin, no name cut), the workbook
read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction

import pypdfium2 as pdfium
from openpyxl import load_workbook

from desktop.domain.values.indicators import Rate, RateKey, Target, UnitFigures
from desktop.reports.monthly import write_report_pdf
from desktop.reports.styles import MARGIN
from desktop.services.indicators.report_export import write_xlsx
from tests.reports import samples
from tests.reports.reading import pages_text

ALL = {
    RateKey.OUTFLOW_INFORMATION: Rate(17, 20),  # exactly 85%: met
    RateKey.INFLOW_SERVICE: Rate(2, 3),  # 66.7%: below 85%
    RateKey.WHOLE_COURSE_PREGNANCY: Rate(9, 10),
    RateKey.PRE_PREGNANCY_CHECKUP: Rate(0, 0),  # no birth: no mark
    RateKey.INFORMATION_ACCURACY: Rate(19, 20),
}
TARGETS = {
    "checkup_coverage": Target(Fraction(1)), "birth_report_timeliness": Target(Fraction(95, 100)),
    "data_completeness": Target(Fraction(95, 100)),
    "outflow_information": Target(Fraction(85, 100)),
    "inflow_service": Target(Fraction(85, 100)),
    "whole_course_pregnancy": Target(Fraction(90, 100)),
    "pre_pregnancy_checkup": Target(Fraction(80, 100)),
    "information_accuracy": Target(Fraction(90, 100)),
    "contraceptive_prevalence": None,
}


def figures():
    base = samples.figures(units=12)
    rates = {**base.rates, **ALL}
    units = [UnitFigures(u.unit_id, f"{u.unit_name}第二网格", u.wra_start, u.wra_end,
                         u.married_wra_end, u.births, {**rates, RateKey.INFLOW_SERVICE: Rate(9, 10)})
             for u in base.units]
    return dataclasses.replace(base, rates=rates, units=units, targets=TARGETS)


def test_pdf_shows_targets_and_marks_and_nothing_is_clipped(tmp_path):
    out = tmp_path / "report.pdf"
    write_report_pdf(figures(), out, clerk_name="李娟", report_date=dt.date(2026, 11, 3))
    text = "\n".join(pages_text(out))
    assert "考核目标" in text and "达标情况" in text
    assert "流出已婚育龄妇女信息掌握率 17 20 85.0% ≥85% 达标" in text
    assert "流入已婚育龄妇女服务管理率 2 3 66.7% ≥85% 未达标" in text
    assert "孕前优生健康检查率 0 0 —" in text and "孕前优生健康检查率 0 0 — ≥80% 达标" not in text
    assert "参考 103–107" in text
    assert "…" not in text  # no name or figure cut short
    assert "94.2%" not in text
    assert "90.0% √" in text  # a unit's inflow rate, met
    doc = pdfium.PdfDocument(str(out))
    for index in range(len(doc)):
        page = doc[index]
        width, _ = page.get_size()
        image = page.render(scale=1.0).to_pil().convert("L")
        right = int(width - MARGIN) + 2
        strip = image.crop((right, 0, image.width, image.height - 40))
        assert strip.getextrema()[0] > 200, f"page {index + 1} draws beyond the right margin"


def test_workbook_has_targets_and_marks(tmp_path):
    out = tmp_path / "report.xlsx"
    write_xlsx(figures(), out)
    sheet = load_workbook(out).active
    rows = [tuple("" if c is None else c for c in row) for row in sheet.iter_rows(values_only=True)]
    header = next(r for r in rows if r[0] == "指标")
    assert header[:6] == ("指标", "分子", "分母", "比率", "考核目标", "达标情况")
    by_name = {r[0]: r for r in rows}
    assert by_name["流出已婚育龄妇女信息掌握率"][1:6] == (17, 20, "85.0%", "≥85%", "达标")
    assert by_name["流入已婚育龄妇女服务管理率"][5] == "未达标"
    assert by_name["节育率"][4:6] == ("", "")
    assert by_name["出生性别比"][4] == "参考 103–107"
    unit_header = next(r for r in rows if r[0] == "单位" and r[1] == "期初数")
    assert "信息准确率" in unit_header
    first = next(r for r in rows if r[0] and str(r[0]).endswith("第二网格"))
    assert first[unit_header.index("流入已婚育龄妇女服务管理率")] == "90.0%（达标）"
