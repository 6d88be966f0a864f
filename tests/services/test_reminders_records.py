"""Reminders from records: pregnancies, births, payments; postponing; reporting a birth;
the reminder settings."""

import pytest
from sqlalchemy import select

from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.domain.values.people import ChildDraft
from desktop.domain.values.pregnancy import BabyDraft, PregnancyDraft
from desktop.domain.values.reminders import ReminderKind as K
from desktop.errors import NotFoundError, ValidationError
from desktop.store.models import ChangeLog
from tests.services.reminder_helpers import D, check, ledger, listed, reminders, woman

NOV_28 = D(2026, 11, 28)
SEP_30, AUG_1, JAN_1 = D(2026, 9, 30), D(2026, 8, 1), D(2026, 1, 1)


@pytest.fixture
def s(tmp_path):
    s = ledger(tmp_path)
    s.her = woman(s, "张秀英", D(1990, 3, 7))
    check(s, s.her, D(2026, 6, 1))  # no check-up due before 2027
    return s


def logged(s, entity):
    with s.factory() as session:
        return [(r.action, r.field, r.new_value) for r in session.execute(
            select(ChangeLog).where(ChangeLog.entity == entity).order_by(ChangeLog.id)).scalars()]


def pregnant(s, registered=SEP_30, lmp=AUG_1) -> int:
    return s.pregnancies.add(s.her, PregnancyDraft(registered_on=registered, lmp=lmp))


def test_pregnancy_followup_a_month_after_registration_then_after_each_followup(s):
    preg = pregnant(s)
    [r] = reminders(s, D(2026, 10, 30))
    assert (r.kind, r.due_date, r.record_id) == (K.FOLLOWUP, D(2026, 10, 30), preg)
    assert (r.detail, r.detail_params) == ("Registered {registered}, no follow-up yet",
                                           {"registered": "2026-09-30"})
    assert listed(s, D(2026, 10, 1), days=28) == []
    s.pregnancies.add_followup(preg, D(2026, 10, 31))
    [r] = reminders(s, NOV_28, kinds=(K.FOLLOWUP,))
    assert (r.due_date, r.detail_params) == (D(2026, 11, 30), {"last": "2026-10-31"})


def test_an_open_pregnancy_replaces_the_checkup(s):
    woman_id = s.her
    assert listed(s, D(2027, 6, 1), days=0, kinds=(K.CHECKUP,)) == [
        ("checkup", woman_id, D(2027, 6, 1))]
    pregnant(s)
    assert listed(s, D(2027, 6, 1), days=0, kinds=(K.CHECKUP,)) == []


def test_delivery_within_14_days_or_past(s):
    preg = pregnant(s, registered=D(2026, 4, 1), lmp=D(2026, 2, 20))  # EDD 2026-11-27
    s.pregnancies.add_followup(preg, D(2026, 11, 20))
    assert listed(s, D(2026, 11, 12), days=0, kinds=(K.DELIVERY,)) == []
    assert listed(s, D(2026, 11, 13), days=0, kinds=(K.DELIVERY,)) == []  # due date > until
    assert listed(s, D(2026, 11, 13), days=30, kinds=(K.DELIVERY,)) == [
        ("delivery", s.her, D(2026, 11, 27))]
    assert listed(s, D(2026, 11, 12), days=30, kinds=(K.DELIVERY,)) == []  # 15 days ahead
    [r] = reminders(s, NOV_28, kinds=(K.DELIVERY,))
    assert (r.days_overdue, r.record_id, r.detail_params) == (1, preg, {"edd": "2026-11-27"})


def test_an_outcome_removes_followup_and_delivery_and_a_birth_asks_for_its_report(s):
    preg = pregnant(s, registered=D(2026, 4, 1), lmp=D(2026, 2, 20))
    assert {k for k, _p, _d in listed(s, NOV_28)} == {"followup", "delivery"}
    [child] = s.pregnancies.record_outcome(preg, "live_birth", D(2026, 11, 20),
                                           [BabyDraft(name="小明", sex="M")])
    rows = reminders(s, NOV_28)
    assert [(r.kind, r.record_id, r.due_date) for r in rows] == [
        (K.BIRTH_REPORT, child, D(2026, 12, 20))]
    assert rows[0].detail_params == {"birth": "2026-11-20", "child": "小明"}
    # before the outcome date the pregnancy was still open
    assert "followup" in {k for k, _p, _d in listed(s, D(2026, 11, 19))}
    s.children.mark_reported(child, NOV_28)
    assert listed(s, NOV_28) == []
    assert ("update", "reported_on", "2026-11-28") in logged(s, "child")


