"""Life events keep her status in step; children's deaths (no Qt)."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.values.people import ChildDraft
from desktop.errors import ConflictError, NotFoundError, ValidationError
from desktop.store.models import ChangeLog
from tests.helpers import draft, fresh_services

D = dt.date


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)  # today is 2026-11-28
    s.unit = s.units.add("城关镇")
    s.her = s.persons.create(draft("张秀英", D(1990, 3, 7), s.unit, children=[
        ChildDraft(name="小明", sex="M", birth_date=D(2015, 6, 1))]))
    return s


def status(svc):
    rec = svc.persons.get(svc.her)
    return rec.status, rec.status_date


def person_log(svc):
    with svc.factory() as s:
        return [(r.field, r.old_value, r.new_value) for r in s.execute(
            select(ChangeLog).where(ChangeLog.entity == "person", ChangeLog.action == "update")
            .order_by(ChangeLog.id)).scalars()]


def test_status_follows_events_and_is_logged(svc):
    moved = svc.life_events.add(svc.her, "moved_away", D(2024, 3, 1), " 广东省 深圳市 ")
    assert status(svc) == ("moved", D(2024, 3, 1))
    svc.life_events.add(svc.her, "returned", D(2025, 1, 10))
    assert status(svc) == ("active", D(2025, 1, 10))
    svc.life_events.add(svc.her, "deceased", D(2026, 2, 2))
    assert status(svc) == ("deceased", D(2026, 2, 2))
    rows = svc.life_events.list_for_person(svc.her)
    assert [(r.kind, r.is_latest) for r in rows] == [
        ("moved_away", False), ("returned", False), ("deceased", True)]
    assert rows[0].id == moved and rows[0].note == "广东省 深圳市"
    assert ("status", "active", "moved") in person_log(svc)
    assert ("status_date", None, "2024-03-01") in person_log(svc)
    assert ("status", "active", "deceased") in person_log(svc)


@pytest.mark.parametrize(("events", "kind", "date", "field"), [
    ([], "returned", D(2024, 1, 1), "kind"),  # only after moving away
    ([("moved_away", D(2024, 1, 1))], "moved_away", D(2024, 2, 1), "kind"),
    ([("deceased", D(2024, 1, 1))], "returned", D(2024, 2, 1), "kind"),
    ([("deceased", D(2024, 1, 1))], "moved_away", D(2024, 2, 1), "kind"),
    ([("moved_away", D(2024, 1, 1))], "returned", D(2023, 12, 31), "date"),  # before the latest
    ([], "moved_away", D(2026, 11, 29), "date"),  # future
    ([], "moved_away", D(1990, 3, 6), "date"),  # before her birth
    ([], "moved_away", None, "date"),
    ([], "emigrated", D(2024, 1, 1), "kind"),
    ([], "moved_away", D(2024, 1, 1), "note"),  # note too long (below)
])
def test_event_rules(svc, events, kind, date, field):
    for k, d in events:
        svc.life_events.add(svc.her, k, d)
    before = status(svc)
    note = "x" * 201 if field == "note" else ""
    with pytest.raises(ValidationError) as caught:
        svc.life_events.add(svc.her, kind, date, note)
    assert caught.value.field == field
    assert status(svc) == before
    assert len(svc.life_events.list_for_person(svc.her)) == len(events)


def test_same_day_return_is_allowed(svc):
    svc.life_events.add(svc.her, "moved_away", D(2024, 1, 1))
    svc.life_events.add(svc.her, "returned", D(2024, 1, 1))
    assert status(svc) == ("active", D(2024, 1, 1))


def test_deleting_the_latest_steps_the_status_back(svc):
    first = svc.life_events.add(svc.her, "moved_away", D(2024, 3, 1))
    second = svc.life_events.add(svc.her, "returned", D(2025, 1, 10))
    with pytest.raises(ConflictError):
        svc.life_events.delete("life_event", first, svc.her)
    svc.life_events.delete("life_event", second, svc.her)
    assert status(svc) == ("moved", D(2024, 3, 1))
    svc.life_events.delete("life_event", first, svc.her)
    assert status(svc) == ("active", None)
    assert svc.life_events.list_for_person(svc.her) == []
    # Restoring in the original order works; a restore that no longer fits is refused.
    svc.life_events.restore("life_event", first, svc.her)
    assert status(svc) == ("moved", D(2024, 3, 1))
    svc.life_events.delete("life_event", first, svc.her)
    with pytest.raises(ConflictError):
        svc.life_events.restore("life_event", second, svc.her)  # a return without a move
    assert status(svc) == ("active", None)
    with pytest.raises(NotFoundError):
        svc.life_events.restore("life_event", second + 100, svc.her)


def test_child_death_set_and_cleared(svc):
    [child] = svc.life_events.children(svc.her)
    assert (child.name, child.death_date) == ("小明", None)
    for bad in (D(2015, 5, 31), D(2026, 11, 29), None):
        with pytest.raises(ValidationError):
            svc.life_events.set_child_death(child.id, bad)
    svc.life_events.set_child_death(child.id, D(2020, 8, 8))
    assert svc.life_events.children(svc.her)[0].death_date == D(2020, 8, 8)
    # Saving the person from the editor keeps the death date (the editor does not hold it).
    svc.persons.update(svc.her, svc.persons.get(svc.her).draft)
    assert svc.life_events.children(svc.her)[0].death_date == D(2020, 8, 8)
    svc.life_events.clear_child_death(child.id)
    assert svc.life_events.children(svc.her)[0].death_date is None
    with svc.factory() as s:
        rows = [(r.entity, r.field, r.old_value, r.new_value, r.person_id) for r in s.execute(
            select(ChangeLog).where(ChangeLog.field == "death_date").order_by(ChangeLog.id)).scalars()]
    assert rows == [("child", "death_date", None, "2020-08-08", svc.her),
                    ("child", "death_date", "2020-08-08", None, svc.her)]
    with pytest.raises(NotFoundError):
        svc.life_events.set_child_death(child.id + 100, D(2020, 1, 1))


def test_a_transfer_moves_her_and_keeps_the_unit_she_left(svc):
    other = svc.units.add("河西乡")
    event = svc.life_events.transfer(svc.her, other, D(2026, 5, 1), "工作调动")
    assert svc.persons.get(svc.her).draft.unit_id == other
    assert status(svc) == ("active", None)  # a transfer is no change of status
    [row] = svc.life_events.list_for_person(svc.her)
    assert (row.id, row.kind, row.note) == (event, "transferred", "城关镇 → 河西乡 工作调动")
    assert ("unit_id", str(svc.unit), str(other)) in person_log(svc)
    for bad in ((other, D(2026, 6, 1)), (None, D(2026, 6, 1)), (svc.unit, D(2027, 1, 1)),
                (svc.unit, D(2026, 4, 1))):  # same unit, no unit, future, before the last
        with pytest.raises(ValidationError):
            svc.life_events.transfer(svc.her, *bad)
    with pytest.raises(ValidationError):
        svc.life_events.add(svc.her, "transferred", D(2026, 6, 1))
    with pytest.raises(ConflictError):  # its reports depend on the unit she left
        svc.units.delete(svc.unit)
    # Deleting the transfer puts her back; restoring it moves her again.
    svc.life_events.delete("life_event", event, svc.her)
    assert svc.persons.get(svc.her).draft.unit_id == svc.unit
    svc.life_events.restore("life_event", event, svc.her)
    assert svc.persons.get(svc.her).draft.unit_id == other


def test_no_transfer_while_moved_away(svc):
    other = svc.units.add("河西乡")
    svc.life_events.add(svc.her, "moved_away", D(2026, 3, 1))
    with pytest.raises(ValidationError):
        svc.life_events.transfer(svc.her, other, D(2026, 4, 1))
    svc.life_events.add(svc.her, "returned", D(2026, 5, 1))
    svc.life_events.transfer(svc.her, other, D(2026, 5, 1))  # the day she is back
    assert svc.persons.get(svc.her).draft.unit_id == other


def test_changing_her_unit_records_a_transfer(svc):
    other = svc.units.add("河西乡")
    d = svc.persons.get(svc.her).draft
    d.unit_id = other
    svc.persons.update(svc.her, d, D(2026, 9, 1))
    [row] = svc.life_events.list_for_person(svc.her)
    assert (row.kind, row.date) == ("transferred", D(2026, 9, 1))
    d.unit_id = svc.unit
    svc.persons.update(svc.her, d)  # no date given: today
    assert [r.date for r in svc.life_events.list_for_person(svc.her)] == [
        D(2026, 9, 1), svc.today()]
