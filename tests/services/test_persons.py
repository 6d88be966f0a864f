"""Registering, editing, deleting and restoring persons through the service layer (no Qt)."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.values.people import ChildDraft, PersonQuery
from desktop.errors import DuplicateError, NotFoundError, ValidationError
from desktop.store.models import ChangeLog, Child, Person
from tests.helpers import draft, fresh_services, man_id


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)
    s.unit = s.units.add("城关镇")
    return s


def test_create_fills_birth_date_and_search_keys(svc):
    pid = svc.persons.create(draft(" 张秀英 ", dt.date(1990, 3, 7), svc.unit))
    rec = svc.persons.get(pid)
    assert rec.draft.name == "张秀英"
    assert rec.birth_date == dt.date(1990, 3, 7)
    with svc.factory() as s:
        p = s.get(Person, pid)
        assert (p.name_pinyin, p.name_initials) == ("zhangxiuying", "zxy")


def test_male_id_is_refused_and_nothing_written(svc):
    d = draft("王强", dt.date(1990, 1, 1), svc.unit)
    d.id_number = man_id(dt.date(1990, 1, 1))
    with pytest.raises(ValidationError) as caught:
        svc.persons.create(d)
    assert caught.value.field == "id_number"
    assert svc.persons.count_all() == 0


def test_duplicate_id_is_refused_naming_the_existing_person(svc):
    svc.persons.create(draft("张秀英", dt.date(1990, 3, 7), svc.unit))
    with pytest.raises(DuplicateError) as caught:
        svc.persons.create(draft("李梅", dt.date(1990, 3, 7), svc.unit))
    assert "张秀英" in str(caught.value)
    assert svc.persons.count_all() == 1


def test_future_dates_are_refused(svc):
    d = draft("张秀英", dt.date(1990, 3, 7), svc.unit, registered_on=dt.date(2026, 12, 1))
    with pytest.raises(ValidationError) as caught:
        svc.persons.create(d)
    assert caught.value.field == "registered_on"


def test_child_before_mothers_twelfth_birthday_is_refused(svc):
    d = draft("张秀英", dt.date(1990, 3, 7), svc.unit,
              children=[ChildDraft(name="小明", sex="M", birth_date=dt.date(2001, 1, 1))])
    with pytest.raises(ValidationError) as caught:
        svc.persons.create(d)
    assert caught.value.field == "children[0]"


def test_children_get_birth_orders_and_count(svc):
    kids = [ChildDraft(name="二", sex="F", birth_date=dt.date(2018, 5, 1)),
            ChildDraft(name="一", sex="M", birth_date=dt.date(2015, 5, 1))]
    pid = svc.persons.create(draft("张秀英", dt.date(1990, 3, 7), svc.unit,
                                   marital_status="first_marriage", children=kids))
    rec = svc.persons.get(pid)
    assert [(c.name, c.birth_order) for c in rec.draft.children] == [("一", 1), ("二", 2)]
    assert svc.person_list.page(PersonQuery(), 0, 10)[0].children_count == 2


def test_update_logs_each_changed_field_with_old_and_new(svc):
    pid = svc.persons.create(draft("张秀英", dt.date(1990, 3, 7), svc.unit, phone="13800000001"))
    rec = svc.persons.get(pid)
    rec.draft.phone = "13900000002"
    svc.persons.update(pid, rec.draft)
    entries = [e for e in svc.history.for_person(pid) if e.action == "update"]
    assert [(e.field, e.old_value, e.new_value) for e in entries] == [
        ("phone", "13800000001", "13900000002")]


def test_history_masks_id_numbers(svc):
    pid = svc.persons.create(draft("张秀英", dt.date(1990, 3, 7), svc.unit))
    entry = next(e for e in svc.history.for_person(pid) if e.field == "id_number")
    assert entry.new_value.startswith("330102") and "********" in entry.new_value


def test_delete_moves_to_recycle_bin_and_restore_brings_back(svc):
    pid = svc.persons.create(draft("张秀英", dt.date(1990, 3, 7), svc.unit))
    svc.persons.delete(pid)
    assert svc.person_list.count(PersonQuery()) == 0
    assert [r[0] for r in svc.person_list.deleted()] == [pid]
    with pytest.raises(NotFoundError):
        svc.persons.get(pid)
    svc.persons.restore(pid)
    assert svc.person_list.count(PersonQuery()) == 1
    with svc.factory() as s:
        actions = list(s.scalars(select(ChangeLog.action).where(ChangeLog.entity == "person",
                                                                 ChangeLog.field == "")))
    assert actions == ["delete", "restore"]


def test_removed_child_is_kept_as_deleted(svc):
    d = draft("张秀英", dt.date(1990, 3, 7), svc.unit,
              children=[ChildDraft(name="一", sex="M", birth_date=dt.date(2015, 5, 1))])
    pid = svc.persons.create(d)
    rec = svc.persons.get(pid)
    rec.draft.children = []
    svc.persons.update(pid, rec.draft)
    with svc.factory() as s:
        child = s.scalars(select(Child)).one()
        assert child.deleted_at is not None
    assert svc.persons.get(pid).draft.children == []


def test_failed_update_writes_nothing(svc):
    pid = svc.persons.create(draft("张秀英", dt.date(1990, 3, 7), svc.unit))
    rec = svc.persons.get(pid)
    rec.draft.phone = "13900000002"
    rec.draft.unit_id = 999
    with pytest.raises(ValidationError):
        svc.persons.update(pid, rec.draft)
    assert svc.persons.get(pid).draft.phone == ""
