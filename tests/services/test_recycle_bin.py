"""The recycle bin lists deleted records of every kind and restores each through its own
service (no Qt)."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.enums import Method, Program
from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.domain.values.care import CheckupDraft, ContraceptionDraft, ServiceDraft
from desktop.domain.values.people import ChildDraft
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.errors import ConflictError, LedgerError, NotFoundError
from desktop.store.models import ChangeLog
from tests.helpers import draft, fresh_services

D = dt.date


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)  # today is 2026-11-28
    s.unit = s.units.add("城关镇")
    s.her = s.persons.create(draft("张秀英", D(1990, 3, 7), s.unit, children=[
        ChildDraft(name="小明", sex="M", birth_date=D(2015, 6, 1)),
        ChildDraft(name="小红", sex="F", birth_date=D(2018, 2, 1))]))
    s.other = s.persons.create(draft("李娜", D(1992, 5, 1), s.unit, seq=12))
    return s


def one_of_each(svc) -> dict[str, tuple[int, int]]:
    """Records of every kind for her: entity -> (record id, person id)."""
    her = svc.her
    preg = svc.pregnancies.add(her, PregnancyDraft(D(2026, 9, 1), D(2026, 7, 20)))
    follow = svc.pregnancies.add_followup(preg, D(2026, 10, 1))
    benefit = svc.benefits.add(her, BenefitDraft(Program.ONE_CHILD_FEE, 1000, "month", D(2026, 1, 1)))
    return {
        "pregnancy": (preg, her), "followup": (follow, her),
        "contraception": (svc.contraception.add(
            her, ContraceptionDraft(Method.IUD, D(2019, 1, 5), D(2026, 6, 30))), her),
        "checkup": (svc.checkups.add(her, CheckupDraft(D(2026, 3, 3), check_iud=True)), her),
        "service": (svc.service_records.add(her, ServiceDraft(D(2026, 4, 4), "other")), her),
        "benefit": (benefit, her),
        "payment": (svc.benefits.add_payment(benefit, PaymentDraft("2026-01", 1000, D(2026, 2, 1))), her),
        "life_event": (svc.life_events.add(her, "moved_away", D(2026, 5, 5), "深圳"), her),
    }


def delete_child(svc, name: str) -> int:
    record = svc.persons.get(svc.her)
    record.draft.children = [c for c in record.draft.children if c.name != name]
    gone = {c.id for c in svc.persons.get(svc.her).draft.children} - {
        c.id for c in record.draft.children}
    svc.persons.update(svc.her, record.draft)
    return gone.pop()


def listed(svc) -> list[tuple[str, int]]:
    return [(r.entity, r.record_id) for r in svc.recycle_bin.page(0, 100)]


def test_every_kind_listed_after_delete_and_gone_after_restore(svc):
    records = one_of_each(svc)
    order = ["followup", "payment", "checkup", "service", "contraception", "life_event"]
    for entity in order:
        record_id, person_id = records[entity]
        getattr(svc, SERVICE[entity]).delete(entity, record_id, person_id)
    child = delete_child(svc, "小明")
    assert svc.recycle_bin.count() == 7
    assert listed(svc) == [("child", child)] + [(e, records[e][0]) for e in reversed(order)]
    first = svc.recycle_bin.page(0, 100)[0]
    assert (first.person_id, first.person_name, first.date) == (svc.her, "张秀英", D(2015, 6, 1))
    assert first.id_number.count("*") == 8
    contraception = next(r for r in svc.recycle_bin.page(0, 100) if r.entity == "contraception")
    assert contraception.params == {"method": Method.IUD, "end": "2026-06-30"}
    for entity, record_id in listed(svc):
        assert svc.recycle_bin.restore(entity, record_id) == svc.her
    assert listed(svc) == []
    assert svc.recycle_bin.count() == 0
    assert [c.name for c in svc.persons.get(svc.her).draft.children] == ["小明", "小红"]


SERVICE = {"pregnancy": "pregnancies", "followup": "pregnancies", "contraception": "contraception",
           "checkup": "checkups", "service": "service_records", "benefit": "benefits",
           "payment": "benefits", "life_event": "life_events"}


def test_parents_hide_their_own_records_and_come_back_with_them(svc):
    records = one_of_each(svc)
    svc.pregnancies.delete("followup", records["followup"][0], svc.her)
    svc.benefits.delete("payment", records["payment"][0], svc.her)
    svc.pregnancies.delete("pregnancy", records["pregnancy"][0], svc.her)
    svc.benefits.delete("benefit", records["benefit"][0], svc.her)
    assert [e for e, _ in listed(svc)] == ["benefit", "pregnancy"]
    with pytest.raises(ConflictError, match="restore the pregnancy first"):
        svc.recycle_bin.restore("followup", records["followup"][0])
    svc.recycle_bin.restore("pregnancy", records["pregnancy"][0])
    assert [e for e, _ in listed(svc)] == ["benefit", "followup"]


def test_person_in_bin_hides_her_records(svc):
    records = one_of_each(svc)
    svc.checkups.delete("checkup", records["checkup"][0], svc.her)
    svc.persons.delete(svc.her)
    assert listed(svc) == [] and svc.recycle_bin.count() == 0
    with pytest.raises(ConflictError, match="restore her first"):
        svc.recycle_bin.restore("checkup", records["checkup"][0])
    svc.persons.restore(svc.her)
    assert listed(svc) == [("checkup", records["checkup"][0])]


def test_paging_newest_deletion_first(svc):
    ids = [svc.service_records.add(svc.other, ServiceDraft(D(2026, 1, 1) + dt.timedelta(days=i),
                                                           "consultation")) for i in range(7)]
    for record_id in ids:
        svc.service_records.delete("service", record_id, svc.other)
    pages = [svc.recycle_bin.page(offset, 3) for offset in (0, 3, 6)]
    assert [[r.record_id for r in p] for p in pages] == [ids[:3:-1][:3], ids[3:0:-1], ids[:1]]
    assert svc.recycle_bin.count() == 7


def test_each_kind_keeps_its_own_restore_checks(svc):
    her = svc.her
    iud = svc.contraception.add(her, ContraceptionDraft(Method.IUD, D(2020, 1, 1), D(2022, 1, 1)))
    svc.contraception.delete("contraception", iud, her)
    svc.contraception.add(her, ContraceptionDraft(Method.PILL, D(2021, 1, 1), D(2021, 6, 1)))
    with pytest.raises(ConflictError, match="overlaps"):
        svc.recycle_bin.restore("contraception", iud)
    first = svc.pregnancies.add(her, PregnancyDraft(D(2026, 9, 1), D(2026, 7, 20)))
    svc.pregnancies.delete("pregnancy", first, her)
    svc.pregnancies.add(her, PregnancyDraft(D(2026, 10, 1), D(2026, 8, 20)))
    with pytest.raises(LedgerError, match="without an outcome"):
        svc.recycle_bin.restore("pregnancy", first)
    moved = svc.life_events.add(her, "moved_away", D(2025, 1, 1))
    svc.life_events.delete("life_event", moved, her)
    svc.life_events.add(her, "moved_away", D(2025, 6, 1))
    with pytest.raises(ConflictError, match="no longer fits"):
        svc.recycle_bin.restore("life_event", moved)
    assert {e for e, _ in listed(svc)} == {"contraception", "pregnancy", "life_event"}


def test_child_restore_renumbers_and_is_logged(svc):
    child = delete_child(svc, "小明")
    assert [(c.name, c.birth_order) for c in svc.persons.get(svc.her).draft.children] == [("小红", 1)]
    svc.recycle_bin.restore("child", child)
    kids = svc.persons.get(svc.her).draft.children
    assert [(c.name, c.birth_order) for c in kids] == [("小明", 1), ("小红", 2)]
    with svc.factory() as s:
        log = s.execute(select(ChangeLog.entity, ChangeLog.action, ChangeLog.field,
                               ChangeLog.new_value).order_by(ChangeLog.id.desc()).limit(3)).all()
    assert ("child", "restore", "", None) in log
    assert ("person", "update", "children_count", "2") in log
    with pytest.raises(NotFoundError):
        svc.recycle_bin.restore("child", child)


def test_child_entered_again_is_not_restored_twice(svc):
    child = delete_child(svc, "小明")
    record = svc.persons.get(svc.her)
    record.draft.children.append(ChildDraft(name="小明", sex="M", birth_date=D(2015, 6, 1)))
    svc.persons.update(svc.her, record.draft)
    with pytest.raises(ConflictError, match="already has the child"):
        svc.recycle_bin.restore("child", child)


def test_delete_and_restore_check_the_owner(svc):
    records = one_of_each(svc)
    for entity, (record_id, _her) in records.items():
        with pytest.raises(NotFoundError):
            getattr(svc, SERVICE[entity]).delete(entity, record_id, svc.other)
    for entity, (record_id, her) in records.items():
        if entity not in ("life_event",):
            getattr(svc, SERVICE[entity]).delete(entity, record_id, her)
    svc.life_events.delete("life_event", records["life_event"][0], svc.her)
    for entity in ("checkup", "contraception", "life_event", "service", "pregnancy", "benefit"):
        with pytest.raises(NotFoundError):
            getattr(svc, SERVICE[entity]).restore(entity, records[entity][0], svc.other)
    with pytest.raises(NotFoundError):
        svc.children.restore("child", delete_child(svc, "小明"), svc.other)
    with pytest.raises(NotFoundError):
        svc.recycle_bin.restore("nonsense", 1)


def test_child_of_a_birth_no_longer_on_file_stays_in_the_bin(svc):
    from desktop.domain.values.pregnancy import BabyDraft

    preg = svc.pregnancies.add(svc.other, PregnancyDraft(D(2026, 3, 1), D(2026, 1, 10)))
    baby = svc.pregnancies.record_outcome(preg, "live_birth", D(2026, 10, 1),
                                          [BabyDraft(name="小雨", sex="F")])[0]
    record = svc.persons.get(svc.other)
    record.draft.children = []
    svc.persons.update(svc.other, record.draft)
    svc.pregnancies.delete("pregnancy", preg, svc.other)
    with pytest.raises(ConflictError, match="live birth this child was recorded from"):
        svc.recycle_bin.restore("child", baby)
    svc.recycle_bin.restore("pregnancy", preg)
    svc.recycle_bin.restore("child", baby)
    assert svc.persons.get(svc.other).draft.children[0].name == "小雨"
