"""The office and its sub-units: a small tree."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Row, func, or_, select
from sqlmodel import Session, col

from desktop.domain.text import check_characters
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Person, Unit
from desktop.store.records import LifeEvent


@dataclass(frozen=True)
class UnitNode:
    id: int
    name: str
    parent_id: int | None
    depth: int


class UnitService:
    def __init__(self, factory: SessionFactory, recorder: ChangeRecorder) -> None:
        self._factory = factory
        self._recorder = recorder

    # -- reading ---------------------------------------------------------------
    def tree(self) -> list[UnitNode]:
        """All units, parents before children, depth-first, siblings by order and name."""
        with self._factory() as session:
            units = session.execute(select(col(Unit.id), col(Unit.name), col(Unit.parent_id),
                                           col(Unit.sort_order))).all()
        children: dict[int | None, list[Row[int | None, str, int | None, int]]] = {}
        for u in units:
            children.setdefault(u.parent_id, []).append(u)
        out: list[UnitNode] = []

        def walk(parent: int | None, depth: int) -> None:
            for u in sorted(children.get(parent, []), key=lambda u: (u.sort_order, u.name, u.id)):
                out.append(UnitNode(u.id, u.name, u.parent_id, depth))
                walk(u.id, depth + 1)

        walk(None, 0)
        return out

    def subtree_ids(self, unit_id: int) -> list[int]:
        nodes = self.tree()
        ids = {unit_id}
        for node in nodes:  # parents come before children
            if node.parent_id in ids:
                ids.add(node.id)
        return sorted(ids)

    def names(self) -> dict[int, str]:
        return {n.id: n.name for n in self.tree()}

    def find_by_name(self, name: str) -> UnitNode | None:
        for node in self.tree():
            if node.name == name.strip():
                return node
        return None

    # -- writing ---------------------------------------------------------------
    def add(self, name: str, parent_id: int | None = None, session: Session | None = None) -> int:
        name = self._clean_name(name)
        if session is None:
            with transaction(self._factory) as s:
                return self._add(s, name, parent_id)
        return self._add(session, name, parent_id)

    def _add(self, session: Session, name: str, parent_id: int | None) -> int:
        if parent_id is not None and session.get(Unit, parent_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The parent unit no longer exists."))
        self._check_unique(session, name, None)
        unit = Unit(name=name, parent_id=parent_id)
        session.add(unit)
        session.flush()
        assert unit.id is not None
        self._recorder.record_fields(
            session, entity="unit", entity_id=unit.id, person_id=None, before=None,
            after={"name": name, "parent_id": parent_id},
        )
        return unit.id

    def rename(self, unit_id: int, name: str) -> None:
        name = self._clean_name(name)
        with transaction(self._factory) as session:
            unit = self._get(session, unit_id)
            self._check_unique(session, name, unit_id)
            self._recorder.record(session, entity="unit", entity_id=unit_id, action="update",
                                  field="name", old=unit.name, new=name)
            unit.name = name

    def move(self, unit_id: int, new_parent_id: int | None) -> None:
        with transaction(self._factory) as session:
            unit = self._get(session, unit_id)
            if new_parent_id is not None:
                self._get(session, new_parent_id)
                if new_parent_id in self.subtree_ids(unit_id):
                    raise ConflictError(
                        QT_TRANSLATE_NOOP("errors", "A unit cannot be moved under itself or one of its sub-units.")
                    )
            self._recorder.record(session, entity="unit", entity_id=unit_id, action="update",
                                  field="parent_id", old=unit.parent_id, new=new_parent_id)
            unit.parent_id = new_parent_id

    def delete(self, unit_id: int) -> None:
        with transaction(self._factory) as session:
            unit = self._get(session, unit_id)
            subs = session.scalar(
                select(func.count()).select_from(Unit).where(col(Unit.parent_id) == unit_id))
            if subs:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "The unit {name} still has {count} sub-units; delete or move them first."),
                    name=unit.name, count=subs,
                )
            people = session.scalar(
                select(func.count()).select_from(Person).where(col(Person.unit_id) == unit_id))
            if people:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The unit {name} still has {count} persons (the recycle bin included); "
                        "move them to another unit first.",
                    ),
                    name=unit.name, count=people,
                )
            moves = session.scalar(select(func.count()).select_from(LifeEvent).where(
                or_(col(LifeEvent.from_unit_id) == unit_id, col(LifeEvent.to_unit_id) == unit_id)))
            if moves:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{count} moves between units refer to the unit {name}; its "
                        "past reports depend on it, so it stays. Rename it instead.",
                    ),
                    name=unit.name, count=moves,
                )
            self._recorder.record(session, entity="unit", entity_id=unit_id, action="delete",
                                  field="name", old=unit.name)
            session.delete(unit)

    # -- helpers ---------------------------------------------------------------
    @staticmethod
    def _clean_name(name: str) -> str:
        check_characters(name, "name")
        name = " ".join((name or "").split())
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please enter the unit's name."), field="name")
        if len(name) > 100:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A unit's name has at most 100 characters."), field="name")
        return name

    @staticmethod
    def _get(session: Session, unit_id: int) -> Unit:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The unit no longer exists."))
        return unit

    @staticmethod
    def _check_unique(session: Session, name: str, own_id: int | None) -> None:
        clash = session.scalar(select(col(Unit.id)).where(col(Unit.name) == name))
        if clash is not None and clash != own_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is already a unit named {name}."), field="name", name=name
            )
