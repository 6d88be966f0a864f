"""Roster and register printouts: long lists over many pages, headers repeated, IDs
masked unless asked, Chinese labels."""

from __future__ import annotations

import datetime as dt

from desktop.domain.values.registers import Register
from desktop.reports.register_print import write_register_pdf
from desktop.reports.roster import write_roster_pdf
from tests.helpers import TODAY
from tests.reports.reading import page_sizes, pages_text
from tests.reports.samples import FULL_ID, MASKED_ID, OFFICE, REGISTER, checkup_rows, person_rows

HEADERS = ("序号", "姓名", "身份证号", "出生日期", "年龄", "单位", "类别", "婚姻状况", "联系电话", "状态")


def test_long_roster_breaks_across_pages_with_the_header_on_each(tmp_path):
    out = tmp_path / "roster.pdf"
    rows = person_rows(130)
    seen = []
    pages = write_roster_pdf([rows[:50], rows[50:]], out, office_name=OFFICE,
                             title="育龄妇女花名册", as_of=TODAY, total=130,
                             progress=lambda d, t: seen.append((d, t)))
    texts = pages_text(out)
    assert pages == len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert "城关镇育龄妇女花名册" in text
        assert all(h in text for h in HEADERS)
        assert f"第 {number} 页 共 3 页" in text
    assert "合计：130 人" in texts[-1]
    first = rows[0]
    assert f"1 {first.name} " in texts[0] and "常住" in texts[0] and "初婚" in texts[0]
    assert f"{TODAY.year - first.birth_date.year - 1}" in texts[0]  # age before her birthday
    assert rows[-1].name in texts[-1]
    assert seen[0] == (0, 130) and seen[-1] == (130, 130) and len(seen) >= 4
    assert page_sizes(out) == [(595, 842)] * 3


def test_roster_masks_ids_unless_full_numbers_are_asked(tmp_path):
    rows = person_rows(3)
    write_roster_pdf(rows, tmp_path / "m.pdf", office_name=OFFICE, title="花名册")
    write_roster_pdf(rows, tmp_path / "f.pdf", office_name=OFFICE, title="花名册", full_ids=True)
    masked, full = pages_text(tmp_path / "m.pdf")[0], pages_text(tmp_path / "f.pdf")[0]
    for row in rows:
        assert row.id_number not in masked and row.id_number[:6] + "********" in masked
        assert row.id_number in full


def test_register_printout_is_landscape_with_chinese_columns_and_labels(tmp_path):
    out = tmp_path / "checkups.pdf"
    pages = write_register_pdf(REGISTER, [checkup_rows(40), checkup_rows(40)], out,
                               office_name=OFFICE, start=dt.date(2026, 10, 1),
                               end=dt.date(2026, 10, 31), printed_on=TODAY)
    texts = pages_text(out)
    assert pages == len(texts) >= 3
    assert page_sizes(out) == [(842, 595)] * pages
    for text in texts:
        assert "城关镇三查登记册" in text
        assert "登记期间：2026年10月1日至2026年10月31日" in text
        for header in ("检查项目", "结果", "来源", "地点", "身份证号码"):
            assert header in text
    assert "查孕、查环" in texts[0] and "正常" in texts[0] and "服务站" in texts[0]
    assert MASKED_ID in texts[0] and FULL_ID not in "".join(texts)
    assert "合计：80 条" in texts[-1]


def test_an_empty_register_says_so(tmp_path):
    out = tmp_path / "births.pdf"
    write_register_pdf(Register.BIRTHS, iter(()), out, office_name=OFFICE,
                       start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31), full_ids=True)
    text = pages_text(out)[0]
    assert "生育登记册" in text and "母亲姓名" in text and "（本期无记录）" in text
    assert "合计：0 条" in text
