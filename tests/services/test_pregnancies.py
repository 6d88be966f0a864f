"""Pregnancies, follow-ups and outcomes through the service layer (no Qt)."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.enums import Outcome
from desktop.domain.values.people import ChildDraft
from desktop.domain.values.pregnancy import BabyDraft, PregnancyDraft
from desktop.errors import NotFoundError, ValidationError
from desktop.store.models import ChangeLog, Child, Person
from tests.helpers import draft, fresh_services, make_id

D = dt.date
LIVE = Outcome.LIVE_BIRTH.value


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)  # today is 2026-11-28
    s.unit = s.units.add("城关镇")
    s.her = s.persons.create(draft("张秀英", D(1990, 3, 7), s.unit))
    return s


JUNE_1, APRIL_1 = D(2026, 6, 1), D(2026, 4, 1)


def preg(registered=JUNE_1, lmp=APRIL_1, **kw) -> PregnancyDraft:
    return PregnancyDraft(registered_on=registered, lmp=lmp, **kw)


def log(svc, entity):
    with svc.factory() as s:
        return [(r.action, r.field, r.new_value) for r in s.execute(
            select(ChangeLog).where(ChangeLog.entity == entity).order_by(ChangeLog.id)).scalars()]


def test_add_lists_edd_weeks_and_logs(svc):
    pid = svc.pregnancies.add(svc.her, preg(note=" 首次 "))
    [row] = svc.pregnancies.list_for_person(svc.her)
    assert (row.id, row.edd, row.weeks_at_registration) == (pid, D(2027, 1, 6), (8, 5))
    assert (row.outcome, row.followup_count, row.last_followup, row.note) == (None, 0, None, "首次")
    assert ("create", "lmp", "2026-04-01") in log(svc, "pregnancy")


@pytest.mark.parametrize(("changes", "field"), [
    ({"registered": D(2026, 12, 1)}, "registered_on"),
    ({"registered": D(2026, 3, 1)}, "registered_on"),
    ({"lmp": D(2002, 1, 1), "registered": D(2002, 3, 1)}, "lmp"),
    ({"outcome": LIVE, "outcome_date": D(2026, 11, 1)}, "outcome"),
])
def test_add_refuses(svc, changes, field):
    with pytest.raises(ValidationError) as caught:
        svc.pregnancies.add(svc.her, preg(**changes))
    assert caught.value.field == field
    assert svc.pregnancies.list_for_person(svc.her) == []


def test_only_one_open_pregnancy(svc):
    first = svc.pregnancies.add(svc.her, preg())
    with pytest.raises(ValidationError) as caught:
        svc.pregnancies.add(svc.her, preg(D(2026, 7, 1), D(2026, 6, 1)))
    assert "2026-06-01" in str(caught.value)
    # A past pregnancy entered with its outcome is not open.
    svc.pregnancies.add(svc.her, preg(D(2024, 3, 1), D(2024, 1, 10), outcome="miscarriage",
                                      outcome_date=D(2024, 3, 20)))
    svc.pregnancies.record_outcome(first, "termination", D(2026, 6, 10))
    second = svc.pregnancies.add(svc.her, preg(D(2026, 11, 1), D(2026, 9, 20)))
    # Reopening the first (clearing its outcome) would make two open ones.
    with pytest.raises(ValidationError):
        svc.pregnancies.update(first, preg())
    svc.pregnancies.delete("pregnancy", second, svc.her)
    svc.pregnancies.update(first, preg())
    with pytest.raises(ValidationError):  # restoring the second would make two open ones too
        svc.pregnancies.restore("pregnancy", second, svc.her)


def test_live_birth_twins_get_birth_orders_and_count(svc):
    older = svc.persons.get(svc.her).draft
    older.children = [ChildDraft(name="大宝", sex="F", birth_date=D(2018, 5, 1))]
    svc.persons.update(svc.her, older)
    pid = svc.pregnancies.add(svc.her, preg(D(2026, 3, 1), D(2026, 1, 20)))
    boy = make_id("330102", D(2026, 10, 27), 31, female=False)
    ids = svc.pregnancies.record_outcome(pid, LIVE, D(2026, 10, 27), [
        BabyDraft("二宝", "M", boy), BabyDraft("三宝", "F")])
    kids = svc.persons.get(svc.her).draft.children
    assert [(k.name, k.birth_order, k.birth_date) for k in kids] == [
        ("大宝", 1, D(2018, 5, 1)), ("二宝", 2, D(2026, 10, 27)), ("三宝", 3, D(2026, 10, 27))]
    assert kids[1].id_number == boy
    with svc.factory() as s:
        assert s.get(Person, svc.her).children_count == 3
        assert {c.pregnancy_id for c in s.execute(select(Child).where(Child.id.in_(ids))).scalars()} == {pid}
    [row] = svc.pregnancies.list_for_person(svc.her)
    assert (row.outcome, row.outcome_date, row.child_ids) == (LIVE, D(2026, 10, 27), tuple(ids))
    child_log = log(svc, "child")
    assert ("create", "birth_order", "3") in child_log and ("create", "pregnancy_id", str(pid)) in child_log
    assert ("update", "children_count", "3") in log(svc, "person")
    assert ("update", "outcome", LIVE) in log(svc, "pregnancy")


def test_birth_before_older_child_entered_later_renumbers(svc):
    pid = svc.pregnancies.add(svc.her, preg(D(2026, 3, 1), D(2026, 1, 20)))
    svc.pregnancies.record_outcome(pid, LIVE, D(2026, 10, 27), [BabyDraft("小宝", "M")])
    d = svc.persons.get(svc.her).draft
    d.children.append(ChildDraft(name="大宝", sex="F", birth_date=D(2018, 5, 1)))
    svc.persons.update(svc.her, d)
    pid2 = svc.pregnancies.add(svc.her, preg(D(2026, 11, 20), D(2026, 11, 1)))
    svc.pregnancies.record_outcome(pid2, "miscarriage", D(2026, 11, 25))
    assert [(k.name, k.birth_order) for k in svc.persons.get(svc.her).draft.children] == [
        ("大宝", 1), ("小宝", 2)]


@pytest.mark.parametrize(("outcome", "date", "babies", "field"), [
    (LIVE, D(2026, 10, 27), [], "babies"),
    ("miscarriage", D(2026, 5, 1), [BabyDraft("x", "F")], "babies"),
    ("", D(2026, 5, 1), [], "outcome"),
    ("miscarriage", None, [], "outcome_date"),
    ("miscarriage", D(2025, 12, 1), [], "outcome_date"),  # before the LMP
    ("miscarriage", D(2026, 12, 1), [], "outcome_date"),  # in the future
    (LIVE, D(2026, 10, 27), [BabyDraft("x", "X")], "children[0]"),
    (LIVE, D(2026, 10, 27), [BabyDraft("a", "F"), BabyDraft("b", "M", "12345")], "children[1]"),
])
def test_record_outcome_refuses_and_writes_nothing(svc, outcome, date, babies, field):
    pid = svc.pregnancies.add(svc.her, preg(D(2026, 3, 1), D(2026, 1, 20)))
    with pytest.raises(ValidationError) as caught:
        svc.pregnancies.record_outcome(pid, outcome, date, babies)
    assert caught.value.field == field
    assert svc.pregnancies.list_for_person(svc.her)[0].outcome is None
    assert svc.persons.get(svc.her).draft.children == []


def test_baby_id_must_match_birth_date(svc):
    pid = svc.pregnancies.add(svc.her, preg(D(2026, 3, 1), D(2026, 1, 20)))
    wrong = make_id("330102", D(2026, 10, 20), 31, female=False)
    with pytest.raises(ValidationError) as caught:
        svc.pregnancies.record_outcome(pid, LIVE, D(2026, 10, 27), [BabyDraft("小宝", "M", wrong)])
    assert caught.value.field == "children[0]"


def test_outcome_is_recorded_once_and_live_birth_with_children_is_locked(svc):
    pid = svc.pregnancies.add(svc.her, preg(D(2026, 3, 1), D(2026, 1, 20)))
    svc.pregnancies.record_outcome(pid, LIVE, D(2026, 10, 27), [BabyDraft("小宝", "M")])
    with pytest.raises(ValidationError):
        svc.pregnancies.record_outcome(pid, "stillbirth", D(2026, 10, 27))
    d = svc.pregnancies.draft(pid)
    d.outcome_date = D(2026, 10, 26)
    with pytest.raises(ValidationError) as caught:
        svc.pregnancies.update(pid, d)
    assert "children tab" in str(caught.value)
    d = svc.pregnancies.draft(pid)
    d.note = "顺产"
    svc.pregnancies.update(pid, d)  # other fields can still be corrected
    assert svc.pregnancies.draft(pid).note == "顺产"
    other = svc.pregnancies.add(svc.her, preg(D(2026, 11, 20), D(2026, 11, 1)))
    with pytest.raises(ValidationError):  # a live birth is only recorded with its babies
        svc.pregnancies.update(other, preg(D(2026, 11, 20), D(2026, 11, 1), outcome=LIVE,
                                           outcome_date=D(2026, 11, 25)))


def test_followups_stay_between_registration_and_outcome(svc):
    pid = svc.pregnancies.add(svc.her, preg())
    fid = svc.pregnancies.add_followup(pid, D(2026, 7, 1), " 正常 ")
    svc.pregnancies.add_followup(pid, D(2026, 8, 1))
    for bad in (D(2026, 5, 31), D(2026, 11, 29), None):
        with pytest.raises(ValidationError) as caught:
            svc.pregnancies.add_followup(pid, bad)
        assert caught.value.field == "date"
    row = svc.pregnancies.list_for_person(svc.her)[0]
    assert (row.followup_count, row.last_followup) == (2, D(2026, 8, 1))
    assert [(f.date, f.note) for f in svc.pregnancies.followups(pid)] == [
        (D(2026, 7, 1), "正常"), (D(2026, 8, 1), "")]
    svc.pregnancies.update_followup(fid, D(2026, 7, 2), "血压正常")
    assert svc.pregnancies.followups(pid)[0].note == "血压正常"
    assert ("update", "date", "2026-07-02") in log(svc, "followup")
    # The outcome cannot come before a follow-up, nor the registration after one.
    with pytest.raises(ValidationError) as caught:
        svc.pregnancies.record_outcome(pid, "miscarriage", D(2026, 7, 20))
    assert "2026-08-01" in str(caught.value)
    with pytest.raises(ValidationError):
        svc.pregnancies.update(pid, preg(D(2026, 7, 10)))
    svc.pregnancies.record_outcome(pid, "termination", D(2026, 8, 10))
    with pytest.raises(ValidationError):
        svc.pregnancies.add_followup(pid, D(2026, 8, 11))
    svc.pregnancies.delete("followup", fid, svc.her)
    assert len(svc.pregnancies.followups(pid)) == 1
    svc.pregnancies.restore("followup", fid, svc.her)
    assert len(svc.pregnancies.followups(pid)) == 2


def test_delete_and_restore_pregnancy(svc):
    pid = svc.pregnancies.add(svc.her, preg())
    svc.pregnancies.delete("pregnancy", pid, svc.her)
    assert svc.pregnancies.list_for_person(svc.her) == []
    with pytest.raises(NotFoundError):
        svc.pregnancies.update(pid, preg())
    svc.pregnancies.restore("pregnancy", pid, svc.her)
    assert [r.id for r in svc.pregnancies.list_for_person(svc.her)] == [pid]
    actions = [a for a, _f, _v in log(svc, "pregnancy")]
    assert actions[-2:] == ["delete", "restore"]
    assert svc.pregnancies.person_of("pregnancy", pid) == svc.her


def test_person_in_recycle_bin_gets_no_pregnancy(svc):
    svc.persons.delete(svc.her)
    with pytest.raises(NotFoundError):
        svc.pregnancies.add(svc.her, preg())
