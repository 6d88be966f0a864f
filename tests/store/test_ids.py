"""Ids for bulk loads come from the database: a reserved block is the caller's alone, and
the database goes on numbering after it (a real SQLite file)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, select
from sqlalchemy.dialects import postgresql

from desktop.store.db import make_session_factory, open_database, transaction
from desktop.store.models import Unit
from desktop.store.sql import drawn_ids, first_free_id, reserve_ids


@pytest.fixture(scope="module")
def factory(tmp_path_factory):
    engine = open_database(tmp_path_factory.mktemp("ids") / "ids.db")
    yield make_session_factory(engine)
    engine.dispose()


@given(before=st.integers(min_value=0, max_value=30), drop=st.integers(min_value=0, max_value=5),
       count=st.integers(min_value=0, max_value=40))
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_reserved_block_is_free_and_numbering_goes_on_after_it(factory, before, drop, count):
    with transaction(factory) as session:
        session.execute(delete(Unit))
        for i in range(before):
            session.add(Unit(name=f"u{i}"))
        session.flush()
        ids = sorted(session.scalars(select(Unit.id)))
        for unit_id in ids[len(ids) - min(drop, len(ids)):]:  # the newest rows deleted
            session.execute(delete(Unit).where(Unit.id == unit_id))
        taken = set(session.scalars(select(Unit.id)))
        block = reserve_ids(session, Unit, count)
        assert len(block) == count and not taken & set(block)
        assert list(block) == sorted(set(block))
        if count:
            session.execute(insert(Unit), [{"id": i, "name": f"r{i}"} for i in block])
        after = Unit(name="next")
        session.add(after)
        session.flush()
        assert after.id == max([*taken, *block, 0]) + 1  # what the database gives next
        assert first_free_id(session, Unit) == after.id + 1
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == len(taken) + count + 1


def test_the_postgresql_form_draws_from_the_sequence():
    # no PostgreSQL server here: the statement reserve_ids runs there, compiled
    sql = str(drawn_ids(Unit, 3).compile(dialect=postgresql.dialect()))
    assert "nextval(pg_get_serial_sequence(" in sql and "generate_series(" in sql
