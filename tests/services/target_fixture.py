"""A hand-built population for the five rates the work plans set targets on
(period: November 2026; the 12 months ending on its last day: 2025-12-01 to 2026-11-30).

Rows are inserted directly, as in indicator_fixture. Each row's comment says why it is
here; tests/services/test_target_rates.py works every figure out from these comments.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.services.container import Services
from desktop.store.db import transaction
from desktop.store.models import Child, Person, Unit
from desktop.store.records import Checkup, Pregnancy, PregnancyFollowup, Service
from desktop.store.samples import SAMPLE_ITEMS, Sample, SamplePerson
from tests.helpers import fresh_services, woman_id

TODAY = dt.date(2027, 1, 15)
NOW = dt.datetime(2027, 1, 15, 9)
D = dt.date
ALL_RIGHT = {f"item_{item}": True for item in SAMPLE_ITEMS}


def _woman(name: str, seq: int, unit: int, **fields: object) -> Person:
    birth = D(1990, 1, 1) + dt.timedelta(days=seq)
    values: dict[str, object] = dict(
        name=name, id_number=woman_id(birth, seq % 500 * 2 + 2), birth_date=birth,
        unit_id=unit, phone="13800000000", current_address="东大街1号",
        registered_on=D(2010, 1, 1), marital_status="first_marriage",
        marriage_date=D(2015, 1, 1), created_at=NOW, updated_at=NOW)
    values.update(fields)
    return Person(**values)


def build(tmp_path: Path) -> tuple[Services, dict[str, int]]:
    services = fresh_services(tmp_path, today=TODAY)
    ids: dict[str, int] = {}
    with transaction(services.factory) as s:
        east, west = Unit(name="东村"), Unit(name="西村")
        s.add_all([east, west])
        s.flush()
        ids.update(east=east.id, west=west.id)  # type: ignore[arg-type]
        e, w = east.id, west.id
        out = dict(category="outflow")
        inn = dict(category="inflow")
        people = {
            # -- 流出已婚育龄妇女信息掌握率: married 流出 WRA at 11-30 --------------------
            # O1: phone, address, a check-up on 2025-12-01, the window's first day: in num
            "O1": _woman("流出一", 1, e, **out),
            # O2: phone, address, check-up on 2025-11-30, the day before the window: den only
            "O2": _woman("流出二", 2, e, **out),
            # O3: married migrant without phone, checked 2026-06-01: den only
            "O3": _woman("流出三", 3, w, phone="", **out),
            # O4: checked by a mailed certificate (寄回证明) on 11-30: in num
            "O4": _woman("流出四", 4, w, **out),
            # O5: single 流出 WRA, checked: not married, in neither
            "O5": _woman("流出五", 5, w, marital_status="single", marriage_date=None, **out),
            # O6: 流出, married on 12-01 (after the end): not married at 11-30, in neither
            "O6": _woman("流出六", 6, w, marriage_date=D(2026, 12, 1), **out),
            # -- 流入已婚育龄妇女服务管理率: married 流入 WRA at 11-30 --------------------
            # I1: a service (咨询) on 2026-03-03, no check-up: in num
            "I1": _woman("流入一", 11, e, **inn),
            # I2: a check-up on 11-30: in num
            "I2": _woman("流入二", 12, e, **inn),
            # I3: married migrant without phone, no record at all: den only
            "I3": _woman("流入三", 13, w, phone="", **inn),
            # I4: a service on 2025-11-30, outside the window: den only
            "I4": _woman("流入四", 14, w, **inn),
            # -- mothers of the pregnancies and children below (residents) ----------------
            "G": _woman("孕一", 21, e), "H": _woman("孕二", 22, w),
            "M1": _woman("母一", 31, e), "M2": _woman("母二", 32, e),
            "M3": _woman("母三", 33, w), "M4": _woman("母四", 34, w),
            # -- 信息准确率: the sample of November --------------------------------------
            "S1": _woman("抽一", 41, e), "S2": _woman("抽二", 42, e),
            "S3": _woman("抽三", 43, w), "S4": _woman("抽四", 44, w),
        }
        s.add_all(people.values())
        s.flush()
        ids.update({k: p.id for k, p in people.items()})  # type: ignore[misc]

        def checkup(key: str, day: dt.date, source: str = "station") -> None:
            s.add(Checkup(person_id=ids[key], date=day, check_iud=True, source=source,
                          created_at=NOW, updated_at=NOW))

        def service(key: str, day: dt.date, kind: str = "consultation") -> None:
            s.add(Service(person_id=ids[key], date=day, type=kind, created_at=NOW,
                          updated_at=NOW))

        checkup("O1", D(2025, 12, 1))
        checkup("O2", D(2025, 11, 30))
        checkup("O3", D(2026, 6, 1))
        checkup("O4", D(2026, 11, 30), source="certificate")
        checkup("O5", D(2026, 6, 1))
        checkup("O6", D(2026, 6, 1))
        service("I1", D(2026, 3, 3))
        checkup("I2", D(2026, 11, 30))
        service("I4", D(2025, 11, 30))

        # -- 孕情全过程管理率: pregnancies with an outcome dated in November -------------
        def pregnancy(key: str, lmp: dt.date, registered: dt.date, outcome: dt.date,
                      followups: list[dt.date], deleted: tuple[dt.date, ...] = ()) -> int:
            g = Pregnancy(person_id=ids[key], lmp=lmp, registered_on=registered,
                          outcome="miscarriage", outcome_date=outcome, created_at=NOW,
                          updated_at=NOW)
            s.add(g)
            s.flush()
            for day in followups:
                s.add(PregnancyFollowup(pregnancy_id=g.id, date=day))
            for day in deleted:
                s.add(PregnancyFollowup(pregnancy_id=g.id, date=day, deleted_at=NOW))
            return g.id  # type: ignore[return-value]

        # G1: registered 83 days after the LMP (02-01 -> 04-25); follow-ups every 35 days;
        # outcome 35 days after the last one (11-21): in num
        ids["g1"] = pregnancy("G", D(2026, 2, 1), D(2026, 4, 25), D(2026, 11, 21), [
            D(2026, 5, 30), D(2026, 7, 4), D(2026, 8, 8), D(2026, 9, 12), D(2026, 10, 17)])
        # G2: the same schedule one day later: registered 84 days after the LMP: den only
        ids["g2"] = pregnancy("H", D(2026, 2, 1), D(2026, 4, 26), D(2026, 11, 22), [
            D(2026, 5, 31), D(2026, 7, 5), D(2026, 8, 9), D(2026, 9, 13), D(2026, 10, 18)])
        # G3: early (62 days), follow-up after 35 days (10-06), outcome 36 days later (11-11);
        # a deleted follow-up on 10-20 does not close the gap: den only
        ids["g3"] = pregnancy("G", D(2026, 7, 1), D(2026, 9, 1), D(2026, 11, 11),
                              [D(2026, 10, 6)], deleted=(D(2026, 10, 20),))
        # G4: follow-ups entered out of date order (10-30, then 09-28): in date order the
        # gaps are 27, 32 and 31 days; registered 48 days after the LMP: in num
        ids["g4"] = pregnancy("H", D(2026, 7, 15), D(2026, 9, 1), D(2026, 11, 30),
                              [D(2026, 10, 30), D(2026, 9, 28)])
        # G5: outcome on 12-01, after the period: in neither
        ids["g5"] = pregnancy("H", D(2026, 6, 1), D(2026, 7, 1), D(2026, 12, 1), [])

        # -- 孕前优生健康检查率: children born in November --------------------------------
        twins_of = Pregnancy(person_id=ids["M1"], lmp=D(2026, 2, 10),
                             registered_on=D(2026, 3, 20), outcome="live_birth",
                             outcome_date=D(2026, 11, 5), created_at=NOW, updated_at=NOW)
        s.add(twins_of)
        s.flush()
        # M1: twins linked to a pregnancy with LMP 2026-02-10; her 孕前优生健康检查 on
        # 2025-02-10 is 365 days before it: both twins in num (twins count once each)
        service("M1", D(2025, 2, 10), "prepregnancy")
        for order, sex in ((1, "M"), (2, "F")):
            s.add(Child(person_id=ids["M1"], name=f"双胞胎{order}", sex=sex,
                        birth_date=D(2026, 11, 5), birth_order=order,
                        pregnancy_id=twins_of.id))
        # M2: a child without a pregnancy, born 11-10: LMP taken as 280 days before
        # (2026-02-03); the check on 2025-02-02 is 366 days before it: den only
        service("M2", D(2025, 2, 2), "prepregnancy")
        s.add(Child(person_id=ids["M2"], name="子二", sex="M", birth_date=D(2026, 11, 10)))
        # M3: born 11-20, LMP taken as 2026-02-13; checked that very day (0 days): in num
        service("M3", D(2026, 2, 13), "prepregnancy")
        s.add(Child(person_id=ids["M3"], name="子三", sex="F", birth_date=D(2026, 11, 20)))
        # M4: born 11-25 (LMP 2026-02-18); checked the day after the LMP, and a 咨询 service
        # (not the check-up) 100 days before: den only
        service("M4", D(2026, 2, 19), "prepregnancy")
        service("M4", D(2025, 11, 10))
        s.add(Child(person_id=ids["M4"], name="子四", sex="M", birth_date=D(2026, 11, 25)))

        # -- 信息准确率: November's sample ---------------------------------------------
        live = Sample(month="2026-11", drawn_on=D(2026, 11, 3), seed=7, size=3, population=30,
                      created_at=NOW)
        old = Sample(month="2026-11", drawn_on=D(2026, 11, 2), seed=6, size=1, population=30,
                     created_at=NOW, replaced_at=NOW)
        december = Sample(month="2026-12", drawn_on=D(2026, 12, 2), seed=8, size=1,
                          population=30, created_at=NOW)
        s.add_all([live, old, december])
        s.flush()
        # S1: all seven items right: in num
        s.add(SamplePerson(sample_id=live.id, person_id=ids["S1"], position=1, **ALL_RIGHT))
        # S2: the phone is wrong: den only
        s.add(SamplePerson(sample_id=live.id, person_id=ids["S2"], position=2,
                           **{**ALL_RIGHT, "item_phone": False}))
        # S3: the address not entered yet: in neither
        s.add(SamplePerson(sample_id=live.id, person_id=ids["S3"], position=3,
                           **{**ALL_RIGHT, "item_address": None}))
        # S4: all right, but in the redrawn (replaced) sample and in December's: in neither
        s.add(SamplePerson(sample_id=old.id, person_id=ids["S4"], position=1, **ALL_RIGHT))
        s.add(SamplePerson(sample_id=december.id, person_id=ids["S4"], position=1,
                           **ALL_RIGHT))
    return services, ids
