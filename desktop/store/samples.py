"""Tables of 核对抽查, the monthly verification sample (migration 0006).

A sample is drawn for a month from the persons active on the day of drawing; its
persons are stored, so it prints the same whatever is registered later. Each of the
seven items checked is NULL until entered, then true (对) or false (错). A redraw
keeps the old sample, marked replaced, and logs it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

# The items checked, in the sheet's order (column item_<key> of SamplePerson).
SAMPLE_ITEMS: tuple[str, ...] = (
    "name", "id_number", "marital", "children", "contraception", "address", "phone")


class Sample(SQLModel, table=True):
    __tablename__ = "verification_sample"
    __table_args__ = (Index("ix_verification_sample_month", "month", "replaced_at"),)

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(max_length=7)  # YYYY-MM: the month whose 信息准确率 it gives
    drawn_on: dt.date  # the persons active on this day were drawn from
    seed: int  # of the random draw (kept to show how it was drawn)
    size: int
    population: int  # active persons on drawn_on
    created_at: dt.datetime = Field(sa_type=DateTime)
    replaced_at: dt.datetime | None = Field(default=None, sa_type=DateTime)  # redrawn


class SamplePerson(SQLModel, table=True):
    __tablename__ = "verification_sample_person"
    __table_args__ = (Index("ix_verification_sample_person", "sample_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    sample_id: int = Field(sa_column=Column(
        Integer, ForeignKey("verification_sample.id", ondelete="CASCADE"), nullable=False))
    person_id: int = Field(sa_column=Column(
        Integer, ForeignKey("person.id", ondelete="RESTRICT"), nullable=False, index=True))
    position: int  # 1.. in the sheet's order
    item_name: bool | None = None
    item_id_number: bool | None = None
    item_marital: bool | None = None
    item_children: bool | None = None
    item_contraception: bool | None = None
    item_address: bool | None = None
    item_phone: bool | None = None
    checked_on: dt.date | None = None  # the day the last result was entered
