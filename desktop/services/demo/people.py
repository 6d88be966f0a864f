"""Demo women: the person row, her children and her life events (status follows them)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from stdnum import numdb

from desktop.domain.dates import add_years
from desktop.domain.enums import EventKind
from desktop.domain.idnumber import check_character
from desktop.domain.search import pinyin_keys
from desktop.services.demo import names as names

LOCAL_PREFIX = "6103"  # 宝鸡市 (the seed texts' 麟游县 is 610329)
DAY = dt.timedelta(days=1)


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


def name_keys(name: str) -> tuple[str, str]:
    """pinyin_keys of a demo name from its cached surname and given name: the same keys
    (checked for every name the demo vocabulary can make), ten times faster at 100,000."""
    surname, given = _part_keys(name[:1]), _part_keys(name[1:])
    return surname[0] + given[0], surname[1] + given[1]


@lru_cache(maxsize=8192)
def _part_keys(part: str) -> tuple[str, str]:
    return pinyin_keys(part)


class Maker:
    """Random values with the demo's vocabulary; every ID number is valid and unique."""

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


@dataclass(slots=True)
class Woman:
    """What the record generators need to know about her."""

    id: int
    name: str
    birth: dt.date
    age: int
    category: str
    marriage: dt.date | None
    group: str
    since: dt.date  # on this office's register from (registration or arrival)
    end: dt.date  # records stop here: today, or the day she moved away or died
    status: str
    kids: list[dict[str, Any]] = field(default_factory=list)
    events: list[tuple[str, dt.date, str]] = field(default_factory=list)
    away: tuple[dt.date, dt.date] | None = None  # moved away and came back
    cert_date: dt.date | None = None
    flaw: str | None = None  # a deliberate contradiction asked of her (see demo_flaws)
    flaw_done: bool = False


def make_woman(m: Maker, person_id: int, unit_id: int,
               copy_of: Woman | None = None, leaving: bool = False) -> tuple[dict[str, Any], Woman]:
    """Her person row and facts. ``copy_of``: the same name and birth date (a record entered
    twice); ``leaving``: she moved away with one child and a certificate (for a flaw)."""
    rng, today = m.rng, m.today
    age = rng.choices((rng.randint(15, 49), rng.randint(50, 60)), weights=(92, 8))[0]
    if leaving:
        age = rng.randint(30, 45)
    birth = m.date_between(add_years(today, -age - 1) + DAY, add_years(today, -age))
    name = m.name(names.FEMALE_CHARS)
    if copy_of is not None:
        name, birth, age = copy_of.name, copy_of.birth, copy_of.age
    category = rng.choices(("resident", "inflow", "outflow"), weights=(85, 10, 5))[0]
    status = "moved" if leaving else rng.choices(("active", "moved", "deceased"), weights=(97, 2, 1))[0]
    status_date = m.date_between(add_years(today, -2), today - 30 * DAY) if status != "active" else None
    end = status_date or today
    married = leaving or (age >= 21 and add_years(birth, 21) <= end
                          and rng.random() < min(0.95, (age - 18) / 12))
    marriage = m.date_between(add_years(birth, 21), min(add_years(birth, 32), end)) if married else None
    if marriage is not None and leaving:
        marriage = min(marriage, add_years(today, -8))
    registered = None if rng.random() < 0.7 else m.date_between(add_years(today, -3), end)
    arrival = m.date_between(add_years(today, -5), end) if category == "inflow" else None
    group = "key" if married and age < 45 and rng.random() < 0.55 else \
        ("key" if rng.random() < 0.05 else "general")
    full, initials = name_keys(name)
    row = {
        "id": person_id, "name": name, "name_pinyin": full, "name_initials": initials,
        "id_number": m.id_number(birth, True, local=category != "inflow"), "birth_date": birth,
        "ethnicity": rng.choice(names.ETHNICITIES), "phone": m.phone(),
        "household_address": m.address(), "current_address": m.address(), "unit_id": unit_id,
        "category": category, "registered_on": registered,
        "origin": "" if category == "resident" else m.address(), "arrival_date": arrival,
        "employer": rng.choice(names.EMPLOYERS) if category == "inflow" else "",
        # 婚育证明编号 of migrants, from her number (no draw: the demo's figures stay put)
        "marriage_cert_no": "" if category == "resident" else f"婚育{person_id:08d}",
        "marital_status": ("first_marriage" if rng.random() < 0.9 else "remarried") if married
        else ("single" if age < 30 or rng.random() < 0.7 else rng.choice(("divorced", "widowed"))),
        "marriage_date": marriage, "spouse_name": "", "spouse_id_number": "", "spouse_work_unit": "",
        "spouse_phone": "", "checkup_group": group, "one_child_cert_no": "",
        "one_child_cert_date": None, "notes": "", "status": status, "status_date": status_date,
        "children_count": 0,
    }
    woman = Woman(person_id, name, birth, age, category, marriage, group,
                  max(registered or dt.date.min, arrival or dt.date.min), end, status)
    _events(m, woman, status_date)
    row["status_date"] = woman.events[-1][1] if woman.events else None
    if marriage is not None:
        spouse_birth = m.date_between(add_years(birth, -4), min(add_years(birth, 3), add_years(today, -22)))
        row.update(spouse_name=m.name(names.MALE_CHARS), spouse_id_number=m.id_number(spouse_birth, False),
                   spouse_work_unit=rng.choice(names.EMPLOYERS[:4]), spouse_phone=m.phone())
        _children(m, woman, marriage, 1 if leaving else None)
        kids = woman.kids
        if len(kids) == 1 and (leaving or rng.random() < 0.3):
            woman.cert_date = min(kids[0]["birth_date"] + dt.timedelta(days=rng.randint(100, 400)), end)
            row["one_child_cert_no"] = f"{rng.randrange(10**7):07d}"
            row["one_child_cert_date"] = woman.cert_date
        row["children_count"] = len(kids)
    return row, woman