def test_birth_report_due_30_days_after_birth(s):
    d = s.persons.get(s.her).draft
    d.children = [ChildDraft(name="小红", sex="F", birth_date=D(2026, 10, 1))]
    s.persons.update(s.her, d)
    assert listed(s, D(2026, 10, 1), days=29, kinds=(K.BIRTH_REPORT,)) == []
    [(kind, person, due)] = listed(s, D(2026, 10, 1), days=30, kinds=(K.BIRTH_REPORT,))
    assert (kind, person, due) == ("birth_report", s.her, D(2026, 10, 31))


def test_mark_reported_rules(s):
    d = s.persons.get(s.her).draft
    d.children = [ChildDraft(name="小红", sex="F", birth_date=D(2026, 10, 1))]
    s.persons.update(s.her, d)
    [r] = reminders(s, NOV_28, kinds=(K.BIRTH_REPORT,))
    for day in (None, D(2026, 11, 29), D(2026, 9, 30)):
        with pytest.raises(ValidationError) as caught:
            s.children.mark_reported(r.record_id, day)
        assert caught.value.field == "reported_on"
    with pytest.raises(NotFoundError):
        s.children.mark_reported(99999, NOV_28)
    assert len(reminders(s, NOV_28, kinds=(K.BIRTH_REPORT,))) == 1
    s.children.mark_reported(r.record_id, D(2026, 10, 1))  # the birth day itself is fine
    assert reminders(s, NOV_28, kinds=(K.BIRTH_REPORT,)) == []


def monthly(start=JAN_1, end=None):
    return BenefitDraft(program="one_child_fee", amount_fen=1050, cycle="month",
                        start_date=start, end_date=end)


def test_monthly_payment_due_on_the_first_until_paid(s):
    benefit = s.benefits.add(s.her, monthly())
    [r] = reminders(s, NOV_28)
    assert (r.kind, r.record_id, r.period, r.due_date) == (K.PAYMENT, benefit, "2026-11",
                                                           D(2026, 11, 1))
    assert (r.detail, r.detail_params) == ("Period {period}, {amount} yuan",
                                           {"period": "2026-11", "amount": "10.50"})
    s.benefits.add_payment(benefit, PaymentDraft("2026-11", 1050, NOV_28))
    assert listed(s, NOV_28) == []
    # year end: December's period, then January's
    assert listed(s, D(2026, 12, 31), days=0) == [("payment", s.her, D(2026, 12, 1))]
    assert listed(s, D(2027, 1, 1), days=0) == [("payment", s.her, D(2027, 1, 1))]


def test_no_payment_outside_the_enrolment(s):
    s.benefits.add(s.her, monthly(start=D(2025, 1, 1), end=D(2026, 10, 31)))
    assert listed(s, NOV_28) == []
    assert listed(s, D(2026, 10, 31), days=0) == [("payment", s.her, D(2026, 10, 1))]


def test_yearly_payment_due_in_the_configured_month(s):
    benefit = s.benefits.add(s.her, BenefitDraft("reward", 96000, "year", D(2020, 7, 1)))
    assert listed(s, D(2026, 10, 31)) == []  # due 1 December, after the horizon
    assert listed(s, NOV_28) == [("payment", s.her, D(2026, 12, 1))]
    s.settings.set_payment_due_month(6)
    [r] = reminders(s, NOV_28)
    assert (r.due_date, r.period, r.days_overdue) == (D(2026, 6, 1), "2026", 180)
    s.benefits.add_payment(benefit, PaymentDraft("2026", 96000, D(2026, 6, 5)))
    assert listed(s, NOV_28) == []


