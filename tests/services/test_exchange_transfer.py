"""档案转出/转入: selected women with all their records to a workbook for the receiving
office, optionally recording her 迁出; the receiving office imports it as usual."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop.domain.values.exchange import EVENTS, PERSONS, UNITS
from desktop.errors import StorageError
from desktop.services.demo.service import generate_demo
from desktop.services.safety.changelog import HistoryFilters
from desktop.store.models import Child, Person
from desktop.store.records import Checkup, LifeEvent
from tests.helpers import fresh_services
from tests.services.ledger_rows import table_rows


def _two_with_children(services) -> list[int]:  # noqa: ANN001
    with services.engine.connect() as conn:
        return list(conn.scalars(
            select(Person.id).where(Person.status == "active", Person.children_count > 0,
                                    Person.id.in_(select(Checkup.person_id)))
            .order_by(Person.id).limit(2)))


def test_transfer_with_her_move_away_imports_at_the_receiving_office(tmp_path: Path) -> None:
    (tmp_path / "here").mkdir()
    (tmp_path / "there").mkdir()
    here = fresh_services(tmp_path / "here")
    generate_demo(here, 60, seed=8)
    chosen = _two_with_children(here)
    out = tmp_path / "转出.xlsx"
    result = here.exchange.export_transfer(out, chosen, dt.date(2026, 11, 20), "浙江省杭州市西湖区")
    assert result.full_ids and result.rows[PERSONS] == 2

    with here.engine.connect() as conn:
        moved = conn.execute(select(Person.status, Person.status_date)
                             .where(Person.id.in_(chosen))).all()
        numbers = set(conn.scalars(select(Person.id_number).where(Person.id.in_(chosen))))
        kids = conn.scalar(select(func.count()).select_from(Child)
                           .where(Child.person_id.in_(chosen)))
    assert moved == [("moved", dt.date(2026, 11, 20))] * 2
    logged = here.history.page(HistoryFilters(entity="export"), 0, 20)
    assert {e.person_id for e in logged} >= set(chosen)

    book = load_workbook(out, read_only=True)
    rows = list(book[PERSONS].iter_rows(min_row=2, values_only=True))
    assert {r[1] for r in rows} == numbers  # full ID numbers, only hers
    events = list(book[EVENTS].iter_rows(min_row=2, values_only=True))
    assert sum(1 for e in events if e[1] == "迁出" and e[3] == "浙江省杭州市西湖区") == 2
    assert len(list(book[UNITS].iter_rows(min_row=2))) >= 1

    there = fresh_services(tmp_path / "there")
    preview = there.exchange.check(out)
    assert preview.problems == () and preview.rejected == 0
    there.exchange.run_import(preview)
    with there.engine.connect() as conn:
        assert set(conn.scalars(select(Person.id_number))) == numbers
        assert conn.scalar(select(func.count()).select_from(Child)) == kids
    # her records there are hers here, row by row (the receiving office has only her units)
    mine, theirs = table_rows(here.engine), table_rows(there.engine)
    for table in ("child", "checkup", "pregnancy", "contraception", "service", "life_event"):
        assert theirs[table] <= mine[table], table


def test_a_transfer_that_cannot_be_written_records_no_move(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    generate_demo(services, 30, seed=9)
    chosen = _two_with_children(services)
    with services.engine.connect() as conn:
        events = conn.scalar(select(func.count()).select_from(LifeEvent))
    with pytest.raises(StorageError):
        services.exchange.export_transfer(tmp_path / "no such folder" / "x.xlsx", chosen,
                                          dt.date(2026, 11, 20))
    with services.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(LifeEvent)) == events
        assert set(conn.scalars(select(Person.status).where(Person.id.in_(chosen)))) == {"active"}