def _events(m: Maker, w: Woman, status_date: dt.date | None) -> None:
    """Moved away or died on the status date; a few came back after a time away."""
    if w.status in ("moved", "deceased"):
        assert status_date is not None  # set for every status but active
        if w.status == "moved":
            w.events.append((EventKind.MOVED_AWAY.value, status_date,
                             m.rng.choice(names.DESTINATIONS)))
        else:
            w.events.append((EventKind.DECEASED.value, status_date, ""))
    elif m.rng.random() < 0.005 and w.age >= 20:
        left = m.date_between(add_years(m.today, -4), m.today - 400 * DAY)
        back = m.date_between(left + 90 * DAY, m.today - 30 * DAY)
        w.events += [(EventKind.MOVED_AWAY.value, left, m.rng.choice(names.DESTINATIONS)),
                     (EventKind.RETURNED.value, back, "")]
        w.away = (left, back)


def _children(m: Maker, w: Woman, marriage: dt.date, count: int | None) -> None:
    rng = m.rng
    if count is None:
        count = rng.choices((0, 1, 2, 3), weights=(15, 45, 33, 7))[0]
    day = marriage
    last_day = min(w.end, add_years(w.birth, 45))
    order = 0
    for _ in range(count):
        day = day + dt.timedelta(days=rng.randint(300, 1500))
        if day > last_day:
            break
        for _twin in range(2 if rng.random() < 0.01 else 1):
            order += 1
            female = rng.random() < 0.48
            reported = day + dt.timedelta(days=rng.randint(3, 45))
            died = day + dt.timedelta(days=rng.randint(1, 3000)) if rng.random() < 0.003 else None
            w.kids.append({
                "person_id": w.id, "name": w.name[0] + rng.choice(names.CHILD_CHARS)
                + rng.choice(names.CHILD_CHARS), "sex": "F" if female else "M", "birth_date": day,
                "birth_order": order, "id_number": m.id_number(day, female) if rng.random() < 0.8 else "",
                "birth_registered_on": min(day + dt.timedelta(days=rng.randint(1, 20)), m.today),
                "reported_on": reported if reported <= m.today else None,
                "death_date": died if died is not None and died <= m.today else None,
                "pregnancy_id": None,
            })
