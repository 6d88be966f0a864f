"""Tables of the life events and the six registers (migration 0002).

Every record has ``deleted_at`` (the recycle bin) and is written only through the
services, which log each change. Amounts are integer fen (分) to stay exact.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, text
from sqlmodel import Field, SQLModel


def _live_index(name: str, day: str) -> Index:
    """(date, person_id) of the rows not in the recycle bin (migration 0003).

    A register counts a date range and must skip deleted rows; without deleted_at in the
    index every row of the range is read from the table (a year of check-ups: 270 ms at
    county scale, 20 ms with this index)."""
    # sqlite_where only: naming postgresql_where loads that dialect at every start (30 ms);
    # a PostgreSQL migration will add its own.
    return Index(name, day, "person_id", sqlite_where=text("deleted_at IS NULL"))


def _deleted_index(table: str) -> Index:
    """The few rows in the recycle bin (migration 0004): the bin lists them without a scan."""
    return Index(f"ix_{table}_deleted", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL"))


def _person_fk() -> Column[int]:
    return Column(Integer, ForeignKey("person.id", ondelete="RESTRICT"), nullable=False)


class Pregnancy(SQLModel, table=True):
    __tablename__ = "pregnancy"
    __table_args__ = (
        Index("ix_pregnancy_person", "person_id", "registered_on"),
        Index("ix_pregnancy_registered", "registered_on"),
        # The pregnancies ending in a month (孕情全过程管理率, migration 0006): 0.2 s -> ms.
        Index("ix_pregnancy_outcome", "outcome_date"),
        _deleted_index("pregnancy"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk())
    registered_on: dt.date
    lmp: dt.date  # last menstrual period (末次月经)
    outcome: str | None = Field(default=None, max_length=20)
    outcome_date: dt.date | None = None
    note: str = Field(default="", max_length=500)
    created_at: dt.datetime = Field(sa_type=DateTime)
    updated_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class PregnancyFollowup(SQLModel, table=True):
    __tablename__ = "pregnancy_followup"
    __table_args__ = (_deleted_index("pregnancy_followup"),)

    id: int | None = Field(default=None, primary_key=True)
    pregnancy_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("pregnancy.id", ondelete="RESTRICT"), nullable=False, index=True
        )
    )
    date: dt.date
    note: str = Field(default="", max_length=500)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class Contraception(SQLModel, table=True):
    __tablename__ = "contraception"
    __table_args__ = (
        Index("ix_contraception_person", "person_id", "start_date"),
        _live_index("ix_contraception_live_start", "start_date"),
        _deleted_index("contraception"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk())
    method: str = Field(max_length=20)
    start_date: dt.date
    end_date: dt.date | None = None
    place: str = Field(default="", max_length=200)
    created_at: dt.datetime = Field(sa_type=DateTime)
    updated_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class Checkup(SQLModel, table=True):
    """三查: pregnancy, IUD and gynaecological check, any of them."""

    __tablename__ = "checkup"
    __table_args__ = (
        Index("ix_checkup_person", "person_id", "date"),
        _live_index("ix_checkup_live_date", "date"),
        # Her last check-up in one seek for the reminders (migration 0005): 60,000 women
        # at county scale, 0.21 s -> 0.14 s for the whole list.
        Index("ix_checkup_live_person", "person_id", "date", sqlite_where=text("deleted_at IS NULL")),
        _deleted_index("checkup"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk())
    date: dt.date
    check_pregnancy: bool = False
    check_iud: bool = False
    check_disease: bool = False
    pregnant: bool = False  # the pregnancy check was positive
    result: str = Field(default="normal", max_length=10)
    note: str = Field(default="", max_length=500)
    place: str = Field(default="", max_length=200)
    source: str = Field(default="station", max_length=20)
    created_at: dt.datetime = Field(sa_type=DateTime)
    updated_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class Service(SQLModel, table=True):
    __tablename__ = "service"
    __table_args__ = (
        Index("ix_service_person", "person_id", "date"),
        _live_index("ix_service_live_date", "date"),
        _deleted_index("service"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk())
    date: dt.date
    type: str = Field(max_length=20)
    note: str = Field(default="", max_length=500)
    created_at: dt.datetime = Field(sa_type=DateTime)
    updated_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class Benefit(SQLModel, table=True):
    """An enrolment in a family benefit programme."""

    __tablename__ = "benefit"
    __table_args__ = (Index("ix_benefit_person", "person_id"), _deleted_index("benefit"))

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk())
    program: str = Field(max_length=20)
    amount_fen: int  # standard amount per period
    cycle: str = Field(max_length=10)  # month / year
    start_date: dt.date
    end_date: dt.date | None = None
    created_at: dt.datetime = Field(sa_type=DateTime)
    updated_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class Payment(SQLModel, table=True):
    __tablename__ = "payment"
    __table_args__ = (
        Index("ix_payment_benefit", "benefit_id", "period"),
        Index("ix_payment_paid", "paid_on"),
        _deleted_index("payment"),
    )

    id: int | None = Field(default=None, primary_key=True)
    benefit_id: int = Field(
        sa_column=Column(Integer, ForeignKey("benefit.id", ondelete="RESTRICT"), nullable=False)
    )
    period: str = Field(max_length=7)  # YYYY-MM (monthly) or YYYY (yearly)
    amount_fen: int
    paid_on: dt.date
    created_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class LifeEvent(SQLModel, table=True):
    """Moved away, returned, deceased: the person's status follows from the latest one."""

    __tablename__ = "life_event"
    __table_args__ = (
        Index("ix_life_event_person", "person_id", "date"),
        Index("ix_life_event_date", "kind", "date"),
        _deleted_index("life_event"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk())
    kind: str = Field(max_length=20)
    date: dt.date
    note: str = Field(default="", max_length=200)  # destination when moving away
    # 单位调动 only: the unit she left and the unit she joined on ``date`` (migration 0007).
    from_unit_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("unit.id", ondelete="RESTRICT")))
    to_unit_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("unit.id", ondelete="RESTRICT")))
    created_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})  # each save +1


class ReminderPostponement(SQLModel, table=True):
    """A reminder put off by the clerk: hidden until ``until``, then back.

    It names one reminder: kind, person, record and the due date that was postponed, so
    the next cycle (a new due date) is shown again."""

    __tablename__ = "reminder_postponement"
    __table_args__ = (Index("ix_reminder_postponement_person", "person_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)
    person_id: int = Field(sa_column=_person_fk())
    record_id: int | None = None
    due_date: dt.date
    until: dt.date
    reason: str = Field(max_length=500)
    created_at: dt.datetime = Field(sa_type=DateTime)
    deleted_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
