"""The ledger on a real PostgreSQL server: opening, migrations and their lock, refusals,
backups by pg_dump, and the move of a ledger between a file and the server."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, func, inspect, select, text, update
from sqlmodel import SQLModel

from desktop.domain.enums import StatusFilter
from desktop.domain.report_periods import month
from desktop.domain.values.people import PersonQuery
from desktop.errors import ConflictError, NotALedgerFileError, SchemaTooNewError, StorageError
from desktop.services.container import build_services
from desktop.services.safety.move import move_ledger, report_months
from desktop.store import server, server_backup
from desktop.store.copy import count_rows
from desktop.store.db import head_revision, open_database
from desktop.store.models import Child, Person, Unit
from tests.helpers import TODAY, fresh_services
from tests.register_sample import fill_registers

pytestmark = pytest.mark.postgresql


def test_upgrade_to_head_on_the_server_matches_the_models(empty_pg_url):
    engine = server.open_server(empty_pg_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
        # The server's own prefix-search indexes, which the shared models leave out.
        only_here = [d for d in diff if d[0] == "remove_index"
                     and d[1].name in server.SERVER_ONLY_INDEXES]
        assert sorted(d[1].name for d in only_here) == sorted(server.SERVER_ONLY_INDEXES)
        assert [d for d in diff if d not in only_here] == []
        assert conn.scalar(text("select version_num from alembic_version")) == head_revision()
    engine.dispose()


def test_a_typed_prefix_can_be_found_through_the_server_indexes(pg_url):
    """LIKE 'zh%' on pinyin and on initials, as the register's search asks: the server's
    prefix indexes can serve it (a btree under the database's collation could not; with
    table scans ruled out, the plan reads them), and the search finds the same women."""
    services = build_services(server.open_server(pg_url), today=lambda: TODAY)
    fill_registers(services)
    with services.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        for column, index in ((Person.name_pinyin, "ix_person_pinyin_prefix"),
                              (Person.name_initials, "ix_person_initials_prefix")):
            stmt = select(Person.id).where(column.like("zh%", escape="\\"))
            sql = str(stmt.compile(services.engine, compile_kwargs={"literal_binds": True}))
            plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + sql).scalars())
            assert index in plan, plan
        expected = conn.scalar(select(func.count()).select_from(Person).where(
            Person.name_pinyin.like("zh%") | Person.name_initials.like("zh%")))
    query = PersonQuery(text="zh", status=StatusFilter.ALL)
    assert expected and services.person_list.count(query) == expected
    services.engine.dispose()


def test_a_newer_schema_is_refused_and_left_alone(pg_url):
    engine = server.make_server_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '9999'"))
    engine.dispose()
    with pytest.raises(SchemaTooNewError) as caught:
        server.open_server(pg_url)
    assert "newer version" in str(caught.value) and "ledger@" not in str(caught.value).split()[0]
    engine = server.make_server_engine(pg_url)
    with engine.connect() as conn:
        assert conn.scalar(text("select version_num from alembic_version")) == "9999"
    engine.dispose()


def test_another_programs_database_is_refused_untouched(empty_pg_url):
    engine = server.make_server_engine(empty_pg_url)
    with engine.begin() as conn:
        Table("orders", MetaData(), Column("id", Integer, primary_key=True)).create(conn)
    engine.dispose()
    with pytest.raises(NotALedgerFileError):
        server.open_server(empty_pg_url)
    engine = server.make_server_engine(empty_pg_url)
    assert inspect(engine).get_table_names() == ["orders"]
    engine.dispose()


def test_an_unreachable_server_is_a_clear_message_without_the_password():
    with pytest.raises(StorageError) as caught:
        server.open_server("postgresql://clerk:secret@127.0.0.1:1/ledger")
    assert "secret" not in str(caught.value) and "cannot be used" in str(caught.value)


def test_not_an_address_is_refused():
    with pytest.raises(StorageError):
        server.engine_url("postgresql://")


def test_the_second_app_waits_for_the_first_ones_upgrade(empty_pg_url):
    """Two apps start on an empty database: one migrates, the other is told and waits."""
    holder = server.make_server_engine(empty_pg_url)
    told: list[str] = []
    results: list[object] = []
    with holder.connect() as conn, conn.begin():
        conn.execute(select(text(f"pg_advisory_xact_lock({server.MIGRATION_LOCK})")))

        def second() -> None:
            try:
                results.append(server.open_server(empty_pg_url, waiting=lambda: told.append("w")))
            except Exception as exc:  # noqa: BLE001 - reported below
                results.append(exc)

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(1.0)
        assert told == ["w"] and results == []  # waiting on the lock, nothing done yet
    thread.join(30)
    holder.dispose()
    [engine] = results
    assert not isinstance(engine, Exception), engine
    assert "person" in inspect(engine).get_table_names()
    engine.dispose()


def test_pg_dump_backup_is_verified_listed_and_restores_into_an_empty_database(
        tmp_path, pg_server, empty_pg_url):
    assert server_backup.tool("pg_dump") is not None  # the test server's tools
    source_url = pg_server.create()
    services = build_services(server.open_server(source_url), today=lambda: TODAY,
                              backup_dir=tmp_path / "backups")
    fill_registers(services)
    info = services.backup.back_up()
    assert info.path.parent == tmp_path / "backups" and info.path.suffix == ".dump"
    now = count_rows(services.engine)
    assert [info.counts[t] for t in ("person", "checkup", "child")] == [
        now[t] for t in ("person", "checkup", "child")] and now["checkup"] > 0
    assert server_backup.verify_dump(info.path) > 10
    [listed] = services.backup.list_backups()
    assert listed.ok and listed.path == info.path
    assert services.backup.latest_verified() == info.path
    target = server.make_server_engine(empty_pg_url)
    server_backup.restore_dump(info.path, target)
    restored, now = count_rows(target), count_rows(services.engine)
    assert restored["change_log"] == now["change_log"] - 1  # the dump is from before its log
    assert {**restored, "change_log": 0} == {**now, "change_log": 0}
    with pytest.raises(StorageError):  # only into an empty database
        server_backup.restore_dump(info.path, target)
    target.dispose()
    services.engine.dispose()
    pg_server.drop(source_url)


def test_a_damaged_dump_is_refused(tmp_path):
    bad = tmp_path / "family-ledger-server-20261128-090000.dump"
    bad.write_bytes(b"PGDMP" + b"\0" * 100)
    with pytest.raises(StorageError):
        server_backup.verify_dump(bad)


def test_move_to_the_server_and_back_keeps_every_row_and_every_monthly_report(
        tmp_path, empty_pg_url):
    file_services = fresh_services(tmp_path)
    fill_registers(file_services)
    source = file_services.engine
    before = (tmp_path / "ledger.db").read_bytes()
    target = server.open_server(empty_pg_url)

    def services_for(engine):
        return build_services(engine, today=lambda: TODAY, backup_dir=tmp_path / "b")

    every = list(report_months(source, TODAY))  # what the command compares
    assert (every[0].start, every[-1].start) == (dt.date(2018, 6, 1), dt.date(2026, 11, 1))
    # here (for the test's time) the months of the sample's records
    months = [month(2018, 6), month(2026, 9), month(2026, 10), month(2026, 11)]
    moved = move_ledger(source, target, TODAY, services_for, months=months)
    assert moved.counts == count_rows(source) and moved.counts["person"] >= 3
    assert moved.months == 4
    assert (tmp_path / "ledger.db").read_bytes() == before  # the file untouched
    # the server's sequences continue after the copied ids
    on_server = services_for(target)
    unit = on_server.units.add("新单位")
    with source.connect() as conn:
        assert unit > conn.scalar(select(func.max(Unit.id)))
    with pytest.raises(ConflictError):  # a second move into a database with records
        move_ledger(source, target, TODAY, services_for)
    back = open_database(tmp_path / "back.db")
    moved_back = move_ledger(target, back, TODAY, services_for, months=months)
    assert moved_back.counts == count_rows(target)
    with back.connect() as conn:
        names = set(conn.scalars(select(Person.name)))
    with source.connect() as conn:
        assert names == set(conn.scalars(select(Person.name)))
    back.dispose()
    target.dispose()


def test_a_changed_copy_is_caught_by_the_monthly_report(tmp_path, empty_pg_url, monkeypatch):
    from desktop.services.safety import move

    file_services = fresh_services(tmp_path)
    sample = fill_registers(file_services)
    target = server.open_server(empty_pg_url)
    real_copy = move.copy_rows

    def copy_and_spoil(src, dst):
        copied = real_copy(src, dst)
        with dst.begin() as conn:  # a copy whose births moved a month
            conn.execute(update(Child).values(birth_date=dt.date(2026, 9, 15)))
        return copied

    monkeypatch.setattr(move, "copy_rows", copy_and_spoil)
    with pytest.raises(StorageError) as caught:
        move_ledger(file_services.engine, target, TODAY,
                    lambda e: build_services(e, today=lambda: TODAY, backup_dir=tmp_path / "b"))
    assert "differs" in str(caught.value)
    assert sample.services.persons.count_all() > 0
    target.dispose()


def test_a_server_ledger_remembers_mappings_in_the_data_folder(pg_url, monkeypatch, tmp_path):
    from pathlib import Path

    from desktop import config
    from tests.services.mapping_books import roster_xlsx

    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "data")
    engine = server.make_server_engine(pg_url)
    services = build_services(engine, backup_dir=tmp_path / "backups")
    book = services.mappings.open(roster_xlsx(tmp_path / "花名册.xlsx"))
    try:
        saved = services.mappings.remember(book, services.mappings.guess(book))
        assert saved.parent == config.server_mappings_dir(engine.url.host, engine.url.database)
        assert saved.is_relative_to(tmp_path / "data")
        assert not (Path.cwd() / "mappings" / saved.name).exists()
        assert services.mappings.saved_for(book) is not None
    finally:
        book.close()
        engine.dispose()