def test_postponed_reminder_hidden_until_its_day_then_back(s):
    other = woman(s, "李芳", D(1991, 1, 1), 3)  # never checked
    [r] = reminders(s, NOV_28)
    s.reminders.postpone(r, D(2026, 12, 5), "  外出打工, 下月回来 ")
    assert listed(s, NOV_28) == []
    assert listed(s, D(2026, 12, 4)) == []  # never checked: still the same reminder
    assert listed(s, D(2026, 12, 5), days=0) == [("checkup", other, D(2026, 12, 5))]
    assert ("create", "reason", "外出打工, 下月回来") in logged(s, "reminder_postponement")
    assert ("create", "until", "2026-12-05") in logged(s, "reminder_postponement")


def test_a_postponement_does_not_hide_the_next_cycle(s):
    benefit = s.benefits.add(s.her, monthly())
    [r] = reminders(s, NOV_28)
    s.reminders.postpone(r, D(2027, 1, 15), "账户变更")
    assert listed(s, NOV_28) == []
    # December's payment is another reminder (another due date)
    assert listed(s, D(2026, 12, 1), days=0) == [("payment", s.her, D(2026, 12, 1))]
    assert listed(s, D(2027, 1, 15), days=0, kinds=(K.PAYMENT,)) == [
        ("payment", s.her, D(2027, 1, 1))]
    assert benefit == r.record_id


def test_a_postponed_checkup_returns_with_its_due_date(s):
    [r] = reminders(s, D(2027, 6, 1), days=0)
    assert r.due_date == D(2027, 6, 1)
    s.reminders.postpone(r, D(2027, 6, 10), "住院")
    assert listed(s, D(2027, 6, 9), days=0) == []
    assert listed(s, D(2027, 6, 10), days=0) == [("checkup", s.her, D(2027, 6, 1))]


@pytest.mark.parametrize(("until", "reason", "field"), [
    (NOV_28, "原因", "until"),  # not after today
    (D(2026, 11, 1), "原因", "until"),
    (None, "原因", "until"),
    (D(2026, 12, 5), "   ", "reason"),
    (D(2026, 12, 5), "长" * 501, "reason"),
])
def test_postpone_refuses(s, until, reason, field):
    woman(s, "李芳", D(1991, 1, 1), 3)
    [r] = reminders(s, NOV_28)
    with pytest.raises(ValidationError) as caught:
        s.reminders.postpone(r, until, reason)
    assert caught.value.field == field
    assert len(reminders(s, NOV_28)) == 1
    assert logged(s, "reminder_postponement") == []


def test_postpone_a_reminder_seen_ahead_needs_a_day_after_that(s):
    [r] = reminders(s, D(2027, 6, 1), days=0)
    with pytest.raises(ValidationError):
        s.reminders.postpone(r, D(2027, 5, 1), "原因")


def test_reminder_settings_defaults_and_checks(s):
    assert s.settings.checkup_intervals() == {"key": 3, "general": 12}
    assert (s.settings.payment_due_month(), s.settings.reminder_horizon_days()) == (12, 30)
    assert s.settings.service_place() == ""
    s.settings.set_checkup_intervals({"key": 2, "general": 12, "孕后": 6})
    assert s.settings.checkup_intervals() == {"key": 2, "general": 12, "孕后": 6}
    s.settings.set_reminder_horizon_days(14)
    s.settings.set_service_place(" 城关镇计生服务站 ")
    assert (s.settings.reminder_horizon_days(), s.settings.service_place()) == (14, "城关镇计生服务站")
    for bad in ({"key": 0}, {"key": 121}, {"": 3}, {"key": "3"}, {"key": True}):
        with pytest.raises(ValidationError):
            s.settings.set_checkup_intervals(bad)
    for call, value in ((s.settings.set_payment_due_month, 13),
                        (s.settings.set_payment_due_month, 0),
                        (s.settings.set_reminder_horizon_days, -1),
                        (s.settings.set_reminder_horizon_days, 367),
                        (s.settings.set_service_place, "地" * 201)):
        with pytest.raises(ValidationError):
            call(value)
    s.settings.set_many({"checkup_intervals": "{not json", "payment_due_month": "x"})
    assert s.settings.checkup_intervals() == {"key": 3, "general": 12}
    assert s.settings.payment_due_month() == 12
