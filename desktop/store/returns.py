"""Time away does not count: the latest return (迁回) of a woman, the one rule shared by the
三查率 of the report and the check-up reminders.

Check-ups dated before her latest return do not count; with none since, she is due on the
day of her return. Both readers ask for it through this module, as SQLAlchemy expressions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, func, select
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect
from sqlmodel import col

from desktop.domain.enums import EventKind
from desktop.store.records import LifeEvent
from desktop.store.sql import Expr

RETURNED = EventKind.RETURNED.value


def not_before_return(person_id: Expr, day: Expr, by: dt.date) -> ColumnElement[bool]:
    """``day`` (a check-up's date) is not before her latest return on or before ``by``: no
    return falls after it, up to ``by`` (a check-up on the day of her return counts)."""
    # correlated explicitly: it sits two levels down (a person's check-ups, then her
    # events), where automatic correlation would add the person's table to its FROM
    return ~exists().where(col(LifeEvent.person_id) == person_id, col(LifeEvent.kind) == RETURNED,
                           col(LifeEvent.deleted_at).is_(None), col(LifeEvent.date) > day,
                           col(LifeEvent.date) <= by).correlate_except(LifeEvent)


def latest_return(person_id: Expr, day: dt.date) -> ScalarSelect[dt.date]:
    """Her latest return on or before ``day``, or NULL."""
    return (select(func.max(col(LifeEvent.date)))
            .where(col(LifeEvent.person_id) == person_id, col(LifeEvent.kind) == RETURNED,
                   col(LifeEvent.deleted_at).is_(None), col(LifeEvent.date) <= day)
            .scalar_subquery())
