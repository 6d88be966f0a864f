"""The migration path is real: upgrading an empty file to head gives the models' schema."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from desktop.store import models  # noqa: F401
from desktop.store.db import APPLICATION_ID, head_revision, open_database


def test_upgrade_to_head_matches_models(tmp_path):
    engine = open_database(tmp_path / "ledger.db")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_new_file_has_pragmas_and_revision(tmp_path):
    path = tmp_path / "ledger.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        conn.close()


def test_upgrade_from_0001_keeps_the_data_and_copies_the_file_first(tmp_path):
    """A foundation database with records opens in a newer app: a copy, then the upgrade."""
    from alembic import command

    from desktop.store.db import alembic_config, make_engine

    path = tmp_path / "ledger.db"
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql("INSERT INTO unit (id, name, sort_order) VALUES (1, '城关镇', 0)")
        conn.exec_driver_sql(
            "INSERT INTO person (id, name, name_pinyin, name_initials, id_number, birth_date, "
            "ethnicity, phone, household_address, current_address, unit_id, category, origin, "
            "employer, marital_status, spouse_name, spouse_id_number, spouse_work_unit, "
            "spouse_phone, checkup_group, one_child_cert_no, notes, status, children_count, "
            "created_at, updated_at) VALUES (1, '张秀英', 'zhangxiuying', 'zxy', "
            "'330102199003070027', '1990-03-07', '汉族', '', '', '', 1, 'resident', '', '', "
            "'first_marriage', '', '', '', '', 'general', '', '', 'active', 1, "
            "'2026-01-01 09:00:00', '2026-01-01 09:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO child (person_id, name, sex, birth_date, birth_order, id_number) "
            "VALUES (1, '李明', 'M', '2015-05-01', 1, '')")
    engine.dispose()

    upgraded = open_database(path, tmp_path / "backups")
    with upgraded.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        assert conn.exec_driver_sql("SELECT name FROM person").scalar() == "张秀英"
        assert conn.exec_driver_sql("SELECT name, death_date FROM child").one() == ("李明", None)
        assert conn.exec_driver_sql("SELECT count(*) FROM checkup").scalar() == 0
    upgraded.dispose()
    copies = list((tmp_path / "backups").glob("ledger-before-upgrade-*.db"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        old.close()


def test_revision_list_matches_alembics_scripts():
    """db.REVISIONS spares the app an Alembic import at start; it must list every script."""
    from alembic.script import ScriptDirectory

    from desktop.store.db import REVISIONS, alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]  # oldest first
    assert tuple(chain) == REVISIONS
    assert script.get_current_head() == REVISIONS[-1]


def test_the_reminders_rows_the_migration_makes_are_the_apps(tmp_path):
    """Migration 0011 fills reminder_due for a ledger with records as the app makes the
    rows (store.reminder_due.rows_select), up to date with its newest change."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import select

    from desktop.store import reminder_due
    from desktop.store.db import alembic_config
    from tests.services.reminder_helpers import check, ledger, woman

    s = ledger(tmp_path)
    day = dt.date
    her = woman(s, "张秀英", day(1985, 1, 1), 1, checkup_group="key")
    other = woman(s, "李芳", day(1986, 1, 1), 2)
    woman(s, "王丽", day(1987, 1, 1), 3)  # never checked: no row
    check(s, her, day(2024, 3, 1))
    s.checkups.delete("checkup", check(s, her, day(2025, 3, 1)), her)
    check(s, other, day(2024, 1, 1))
    s.life_events.add(other, "moved_away", day(2024, 5, 1))
    s.life_events.add(other, "returned", day(2025, 6, 1))
    cfg = alembic_config()
    with s.engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
        command.upgrade(cfg, "head")
    with s.engine.connect() as conn:
        made = sorted(conn.execute(select(reminder_due.ReminderDue.__table__)).all())
        assert made == sorted(conn.execute(reminder_due.rows_select()).all())
        assert reminder_due.mark(conn) == reminder_due.newest_change(conn) > 0
    assert made == [(her, "key", day(2024, 3, 1), None, day(2024, 3, 1), day(1985, 1, 1)),
                    (other, "general", None, day(2025, 6, 1), day(2025, 6, 1), day(1986, 1, 1))]
