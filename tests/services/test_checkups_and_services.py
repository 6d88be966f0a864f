"""Check-ups and services given: every validation rule, logging, recycle bin."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.values.care import CheckupDraft, ServiceDraft
from desktop.errors import NotFoundError, ValidationError
from desktop.store.models import ChangeLog
from tests.helpers import TODAY, draft, fresh_services

D = dt.date
TOMORROW = TODAY + dt.timedelta(days=1)


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)
    unit = s.units.add("城关镇")
    s.her = s.persons.create(draft("张秀英", D(1990, 3, 7), unit))
    return s


def checkup(**fields):
    values = {"date": D(2026, 3, 1), "check_pregnancy": True, "check_iud": True,
              "check_disease": False, "pregnant": False, "result": "normal", "note": "",
              "place": "服务站", "source": "station"}
    values.update(fields)
    return CheckupDraft(**values)


def logged(svc, entity):
    with svc.factory() as s:
        return s.execute(select(ChangeLog.action, ChangeLog.field, ChangeLog.new_value)
                         .where(ChangeLog.entity == entity).order_by(ChangeLog.id)).all()


def test_checkup_added_listed_and_logged(svc):
    first = svc.checkups.add(svc.her, checkup(date=D(2025, 3, 1)))
    second = svc.checkups.add(svc.her, checkup(pregnant=True, source="certificate", place=""))
    records = svc.checkups.list_for_person(svc.her)
    assert [r.id for r in records] == [second, first]  # latest first
    assert records[0].pregnant and records[0].source == "certificate"
    assert svc.checkups.last_checkup(svc.her).id == second
    assert ("create", "check_pregnancy", "True") in logged(svc, "checkup")


def test_last_checkup_is_none_without_any(svc):
    assert svc.checkups.last_checkup(svc.her) is None


@pytest.mark.parametrize("fields, field", [
    ({"date": None}, "date"),
    ({"date": TOMORROW}, "date"),
    ({"date": D(1990, 3, 6)}, "date"),
    ({"check_pregnancy": False, "check_iud": False, "check_disease": False}, "items"),
    ({"check_pregnancy": False, "pregnant": True}, "pregnant"),
    ({"result": "abnormal", "note": "  "}, "note"),
    ({"result": "maybe"}, "result"),
    ({"source": "mail"}, "source"),
    ({"note": "x" * 501}, "note"),
    ({"place": "x" * 201}, "place"),
])
def test_checkup_rules(svc, fields, field):
    with pytest.raises(ValidationError) as caught:
        svc.checkups.add(svc.her, checkup(**fields))
    assert caught.value.field == field
    assert svc.checkups.list_for_person(svc.her) == []
    assert logged(svc, "checkup") == []


def test_abnormal_with_a_note_and_one_item_is_fine(svc):
    rid = svc.checkups.add(svc.her, checkup(check_pregnancy=False, check_iud=False,
                                            check_disease=True, result="abnormal",
                                            note="宫颈炎", date=TODAY))
    assert svc.checkups.get(rid).note == "宫颈炎"


def test_checkup_update_logs_only_changes_and_delete_restore(svc):
    rid = svc.checkups.add(svc.her, checkup())
    record = svc.checkups.get(rid)
    record.result, record.note = "abnormal", "复查"
    svc.checkups.update(rid, record)
    assert logged(svc, "checkup")[-2:] == [("update", "result", "abnormal"),
                                           ("update", "note", "复查")]
    with pytest.raises(ValidationError):
        svc.checkups.update(rid, checkup(date=TOMORROW))
    svc.checkups.delete("checkup", rid, svc.her)
    assert svc.checkups.last_checkup(svc.her) is None
    with pytest.raises(NotFoundError):
        svc.checkups.update(rid, checkup())
    svc.checkups.restore("checkup", rid, svc.her)
    assert svc.checkups.get(rid).note == "复查"


def test_service_added_updated_deleted(svc):
    rid = svc.service_records.add(svc.her, ServiceDraft(D(2026, 5, 1), "supplies", " 避孕套10只 "))
    [record] = svc.service_records.list_for_person(svc.her)
    assert (record.id, record.type, record.note) == (rid, "supplies", "避孕套10只")
    record.type = "referral"
    svc.service_records.update(rid, record)
    assert svc.service_records.get(rid).type == "referral"
    svc.service_records.delete("service", rid, svc.her)
    assert svc.service_records.list_for_person(svc.her) == []
    assert [a for a, _f, _v in logged(svc, "service")][-2:] == ["update", "delete"]


@pytest.mark.parametrize("bad, field", [
    (ServiceDraft(None, "consultation"), "date"),
    (ServiceDraft(TOMORROW, "consultation"), "date"),
    (ServiceDraft(D(1980, 1, 1), "consultation"), "date"),
    (ServiceDraft(D(2026, 1, 1), ""), "type"),
    (ServiceDraft(D(2026, 1, 1), "fine"), "type"),
    (ServiceDraft(D(2026, 1, 1), "education", "x" * 501), "note"),
])
def test_service_rules(svc, bad, field):
    with pytest.raises(ValidationError) as caught:
        svc.service_records.add(svc.her, bad)
    assert caught.value.field == field
    assert svc.service_records.list_for_person(svc.her) == []
