"""Benefit enrolments and payments: amounts, cycles, period keys within the enrolment."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from desktop.store.models import ChangeLog
from tests.helpers import TODAY, draft, fresh_services

D = dt.date
TOMORROW = TODAY + dt.timedelta(days=1)
MARCH_15, JULY_1, JUNE_1 = D(2026, 3, 15), D(2020, 7, 1), D(2026, 6, 1)


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)
    unit = s.units.add("城关镇")
    s.her = s.persons.create(draft("张秀英", D(1990, 3, 7), unit))
    return s


def monthly(start=MARCH_15, end=None, amount=1000, program="one_child_fee"):
    return BenefitDraft(program=program, amount_fen=amount, cycle="month", start_date=start,
                        end_date=end)


def yearly(start=JULY_1, end=None, amount=96000, program="reward"):
    return BenefitDraft(program=program, amount_fen=amount, cycle="year", start_date=start,
                        end_date=end)


def pay(period, amount=1000, paid_on=JUNE_1):
    return PaymentDraft(period=period, amount_fen=amount, paid_on=paid_on)


def test_enrolment_with_payments_listed(svc):
    bid = svc.benefits.add(svc.her, monthly())
    svc.benefits.add_payment(bid, pay("2026-04"))
    svc.benefits.add_payment(bid, pay(" 2026-03 ", amount=500))
    [record] = svc.benefits.list_for_person(svc.her)
    assert (record.id, record.program, record.amount_fen, record.cycle) == (
        bid, "one_child_fee", 1000, "month")
    assert [p.period for p in record.payments] == ["2026-03", "2026-04"]
    assert record.paid_fen == 1500
    with svc.factory() as s:
        people = set(s.execute(select(ChangeLog.person_id).where(
            ChangeLog.entity.in_(["benefit", "payment"]))).scalars())
    assert people == {svc.her}


@pytest.mark.parametrize("bad, field", [
    (monthly(program=""), "program"),
    (BenefitDraft("reward", 1000, "week", D(2026, 1, 1)), "cycle"),
    (monthly(amount=None), "amount_fen"),
    (monthly(amount=0), "amount_fen"),
    (monthly(amount=-5), "amount_fen"),
    (monthly(start=None), "start_date"),
    (monthly(start=TOMORROW), "start_date"),
    (monthly(start=D(1990, 3, 1)), "start_date"),
    (monthly(start=D(2026, 3, 15), end=D(2026, 3, 14)), "end_date"),
])
def test_enrolment_rules(svc, bad, field):
    with pytest.raises(ValidationError) as caught:
        svc.benefits.add(svc.her, bad)
    assert caught.value.field == field
    assert svc.benefits.list_for_person(svc.her) == []


def test_an_end_date_ahead_is_allowed(svc):
    # The end of an award (a child turning 14) is known when she enrols.
    bid = svc.benefits.add(svc.her, monthly(end=D(2030, 12, 31)))
    assert svc.benefits.get(bid).end_date == D(2030, 12, 31)


def test_same_programme_cannot_overlap_but_another_can(svc):
    svc.benefits.add(svc.her, monthly(start=D(2020, 1, 1), end=D(2022, 12, 31)))
    with pytest.raises(ValidationError) as caught:
        svc.benefits.add(svc.her, monthly(start=D(2022, 12, 31)))
    assert "2020-01-01" in str(caught.value)
    svc.benefits.add(svc.her, monthly(start=D(2023, 1, 1)))
    svc.benefits.add(svc.her, yearly(start=D(2021, 1, 1)))
    assert len(svc.benefits.list_for_person(svc.her)) == 3


@pytest.mark.parametrize("period", ["2026", "2026-3", "2026-13", "26-03", "2026/03", "abc", ""])
def test_monthly_keys_must_be_months(svc, period):
    bid = svc.benefits.add(svc.her, monthly())
    with pytest.raises(ValidationError) as caught:
        svc.benefits.add_payment(bid, pay(period))
    assert caught.value.field == "period"


@pytest.mark.parametrize("period", ["2024-01", "24", "20245"])
def test_yearly_keys_must_be_years(svc, period):
    bid = svc.benefits.add(svc.her, yearly())
    with pytest.raises(ValidationError) as caught:
        svc.benefits.add_payment(bid, pay(period))
    assert caught.value.field == "period"


@pytest.mark.parametrize("period, ok", [
    ("2026-02", False),  # before the start month
    ("2026-03", True),   # the start month (from the 15th)
    ("2026-06", True),   # the end month (until the 1st)
    ("2026-07", False),  # after the end
])
def test_period_within_the_enrolment(svc, period, ok):
    bid = svc.benefits.add(svc.her, monthly(start=D(2026, 3, 15), end=D(2026, 6, 1)))
    if ok:
        svc.benefits.add_payment(bid, pay(period))
        return
    with pytest.raises(ValidationError) as caught:
        svc.benefits.add_payment(bid, pay(period))
    assert caught.value.field == "period"
    assert "2026-03-15" in str(caught.value)


def test_period_that_has_not_begun_is_refused(svc):
    bid = svc.benefits.add(svc.her, monthly())
    svc.benefits.add_payment(bid, pay("2026-11"))  # the current month
    with pytest.raises(ValidationError) as caught:
        svc.benefits.add_payment(bid, pay("2026-12"))
    assert "has not begun" in str(caught.value)


@pytest.mark.parametrize("payment, field", [
    (pay("2026-04", amount=0), "amount_fen"),
    (pay("2026-04", amount=None), "amount_fen"),
    (pay("2026-04", paid_on=None), "paid_on"),
    (pay("2026-04", paid_on=TOMORROW), "paid_on"),
])
def test_payment_amount_and_date(svc, payment, field):
    bid = svc.benefits.add(svc.her, monthly())
    with pytest.raises(ValidationError) as caught:
        svc.benefits.add_payment(bid, payment)
    assert caught.value.field == field


def test_one_payment_per_period(svc):
    bid = svc.benefits.add(svc.her, monthly())
    first = svc.benefits.add_payment(bid, pay("2026-04"))
    with pytest.raises(DuplicateError):
        svc.benefits.add_payment(bid, pay("2026-04"))
    second = svc.benefits.add_payment(bid, pay("2026-05"))
    with pytest.raises(DuplicateError):
        svc.benefits.update_payment(second, pay("2026-04"))
    svc.benefits.update_payment(first, pay("2026-04", amount=1200))  # itself is no duplicate
    # A deleted payment frees its period; restoring it then is refused.
    svc.benefits.delete("payment", first, svc.her)
    svc.benefits.add_payment(bid, pay("2026-04"))
    with pytest.raises(ConflictError) as caught:
        svc.benefits.restore("payment", first, svc.her)
    assert "2026-04" in str(caught.value)


def test_next_unpaid_period(svc):
    bid = svc.benefits.add(svc.her, monthly(start=D(2026, 8, 20)))
    assert svc.benefits.next_unpaid(bid) == "2026-08"
    svc.benefits.add_payment(bid, pay("2026-08"))
    svc.benefits.add_payment(bid, pay("2026-10"))
    assert svc.benefits.next_unpaid(bid) == "2026-09"  # a gap comes first
    svc.benefits.add_payment(bid, pay("2026-09"))
    assert svc.benefits.next_unpaid(bid) == "2026-11"
    svc.benefits.add_payment(bid, pay("2026-11"))
    assert svc.benefits.next_unpaid(bid) is None  # December has not begun
    ended = svc.benefits.add(svc.her, yearly(start=D(2020, 7, 1), end=D(2021, 6, 30)))
    for year in ("2020", "2021"):
        svc.benefits.add_payment(ended, pay(year, amount=96000))
    assert svc.benefits.next_unpaid(ended) is None


def test_update_keeps_payments_inside_and_the_cycle(svc):
    bid = svc.benefits.add(svc.her, monthly(start=D(2026, 3, 15)))
    svc.benefits.add_payment(bid, pay("2026-04"))
    with pytest.raises(ValidationError) as caught:
        svc.benefits.update(bid, monthly(start=D(2026, 5, 1)))
    assert "2026-04" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        svc.benefits.update(bid, yearly(start=D(2026, 3, 15), program="one_child_fee"))
    assert caught.value.field == "cycle"
    svc.benefits.update(bid, monthly(start=D(2026, 1, 1), end=D(2026, 4, 30), amount=2000))
    record = svc.benefits.get(bid)
    assert (record.start_date, record.end_date, record.amount_fen) == (
        D(2026, 1, 1), D(2026, 4, 30), 2000)


def test_deleted_enrolment_hides_its_payments_and_takes_none(svc):
    bid = svc.benefits.add(svc.her, monthly())
    svc.benefits.add_payment(bid, pay("2026-04"))
    svc.benefits.delete("benefit", bid, svc.her)
    assert svc.benefits.list_for_person(svc.her) == []
    with pytest.raises(NotFoundError):
        svc.benefits.add_payment(bid, pay("2026-05"))
    other = svc.benefits.add(svc.her, monthly(start=D(2026, 1, 1)))
    with pytest.raises(ConflictError):  # the programme is now covered by another enrolment
        svc.benefits.restore("benefit", bid, svc.her)
    svc.benefits.delete("benefit", other, svc.her)
    svc.benefits.restore("benefit", bid, svc.her)
    assert [p.period for p in svc.benefits.get(bid).payments] == ["2026-04"]
