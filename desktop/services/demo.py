"""Synthetic demo data: realistic, valid and plainly fictional. Written in bulk."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import func, insert, select
from stdnum import numdb

from desktop.domain.dates import add_years
from desktop.domain.idnumber import check_character
from desktop.domain.search import pinyin_keys
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ConflictError
from desktop.services import demo_names as names
from desktop.services.container import Services
from desktop.store.db import analyze, transaction
from desktop.store.models import Child, Person

CHUNK = 5000
LOCAL_PREFIX = "6103"  # 宝鸡市 (the seed texts' 麟游县 is 610329)


@dataclass(frozen=True)
class DemoResult:
    persons: int
    children: int
    units: int
    seconds: float


@lru_cache(maxsize=1)
def area_codes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(local county codes, codes elsewhere) from stdnum's table, current codes only."""
    local: list[str] = []
    other: list[str] = []
    for _len, prov, _high, _props, counties in numdb.get("cn/loc").prefixes:
        for _l2, low, _h2, props, _children in counties:
            county = props.get("county", "")
            if not county or county.startswith("[") or low.endswith("00"):
                continue
            code = prov + low
            (local if code.startswith(LOCAL_PREFIX) else other).append(code)
    return tuple(local), tuple(other)


class _Maker:
    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.used: set[str] = set()
        self.local, self.other = area_codes()

    def id_number(self, birth: dt.date, female: bool, local: bool = True) -> str:
        while True:
            area = self.rng.choice(self.local if local else self.other)
            seq = self.rng.randrange(0, 500) * 2 + (0 if female else 1)
            first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
            number = first17 + check_character(first17)
            if number not in self.used:
                self.used.add(number)
                return number

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = max((end - start).days, 0)
        return start + dt.timedelta(days=self.rng.randint(0, span))

    def name(self, chars: str) -> str:
        given = self.rng.choice(chars) + (self.rng.choice(chars) if self.rng.random() < 0.8 else "")
        return self.rng.choice(names.SURNAMES) + given

    def phone(self) -> str:
        return f"1{self.rng.choice('3578')}{self.rng.randrange(10**9):09d}"

    def address(self) -> str:
        return f"{self.rng.choice(names.STREETS)}{self.rng.randint(1, 300)}号"


def generate_demo(
    services: Services,
    persons: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    force: bool = False,
) -> DemoResult:
    """Add ``persons`` synthetic women (with spouses and children) in one transaction."""
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
    maker = _Maker(rng, today)
    unit_ids, units_added = _demo_units(services)
    with transaction(services.factory) as session:
        next_id = (session.scalar(select(func.max(Person.id))) or 0) + 1
        maker.used.update(session.scalars(select(Person.id_number)))
        person_rows: list[dict] = []
        child_rows: list[dict] = []
        kids_total = 0
        for i in range(persons):
            row, kids = _person(maker, next_id + i, rng.choice(unit_ids))
            person_rows.append(row)
            child_rows.extend(kids)
            kids_total += len(kids)
            if len(person_rows) >= CHUNK:
                session.execute(insert(Person), person_rows)
                session.execute(insert(Child), child_rows) if child_rows else None
                person_rows, child_rows = [], []
                if progress:
                    progress(i + 1, persons)
        if person_rows:
            session.execute(insert(Person), person_rows)
        if child_rows:
            session.execute(insert(Child), child_rows)
        services.recorder.record(
            session, entity="demo", entity_id=0, action="create", field="persons",
            new=persons, batch=f"demo-{started:%Y%m%d%H%M%S}",
        )
    analyze(services.engine)
    if progress:
        progress(persons, persons)
    seconds = (dt.datetime.now() - started).total_seconds()
    return DemoResult(persons, kids_total, units_added, seconds)


def _demo_units(services: Services) -> tuple[list[int], int]:
    """Existing leaf units, or a demo office with sub-units when there are none."""
    tree = services.units.tree()
    if tree:
        parents = {n.parent_id for n in tree}
        leaves = [n.id for n in tree if n.id not in parents]
        return leaves or [tree[0].id], 0
    root = services.units.add("示范街道办事处")
    ids = [services.units.add(name, root) for name in names.DEMO_UNITS]
    return ids, len(ids) + 1


