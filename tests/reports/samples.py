"""Values the document tests print, built by hand (no database needed)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.values.documents import (
    CardCheckup,
    CardChild,
    CardContraception,
    CardPregnancy,
    PersonCard,
)
from desktop.domain.values.indicators import (
    BalanceBreaker,
    Figures,
    Period,
    PeriodKind,
    Rate,
    RateKey,
    UnitFigures,
)
from desktop.domain.values.people import PersonRow
from desktop.domain.values.registers import Register, RegisterRow
from desktop.domain.values.reminders import Reminder, ReminderKind
from tests.helpers import TODAY, woman_id

OFFICE = "城关镇"
FULL_ID = woman_id(dt.date(1990, 5, 17), 3)
MASKED_ID = FULL_ID[:6] + "********" + FULL_ID[-4:]


def rates(**overrides: Rate) -> dict[RateKey, Rate]:
    base = {
        RateKey.CHECKUP_COVERAGE: Rate(45, 60),
        RateKey.CONTRACEPTIVE_PREVALENCE: Rate(800, 912),
        RateKey.BIRTH_REPORT_TIMELINESS: Rate(5, 6),
        RateKey.EARLY_PREGNANCY_REGISTRATION: Rate(0, 0),
        RateKey.BENEFIT_PAYMENT_RATE: Rate(30, 32),
        RateKey.SEX_RATIO: Rate(4, 2),
        RateKey.DATA_COMPLETENESS: Rate(1187, 1203),
    }
    base.update({RateKey(k): v for k, v in overrides.items()})
    return base


def figures(*, balanced: bool = True, kind: PeriodKind = PeriodKind.MONTH,
            units: int = 3) -> Figures:
    if kind == PeriodKind.STAT_YEAR:
        period = Period(kind, dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    else:
        period = Period(kind, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    breakers = [] if balanced else [
        BalanceBreaker(7, "王秀英", FULL_ID, "Moved away without a date"),
        BalanceBreaker(9, "李红梅", woman_id(dt.date(1988, 2, 29), 4), "Registered after the period"),
    ]
    unit_rows = [
        UnitFigures(10 + i, f"第{i + 1}村民委员会", 400 + i, 401 + i, 300 + i, 2,
                    {RateKey.CHECKUP_COVERAGE: Rate(15, 20), RateKey.DATA_COMPLETENESS: Rate(0, 0)})
        for i in range(units)
    ]
    return Figures(
        office_name=OFFICE, unit_id=None, unit_name="全镇", period=period,
        wra_start=1203, wra_end=1207 if balanced else 1209, entries=9, exits=5,
        married_wra_end=912, inflow_wra_end=41, outflow_wra_end=37, births=6, births_boys=4,
        births_girls=2, births_order={"1": 3, "2": 2, "3+": 1}, pregnancies_registered=7,
        deaths=1, payments_count=32, payments_amount_fen=1_234_550, rates=rates(),
        units=unit_rows, balance_breakers=breakers,
    )


def person_rows(count: int) -> list[PersonRow]:
    return [PersonRow(i + 1, f"张{'秀红梅兰'[i % 4]}{i}", woman_id(dt.date(1980 + i % 20, 3, 9), i % 100),
                      dt.date(1980 + i % 20, 3, 9), "东门村", "resident", "first_marriage", 1,
                      "active", f"1380000{i:04d}") for i in range(count)]


def checkup_rows(count: int) -> list[RegisterRow]:
    return [RegisterRow(i, i, "checkups", (
        f"刘{i}", FULL_ID, "东门村", dt.date(2026, 10, 1 + i % 31),
        ("pregnancy", "iud"), "normal", "备注" * (i % 3), "station", "镇服务站"))
        for i in range(count)]


def card(checkups: int = 3) -> PersonCard:
    return PersonCard(
        office_name=OFFICE, printed_on=TODAY, person_id=7, name="王秀英", id_number=FULL_ID,
        birth_date=dt.date(1990, 5, 17), age=36, ethnicity="汉族", phone="13800001111",
        household_address="浙江省杭州市上城区东门村12号", current_address="城关镇东门村12号",
        unit_name="东门村", category="resident", registered_on=dt.date(2010, 1, 5),
        origin="", arrival_date=None, employer="城关镇纺织厂", marital_status="first_marriage",
        marriage_date=dt.date(2012, 10, 1), spouse_name="李建国",
        spouse_id_number="330102198801011237", spouse_work_unit="城关镇农机站",
        spouse_phone="13900002222", checkup_group="key", one_child_cert_no="",
        one_child_cert_date=None, notes="", status="active", status_date=None,
        children=(CardChild("李小明", "M", dt.date(2014, 3, 2), 1, "", dt.date(2014, 3, 20),
                            dt.date(2014, 3, 25)),),
        contraception=(CardContraception("iud", dt.date(2014, 9, 1), None, "镇服务站"),),
        checkups=tuple(CardCheckup(dt.date(2026, 10, 1) - dt.timedelta(days=90 * i),
                                   ("pregnancy", "iud", "disease"), "normal", "station",
                                   "镇服务站", "") for i in range(checkups)),
        pregnancies=(CardPregnancy(dt.date(2013, 7, 1), dt.date(2013, 5, 27),
                                   dt.date(2014, 3, 3), "live_birth", dt.date(2014, 3, 2), 4),),
    )


def reminders(count: int = 7) -> list[Reminder]:
    kinds = list(ReminderKind)
    out = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        due = TODAY + dt.timedelta(days=10 - 5 * i)
        out.append(Reminder(kind, i + 1, f"赵{'甲乙丙丁戊己庚辛'[i % 8]}", FULL_ID, 10, "东门村",
                            "13800001111", due, (TODAY - due).days,
                            period="2026-11" if kind == ReminderKind.PAYMENT else ""))
    return out


REGISTER = Register.CHECKUPS
