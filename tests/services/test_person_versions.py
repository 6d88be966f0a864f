"""Two clerks editing the same woman: the second save, from an older read, is refused with
who changed what and when; nothing of hers is written (both backends)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from desktop.errors import StaleRecordError
from desktop.services.container import build_services
from desktop.store.models import Person
from tests.helpers import draft, fresh_services


def _second_clerk(services):
    """Another clerk's container on the same database (her own engine and sessions)."""
    from sqlalchemy import create_engine

    engine = create_engine(services.engine.url)
    if engine.dialect.name == "sqlite":
        from desktop.store.db import make_engine

        engine.dispose()
        engine = make_engine(services.engine.url.database)
    return build_services(engine, today=services.today)


def test_the_second_save_from_an_older_read_is_refused(tmp_path):
    wang = fresh_services(tmp_path)
    unit = wang.units.add("北关村")
    person_id = wang.persons.create(draft("张秀英", dt.date(1990, 3, 4), unit, phone="13700000000"))
    wang.accounts.add("王会计", "wang-2026")
    wang.accounts.add("李文书", "li-2026")
    li = _second_clerk(wang)
    wang.sign_in("王会计", "wang-2026")
    li.sign_in("李文书", "li-2026")
    try:
        hers, mine = wang.persons.get(person_id), li.persons.get(person_id)
        assert hers.version == mine.version == 1
        hers.draft.phone = "13900001111"
        hers.draft.notes = "王会计的备注"
        wang.persons.update(person_id, hers.draft, version=hers.version)
        mine.draft.phone = "13800002222"
        with pytest.raises(StaleRecordError) as refused:
            li.persons.update(person_id, mine.draft, version=mine.version)
        assert refused.value.params["user"] == "王会计"
        assert refused.value.changed_fields == ("notes", "phone")
        assert refused.value.params["at"].startswith("2026-11-28")
        stored = wang.persons.get(person_id)
        assert stored.draft.phone == "13900001111" and stored.version == 2
        # read again, her save goes through
        again = li.persons.get(person_id)
        again.draft.phone = "13800002222"
        li.persons.update(person_id, again.draft, version=again.version)
        assert wang.persons.get(person_id).version == 3
    finally:
        li.engine.dispose()


def test_a_save_without_a_version_still_goes_through_and_moves_the_version_on(tmp_path):
    services = fresh_services(tmp_path)
    unit = services.units.add("北关村")
    person_id = services.persons.create(draft("张秀英", dt.date(1990, 3, 4), unit))
    record = services.persons.get(person_id)
    record.draft.phone = "13700000000"
    services.persons.update(person_id, record.draft)
    with services.factory() as session:
        assert session.scalars(select(Person.version)).one() == 2  # open forms learn of it
