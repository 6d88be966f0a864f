"""The table model of each record kind declared in domain/kinds.py."""

from __future__ import annotations

from sqlmodel import SQLModel

from desktop.domain.kinds import KINDS, Kind
from desktop.store.models import Child
from desktop.store.records import (
    Benefit,
    Checkup,
    Contraception,
    LifeEvent,
    Payment,
    Pregnancy,
    PregnancyFollowup,
    Service,
)

_TABLES: dict[str, type[SQLModel]] = {
    str(model.__tablename__): model
    for model in (Pregnancy, PregnancyFollowup, Contraception, Checkup, Service, Benefit, Payment,
                  Child, LifeEvent)
}
MODELS: dict[Kind, type[SQLModel]] = {kind: _TABLES[info.table] for kind, info in KINDS.items()}


def model_of(kind: str) -> type[SQLModel]:
    """The table model of a record kind (KeyError for anything else)."""
    return MODELS[Kind(kind)]


def parent_of(kind: str) -> tuple[type[SQLModel], str] | None:
    """(parent table, key column) of a kind that reaches its person through another record."""
    info = KINDS[Kind(kind)]
    if info.parent is None or info.parent_key is None:
        return None
    return MODELS[info.parent], info.parent_key
