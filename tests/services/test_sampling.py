"""核对抽查: the size rule, the same sample on a second draw, a logged redraw, results
feeding 信息准确率, bad input refused; the checking sheet read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.domain import report_periods
from desktop.domain.idnumber import mask
from desktop.domain.values.indicators import Rate, RateKey
from desktop.domain.values.samples import ITEM_KEYS
from desktop.errors import ValidationError
from desktop.reports.checking_sheet import write_checking_sheet
from desktop.services.indicators.sampling import sample_size
from desktop.store.db import transaction
from desktop.store.models import ChangeLog, Person, Unit
from tests.helpers import fresh_services, woman_id
from tests.reports.reading import page_sizes, pages_text

TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 9)


@given(st.integers(0, 100_000))
def test_size_is_five_percent_half_up_within_20_and_200(population):
    size = sample_size(population, Decimal("0.05"), 20, 200)
    assert size <= population
    assert size == min(population, max(20, min(200, (population * 5 + 50) // 100)))


def test_size_edges():
    assert sample_size(410, Decimal("0.05"), 20, 200) == 21  # 20.5 rounds half up
    assert sample_size(409, Decimal("0.05"), 20, 200) == 20  # 20.45
    assert sample_size(12, Decimal("0.05"), 20, 200) == 12  # never more than there are
    assert sample_size(100_000, Decimal("0.05"), 20, 200) == 200


@pytest.fixture
def ledger(tmp_path):
    services = fresh_services(tmp_path, today=TODAY)
    with transaction(services.factory) as s:
        unit = Unit(name="东村")
        s.add(unit)
        s.flush()
        for n in range(30):
            birth = dt.date(1980, 1, 1) + dt.timedelta(days=40 * n)
            s.add(Person(name=f"人{n:02d}", id_number=woman_id(birth, 2 * n + 2), birth_date=birth,
                         unit_id=unit.id, phone="13800000000", current_address="东大街",
                         marital_status="first_marriage", created_at=NOW, updated_at=NOW,
                         # two who moved away and one registered later are never drawn
                         status="moved" if n < 2 else "active",
                         status_date=dt.date(2026, 1, 1) if n < 2 else None,
                         registered_on=dt.date(2026, 12, 1) if n == 2 else None))
    return services


def test_draw_once_then_the_same_sample_then_a_logged_redraw(ledger):
    info = ledger.samples.draw("2026-11")
    # 27 active today: 5% is 1.35 -> at least 20
    assert (info.population, info.size, info.month) == (27, 20, "2026-11")
    rows = ledger.samples.rows(info.id)
    assert [r.position for r in rows] == list(range(1, 21))
    names = {r.name for r in rows}
    assert not names & {"人00", "人01", "人02"}
    again = ledger.samples.draw("2026-11", size=5)  # drawn already: the same one
    assert again.id == info.id and {r.name for r in ledger.samples.rows(again.id)} == names
    new = ledger.samples.draw("2026-11", size=5, redraw=True, reason="抽错月份")
    assert new.id != info.id and new.size == 5
    assert ledger.samples.current("2026-11").id == new.id
    with ledger.factory() as s:
        log = s.scalars(select(ChangeLog).where(ChangeLog.entity == "sample",
                                             ChangeLog.field == "replaced")).all()
    assert [(r.entity_id, r.new_value) for r in log] == [(info.id, "抽错月份")]


def test_results_give_information_accuracy(ledger):
    info = ledger.samples.draw("2026-11", size=3)
    a, b, c = ledger.samples.rows(info.id)
    for row in (a, b, c):
        for item in ITEM_KEYS:
            ledger.samples.set_result(info.id, row.person_id, item, True)
    ledger.samples.set_result(info.id, b.person_id, "phone", False)
    ledger.samples.set_result(info.id, c.person_id, "address", None)  # taken back
    figures = ledger.indicators.compute(report_periods.month(2026, 11))
    assert figures.rates[RateKey.INFORMATION_ACCURACY] == Rate(1, 2)
    assert figures.met(RateKey.INFORMATION_ACCURACY) is False  # 50% < 90%
    current = ledger.samples.current("2026-11")
    assert (current.checked, current.correct) == (2, 1)
    assert ledger.samples.rows(info.id)[1].wrong == ["phone"]


def test_bad_input_is_refused_and_nothing_written(ledger):
    with pytest.raises(ValidationError):
        ledger.samples.draw("2026-13")
    with pytest.raises(ValidationError):
        ledger.samples.draw("2026-12")  # a month not begun
    with pytest.raises(ValidationError):
        ledger.samples.draw("2026-11", size=28)  # more than the 27 active
    assert ledger.samples.current("2026-11") is None
    info = ledger.samples.draw("2026-11", size=2)
    with pytest.raises(ValidationError):
        ledger.samples.set_result(info.id, 999, "phone", True)
    old = ledger.samples.rows(info.id)[0]
    ledger.samples.draw("2026-11", size=2, redraw=True)
    with pytest.raises(ValidationError):  # the replaced sample takes no more results
        ledger.samples.set_result(info.id, old.person_id, "phone", True)


def test_checking_sheet_masks_ids_and_has_boxes_and_signatures(ledger, tmp_path):
    info = ledger.samples.draw("2026-11")
    rows = ledger.samples.rows(info.id)
    ledger.samples.set_result(info.id, rows[0].person_id, "phone", False)
    rows = ledger.samples.rows(info.id)
    out = tmp_path / "sheet.pdf"
    pages = write_checking_sheet(info, rows, out, office_name="城关镇", clerk_name="王芳",
                                 printed_on=TODAY)
    text = "\n".join(pages_text(out))
    assert pages == 2 and page_sizes(out)[0][0] > page_sizes(out)[0][1]  # A4 landscape
    assert "城关镇信息核对抽查表" in text and "2026年11月" in text
    assert mask(rows[0].id_number) in text and rows[0].id_number not in text
    assert text.count("［ ］对 ［ ］错") >= 7 * 15 and "［ ］对 ［√］错" in text
    for word in ("婚姻状况", "现节育措施", "联系电话", "核对人（签名）", "填表人（签名）：王芳"):
        assert word in text