def _person(m: _Maker, person_id: int, unit_id: int) -> tuple[dict, list[dict]]:
    rng, today = m.rng, m.today
    age = rng.choices((rng.randint(15, 49), rng.randint(50, 60)), weights=(92, 8))[0]
    birth = m.date_between(add_years(today, -age - 1) + dt.timedelta(days=1), add_years(today, -age))
    category = rng.choices(("resident", "inflow", "outflow"), weights=(85, 10, 5))[0]
    name = m.name(names.FEMALE_CHARS)
    full, initials = pinyin_keys(name)
    married = age >= 21 and rng.random() < min(0.95, (age - 18) / 12)
    marriage = m.date_between(add_years(birth, 21), min(add_years(birth, 32), today)) if married else None
    status = rng.choices(("active", "moved", "deceased"), weights=(97, 2, 1))[0]
    now = dt.datetime.combine(today, dt.time(9, 0))
    row = {
        "id": person_id, "name": name, "name_pinyin": full, "name_initials": initials,
        "id_number": m.id_number(birth, True, local=category != "inflow"), "birth_date": birth,
        "ethnicity": rng.choice(names.ETHNICITIES), "phone": m.phone(),
        "household_address": m.address(), "current_address": m.address(), "unit_id": unit_id,
        "category": category,
        "registered_on": None if rng.random() < 0.7 else m.date_between(add_years(today, -3), today),
        "origin": "" if category == "resident" else m.address(),
        "arrival_date": m.date_between(add_years(today, -5), today) if category == "inflow" else None,
        "employer": rng.choice(names.EMPLOYERS) if category == "inflow" else "",
        "marital_status": ("first_marriage" if rng.random() < 0.9 else "remarried") if married
        else ("single" if age < 30 or rng.random() < 0.7 else rng.choice(("divorced", "widowed"))),
        "marriage_date": marriage, "spouse_name": "", "spouse_id_number": "", "spouse_work_unit": "",
        "spouse_phone": "", "checkup_group": "key" if rng.random() < 0.2 else "general",
        "one_child_cert_no": "", "one_child_cert_date": None, "notes": "",
        "status": status, "status_date": m.date_between(add_years(today, -2), today) if status != "active" else None,
        "children_count": 0, "created_at": now, "updated_at": now, "deleted_at": None,
    }
    kids: list[dict] = []
    if marriage is not None:
        spouse_birth = m.date_between(add_years(birth, -4), min(add_years(birth, 3), add_years(today, -22)))
        row.update(spouse_name=m.name(names.MALE_CHARS), spouse_id_number=m.id_number(spouse_birth, False),
                   spouse_work_unit=rng.choice(names.EMPLOYERS[:4]), spouse_phone=m.phone())
        count = rng.choices((0, 1, 2, 3), weights=(15, 45, 33, 7))[0]
        day = marriage
        for order in range(1, count + 1):
            day = day + dt.timedelta(days=rng.randint(300, 1500))
            if day > today:
                break
            female = rng.random() < 0.48
            reported = day + dt.timedelta(days=rng.randint(3, 45))
            kids.append({
                "person_id": person_id, "name": row["name"][0] + rng.choice(names.CHILD_CHARS)
                + rng.choice(names.CHILD_CHARS), "sex": "F" if female else "M", "birth_date": day,
                "birth_order": order, "id_number": m.id_number(day, female) if rng.random() < 0.8 else "",
                "birth_registered_on": day + dt.timedelta(days=rng.randint(1, 20)),
                "reported_on": reported if reported <= today else None, "deleted_at": None,
            })
        if count >= 1 and kids and len(kids) == 1 and rng.random() < 0.3:
            row["one_child_cert_no"] = f"{rng.randrange(10**7):07d}"
            row["one_child_cert_date"] = min(kids[0]["birth_date"] + dt.timedelta(days=200), today)
        row["children_count"] = len(kids)
    return row, kids
