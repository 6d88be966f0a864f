"""Synthetic demo data: realistic, valid and plainly fictional. Written in bulk.

Every record kind is filled, consistently with each woman's life: check-ups for eight years
(key group every 3 months, general yearly; outflow women by mailed certificate), contraception
between her pregnancies, pregnancies on record for the births of the last three years plus
current ones and a few losses, services, the one-child health fee with its payments, and
life events that set her status. A handful of deliberate contradictions is documented in
demo_flaws.py.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import SQLModel, col

from desktop.domain.dates import add_years
from desktop.domain.enums import EventKind
from desktop.domain.kinds import Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ConflictError
from desktop.services.container import Services
from desktop.services.demo import flaws as flaws
from desktop.services.demo import names as names
from desktop.services.demo.care import CareMaker
from desktop.services.demo.life import PregnancyMaker
from desktop.services.demo.people import Maker, Woman, area_codes, make_woman
from desktop.services.settings import OFFICE_NAME, SETUP_DONE
from desktop.store.bulk import BulkInserter, loading
from desktop.store.db import analyze, transaction
from desktop.store.kinds import MODELS
from desktop.store.models import Person
from desktop.store.sql import first_free_id, table_of

__all__ = ["DemoResult", "area_codes", "generate_demo"]

DEMO_OFFICE = "示范街道办事处"
CHUNK = 2000  # women per batch of inserts (more only holds more memory)
HISTORY_YEARS = 8  # check-ups and payments on record
RECENT_YEARS = 3  # pregnancies (births from then on) and services on record
TRANSFER_RATE = 0.02  # women still here who moved between the office's units once

# Insert order: a row's parent comes first (follow-ups after pregnancies, payments after
# benefits); the key is the buffer name.
# the kinds are declared parents first
TABLES: tuple[tuple[str, type[SQLModel]], ...] = (("person", Person), *MODELS.items())


@dataclass(frozen=True)
class DemoResult:
    persons: int
    children: int
    units: int
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows added
    flaws: dict[str, int] = field(default_factory=dict)  # deliberate contradictions added


def generate_demo(
    services: Services,
    persons: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    force: bool = False,
) -> DemoResult:
    """Add ``persons`` synthetic women with all their records in one transaction."""
    started = dt.datetime.now()
    if not force and services.persons.count_all() > 0:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database already holds records; demo data is only written into an empty "
                "database (use --force to add it anyway).",
            )
        )
    rng = random.Random(seed)
    today = services.today()
    maker = Maker(rng, today)
    moves = random.Random(seed + 1)  # transfers draw apart: the rest stays as it was
    unit_ids, units_added = _demo_units(services)
    now = dt.datetime.combine(today, dt.time(9, 0))
    plan = flaws.FlawPlan(persons)
    with transaction(services.factory) as session, loading(session):
        bulk = BulkInserter(session, now)
        ids: dict[str, int] = {
            "person": first_free_id(session, Person),
            **{kind: first_free_id(session, MODELS[kind]) for kind in (Kind.PREGNANCY, Kind.BENEFIT)},
        }
        maker.used.update(session.scalars(select(col(Person.id_number))))
        out: dict[str, list[dict[str, Any]]] = {name: [] for name, _model in TABLES}
        lives = PregnancyMaker(maker, add_years(today, -RECENT_YEARS), ids, out)
        care = CareMaker(maker, add_years(today, -HISTORY_YEARS), add_years(today, -RECENT_YEARS),
                         ids, out)
        previous: Woman | None = None
        for i in range(persons):
            flaw = plan.offer(i)
            row, woman = make_woman(maker, ids["person"] + i, rng.choice(unit_ids),
                                    copy_of=previous if flaw == flaws.DUPLICATE else None,
                                    leaving=flaw == flaws.PAID_AFTER_LEAVING)
            woman.flaw = flaw
            if flaw == flaws.ID_MISMATCH:
                _id_mismatch(maker, row, woman, plan.applied[flaw])
            woman.flaw_done = woman.flaw_done or flaw in (flaws.DUPLICATE, flaws.ID_MISMATCH)
            out["person"].append(row)
            out[Kind.CHILD].extend(woman.kids)
            care.add(woman, lives.life(woman))
            _transfer(moves, today, row, woman, unit_ids, out[Kind.LIFE_EVENT])
            plan.settle(flaw, woman.flaw_done)
            previous = woman
            if len(out["person"]) >= CHUNK:
                _flush(bulk, out)
                if progress:
                    progress(i + 1, persons)
        _flush(bulk, out)
        services.recorder.record(
            session, entity="demo", entity_id=0, action="create", field="persons",
            new=persons, batch=f"demo-{started:%Y%m%d%H%M%S}",
        )
    _mark_set_up(services)
    analyze(services.engine)  # full statistics: the register's plans depend on them
    if progress:
        progress(persons, persons)
    seconds = (dt.datetime.now() - started).total_seconds()
    counts = {name: bulk.counts.get(table_of(model).name, 0) for name, model in TABLES}
    return DemoResult(persons, counts[Kind.CHILD], units_added, seconds, counts,
                      {k: v for k, v in plan.applied.items() if v})


def _transfer(rng: random.Random, today: dt.date, row: dict[str, Any], woman: Woman,
              unit_ids: list[int], events: list[dict[str, Any]]) -> None:
    """A few women still here moved between the office's units (单位调动) once: her row
    holds the new unit, the event the one she left."""
    if (woman.status != "active" or woman.away is not None or len(unit_ids) < 2
            or rng.random() >= TRANSFER_RATE):
        return
    start = max(woman.since, add_years(today, -3))
    day = start + dt.timedelta(days=rng.randint(0, max((today - start).days - 1, 0)))
    new = rng.choice([u for u in unit_ids if u != row["unit_id"]])
    events.append({"person_id": row["id"], "kind": EventKind.TRANSFERRED.value, "date": day,
                   "note": "", "from_unit_id": row["unit_id"], "to_unit_id": new})
    row["unit_id"] = new


def _flush(bulk: BulkInserter, out: dict[str, list[dict[str, Any]]]) -> None:
    for name, model in TABLES:
        bulk.insert(model, out[name])
        out[name].clear()


def _id_mismatch(maker: Maker, row: dict[str, Any], woman: Woman, done_before: int) -> None:
    """Every other time a child's ID of the other sex, when she has a child with an ID."""
    kids = [k for k in woman.kids if k["id_number"]]
    if done_before % 2 == 1 and kids:
        kid = kids[-1]
        kid["id_number"] = maker.id_number(kid["birth_date"], female=kid["sex"] == "M")
    else:
        flaws.shift_birth(row)


def _mark_set_up(services: Services) -> None:
    """A demo ledger is ready to use: it opens on the reminders, not on the first-run dialog,
    with the office named after its top unit."""
    settings = services.settings
    if settings.setup_done:
        return
    office = settings.get(OFFICE_NAME) or next(
        (n.name for n in services.units.tree() if n.parent_id is None), DEMO_OFFICE)
    settings.set_many({OFFICE_NAME: office, SETUP_DONE: "1"})


def _demo_units(services: Services) -> tuple[list[int], int]:
    """Existing leaf units, or a demo office with sub-units when there are none."""
    tree = services.units.tree()
    if tree:
        parents = {n.parent_id for n in tree}
        leaves = [n.id for n in tree if n.id not in parents]
        return leaves or [tree[0].id], 0
    root = services.units.add(DEMO_OFFICE)
    ids = [services.units.add(name, root) for name in names.DEMO_UNITS]
    return ids, len(ids) + 1
