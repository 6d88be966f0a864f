"""A hand-built population for the indicator tests (period: November 2026).

Rows are inserted directly (the services would refuse some of the edge cases on
purpose, e.g. a status without a date). Each person's comment says why she is here;
tests/services/test_indicators.py works every number out from these comments.
The ledger's "today" is 2027-01-15, so every November fact lies in the past.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.services.container import Services
from desktop.services.settings import OFFICE_NAME
from desktop.store.db import transaction
from desktop.store.models import Child, Person, Unit
from desktop.store.records import Benefit, Checkup, Contraception, LifeEvent, Payment, Pregnancy
from tests.helpers import fresh_services, man_id, woman_id

TODAY = dt.date(2027, 1, 15)
NOW = dt.datetime(2027, 1, 15, 9)
D = dt.date
OFFICE = "城关镇计生办"


def _person(name: str, birth: dt.date, unit: int, seq: int, **fields: object) -> Person:
    values: dict[str, object] = dict(
        name=name, id_number=woman_id(birth, seq), birth_date=birth, unit_id=unit,
        phone="13800000000", current_address="东大街1号", household_address="东大街1号",
        registered_on=D(2010, 1, 1), marital_status="first_marriage",
        marriage_date=D(2015, 1, 1), created_at=NOW, updated_at=NOW)
    values.update(fields)
    return Person(**values)


def build(tmp_path: Path) -> tuple[Services, dict[str, int]]:
    services = fresh_services(tmp_path, today=TODAY)
    services.settings.set_many({OFFICE_NAME: OFFICE})
    ids: dict[str, int] = {}
    with transaction(services.factory) as s:
        east, west = Unit(name="东村"), Unit(name="西村")
        s.add_all([east, west])
        s.flush()
        team = Unit(name="东村一组", parent_id=east.id)
        s.add(team)
        s.flush()
        ids.update(east=east.id, west=west.id, team=team.id)  # type: ignore[arg-type]
        u1, u2, u1a = east.id, west.id, team.id
        bad = woman_id(D(1991, 6, 6), 19)
        people = {
            # plain married WRA: check-up due (2025-10-01 + 12 months) and done on 11-10,
            # IUD open, a boy born 11-01 reported 12-01 (30 days: timely), monthly benefit
            # paid for 2026-11 on 12-05 (after the period: still counts for the rate)
            "P1": _person("甲一", D(1990, 5, 10), u1, 1),
            # turns 15 on 2026-11-15, blank registration date: an entry
            "P2": _person("乙二", D(2011, 11, 15), u1, 2, marital_status="single",
                          marriage_date=None, registered_on=None),
            # turns 50 on 2026-11-20: an exit; yearly benefit paid for 2026 on 11-10
            "P3": _person("丙三", D(1976, 11, 20), u2, 3),
            # born 29 February 2012: 14 in November; turns 15 on 2027-02-28
            "P4": _person("丁四", D(2012, 2, 29), u1, 4, marital_status="single",
                          marriage_date=None, registered_on=None),
            # born 29 February 1976: turned 50 on 2026-02-28 (common year)
            "P4b": _person("丁五", D(1976, 2, 29), u1, 5),
            # moved away on the last day of the month (11-30): an exit, gone at the end
            "P5": _person("戊六", D(1985, 3, 3), u2, 6, status="moved",
                          status_date=D(2026, 11, 30)),
            # moved away the day before the start (10-31): neither at start nor an exit
            "P6": _person("己七", D(1988, 4, 4), u2, 7, status="moved",
                          status_date=D(2026, 10, 31)),
            # died on 11-12: an exit and a death
            "P7": _person("庚八", D(1980, 6, 6), u1, 8, status="deceased",
                          status_date=D(2026, 11, 12)),
            # sub-unit; blank registration and marriage dates; method 无; never checked
            # (due, not done); monthly benefit paid only for 2026-10 (on 11-03)
            "P8": _person("辛九", D(1992, 7, 7), u1a, 9, registered_on=None, marriage_date=None),
            # registered inside the month (11-20) aged 30: an entry
            "P9": _person("壬十", D(1996, 8, 8), u2, 10, marital_status="single",
                          marriage_date=None, registered_on=D(2026, 11, 20)),
            # married after the period end (12-05): not married at 11-30
            "P10": _person("癸一", D(1995, 9, 9), u2, 11, marriage_date=D(2026, 12, 5)),
            # key group, last check-up 09-10 (+3 = 12-10: not yet due); IUD closed 11-15;
            # yearly benefit ended 11-29 (not active on 11-30)
            "P11": _person("赵二", D(1987, 10, 10), u1, 12, checkup_group="key"),
            # key group, last check-up 08-31 (+3 = 11-30: due), not done; pill until 12-15
            # (open at the end); third child (a boy) born 11-20, not reported; monthly
            # benefit ending 11-30 (active), unpaid
            "P12": _person("钱三", D(1986, 12, 12), u1, 13, checkup_group="key"),
            # general, last before start 2025-12-01 (+12 = 2026-12-01: not yet due), checked
            # 11-05 anyway (not counted); condom open
            "P13": _person("孙四", D(1991, 1, 15), u1, 14),
            # inflow, married, blank phone (incomplete); never checked; pregnancy registered
            # 84 days after the LMP (not early)
            "P14": _person("李五", D(1993, 2, 20), u2, 15, category="inflow", phone=""),
            # outflow, single, blank current address (incomplete); pregnancy at 83 days
            "P15": _person("周六", D(1998, 3, 25), u2, 16, category="outflow",
                           current_address="", marital_status="single", marriage_date=None),
            # sub-unit; check-up due 2026-11-01 and done 11-20; a girl (second child) born
            # 11-02 reported 12-03 (31 days: late); her first child died 11-25
            "P16": _person("吴七", D(1994, 4, 14), u1a, 17),
            # moved away without a date and without events: breaks the balance
            "P17": _person("郑八", D(1989, 5, 5), u2, 18, status="moved", status_date=None),
            # a man's ID number: never a WRA, but an active person with complete data
            "P18": _person("王九", D(1990, 1, 1), u2, 19, id_number=man_id(D(1990, 1, 1), 19),
                           marital_status="single", marriage_date=None),
            # a wrong check character: WRA (17th digit even) but incomplete
            "P19": _person("冯十", D(1991, 6, 6), u2, 20, marital_status="single",
                           marriage_date=None, id_number=bad[:17] + ("1" if bad[17] != "1" else "2")),
            # in the recycle bin: nowhere
            "P20": _person("陈一", D(1990, 2, 2), u1, 21, deleted_at=NOW),
            # moved away 03-01, returned 10-10: present all November (never checked)
            "P21": _person("褚二", D(1984, 7, 7), u1, 22, status_date=D(2026, 10, 10)),
            # aged 56: not a WRA, an active person
            "P23": _person("蒋四", D(1970, 9, 9), u1, 23),
        }
        s.add_all(people.values())
        s.flush()
        ids.update({key: p.id for key, p in people.items()})  # type: ignore[misc]
        _records(s, ids)
    return services, ids


def _records(s, ids: dict[str, int]) -> None:  # noqa: ANN001
    def event(key: str, kind: str, day: dt.date) -> LifeEvent:
        return LifeEvent(person_id=ids[key], kind=kind, date=day, created_at=NOW)

    s.add_all([event("P5", "moved_away", D(2026, 11, 30)), event("P6", "moved_away", D(2026, 10, 31)),
               event("P7", "deceased", D(2026, 11, 12)), event("P21", "moved_away", D(2026, 3, 1)),
               event("P21", "returned", D(2026, 10, 10))])

    def check(key: str, day: dt.date) -> Checkup:
        return Checkup(person_id=ids[key], date=day, check_iud=True, created_at=NOW, updated_at=NOW)

    s.add_all([check("P1", D(2025, 10, 1)), check("P1", D(2026, 11, 10)),
               check("P11", D(2026, 9, 10)), check("P12", D(2026, 8, 31)),
               check("P13", D(2025, 12, 1)), check("P13", D(2026, 11, 5)),
               check("P16", D(2025, 11, 1)), check("P16", D(2026, 11, 20))])

    def method(key: str, code: str, start: dt.date, end: dt.date | None = None) -> Contraception:
        return Contraception(person_id=ids[key], method=code, start_date=start, end_date=end,
                             created_at=NOW, updated_at=NOW)

    s.add_all([method("P1", "iud", D(2020, 1, 1)), method("P8", "none", D(2022, 1, 1)),
               method("P11", "iud", D(2019, 1, 1), D(2026, 11, 15)),
               method("P12", "pill", D(2026, 1, 1), D(2026, 12, 15)),
               method("P13", "condom", D(2024, 1, 1))])

    def child(key: str, name: str, sex: str, born: dt.date, order: int,
              reported: dt.date | None = None, died: dt.date | None = None) -> Child:
        return Child(person_id=ids[key], name=name, sex=sex, birth_date=born, birth_order=order,
                     reported_on=reported, death_date=died)

    s.add_all([child("P1", "甲宝", "M", D(2026, 11, 1), 1, D(2026, 12, 1)),
               child("P12", "钱大", "M", D(2015, 5, 5), 1, D(2015, 5, 20)),
               child("P12", "钱二", "F", D(2018, 6, 6), 2, D(2018, 6, 20)),
               child("P12", "钱小", "M", D(2026, 11, 20), 3),
               child("P16", "吴大", "F", D(2020, 3, 3), 1, D(2020, 3, 10), died=D(2026, 11, 25)),
               child("P16", "吴二", "F", D(2026, 11, 2), 2, D(2026, 12, 3))])

    def pregnancy(key: str, lmp: dt.date, registered: dt.date) -> Pregnancy:
        return Pregnancy(person_id=ids[key], lmp=lmp, registered_on=registered,
                         created_at=NOW, updated_at=NOW)

    s.add_all([pregnancy("P14", D(2026, 8, 28), D(2026, 11, 20)),
               pregnancy("P15", D(2026, 8, 30), D(2026, 11, 21))])

    def benefit(key: str, cycle: str, start: dt.date, end: dt.date | None = None) -> Benefit:
        row = Benefit(person_id=ids[key], program="one_child_fee" if cycle == "month" else "reward",
                      amount_fen=1000 if cycle == "month" else 96000, cycle=cycle,
                      start_date=start, end_date=end, created_at=NOW, updated_at=NOW)
        s.add(row)
        s.flush()
        return row

    def pay(row: Benefit, period: str, paid: dt.date) -> None:
        s.add(Payment(benefit_id=row.id, period=period, amount_fen=row.amount_fen, paid_on=paid,
                      created_at=NOW))

    pay(benefit("P1", "month", D(2020, 1, 1)), "2026-11", D(2026, 12, 5))
    pay(benefit("P8", "month", D(2021, 1, 1)), "2026-10", D(2026, 11, 3))
    pay(benefit("P3", "year", D(2016, 1, 1)), "2026", D(2026, 11, 10))
    benefit("P11", "year", D(2016, 1, 1), D(2026, 11, 29))
    benefit("P12", "month", D(2026, 1, 1), D(2026, 11, 30))
