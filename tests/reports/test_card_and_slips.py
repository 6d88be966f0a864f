"""Archive card on one page; notification slips three to a page; the signing sheet."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.domain.values.reminders import ReminderKind
from desktop.reports.card import write_card_pdf
from desktop.reports.slips import deadline, request_text, write_signing_sheet_pdf, write_slips_pdf
from tests.helpers import TODAY
from tests.reports.reading import page_sizes, pages_text
from tests.reports.samples import FULL_ID, MASKED_ID, OFFICE, card, reminders


def test_card_shows_her_fields_and_lists_on_one_page(tmp_path):
    out = tmp_path / "card.pdf"
    assert write_card_pdf(card(), out) == 1
    text = pages_text(out)[0]
    assert page_sizes(out) == [(595, 842)]
    assert "城关镇育龄妇女档案卡" in text and "王秀英" in text
    assert MASKED_ID in text and FULL_ID not in text
    assert "330102198801011237" not in text  # the husband's number is masked too
    for part in ("1990年5月17日（36岁）", "东门村", "常住", "初婚", "2012年10月1日", "李建国",
                 "重点", "李小明", "上环", "活产", "查孕、查环、查病", "浙江省杭州市上城区东门村12号"):
        assert part in text, part
    assert "第 1 页 共 1 页" in text


def test_card_with_many_checkups_still_fits_one_page_newest_first(tmp_path):
    out = tmp_path / "card.pdf"
    assert write_card_pdf(card(checkups=60), out) == 1
    text = pages_text(out)[0]
    assert "2026-10-01" in text  # the newest check-up is kept
    assert "条较早的记录未列出" in text


def test_card_with_full_ids(tmp_path):
    out = tmp_path / "card.pdf"
    write_card_pdf(card(), out, full_ids=True)
    assert FULL_ID in pages_text(out)[0]


def test_slips_three_to_a_page_with_what_to_do(tmp_path):
    out = tmp_path / "slips.pdf"
    items = reminders(7)
    pages = write_slips_pdf(items, out, office_name=OFFICE, clerk_name="李娟",
                            clerk_phone="0571-88886666", place="镇计生服务站", issued_on=TODAY)
    texts = pages_text(out)
    assert pages == len(texts) == 3
    assert [t.count("城关镇通知单") for t in texts] == [3, 3, 1]
    first = texts[0]
    assert "赵甲" in first and "东门村" in first and MASKED_ID in first and FULL_ID not in first
    assert "请于2026年12月8日前到镇计生服务站参加三查（查孕、查环、查病）" in first
    assert "经办人：李娟" in first and "0571-88886666" in first and "2026年11月28日" in first
    assert "寄回现居住地医疗机构出具的三查证明" in first
    # overdue (due 11-23): a week from the day of issue
    assert "请于2026年12月5日前告知妊娠结局" in texts[1].replace("（出生、流产等）", "")
    assert "出生医学证明" in texts[1] and "领取2026年11月扶助金" in texts[1]
    assert "年满50周岁" in texts[2]


@pytest.mark.parametrize("kind", list(ReminderKind))
def test_every_kind_has_a_request(kind):
    item = reminders(1)[0]
    item = type(item)(**{**item.__dict__, "kind": kind, "period": "2026"})
    text = request_text(item, TODAY, "")
    assert "2026年11月28日" in text and text.endswith("。")


def test_deadline_is_the_due_date_or_a_week_after_issue():
    due_later, overdue = reminders(7)[0], reminders(7)[4]
    assert deadline(due_later, TODAY) == due_later.due_date
    assert deadline(overdue, TODAY) == TODAY + dt.timedelta(days=7)
    due_today = dataclasses.replace(due_later, due_date=TODAY)
    assert deadline(due_today, TODAY) == TODAY + dt.timedelta(days=7)


def test_signing_sheet_repeats_its_header(tmp_path):
    out = tmp_path / "sign.pdf"
    pages = write_signing_sheet_pdf(reminders(40), out, office_name=OFFICE, clerk_name="李娟",
                                    as_of=TODAY)
    texts = pages_text(out)
    assert pages == len(texts) == 2
    for number, text in enumerate(texts, start=1):
        for header in ("序号", "姓名", "身份证号", "单位", "事项", "截止日期", "签收人签字", "签收日期"):
            assert header in text
        assert "城关镇通知签收表" in text and f"第 {number} 页 共 2 页" in text
    assert "共 40 人" in texts[0] and "三查" in texts[0] and MASKED_ID in texts[0]
    assert "40 赵" in texts[1]


def test_signing_sheet_prints_a_full_id_number_whole(tmp_path):
    out = tmp_path / "sign_full.pdf"
    chosen = reminders(3)
    write_signing_sheet_pdf(chosen, out, office_name=OFFICE, clerk_name="李娟", as_of=TODAY,
                            full_ids=True)
    text = pages_text(out)[0]
    assert all(r.id_number in text for r in chosen)  # 18 characters, not cut with "…"
