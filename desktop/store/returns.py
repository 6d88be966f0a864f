"""Time away does not count: check-ups dated before a woman's latest return (迁回) are
ignored by the 三查率 of the report, so a woman who moved away and came back is due on the
day of her return."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.enums import EventKind
from desktop.store.records import LifeEvent

RETURNED = EventKind.RETURNED.value


def not_before_return(person_id: ColumnElement, day: ColumnElement,
                      by: dt.date) -> ColumnElement[bool]:
    """``day`` (a check-up's date) is not before her latest return on or before ``by``: no
    return falls after it, up to ``by`` (a check-up on the day of her return counts)."""
    # correlated explicitly: it sits two levels down (a person's check-ups, then her
    # events), where automatic correlation would add the person's table to its FROM
    return ~exists().where(LifeEvent.person_id == person_id, LifeEvent.kind == RETURNED,
                           LifeEvent.deleted_at.is_(None), LifeEvent.date > day,
                           LifeEvent.date <= by).correlate_except(LifeEvent)
