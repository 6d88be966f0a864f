"""A small ledger for the reminder page tests (today pinned to 2026-11-28, horizon 30 days).

Expected reminders, in the service's order (due date first):
  张秀英 checkup       due 2026-10-01 (last 2025-10-01, every 12 months)           东街社区
  陈静   birth_report  due 2026-10-31 (child 陈小宝 born 2026-10-01)               河西乡
  王芳   followup      due 2026-11-01 (registered 2026-10-01, no follow-up yet)   东街社区
  赵丽   payment       due 2026-11-01 (period 2026-11, 10.00 yuan)                东街社区
  李娜   checkup       due 2026-12-05 (last 2025-12-05): 7 days left              河西乡
孙倩 is single: no reminder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.enums import Cycle, MaritalStatus, Program
from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.domain.values.care import CheckupDraft
from desktop.domain.values.people import ChildDraft, PersonDraft
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.services.container import Services
from tests.helpers import make_id

MARRIED = MaritalStatus.FIRST_MARRIAGE.value


@dataclass
class ReminderSample:
    services: Services
    units: dict[str, int]
    persons: dict[str, int]
    pregnancy: int
    benefit: int


def _person(services: Services, name: str, unit: int, birth: dt.date, seq: int, **fields) -> int:
    draft = PersonDraft(name=name, id_number=make_id("330102", birth, seq), unit_id=unit,
                        phone=f"1380000{seq:04d}", **fields)
    return services.persons.create(draft)


def _checkup(services: Services, person_id: int, day: dt.date) -> None:
    services.checkups.add(person_id, CheckupDraft(date=day, check_pregnancy=True, check_iud=True))


def build_sample(services: Services) -> ReminderSample:
    units = {"东街社区": services.units.add("东街社区"), "河西乡": services.units.add("河西乡")}
    east, west = units["东街社区"], units["河西乡"]
    married = {"marital_status": MARRIED, "marriage_date": dt.date(2015, 5, 1)}
    p = {
        "张秀英": _person(services, "张秀英", east, dt.date(1990, 3, 12), 12, **married),
        "李娜": _person(services, "李娜", west, dt.date(1992, 7, 1), 23, **married),
        "王芳": _person(services, "王芳", east, dt.date(1988, 1, 20), 34, **married),
        "陈静": _person(services, "陈静", west, dt.date(1993, 10, 5), 45, **married,
                      children=[ChildDraft(name="陈小宝", sex="M", birth_date=dt.date(2026, 10, 1))]),
        "赵丽": _person(services, "赵丽", east, dt.date(1980, 5, 5), 56, **married),
        "孙倩": _person(services, "孙倩", west, dt.date(1999, 9, 9), 67),
    }
    _checkup(services, p["张秀英"], dt.date(2025, 10, 1))
    _checkup(services, p["李娜"], dt.date(2025, 12, 5))
    _checkup(services, p["陈静"], dt.date(2026, 6, 1))
    _checkup(services, p["赵丽"], dt.date(2026, 9, 1))
    pregnancy = services.pregnancies.add(p["王芳"], PregnancyDraft(
        registered_on=dt.date(2026, 10, 1), lmp=dt.date(2026, 8, 1)))
    benefit = services.benefits.add(p["赵丽"], BenefitDraft(
        program=Program.ONE_CHILD_FEE.value, amount_fen=1000, cycle=Cycle.MONTH.value,
        start_date=dt.date(2026, 10, 1)))
    services.benefits.add_payment(benefit, PaymentDraft("2026-10", 1000, dt.date(2026, 10, 20)))
    return ReminderSample(services, units, p, pregnancy, benefit)
