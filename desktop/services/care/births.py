"""Children born of a recorded live birth: created on the mother, birth orders kept right.

Shared by the pregnancy service; the person editor's own children list is saved by
PersonService, which computes the same orders with desktop.domain.person_rules.birth_orders.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlmodel import Session, col

from desktop.domain.kinds import Kind
from desktop.domain.person_rules import birth_orders, check_child
from desktop.domain.text import check_characters
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.people import ChildDraft
from desktop.domain.values.pregnancy import BabyDraft
from desktop.errors import ValidationError
from desktop.services.people.persons import CHILD_FIELDS
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.models import Child, Person


def baby_drafts(babies: list[BabyDraft], birth: dt.date, mother_birth: dt.date,
                today: dt.date) -> list[ChildDraft]:
    """Validated child drafts; a problem names the baby as ``children[i]``."""
    if not babies:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please enter at least one baby for a live birth."),
            field="babies",
        )
    drafts = []
    for index, baby in enumerate(babies):
        check_characters(baby.name, f"children[{index}]")
        child = ChildDraft(name=" ".join((baby.name or "").split()), sex=baby.sex,
                           birth_date=birth, id_number=baby.id_number or "")
        if len(child.name) > 50:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This field holds at most {limit} characters."),
                field=f"children[{index}]", limit=50,
            )
        check_child(child, mother_birth, today, index)  # normalises the ID number
        drafts.append(child)
    return drafts


def add_children(session: Session, recorder: ChangeRecorder, person: Person, pregnancy_id: int,
                 drafts: list[ChildDraft]) -> list[int]:
    """Insert the babies (logged), then renumber all her children and update her count."""
    assert person.id is not None
    created: list[tuple[Child, dict[str, object]]] = []
    for draft in drafts:
        values = {name: getattr(draft, name) for name in CHILD_FIELDS}
        child = Child(person_id=person.id, pregnancy_id=pregnancy_id, **values)
        session.add(child)
        created.append((child, values))
    session.flush()
    ids: list[int] = []
    for child, _values in created:
        assert child.id is not None
        ids.append(child.id)
    renumber(session, recorder, person, ids)
    for child, values in created:
        assert child.id is not None
        # Logged after renumbering so the creation shows the final birth order.
        recorder.record_fields(session, entity=Kind.CHILD, entity_id=child.id, person_id=person.id,
                               before=None, after={**values, "birth_order": child.birth_order,
                                                   "pregnancy_id": pregnancy_id})
    return ids


def renumber(session: Session, recorder: ChangeRecorder, person: Person, new_ids: list[int]) -> None:
    """Birth orders by birth date; twins keep the order they were entered in."""
    kids = list(session.execute(
        select(Child).where(col(Child.person_id) == person.id, col(Child.deleted_at).is_(None))
    ).scalars())
    # Existing children first in their current order, then the new ones as entered, so the
    # stable sort in birth_orders never swaps twins already numbered.
    kids.sort(key=lambda c: (c.id in new_ids, c.birth_order if c.id not in new_ids else 0,
                             new_ids.index(c.id) if c.id in new_ids else c.id))
    orders = birth_orders([ChildDraft(birth_date=c.birth_date) for c in kids])
    for child, order in zip(kids, orders, strict=True):
        if child.birth_order != order:
            assert child.id is not None
            if child.id not in new_ids:
                recorder.record(session, entity=Kind.CHILD, entity_id=child.id, person_id=person.id,
                                action="update", field="birth_order", old=child.birth_order,
                                new=order)
            child.birth_order = order
    if person.children_count != len(kids):
        assert person.id is not None
        recorder.record(session, entity="person", entity_id=person.id, person_id=person.id,
                        action="update", field="children_count", old=person.children_count,
                        new=len(kids))
        person.children_count = len(kids)
