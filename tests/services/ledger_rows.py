"""Every table the exchange workbook carries, row by row, as comparable tuples.

Surrogate ids and the timestamps of whoever wrote the rows are left out; a column that
points at another row (her unit, the pregnancy of a child, the enrolment of a payment, the
units of a move) is replaced by that row's natural key, so two ledgers that hold the same
records compare equal whatever ids they were given.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Engine, select

from desktop.store.models import Child, Person, Unit
from desktop.store.records import (
    Benefit,
    Checkup,
    Contraception,
    LifeEvent,
    Payment,
    Pregnancy,
    PregnancyFollowup,
    ReminderPostponement,
    Service,
)

# The tables of the workbook; the others (change log, settings, closed periods, samples)
# are the office's own working state and do not travel.
MODELS = (Unit, Person, LifeEvent, Child, Pregnancy, PregnancyFollowup, Contraception, Checkup,
          Service, Benefit, Payment, ReminderPostponement)
SKIPPED = {"id", "created_at", "updated_at", "deleted_at"}


def _keys(engine: Engine) -> dict[str, dict[int, object]]:
    with engine.connect() as conn:
        units = dict(conn.execute(select(Unit.id, Unit.name)).all())
        persons = dict(conn.execute(select(Person.id, Person.id_number)).all())
        pregnancies = {pid: (persons[person], day) for pid, person, day in conn.execute(
            select(Pregnancy.id, Pregnancy.person_id, Pregnancy.registered_on))}
        benefits = {bid: (persons[person], program, start) for bid, person, program, start
                    in conn.execute(select(Benefit.id, Benefit.person_id, Benefit.program,
                                           Benefit.start_date))}
        children = {cid: (persons[person], born, name) for cid, person, born, name
                    in conn.execute(select(Child.id, Child.person_id, Child.birth_date, Child.name))}
    return {"unit": units, "person": persons, "pregnancy": pregnancies, "benefit": benefits,
            "child": children}


LINKS = {"unit_id": "unit", "parent_id": "unit", "from_unit_id": "unit", "to_unit_id": "unit",
         "person_id": "person", "pregnancy_id": "pregnancy", "benefit_id": "benefit"}
# A postponed reminder's record_id points at the record of its kind.
RECORD_OF = {"followup": "pregnancy", "delivery": "pregnancy", "birth_report": "child",
             "payment": "benefit"}


def table_rows(engine: Engine) -> dict[str, Counter]:
    """Table name -> multiset of its live rows (natural keys in place of ids)."""
    keys = _keys(engine)
    out: dict[str, Counter] = {}
    with engine.connect() as conn:
        for model in MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            cols = [c for c in table.c if c.name not in SKIPPED]
            query = select(*cols)
            if "deleted_at" in table.c:
                query = query.where(table.c.deleted_at.is_(None))
            rows: Counter = Counter()
            for raw in conn.execute(query):
                named = dict(zip((c.name for c in cols), raw, strict=True))
                links = {**LINKS, "record_id": RECORD_OF.get(str(named.get("kind")), "")}
                rows[tuple((c.name, keys[links[c.name]].get(v) if c.name in links and v is not None
                            else v) for c, v in zip(cols, raw, strict=True))] += 1
            out[table.name] = rows
    return out


def differences(one: dict[str, Counter], two: dict[str, Counter]) -> dict[str, list]:
    """Per table, a few rows only one side has (empty when equal)."""
    out = {}
    for name in one:
        only = list((one[name] - two[name]).items())[:3] + list((two[name] - one[name]).items())[:3]
        if only:
            out[name] = only
    return out
