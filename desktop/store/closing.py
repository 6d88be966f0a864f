"""Closed report periods (结账, migration 0007): the figures the clerk handed in, the
persons behind each figure, and the history of closing and reopening.

A period is closed while it has a closure without ``reopened_at``; closing it again adds
a new closure, so the earlier ones stay as history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel


class ClosedPeriod(SQLModel, table=True):
    __tablename__ = "closed_period"
    __table_args__ = (Index("ix_closed_period_range", "start", "end"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=12)  # PeriodKind value
    start: dt.date
    end: dt.date
    # The office's figures and those of every unit of its per-unit table, as JSON.
    figures: str = Field(default="")
    closed_at: dt.datetime = Field(sa_type=DateTime)
    closed_by: str = Field(default="", max_length=50)
    reopened_at: dt.datetime | None = Field(default=None, sa_type=DateTime)
    reopened_by: str = Field(default="", max_length=50)
    reopen_reason: str = Field(default="", max_length=500)


class ClosedPerson(SQLModel, table=True):
    """One person behind one figure of a closure (a child's birth: her mother, the child
    in ``record_id``), with the unit she counted in."""

    __tablename__ = "closed_person"
    __table_args__ = (Index("ix_closed_person_person", "closure_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    closure_id: int = Field(sa_column=Column(
        Integer, ForeignKey("closed_period.id", ondelete="CASCADE"), nullable=False))
    measure: str = Field(max_length=40)
    part: str = Field(max_length=3)  # num / den
    person_id: int
    unit_id: int | None = None
    record_id: int | None = None
