"""A small ledger for the 报表 and 概况 pages (pinned today 2026-11-28, report month November).

Worked out by hand for check-up coverage in November 2026 (general group: every 12 months):
张秀英 (married, no check-up before November: due) had one on 2026-11-10 -> den and num;
李娜 (married, never checked: due) -> den only; 王芳 (married, checked 2026-10-05: next due
2027-10-05) -> neither; 陈静 (single) -> neither. So the denominator is 张秀英 and 李娜.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.enums import MaritalStatus
from desktop.domain.values.care import CheckupDraft, ContraceptionDraft
from desktop.domain.values.people import PersonDraft
from desktop.services.container import Services
from desktop.services.settings import CLERK_NAME, OFFICE_NAME
from tests.helpers import make_id

OFFICE = "城关镇人口家庭服务站"
MARRIED = MaritalStatus.FIRST_MARRIAGE.value
COVERAGE_DEN = {"张秀英", "李娜"}
COVERAGE_NUM = {"张秀英"}


@dataclass
class ReportSample:
    services: Services
    units: dict[str, int]
    persons: dict[str, int]


def build(services: Services) -> ReportSample:
    services.settings.set_many({OFFICE_NAME: OFFICE, CLERK_NAME: "周敏"})
    u = services.units
    units = {"城关镇": u.add("城关镇")}
    units["东街社区"] = u.add("东街社区", units["城关镇"])
    units["河西乡"] = u.add("河西乡")
    people = (
        ("张秀英", "东街社区", dt.date(1990, 3, 12), 12, MARRIED),
        ("李娜", "河西乡", dt.date(1995, 7, 1), 23, MARRIED),
        ("王芳", "城关镇", dt.date(1985, 1, 20), 34, MARRIED),
        ("陈静", "河西乡", dt.date(2000, 10, 5), 45, MaritalStatus.SINGLE.value),
    )
    persons = {}
    for name, unit, birth, seq, marital in people:
        draft = PersonDraft(name=name, id_number=make_id("330102", birth, seq),
                            unit_id=units[unit], marital_status=marital, phone="13800001234",
                            current_address="东街1号")
        persons[name] = services.persons.create(draft)
    services.checkups.add(persons["张秀英"], CheckupDraft(date=dt.date(2026, 11, 10),
                                                          check_iud=True))
    services.checkups.add(persons["王芳"], CheckupDraft(date=dt.date(2026, 10, 5),
                                                        check_disease=True))
    services.contraception.add(persons["张秀英"], ContraceptionDraft(
        method="iud", start_date=dt.date(2020, 5, 1)))
    services.contraception.add(persons["王芳"], ContraceptionDraft(
        method="condom", start_date=dt.date(2024, 1, 1)))
    return ReportSample(services, units, persons)
