"""A small ledger with one or more records of each register around October 2026.

Records fall on the edges of October (10-01 and 10-31, inside) and just outside it (09-30,
11-01), in several units, one in the recycle bin and one of a person in the recycle bin.
Written through the services, as the clerk's forms write them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.enums import (
    CheckupResult,
    CheckupSource,
    EventKind,
    MaritalStatus,
    Method,
    ServiceType,
)
from desktop.domain.values.care import CheckupDraft, ContraceptionDraft, ServiceDraft
from desktop.domain.values.people import ChildDraft, PersonDraft
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.services.container import Services
from tests.helpers import make_id

D = dt.date
OCT_FROM, OCT_TO = D(2026, 10, 1), D(2026, 10, 31)


@dataclass
class RegisterSample:
    services: Services
    units: dict[str, int] = field(default_factory=dict)
    persons: dict[str, int] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # name -> full ID number
    records: dict[str, int] = field(default_factory=dict)  # label -> record id

    def person(self, name: str, unit: str, birth: dt.date, seq: int, area: str = "330102",
               children: tuple[ChildDraft, ...] = ()) -> int:
        number = make_id(area, birth, seq)
        draft = PersonDraft(name=name, id_number=number, unit_id=self.units[unit],
                            marital_status=MaritalStatus.FIRST_MARRIAGE.value,
                            marriage_date=D(2012, 5, 1), children=list(children))
        self.persons[name] = self.services.persons.create(draft)
        self.ids[name] = number
        return self.persons[name]

    def child_id(self, mother: str, child_name: str) -> int:
        record = self.services.persons.get(self.persons[mother])
        return next(c.id for c in record.draft.children if c.name == child_name)


def fill_registers(services: Services) -> RegisterSample:
    s = RegisterSample(services)
    u = services.units
    s.units["城关镇"] = u.add("城关镇")
    s.units["东街社区"] = u.add("东街社区", s.units["城关镇"])
    s.units["西街社区"] = u.add("西街社区", s.units["城关镇"])
    s.units["河西乡"] = u.add("河西乡")

    s.person("张秀英", "东街社区", D(1990, 3, 12), 12, children=(
        ChildDraft(name="张小明", sex="M", birth_date=OCT_FROM,
                   birth_registered_on=D(2026, 10, 5), reported_on=D(2026, 10, 21)),
        ChildDraft(name="张小红", sex="F", birth_date=D(2018, 6, 1)),
    ))
    s.person("李娜", "河西乡", D(1995, 7, 1), 23, area="110101", children=(
        ChildDraft(name="李小", sex="F", birth_date=D(2026, 9, 30)),
    ))
    s.person("王芳", "城关镇", D(1985, 1, 20), 34, children=(
        ChildDraft(name="王宝", sex="F", birth_date=OCT_TO, birth_registered_on=D(2026, 11, 2)),
    ))
    s.person("陈静", "西街社区", D(2000, 10, 5), 45)

    con, chk, pre, svc = (services.contraception, services.checkups, services.pregnancies,
                          services.service_records)
    zhang, li, wang, chen = (s.persons[n] for n in ("张秀英", "李娜", "王芳", "陈静"))
    s.records["con_zhang"] = con.add(zhang, ContraceptionDraft(
        Method.IUD.value, OCT_TO, None, "城关镇服务站"))
    s.records["con_li"] = con.add(li, ContraceptionDraft(Method.PILL.value, D(2026, 11, 1)))
    s.records["con_wang"] = con.add(wang, ContraceptionDraft(
        Method.CONDOM.value, OCT_FROM, D(2026, 10, 20)))

    s.records["chk_zhang"] = chk.add(zhang, CheckupDraft(
        OCT_FROM, check_pregnancy=True, check_iud=True, place="东街卫生室"))
    s.records["chk_zhang_deleted"] = chk.add(zhang, CheckupDraft(D(2026, 10, 10), check_iud=True))
    chk.delete("checkup", s.records["chk_zhang_deleted"], zhang)
    s.records["chk_li"] = chk.add(li, CheckupDraft(
        OCT_TO, check_disease=True, result=CheckupResult.ABNORMAL.value, note="炎症",
        source=CheckupSource.HOSPITAL.value))
    s.records["chk_wang"] = chk.add(wang, CheckupDraft(D(2026, 10, 15), check_pregnancy=True,
                                                        pregnant=True))
    s.records["chk_wang_nov"] = chk.add(wang, CheckupDraft(D(2026, 11, 1), check_iud=True))
    s.records["chk_chen"] = chk.add(chen, CheckupDraft(OCT_TO, check_iud=True))

    s.records["pre_zhang"] = pre.add(zhang, PregnancyDraft(D(2026, 10, 15), D(2026, 8, 20)))
    s.records["pre_li"] = pre.add(li, PregnancyDraft(D(2026, 9, 30), D(2026, 8, 1)))
    s.records["pre_chen"] = pre.add(chen, PregnancyDraft(OCT_TO, D(2026, 9, 1)))

    s.records["svc_zhang"] = svc.add(zhang, ServiceDraft(OCT_TO, ServiceType.CONSULTATION.value,
                                                         "孕前咨询"))
    s.records["svc_li"] = svc.add(li, ServiceDraft(OCT_FROM, ServiceType.SUPPLIES.value))
    s.records["svc_wang"] = svc.add(wang, ServiceDraft(D(2026, 9, 30), ServiceType.FOLLOWUP.value))

    events = services.life_events
    s.records["death_wang"] = events.add(wang, EventKind.DECEASED.value, D(2026, 10, 20), "病故")
    s.records["child_death"] = s.child_id("张秀英", "张小红")
    events.set_child_death(s.records["child_death"], OCT_TO)
    services.persons.delete(chen)  # her records stay, but not in the registers
    return s
