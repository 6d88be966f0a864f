"""SQLModel tables. Codes (enums) are stored as short strings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, text
from sqlmodel import Field, SQLModel


class Unit(SQLModel, table=True):
    __tablename__ = "unit"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    parent_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("unit.id", ondelete="RESTRICT"), index=True),
    )
    sort_order: int = Field(default=0)


class Person(SQLModel, table=True):
    __tablename__ = "person"
    __table_args__ = (
        # Few, plain indexes: deleted_at is NULL for almost every row, so leading with it
        # only made the planner fetch most rows through an index (10x slower than a scan).
        Index("ix_person_pinyin", "name_pinyin", "id"),
        Index("ix_person_birth", "birth_date"),
        Index("ix_person_unit", "unit_id"),
        # Covers the register's counts (rowCount) without touching the wide rows.
        Index("ix_person_count", "status", "birth_date", "deleted_at", "unit_id", "category"),
        Index("ix_person_deleted", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=50)
    name_pinyin: str = Field(default="", max_length=200)
    name_initials: str = Field(default="", max_length=50)
    id_number: str = Field(max_length=18, unique=True)
    birth_date: dt.date
    ethnicity: str = Field(default="", max_length=20)
    phone: str = Field(default="", max_length=40)
    household_address: str = Field(default="", max_length=200)
    current_address: str = Field(default="", max_length=200)
    unit_id: int = Field(
        sa_column=Column(Integer, ForeignKey("unit.id", ondelete="RESTRICT"), nullable=False)
    )
    category: str = Field(default="resident", max_length=10)
    registered_on: dt.date | None = None
    origin: str = Field(default="", max_length=200)
    arrival_date: dt.date | None = None
    employer: str = Field(default="", max_length=200)
    marriage_cert_no: str = Field(default="", max_length=50)  # 婚育证明编号 (migrants)
    marital_status: str = Field(default="single", max_length=20)
    marriage_date: dt.date | None = None
    spouse_name: str = Field(default="", max_length=50)
    spouse_id_number: str = Field(default="", max_length=18)
    spouse_work_unit: str = Field(default="", max_length=200)
    spouse_phone: str = Field(default="", max_length=40)
    checkup_group: str = Field(default="general", max_length=20)
    one_child_cert_no: str = Field(default="", max_length=50)
    one_child_cert_date: dt.date | None = None
    notes: str = Field(default="", max_length=2000)
    status: str = Field(default="active", max_length=10)
    status_date: dt.date | None = None
    children_count: int = Field(default=0)
    created_at: dt.datetime = Field(sa_type=DateTime)
    updated_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    # Optimistic locking: each save adds one; a save from a form read at an older version
    # is refused (another clerk saved her in between).
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class Child(SQLModel, table=True):
    __tablename__ = "child"
    __table_args__ = (
        Index("ix_child_birth", "birth_date"),
        Index("ix_child_death", "death_date"),
        Index("ix_child_deleted", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    name: str = Field(default="", max_length=50)
    sex: str = Field(max_length=1)
    birth_date: dt.date
    birth_order: int = Field(default=1)
    id_number: str = Field(default="", max_length=18)
    birth_registered_on: dt.date | None = None
    reported_on: dt.date | None = None
    death_date: dt.date | None = None
    # The pregnancy whose live birth created this child; None when entered by hand.
    pregnancy_id: int | None = Field(default=None, index=True)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class ChangeLog(SQLModel, table=True):
    """Every create, change, delete and restore, field by field."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(sa_type=DateTime)  # local time of the office PC
    user: str = Field(default="", max_length=50)
    batch: str = Field(default="", max_length=40, index=True)
    entity: str = Field(max_length=40)
    entity_id: int
    person_id: int | None = Field(default=None, index=True)
    action: str = Field(max_length=10)  # create / update / delete / restore
    field: str = Field(default="", max_length=50)
    old_value: str | None = None
    new_value: str | None = None


class ChangeBatch(SQLModel, table=True):
    """One row per import: its id makes the change-log batch name unique across processes
    (SQLite hands out the id inside the import's own write transaction)."""

    __tablename__ = "change_batch"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)  # import
    at: dt.datetime = Field(sa_type=DateTime)


class Account(SQLModel, table=True):
    """A clerk who signs in (optional: a ledger without accounts opens without signing in)."""

    __tablename__ = "account"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=50, unique=True)
    password_hash: str = Field(max_length=200)  # Argon2id, never the password
    created_at: dt.datetime = Field(sa_type=DateTime)
    disabled_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    # wrong passwords in a row (a wait grows after a few) and when the last one came
    failed_tries: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    last_failed_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    last_sign_in_at: dt.datetime | None = Field(default=None, sa_type=DateTime)


class WorkLock(SQLModel, table=True):
    """Who holds a long piece of work that only one clerk may run at a time (an import, a
    month's closing) on a server: the row names her for the others' message; the lock
    itself is the server's advisory lock, released when her connection ends."""

    __tablename__ = "work_lock"

    work: str = Field(primary_key=True, max_length=20)
    holder: str = Field(default="", max_length=50)
    since: dt.datetime = Field(sa_type=DateTime)


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=50)
    value: str = Field(default="")


# The record tables of the registers live in their own module; import them so that
# SQLModel.metadata (and Alembic) always see the whole schema.
from desktop.store import closing, records, reminder_due, samples  # noqa: E402,F401
