"""数据核查: one fixture per contradiction, with the near misses that must not be reported."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from desktop.domain.enums import EventKind, Method, Outcome, Sex
from desktop.domain.values import data_checks as t
from desktop.store.db import transaction
from desktop.store.models import Child, Person
from desktop.store.records import Benefit, Checkup, Contraception, Payment, Pregnancy
from tests.helpers import TODAY, draft, make_id, man_id

D = dt.date
DAY = dt.timedelta(days=1)
STAMP = dt.datetime(2026, 11, 1, 9, 0)
BIRTH = D(1990, 3, 12)


@pytest.fixture
def ledger(tmp_path):
    from tests.helpers import fresh_services

    services = fresh_services(tmp_path)
    services.unit_id = services.units.add("东街社区")
    yield services
    services.engine.dispose()


def woman(services, name="张秀英", birth=BIRTH, seq=2, **fields) -> int:
    return services.persons.create(draft(name, birth, services.unit_id, seq, **fields))


def insert(services, model, **values) -> int:
    """A row written straight into its table (the contradiction a service would refuse)."""
    for stamp in ("created_at", "updated_at"):
        if stamp in model.model_fields:
            values.setdefault(stamp, STAMP)
    with transaction(services.factory) as session:
        row = model(**values)
        session.add(row)
        session.flush()
        return row.id


def pregnancy(services, person_id, lmp, outcome=None, outcome_date=None, registered=None) -> int:
    return insert(services, Pregnancy, person_id=person_id, lmp=lmp,
                  registered_on=registered or lmp + dt.timedelta(days=50),
                  outcome=outcome, outcome_date=outcome_date)


def child(services, person_id, birth, pregnancy_id=None, sex="F", id_number="", name="小宝") -> int:
    return insert(services, Child, person_id=person_id, name=name, sex=sex, birth_date=birth,
                  pregnancy_id=pregnancy_id, id_number=id_number)


def found(services, check) -> set[tuple[str, int]]:
    findings = services.data_checks.findings(check)
    assert services.data_checks.count(check) == len(findings)
    return {(f.entity, f.record_id) for f in findings}


def to_bin(services, model, row_id) -> None:
    with transaction(services.factory) as session:
        session.execute(update(model).where(model.id == row_id).values(deleted_at=STAMP))


# -- a child without a pregnancy record --------------------------------------------------
def test_child_without_pregnancy(ledger):
    her = woman(ledger, arrival_date=D(2023, 1, 1), category="inflow")
    first = pregnancy(ledger, her, D(2023, 5, 1), Outcome.LIVE_BIRTH, D(2024, 2, 1))
    linked = child(ledger, her, D(2024, 2, 1), first)
    bare = child(ledger, her, D(2026, 3, 1))
    near = child(ledger, her, D(2025, 6, 1))
    pregnancy(ledger, her, D(2024, 8, 20), Outcome.LIVE_BIRTH, D(2025, 6, 1))  # not linked
    before_records = child(ledger, her, D(2023, 6, 1))  # before the first recorded outcome
    assert found(ledger, t.CHILD_WITHOUT_PREGNANCY) == {("child", bare)}
    assert linked and near and before_records

    late = pregnancy(ledger, her, D(2025, 5, 25), Outcome.LIVE_BIRTH, D(2026, 3, 1))
    assert found(ledger, t.CHILD_WITHOUT_PREGNANCY) == set()
    to_bin(ledger, Pregnancy, late)  # a pregnancy in the recycle bin covers nothing
    assert found(ledger, t.CHILD_WITHOUT_PREGNANCY) == {("child", bare)}
    to_bin(ledger, Child, bare)
    assert found(ledger, t.CHILD_WITHOUT_PREGNANCY) == set()


def test_child_born_before_she_came_is_not_reported(ledger):
    her = woman(ledger, category="inflow", arrival_date=D(2025, 1, 1))
    pregnancy(ledger, woman(ledger, "李娜", D(1992, 1, 1), 4), D(2022, 1, 1),
              Outcome.MISCARRIAGE, D(2022, 3, 1))
    child(ledger, her, D(2024, 12, 31))
    after = child(ledger, her, D(2025, 1, 1))
    finding = ledger.data_checks.findings(t.CHILD_WITHOUT_PREGNANCY)
    assert [(f.entity, f.record_id, f.tab, f.date) for f in finding] == [
        ("child", after, "children", D(2025, 1, 1))]


def test_no_child_is_reported_before_any_outcome_is_recorded(ledger):
    her = woman(ledger)
    child(ledger, her, D(2025, 1, 1))
    pregnancy(ledger, her, D(2026, 8, 1))  # open: no outcome yet
    assert found(ledger, t.CHILD_WITHOUT_PREGNANCY) == set()


# -- a pregnancy without an outcome after 43 weeks --------------------------------------------
def test_pregnancy_without_outcome_after_43_weeks(ledger):
    her, other, third = woman(ledger), woman(ledger, "李娜", D(1992, 1, 1), 4), \
        woman(ledger, "王芳", D(1993, 1, 1), 6)
    overdue = pregnancy(ledger, her, TODAY - dt.timedelta(days=301))
    pregnancy(ledger, other, TODAY - dt.timedelta(days=300))  # 42 weeks 6 days: not yet
    pregnancy(ledger, third, D(2025, 1, 1), Outcome.TERMINATION, D(2025, 3, 1))
    findings = ledger.data_checks.findings(t.PREGNANCY_WITHOUT_OUTCOME)
    assert [(f.record_id, f.tab, f.params["weeks"]) for f in findings] == [
        (overdue, "pregnancies", 43)]
    to_bin(ledger, Pregnancy, overdue)
    assert found(ledger, t.PREGNANCY_WITHOUT_OUTCOME) == set()


# -- contraception open during a pregnancy --------------------------------------------------------
def contraception(services, person_id, start, end=None, method=Method.IUD) -> int:
    return insert(services, Contraception, person_id=person_id, method=method.value,
                  start_date=start, end_date=end)


def test_contraception_open_during_a_pregnancy(ledger):
    her = woman(ledger)
    pregnancy(ledger, her, D(2024, 1, 10), Outcome.LIVE_BIRTH, D(2024, 10, 15))
    contraception(ledger, her, D(2020, 1, 1), D(2024, 1, 10))  # ends on the LMP: fine
    iud = contraception(ledger, her, D(2024, 10, 15), D(2025, 6, 1))  # from the birth day
    pill = contraception(ledger, her, D(2025, 6, 1), D(2025, 9, 1), Method.PILL)
    pregnancy(ledger, her, D(2025, 8, 20))  # open, the pill still taken after the LMP
    contraception(ledger, her, D(2025, 9, 1), None, Method.NONE)  # "none" is never a finding
    findings = ledger.data_checks.findings(t.CONTRACEPTION_IN_PREGNANCY)
    assert [(f.record_id, f.tab, f.date, f.params["method"]) for f in findings] == [
        (pill, "contraception", D(2025, 8, 20), Method.PILL)]
    assert iud

    to_bin(ledger, Contraception, pill)
    assert found(ledger, t.CONTRACEPTION_IN_PREGNANCY) == set()
    later = contraception(ledger, her, D(2026, 1, 5), None, Method.CONDOM)  # started while pregnant
    assert found(ledger, t.CONTRACEPTION_IN_PREGNANCY) == {("contraception", later)}


# -- a check-up saying pregnant with no pregnancy registered -------------------------------------------
def checkup(services, person_id, day, pregnant=True) -> int:
    return insert(services, Checkup, person_id=person_id, date=day, check_pregnancy=True,
                  pregnant=pregnant)


def test_pregnant_checkup_without_a_registered_pregnancy(ledger):
    her = woman(ledger)
    alone = checkup(ledger, her, D(2023, 5, 1))
    checkup(ledger, her, D(2023, 6, 1), pregnant=False)
    pregnancy(ledger, her, D(2024, 1, 1), Outcome.LIVE_BIRTH, D(2024, 10, 1))
    checkup(ledger, her, D(2024, 4, 1))  # inside that pregnancy
    late = checkup(ledger, her, D(2024, 11, 5))  # LMP 309 days before: outside the window
    before_lmp = checkup(ledger, her, D(2023, 12, 20))
    findings = ledger.data_checks.findings(t.PREGNANT_UNREGISTERED)
    assert [f.record_id for f in findings] == [late, before_lmp, alone]  # newest first
    assert {f.tab for f in findings} == {"checkups"}


def test_an_overdue_open_pregnancy_still_covers_its_checkups(ledger):
    her = woman(ledger)
    pregnancy(ledger, her, D(2025, 10, 1))
    checkup(ledger, her, D(2026, 11, 1))  # 13 months after the LMP: the overdue check says so
    assert found(ledger, t.PREGNANT_UNREGISTERED) == set()
    assert len(found(ledger, t.PREGNANCY_WITHOUT_OUTCOME)) == 1


# -- a payment after moving away or death -----------------------------------------------------------------
def enrol(services, person_id) -> int:
    return insert(services, Benefit, person_id=person_id, program="one_child_fee",
                  amount_fen=1000, cycle="month", start_date=D(2020, 1, 1))


def pay(services, benefit_id, paid_on, period="2025-01") -> int:
    return insert(services, Payment, benefit_id=benefit_id, period=period, amount_fen=1000,
                  paid_on=paid_on)


def test_payment_after_moving_away(ledger):
    her = woman(ledger)
    fee = enrol(ledger, her)
    pay(ledger, fee, D(2025, 3, 1), "2025-02")
    ledger.life_events.add(her, EventKind.MOVED_AWAY.value, D(2025, 3, 1), "西安")
    pay(ledger, fee, D(2025, 3, 1), "2025-03")  # the same day: still hers
    away = pay(ledger, fee, D(2025, 4, 10), "2025-04")
    ledger.life_events.add(her, EventKind.RETURNED.value, D(2025, 6, 1))
    pay(ledger, fee, D(2025, 7, 1), "2025-06")
    findings = ledger.data_checks.findings(t.PAYMENT_AFTER_LEAVING)
    assert [(f.entity, f.record_id, f.select_id, f.tab) for f in findings] == [
        ("payment", away, fee, "benefits")]
    assert findings[0].params == {"paid": "2025-04-10", "period": "2025-04", "left": "2025-03-01"}
    assert "moved away" in findings[0].text


def test_payment_after_death(ledger):
    her = woman(ledger)
    fee = enrol(ledger, her)
    ledger.life_events.add(her, EventKind.DECEASED.value, D(2026, 1, 5))
    after = pay(ledger, fee, D(2026, 2, 1), "2026-01")
    findings = ledger.data_checks.findings(t.PAYMENT_AFTER_LEAVING)
    assert [f.record_id for f in findings] == [after]
    assert "death" in findings[0].text and findings[0].params["left"] == "2026-01-05"
    to_bin(ledger, Payment, after)
    assert found(ledger, t.PAYMENT_AFTER_LEAVING) == set()


def test_payment_after_a_status_without_events(ledger):
    """Records of the foundation carry a status but no life events."""
    her = woman(ledger)
    with transaction(ledger.factory) as session:
        session.execute(update(Person).where(Person.id == her)
                        .values(status="moved", status_date=D(2025, 5, 1)))
    fee = enrol(ledger, her)
    pay(ledger, fee, D(2025, 4, 1), "2025-03")
    after = pay(ledger, fee, D(2025, 6, 1), "2025-05")
    assert found(ledger, t.PAYMENT_AFTER_LEAVING) == {("payment", after)}


# -- an ID number that disagrees with the record ---------------------------------------------------------
def test_id_number_disagrees_with_the_record(ledger):
    birth = D(1990, 3, 12)
    good = woman(ledger, birth=birth)
    shifted = woman(ledger, "李娜", D(1991, 5, 5), 4)
    manly = woman(ledger, "王芳", D(1992, 6, 6), 6)
    with transaction(ledger.factory) as session:
        session.execute(update(Person).where(Person.id == shifted).values(birth_date=D(1991, 5, 6)))
        session.execute(update(Person).where(Person.id == manly)
                        .values(id_number=man_id(D(1992, 6, 6), 7)))
    kid_birth = D(2020, 2, 2)
    fine = child(ledger, good, kid_birth, sex="M", id_number=make_id("330102", kid_birth, 3, female=False))
    wrong_sex = child(ledger, good, kid_birth, sex="M", id_number=make_id("330102", kid_birth, 5))
    wrong_day = child(ledger, good, kid_birth, sex="F", id_number=make_id("330102", kid_birth + DAY, 7))
    child(ledger, good, kid_birth, sex="F")  # no ID number: nothing to compare
    findings = {(f.entity, f.record_id): f for f in ledger.data_checks.findings(t.ID_MISMATCH)}
    assert set(findings) == {("person", shifted), ("person", manly), ("child", wrong_sex),
                             ("child", wrong_day)}
    assert fine
    assert findings[("person", shifted)].params == {"id_birth": "1991-05-05", "birth": "1991-05-06"}
    assert findings[("person", shifted)].tab is None
    assert "a man's" in findings[("person", manly)].text
    assert findings[("child", wrong_sex)].params["id_sex"] is Sex.FEMALE
    assert findings[("child", wrong_sex)].tab == "children"
    assert findings[("child", wrong_day)].params["id_birth"] == "2020-02-03"


def test_a_15_digit_id_is_read_too(ledger):
    her = woman(ledger, birth=D(1970, 1, 2))
    with transaction(ledger.factory) as session:
        session.execute(update(Person).where(Person.id == her)
                        .values(id_number="330102700103022"))  # 1970-01-03, even: a woman
    findings = ledger.data_checks.findings(t.ID_MISMATCH)
    assert [(f.record_id, f.params["id_birth"]) for f in findings] == [(her, "1970-01-03")]


# -- two persons with the same name and birth date ---------------------------------------------------------
def test_same_name_and_birth_date(ledger):
    first = woman(ledger, "张秀英", D(1990, 3, 12), 2)
    second = woman(ledger, "张秀英", D(1990, 3, 12), 4)
    woman(ledger, "张秀英", D(1990, 3, 13), 6)
    woman(ledger, "张秀", D(1990, 3, 12), 8)
    findings = ledger.data_checks.findings(t.DUPLICATE_PERSON)
    assert [f.record_id for f in findings] == [first, second]
    assert findings[0].params == {"copies": 2, "name": "张秀英", "birth": "1990-03-12"}
    assert findings[0].id_number.count("*") == 8  # masked
    ledger.persons.delete(second)
    assert found(ledger, t.DUPLICATE_PERSON) == set()


# -- the whole run ---------------------------------------------------------------------------------------------
def test_run_counts_everything_and_limits_the_list(ledger):
    for seq in range(2, 14, 2):
        woman(ledger, "张秀英", D(1990, 3, 12), seq)
    report = ledger.data_checks.run(limit=4)
    assert [r.check for r in report.results] == list(t.CHECKS)
    assert report.result(t.DUPLICATE_PERSON).count == 6
    assert len(report.result(t.DUPLICATE_PERSON).findings) == 4
    assert report.total == 6


def test_run_reports_progress_and_stops_when_asked(ledger):
    seen = []
    report = ledger.data_checks.run(progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, len(t.CHECKS)) and seen[-1] == (len(t.CHECKS), len(t.CHECKS))
    stopped = ledger.data_checks.run(should_stop=lambda: True)
    assert stopped.results == [] and len(report.results) == len(t.CHECKS)


def test_every_text_formats_with_its_params(ledger):
    her = woman(ledger)
    pregnancy(ledger, her, D(2025, 1, 1))
    contraception(ledger, her, D(2020, 1, 1))
    checkup(ledger, her, D(2023, 1, 1))
    with transaction(ledger.factory) as session:
        session.execute(update(Person).where(Person.id == her).values(birth_date=D(1990, 3, 13)))
    report = ledger.data_checks.run()
    texts = [f.text.format(**f.params) for r in report.results for f in r.findings]
    assert len(texts) == 4 and not any("{" in text for text in texts)
