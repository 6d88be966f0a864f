"""Contraception records: validation, no overlapping periods, ending the open one."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.values.care import ContraceptionDraft
from desktop.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.care.contraception import OpenContraceptionError
from desktop.store.models import ChangeLog
from tests.helpers import TODAY, draft, fresh_services

D = dt.date
NEW_YEAR_2020 = D(2020, 1, 1)


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)
    unit = s.units.add("城关镇")
    s.her = s.persons.create(draft("张秀英", D(1990, 3, 7), unit))
    return s


def method(code="iud", start=NEW_YEAR_2020, end=None, place="服务站"):
    return ContraceptionDraft(method=code, start_date=start, end_date=end, place=place)


def log_rows(svc, entity="contraception"):
    with svc.factory() as s:
        return s.execute(select(ChangeLog).where(ChangeLog.entity == entity)
                         .order_by(ChangeLog.id)).scalars().all()


def test_add_lists_and_logs(svc):
    rid = svc.contraception.add(svc.her, method(place=" 服务站 "))
    [rec] = svc.contraception.list_for_person(svc.her)
    assert (rec.id, rec.method, rec.start_date, rec.end_date, rec.place) == (
        rid, "iud", D(2020, 1, 1), None, "服务站")
    fields = {r.field: r.new_value for r in log_rows(svc)}
    assert fields == {"person_id": str(svc.her), "method": "iud", "start_date": "2020-01-01",
                      "place": "服务站"}
    assert all(r.person_id == svc.her and r.action == "create" for r in log_rows(svc))


@pytest.mark.parametrize("bad, field", [
    (method(code=""), "method"),
    (method(code="magic"), "method"),
    (method(start=None), "start_date"),
    (method(start=TODAY + dt.timedelta(days=1)), "start_date"),
    (method(start=D(1990, 3, 6)), "start_date"),  # before her birth
    (method(start=D(2020, 1, 1), end=D(2019, 12, 31)), "end_date"),
    (method(start=D(2020, 1, 1), end=TODAY + dt.timedelta(days=1)), "end_date"),
    (method(place="x" * 201), "place"),
])
def test_invalid_drafts_are_refused(svc, bad, field):
    with pytest.raises(ValidationError) as caught:
        svc.contraception.add(svc.her, bad)
    assert caught.value.field == field
    assert svc.contraception.list_for_person(svc.her) == []
    assert log_rows(svc) == []


def test_birth_day_and_today_are_allowed(svc):
    svc.contraception.add(svc.her, method(start=D(1990, 3, 7), end=D(1990, 3, 8)))
    svc.contraception.add(svc.her, method(start=TODAY, end=TODAY))
    assert len(svc.contraception.list_for_person(svc.her)) == 2


def test_adding_while_one_is_open_names_the_open_one(svc):
    old = svc.contraception.add(svc.her, method("pill", D(2020, 1, 1)))
    with pytest.raises(OpenContraceptionError) as caught:
        svc.contraception.add(svc.her, method("iud", D(2024, 5, 1)))
    assert isinstance(caught.value, ConflictError)
    assert caught.value.params["open_id"] == old
    assert caught.value.params["method"] == "pill"
    assert caught.value.params["date"] == "2024-05-01"
    assert len(svc.contraception.list_for_person(svc.her)) == 1


def test_end_open_ends_the_open_one_on_the_new_start_in_one_go(svc):
    old = svc.contraception.add(svc.her, method("pill", D(2020, 1, 1)))
    new = svc.contraception.add(svc.her, method("iud", D(2024, 5, 1)), end_open=True)
    assert svc.contraception.get(old).end_date == D(2024, 5, 1)
    assert svc.contraception.current(svc.her).id == new
    assert svc.contraception.current(svc.her, D(2024, 4, 30)).id == old
    ended = [r for r in log_rows(svc) if r.entity_id == old and r.action == "update"]
    assert [(r.field, r.old_value, r.new_value) for r in ended] == [("end_date", None, "2024-05-01")]


def test_a_closed_record_is_never_shortened_by_end_open(svc):
    old = svc.contraception.add(svc.her, method("pill", D(2020, 1, 1), D(2021, 1, 1)))
    with pytest.raises(ValidationError) as caught:
        svc.contraception.add(svc.her, method("iud", D(2020, 6, 1)), end_open=True)
    assert not isinstance(caught.value, OpenContraceptionError)
    assert svc.contraception.get(old).end_date == D(2021, 1, 1)


def test_a_new_method_may_start_on_the_day_the_last_one_ended(svc):
    svc.contraception.add(svc.her, method("pill", D(2020, 1, 1), D(2021, 1, 1)))
    svc.contraception.add(svc.her, method("iud", D(2021, 1, 1)))
    assert svc.contraception.current(svc.her).method == "iud"


@pytest.mark.parametrize("start, end, field", [
    (D(2020, 6, 1), D(2020, 7, 1), "start_date"),   # inside a closed period
    (D(2019, 6, 1), D(2020, 2, 1), "end_date"),     # runs into it
    (D(2019, 6, 1), None, "end_date"),              # open, before a later record
    (D(2020, 1, 1), D(2020, 3, 1), "start_date"),   # same start
])
def test_overlaps_with_closed_records_are_refused(svc, start, end, field):
    svc.contraception.add(svc.her, method("pill", D(2020, 1, 1), D(2021, 1, 1)))
    with pytest.raises(ValidationError) as caught:
        svc.contraception.add(svc.her, method("iud", start, end), end_open=True)
    assert caught.value.field == field
    assert "2020-01-01" in str(caught.value)


def test_same_start_as_the_open_one_cannot_end_it(svc):
    svc.contraception.add(svc.her, method("pill", D(2020, 1, 1)))
    with pytest.raises(ValidationError) as caught:
        svc.contraception.add(svc.her, method("iud", D(2020, 1, 1)), end_open=True)
    assert not isinstance(caught.value, OpenContraceptionError)


def test_update_checks_overlap_with_the_others_only(svc):
    first = svc.contraception.add(svc.her, method("pill", D(2020, 1, 1), D(2021, 1, 1)))
    second = svc.contraception.add(svc.her, method("iud", D(2021, 1, 1)))
    svc.contraception.update(first, method("pill", D(2019, 1, 1), D(2021, 1, 1)))
    with pytest.raises(ValidationError):
        svc.contraception.update(first, method("pill", D(2019, 1, 1), D(2021, 2, 1)))
    svc.contraception.update(second, method("implant", D(2021, 1, 1), D(2025, 1, 1)))
    assert [r.method for r in svc.contraception.list_for_person(svc.her)] == ["implant", "pill"]
    assert svc.contraception.current(svc.her) is None


def test_current_is_none_without_records_and_none_method_counts(svc):
    assert svc.contraception.current(svc.her) is None
    svc.contraception.add(svc.her, method("none", D(2024, 1, 1)))
    assert svc.contraception.current(svc.her).method == "none"


def test_delete_and_restore_through_the_recycle_bin(svc):
    rid = svc.contraception.add(svc.her, method("pill", D(2020, 1, 1)))
    svc.contraception.delete("contraception", rid, svc.her)
    assert svc.contraception.list_for_person(svc.her) == []
    with pytest.raises(NotFoundError):
        svc.contraception.get(rid)
    # While it is in the bin another open method is recorded: restoring would overlap.
    other = svc.contraception.add(svc.her, method("iud", D(2022, 1, 1)))
    with pytest.raises(ConflictError):
        svc.contraception.restore("contraception", rid, svc.her)
    svc.contraception.delete("contraception", other, svc.her)
    svc.contraception.restore("contraception", rid, svc.her)
    assert [r.id for r in svc.contraception.list_for_person(svc.her)] == [rid]
    assert [r.action for r in log_rows(svc) if r.entity_id == rid][-2:] == ["delete", "restore"]


def test_deleted_person_cannot_get_records(svc):
    svc.persons.delete(svc.her)
    with pytest.raises(NotFoundError):
        svc.contraception.add(svc.her, method())
