"""档案转出: the persons whose files go to another office, and the units their rows name.

The workbook of a transfer is the exchange workbook limited to these persons; its 单位
sheet holds the units their rows name (her unit, the units of her moves between units)
and the units above them, so that the receiving office's import finds every unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlmodel import Session, col

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotFoundError
from desktop.store.models import Person, Unit
from desktop.store.records import LifeEvent

GONE = QT_TRANSLATE_NOOP(
    "exchange", "{count} of the chosen persons are no longer in the register (deleted "
                "meanwhile); choose again.")
CHUNK = 900


def persons(session: Session, ids: Sequence[int]) -> list[Person]:
    """The live persons of ``ids``, in id order; NotFoundError when any is gone."""
    found: list[Person] = []
    for start in range(0, len(ids), CHUNK):
        found += session.execute(select(Person).where(
            col(Person.id).in_(ids[start:start + CHUNK]), col(Person.deleted_at).is_(None))
            .order_by(col(Person.id))).scalars().all()
    if len(found) != len(set(ids)):
        raise NotFoundError(GONE, count=len(set(ids)) - len(found))
    return found


def units(session: Session, ids: Sequence[int]) -> set[int]:
    """Her unit, the units of her moves, and every unit above them."""
    wanted: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        wanted.update(session.scalars(select(col(Person.unit_id))
                                      .where(col(Person.id).in_(part))))
        for left, joined in session.execute(
                select(col(LifeEvent.from_unit_id), col(LifeEvent.to_unit_id))
                .where(col(LifeEvent.person_id).in_(part), col(LifeEvent.deleted_at).is_(None))):
            wanted.update(u for u in (left, joined) if u is not None)
    parents: dict[int | None, int | None] = {
        uid: parent for uid, parent in session.execute(select(col(Unit.id), col(Unit.parent_id)))}
    for unit in list(wanted):
        above = parents.get(unit)
        while above is not None and above not in wanted:
            wanted.add(above)
            above = parents.get(above)
    return wanted
