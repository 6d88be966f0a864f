"""The 概况 cache: after any write the overview equals one computed from scratch, and a
check-up dated today (the usual write) recomputes nothing of the months before."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.enums import Cycle, Program
from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.domain.values.care import CheckupDraft
from desktop.services.demo.service import generate_demo
from desktop.services.indicators import overview as ov
from desktop.services.indicators import service as indicator_service
from desktop.services.safety.touches import TouchLog, earliest_day
from desktop.store.models import Person
from desktop.store.records import Benefit, Checkup
from tests.helpers import fresh_services

DEC_3 = dt.date(2026, 12, 3)
DEC_20 = dt.date(2026, 12, 20)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    services = fresh_services(tmp_path_factory.mktemp("overview"), today=DEC_3)
    generate_demo(services, 400, seed=5)
    with services.factory() as session:
        women = list(session.scalars(select(Person.id).where(Person.marital_status == "first_marriage")
                                     .limit(20)))
        enrolled = select(Benefit.person_id)
        single = session.scalars(select(Person.id).where(Person.id.not_in(enrolled))).first()
    benefit = services.benefits.add(single, BenefitDraft(
        program=Program.ONE_CHILD_FEE.value, cycle=Cycle.MONTH.value, amount_fen=1000,
        start_date=dt.date(2026, 1, 1)))
    yield services, women, benefit
    services.engine.dispose()


def fresh(services, day):
    return ov.build_overview(services.indicators, services.engine, day, None)


def check_up(services, woman, day):
    return services.checkups.add(woman, CheckupDraft(date=day, check_iud=True, place="服务站"))


UNPAID = iter(["2026-06", "2026-07"])  # one for each run of the writes
WRITES = {
    "check-up today": lambda s, w, b: check_up(s, w[0], DEC_3),
    "check-up in March": lambda s, w, b: check_up(s, w[1], dt.date(2026, 3, 10)),
    "payment for an earlier month paid today": lambda s, w, b: s.benefits.add_payment(
        b, PaymentDraft(next(UNPAID), 1000, DEC_3)),
    "her phone": lambda s, w, b: _phone(s, w[2]),
    "a check-up deleted": lambda s, w, b: _delete_checkup(s, w[3]),
    "moved away last month": lambda s, w, b: _move_away(s, w),
}


def _move_away(services, women):
    woman = women[4] if services.persons.get(women[4]).status == "active" else women[7]
    services.life_events.add(woman, "moved_away", dt.date(2026, 11, 15))


def _phone(services, woman):
    draft = services.persons.get(woman).draft
    draft.phone = "13912345678"
    services.persons.update(woman, draft)


def _delete_checkup(services, woman):
    with services.factory() as session:
        row = session.scalars(select(Checkup.id).where(Checkup.person_id == woman,
                                                       Checkup.deleted_at.is_(None))).first()
    if row is not None:
        services.checkups.delete("checkup", row, woman)


@pytest.mark.parametrize("day", [DEC_3, DEC_20])
def test_after_every_kind_of_write_it_equals_a_fresh_computation(ledger, day):
    services, women, benefit = ledger
    assert services.indicators.overview(day) == fresh(services, day)
    for name, write in WRITES.items():
        write(services, women, benefit)
        assert services.indicators.overview(day) == fresh(services, day), name


def test_a_check_up_today_recomputes_none_of_the_months_before(ledger, monkeypatch):
    services, women, _benefit = ledger
    services.indicators.overview(DEC_3)  # everything kept
    computed, covered = [], []
    real_month, real_coverage = services.indicators.office_month, ov.coverage_by_month

    def office_month(period, kept=None):  # which month, and whose flags are read again
        computed.append((period.start, None if kept is None else set(kept.touched)))
        return real_month(period, kept)

    monkeypatch.setattr(services.indicators, "office_month", office_month)
    monkeypatch.setattr(ov, "coverage_by_month",
                        lambda conn, months, i: covered.extend(months) or real_coverage(conn, months, i))
    check_up(services, women[5], DEC_3)
    services.indicators.overview(DEC_3)  # 3 December: the report month is November
    assert computed == [] and covered == []
    check_up(services, women[6], dt.date(2026, 10, 20))  # back-dated: October on
    kept = services.indicators.overview(DEC_3)
    assert computed == [(dt.date(2026, 11, 1), {women[6]})]  # November: her flags only
    assert [p.start for p in covered] == [dt.date(2026, 10, 1), dt.date(2026, 11, 1)]
    assert kept == fresh(services, DEC_3)


def test_later_in_the_month_a_check_up_today_reads_her_flags_only(ledger, monkeypatch):
    services, women, _benefit = ledger
    services.indicators.overview(DEC_20)  # December is reported: its flags kept per woman
    computed = []
    real_month = services.indicators.office_month

    def office_month(period, kept=None):
        computed.append((period.start, None if kept is None else set(kept.touched)))
        return real_month(period, kept)

    monkeypatch.setattr(services.indicators, "office_month", office_month)
    counted = []
    real_events = indicator_service.event_counts
    monkeypatch.setattr(indicator_service, "event_counts",
                        lambda *a: counted.append(a[1]) or real_events(*a))
    check_up(services, women[8], DEC_3)  # in December, the month reported on the 20th
    kept = services.indicators.overview(DEC_20)
    assert computed == [(dt.date(2026, 12, 1), {women[8]})]
    assert counted == []  # a check-up changes no birth, payment or entry: not counted again
    assert kept == fresh(services, DEC_20)
    services.units.add("新社区")  # not one woman's: the whole month is read again
    assert services.indicators.overview(DEC_20) == fresh(services, DEC_20)
    assert computed[1:] == [(dt.date(2026, 12, 1), None)]


def test_touches():
    log = TouchLog()
    log.note(1, "checkup", "create", "date", None, dt.date(2026, 12, 3))
    log.note(2, "payment", "create", "period", None, "2026-06")
    assert log.since(0, 1) == (dt.date(2026, 12, 3), frozenset({"checkup"}))
    assert log.since(0, 2)[0] == dt.date(2026, 6, 1)
    assert log.since(0, 3) == (None, frozenset({"*"}))  # a write that left no touch
    log.note(3, "export", "create", "file", None, "x.pdf")
    assert log.since(2, 3) == (dt.date.max, frozenset({"export"}))  # changes no figure
    log.note(4, "checkup", "delete", "", None, None)
    assert log.since(3, 4)[0] is None
    assert earliest_day("period", "2026") == dt.date(2026, 1, 1)


def test_touches_name_the_women_written_to():
    log = TouchLog()
    log.note(1, "checkup", "create", "date", None, dt.date(2026, 12, 3), person_id=7)
    log.note(2, "export", "create", "file", None, "x.pdf")  # changes no figure
    log.note(3, "person", "update", "phone", "1", "2", person_id=9)
    assert log.persons(0, 3) == frozenset({7, 9})
    assert log.persons(3, 3) == frozenset()
    log.note(4, "unit", "update", "name", "a", "b")  # not one woman's
    assert log.persons(0, 4) is None
    assert log.persons(4, 5) is None  # a write that left no touch
