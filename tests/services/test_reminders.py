"""Reminder rules with pinned dates: check-ups, certificates, boundaries, life events."""

import datetime as dt

import pytest
from sqlalchemy import text

from desktop.domain.values.reminders import ReminderKind as K
from tests.services.reminder_helpers import D, check, ledger, listed, reminders, woman

NOV_28 = D(2026, 11, 28)


@pytest.fixture
def s(tmp_path):
    return ledger(tmp_path)


def test_never_checked_is_due_on_as_of(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    [r] = reminders(s, NOV_28)
    assert (r.kind, r.person_id, r.due_date, r.days_overdue) == (K.CHECKUP, her, NOV_28, 0)
    assert (r.detail, r.detail_params) == ("Never checked", {})
    assert (r.name, r.unit_id, r.unit_name, r.record_id, r.period) == (
        "张秀英", s.street, "东街社区", None, "")
    assert listed(s, D(2025, 6, 1)) == [("checkup", her, D(2025, 6, 1))]


def test_due_today_tomorrow_and_the_horizon(s):
    today = woman(s, "甲", D(1990, 1, 1), 1)
    tomorrow = woman(s, "乙", D(1990, 1, 1), 2)
    last_day = woman(s, "丙", D(1990, 1, 1), 3)
    beyond = woman(s, "丁", D(1990, 1, 1), 4)
    check(s, today, D(2025, 11, 28))
    check(s, tomorrow, D(2025, 11, 29))
    check(s, last_day, D(2025, 12, 28))  # due on as_of + 30
    check(s, beyond, D(2025, 12, 29))
    rows = reminders(s, NOV_28)
    assert [(r.person_id, r.due_date, r.days_overdue) for r in rows] == [
        (today, NOV_28, 0), (tomorrow, D(2026, 11, 29), -1), (last_day, D(2026, 12, 28), -30)]
    assert rows[0].detail == "Last check-up {last}, every {months} months"
    assert rows[0].detail_params == {"last": "2025-11-28", "months": "12"}
    assert listed(s, NOV_28, days=0) == [("checkup", today, NOV_28)]
    assert [p for _k, p, _d in listed(s, NOV_28, days=31)][-1] == beyond


def test_31_january_plus_one_month_when_the_key_group_is_monthly(s):
    s.settings.set_checkup_intervals({"key": 1, "general": 12})
    her = woman(s, "张秀英", D(1990, 3, 7), checkup_group="key")
    check(s, her, D(2024, 1, 31))
    assert listed(s, D(2024, 2, 29), days=0) == [("checkup", her, D(2024, 2, 29))]
    assert listed(s, D(2024, 2, 28), days=0) == []


def test_key_group_every_three_months_clipped_to_month_end(s):
    her = woman(s, "张秀英", D(1990, 3, 7), checkup_group="key")
    check(s, her, D(2026, 8, 31))
    assert listed(s, D(2026, 11, 1)) == [("checkup", her, D(2026, 11, 30))]
    assert listed(s, D(2026, 10, 30)) == []  # 31 Oct + 30 days = 29 Nov < 30 Nov


def test_29_february_plus_a_year_is_28_february(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    check(s, her, D(2024, 2, 29))
    assert listed(s, D(2025, 2, 28), days=0) == [("checkup", her, D(2025, 2, 28))]
    assert listed(s, D(2025, 2, 27), days=0) == []


def set_group(s, person_id, group):
    """The editor offers only key/general so far (person_rules); a group added in the
    settings is given here directly."""
    with s.engine.begin() as conn:
        conn.execute(text("UPDATE person SET checkup_group = :g WHERE id = :id"),
                     {"g": group, "id": person_id})


def test_31_january_plus_a_month_in_a_new_group(s):
    s.settings.set_checkup_intervals({"key": 3, "general": 12, "monthly": 1})
    her = woman(s, "张秀英", D(1990, 3, 7))
    set_group(s, her, "monthly")
    check(s, her, D(2026, 1, 31))
    assert listed(s, D(2026, 2, 28), days=0) == [("checkup", her, D(2026, 2, 28))]
    assert listed(s, D(2026, 2, 27), days=0) == []
    [r] = reminders(s, D(2026, 2, 28))
    assert r.detail_params["months"] == "1"


def test_year_end(s):
    her = woman(s, "张秀英", D(1990, 3, 7), checkup_group="key")
    check(s, her, D(2025, 12, 31))
    assert listed(s, D(2026, 3, 31), days=0) == [("checkup", her, D(2026, 3, 31))]
    other = woman(s, "李芳", D(1991, 3, 7), 3, checkup_group="key")
    check(s, other, D(2025, 10, 31))
    assert (K.CHECKUP.value, other, D(2026, 1, 31)) in listed(s, D(2025, 12, 31), days=31)


def test_a_changed_group_interval_moves_the_due_date(s):
    her = woman(s, "张秀英", D(1990, 3, 7), checkup_group="key")
    check(s, her, D(2026, 8, 15))
    assert listed(s, NOV_28) == [("checkup", her, D(2026, 11, 15))]
    s.settings.set_checkup_intervals({"key": 6, "general": 12})
    assert listed(s, NOV_28) == []
    assert listed(s, D(2027, 2, 15), days=0) == [("checkup", her, D(2027, 2, 15))]


def test_an_unknown_group_counts_as_general(s):
    s.settings.set_checkup_intervals({"key": 3, "general": 12, "monthly": 1})
    her = woman(s, "张秀英", D(1990, 3, 7))
    set_group(s, her, "monthly")
    check(s, her, D(2026, 9, 10))
    assert listed(s, D(2026, 10, 10), days=0) == [("checkup", her, D(2026, 10, 10))]
    s.settings.set_checkup_intervals({"key": 3, "general": 12})  # the group was removed
    assert listed(s, D(2027, 9, 10), days=0) == [("checkup", her, D(2027, 9, 10))]


def test_only_married_women_of_reproductive_age(s):
    woman(s, "未婚", D(1990, 1, 1), 1, marital_status="single")
    woman(s, "离婚", D(1990, 1, 1), 2, marital_status="divorced")
    later = woman(s, "新婚", D(1990, 1, 1), 3, marriage_date=D(2026, 10, 1))
    young = woman(s, "年轻", D(2011, 11, 29), 4)  # 15 tomorrow
    assert listed(s, D(2026, 9, 30), kinds=(K.CHECKUP,)) == []
    assert listed(s, NOV_28, kinds=(K.CHECKUP,)) == [("checkup", later, NOV_28)]
    assert (K.CHECKUP.value, young, D(2026, 11, 29)) in listed(s, D(2026, 11, 29),
                                                              kinds=(K.CHECKUP,))
    old = woman(s, "五十", D(1976, 11, 28), 5)  # 50 today
    assert old not in [p for _k, p, _d in listed(s, NOV_28, kinds=(K.CHECKUP,))]
    assert old in [p for _k, p, _d in listed(s, D(2026, 11, 27), kinds=(K.CHECKUP,))]


def test_registration_after_as_of_hides_her(s):
    her = woman(s, "张秀英", D(1990, 3, 7), registered_on=D(2026, 5, 1))
    assert listed(s, D(2026, 4, 30)) == []
    assert listed(s, D(2026, 5, 1), days=0) == [("checkup", her, D(2026, 5, 1))]


def test_outflow_woman_gets_certificate(s):
    her = woman(s, "张秀英", D(1990, 3, 7), category="outflow")
    check(s, her, D(2025, 11, 1))
    assert listed(s, NOV_28) == [("certificate", her, D(2026, 11, 1))]
    assert listed(s, NOV_28, kinds=(K.CHECKUP,)) == []
    assert listed(s, NOV_28, kinds=(K.CERTIFICATE,)) == [("certificate", her, D(2026, 11, 1))]


@pytest.mark.parametrize("event", ["moved_away", "deceased"])
def test_moving_away_or_dying_removes_her_reminders(s, event):
    her = woman(s, "张秀英", D(1976, 12, 10))  # turning 50 too
    s.life_events.add(her, event, D(2026, 11, 20))
    assert listed(s, NOV_28) == []
    assert sorted(listed(s, D(2026, 11, 19))) == [
        ("checkup", her, D(2026, 11, 19)), ("turning_50", her, D(2026, 12, 10))]


def test_a_deleted_woman_has_no_reminders(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    s.persons.delete(her)
    assert listed(s, NOV_28) == []
    s.persons.restore(her)
    assert listed(s, NOV_28) == [("checkup", her, NOV_28)]


def test_a_deleted_checkup_no_longer_counts(s):
    her = woman(s, "张秀英", D(1990, 3, 7))
    record = check(s, her, D(2026, 6, 1))
    assert listed(s, NOV_28) == []
    s.checkups.delete("checkup", record, her)
    assert listed(s, NOV_28) == [("checkup", her, NOV_28)]


def test_turning_50(s):
    her = woman(s, "张秀英", D(1976, 12, 10), marital_status="single")
    [r] = reminders(s, NOV_28)
    assert (r.kind, r.due_date, r.days_overdue) == (K.TURNING_50, D(2026, 12, 10), -12)
    assert (r.detail, r.detail_params) == ("Turns 50 on {birthday}", {"birthday": "2026-12-10"})
    assert listed(s, D(2026, 12, 10), days=0) == [("turning_50", her, D(2026, 12, 10))]
    assert listed(s, D(2026, 12, 11)) == []
    assert listed(s, D(2026, 11, 9)) == []  # 31 days before


def test_turning_50_on_29_february_births(s):
    her = woman(s, "张秀英", D(1976, 2, 29), marital_status="single")
    assert listed(s, D(2026, 2, 28), days=0) == [("turning_50", her, D(2026, 2, 28))]
    assert listed(s, D(2026, 3, 1)) == []


def test_order_overdue_first_then_kind_then_pinyin(s):
    b = woman(s, "白", D(1990, 1, 1), 1)
    a = woman(s, "安", D(1990, 1, 1), 2)
    fifty = woman(s, "陈", D(1976, 11, 28), 3, marital_status="single")
    late = woman(s, "丁", D(1990, 1, 1), 4)
    check(s, late, D(2025, 10, 1))
    rows = listed(s, NOV_28)
    assert rows == [("checkup", late, D(2026, 10, 1)), ("checkup", a, NOV_28),
                    ("checkup", b, NOV_28), ("turning_50", fifty, NOV_28)]
    q = reminders(s, NOV_28)
    assert q[0].days_overdue == (NOV_28 - D(2026, 10, 1)).days


def test_paging_matches_the_stream_and_writes_refresh_the_count(s):
    people = [woman(s, f"女{i}", D(1990, 1, 1 + i), i) for i in range(12)]
    from tests.services.reminder_helpers import query

    q = query(NOV_28)
    whole = [r for chunk in s.reminders.stream(q, chunk=5) for r in chunk]
    assert s.reminders.count(q) == 12
    pages = s.reminders.page(q, 0, 5) + s.reminders.page(q, 5, 5) + s.reminders.page(q, 10, 5)
    assert pages == whole
    check(s, people[0], D(2026, 11, 1))
    assert s.reminders.count(q) == 11
    assert people[0] not in [r.person_id for r in s.reminders.page(q, 0, 100)]


def test_unit_and_search_filters(s):
    street = woman(s, "张秀英", D(1990, 1, 1), 1)  # 东街社区 under 城关镇
    village = woman(s, "李芳", D(1990, 1, 1), 2, unit=s.village, phone="13912345678")
    assert [p for _k, p, _d in listed(s, NOV_28, unit_id=s.town)] == [street]
    assert [p for _k, p, _d in listed(s, NOV_28, unit_id=s.village)] == [village]
    assert [p for _k, p, _d in listed(s, NOV_28, search="zhang")] == [street]
    assert [p for _k, p, _d in listed(s, NOV_28, search="lf")] == [village]
    assert [p for _k, p, _d in listed(s, NOV_28, search="秀")] == [street]
    assert [p for _k, p, _d in listed(s, NOV_28, search="12345678")] == [village]
    assert listed(s, NOV_28, search="100%") == []


def test_counts_by_kind_ignore_the_kinds_filter(s):
    woman(s, "张秀英", D(1990, 1, 1), 1)
    woman(s, "李芳", D(1990, 1, 1), 2, category="outflow")
    woman(s, "王丽", D(1976, 12, 1), 3, marital_status="single", unit=s.village)
    from tests.services.reminder_helpers import query

    counts = s.reminders.counts_by_kind(query(NOV_28, kinds=(K.PAYMENT,)))
    assert counts == {K.CHECKUP: 1, K.CERTIFICATE: 1, K.FOLLOWUP: 0, K.DELIVERY: 0,
                      K.BIRTH_REPORT: 0, K.PAYMENT: 0, K.TURNING_50: 1}
    assert s.reminders.counts_by_kind(query(NOV_28, unit_id=s.village))[K.TURNING_50] == 1
    assert s.reminders.counts_by_kind(query(NOV_28, unit_id=s.village))[K.CHECKUP] == 0


def test_next_checkup_due(s):
    her = woman(s, "张秀英", D(1990, 3, 7), checkup_group="key")
    assert s.reminders.next_checkup_due(her) is None
    check(s, her, D(2026, 8, 31))
    assert s.reminders.next_checkup_due(her) == D(2026, 11, 30)
    s.settings.set_checkup_intervals({"key": 1, "general": 12})
    assert s.reminders.next_checkup_due(her) == D(2026, 9, 30)
    assert s.reminders.next_checkup_due(99999) is None


def test_as_of_horizon_until():
    from tests.services.reminder_helpers import query

    assert query(NOV_28, 30).until == D(2026, 12, 28)
    assert query(D(2026, 12, 31), 1).until == dt.date(2027, 1, 1)
