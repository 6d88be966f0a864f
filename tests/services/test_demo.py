"""Demo data: every record kind, valid under the services' rules, and clean for the data
checks except the documented deliberate contradictions."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import pytest
from sqlalchemy import inspect, select

from desktop.domain import periods
from desktop.domain.dates import add_years
from desktop.domain.enums import EventKind, Outcome, RecordStatus
from desktop.domain.life_events import replay
from desktop.domain.pregnancy import check_pregnancy
from desktop.domain.search import pinyin_keys
from desktop.domain.values import data_checks as checks
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.services.demo import flaws as flaws
from desktop.services.demo import names as demo_names
from desktop.services.demo.people import name_keys
from desktop.services.demo.service import generate_demo
from desktop.store.models import ChangeLog, Child, Person
from desktop.store.records import (
    Benefit,
    Checkup,
    Contraception,
    LifeEvent,
    Payment,
    Pregnancy,
    PregnancyFollowup,
    Service,
)
from tests.helpers import TODAY, fresh_services

WOMEN = 600
KINDS = (Person, Child, Pregnancy, PregnancyFollowup, Contraception, Checkup, Service, Benefit,
         Payment, LifeEvent)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    services = fresh_services(tmp_path_factory.mktemp("demo"))
    result = generate_demo(services, WOMEN, seed=11)
    with services.factory() as session:
        rows = {model: session.execute(select(model)).scalars().all() for model in KINDS}
    yield services, result, rows
    services.engine.dispose()


def by_person(rows):
    out = defaultdict(list)
    for row in rows:
        out[row.person_id].append(row)
    return out


def test_every_record_kind_is_filled(demo):
    services, result, rows = demo
    names = {PregnancyFollowup: "followup"}
    assert {names.get(m, m.__tablename__): len(rows[m]) for m in KINDS} == result.rows
    assert all(rows[model] for model in KINDS), {m.__tablename__: len(rows[m]) for m in KINDS}
    outcomes = {p.outcome for p in rows[Pregnancy]}
    assert {None, Outcome.LIVE_BIRTH.value} <= outcomes and len(outcomes) >= 3
    assert {e.kind for e in rows[LifeEvent]} >= {EventKind.MOVED_AWAY.value, EventKind.DECEASED.value}
    assert {c.source for c in rows[Checkup]} == {"station", "hospital", "certificate"}
    assert len(rows[Checkup]) > 4 * WOMEN  # about ten a woman over the years on record
    with services.factory() as session:
        demo_rows = session.execute(select(ChangeLog).where(ChangeLog.entity == "demo")).scalars().all()
    assert len(demo_rows) == 1 and demo_rows[0].new_value == str(WOMEN)


def test_no_date_is_in_the_future(demo):
    _services, _result, rows = demo
    for model, found in rows.items():
        dates = [c.key for c in inspect(model).columns if c.type.python_type is dt.date]
        late = [(model.__tablename__, name) for row in found for name in dates
                if getattr(row, name) is not None and getattr(row, name) > TODAY]
        assert late == [], late[:5]


def test_pregnancies_follow_the_services_rules(demo):
    _services, _result, rows = demo
    births = {p.id: p.birth_date for p in rows[Person]}
    for p in rows[Pregnancy]:
        check_pregnancy(PregnancyDraft(p.registered_on, p.lmp, p.outcome, p.outcome_date),
                        births[p.person_id], TODAY)
        assert p.registered_on <= (p.outcome_date or TODAY)
    open_ones = defaultdict(int)
    for p in rows[Pregnancy]:
        open_ones[p.person_id] += p.outcome is None
    assert max(open_ones.values()) == 1
    spans = {p.id: (p.registered_on, p.outcome_date or TODAY) for p in rows[Pregnancy]}
    assert all(spans[f.pregnancy_id][0] <= f.date <= spans[f.pregnancy_id][1]
               for f in rows[PregnancyFollowup])


def test_recent_children_are_linked_to_their_pregnancy(demo):
    _services, result, rows = demo
    women = {p.id: p for p in rows[Person]}
    pregnancies = {p.id: p for p in rows[Pregnancy]}
    recent = add_years(TODAY, -3)
    unlinked = []
    for child in rows[Child]:
        mother = women[child.person_id]
        since = max(mother.registered_on or dt.date.min, mother.arrival_date or dt.date.min)
        if child.pregnancy_id is not None:
            linked = pregnancies[child.pregnancy_id]
            assert (linked.outcome, linked.outcome_date) == (Outcome.LIVE_BIRTH.value, child.birth_date)
        elif child.birth_date >= max(recent, since):
            unlinked.append(child.id)
        assert child.birth_date > add_years(mother.birth_date, 12)
    assert len(unlinked) == result.flaws.get(flaws.NO_PREGNANCY, 0) == 1


def test_contraception_periods_do_not_overlap_and_the_latest_is_open(demo):
    _services, _result, rows = demo
    women = {p.id: p for p in rows[Person]}
    open_now = 0
    for person_id, periods_ in by_person(rows[Contraception]).items():
        periods_.sort(key=lambda c: c.start_date)
        for earlier, later in zip(periods_, periods_[1:], strict=False):
            assert earlier.end_date is not None and earlier.end_date <= later.start_date
        assert all(c.end_date is None or c.end_date >= c.start_date for c in periods_)
        if periods_[-1].end_date is None:
            assert women[person_id].status != RecordStatus.DECEASED.value
            open_now += 1
    # Not open: she is pregnant now, gave birth a few months ago, moved away or died.
    married = [p for p in rows[Person] if p.marriage_date is not None and p.status == "active"]
    assert open_now > 0.85 * len(married)
    methods = {c.method for c in rows[Contraception]}
    assert {"iud", "tubal_ligation", "condom", "none"} <= methods


def test_checkups_services_and_payments_are_valid(demo):
    _services, _result, rows = demo
    for c in rows[Checkup]:
        assert c.check_pregnancy or c.check_iud or c.check_disease
        assert not c.pregnant or c.check_pregnancy
        assert (c.result == "abnormal") == bool(c.note)
    assert {s.type for s in rows[Service]} >= {"supplies", "consultation", "followup", "education"}
    enrolments = {b.id: b for b in rows[Benefit]}
    seen = set()
    for pay in rows[Payment]:
        b = enrolments[pay.benefit_id]
        assert periods.is_valid_key(pay.period, b.cycle)
        assert periods.overlaps(pay.period, b.cycle, b.start_date, b.end_date)
        assert periods.first_day(pay.period, b.cycle) <= TODAY and pay.amount_fen == b.amount_fen
        assert (b.id, pay.period) not in seen
        seen.add((b.id, pay.period))


def test_status_follows_the_life_events(demo):
    _services, _result, rows = demo
    events = by_person(rows[LifeEvent])
    for person in rows[Person]:
        mine = sorted(events.get(person.id, []), key=lambda e: e.date)
        status, since = replay([(EventKind(e.kind), e.date) for e in mine])
        assert (person.status, person.status_date) == (status.value, since)


def test_the_data_checks_find_only_the_deliberate_contradictions(demo):
    services, result, _rows = demo
    assert result.flaws == dict.fromkeys(flaws.KINDS, 1)
    report = services.data_checks.run()
    counts = {r.check: r.count for r in report.results}
    assert counts == {checks.CHILD_WITHOUT_PREGNANCY: 1, checks.PREGNANCY_WITHOUT_OUTCOME: 1,
                      checks.CONTRACEPTION_IN_PREGNANCY: 1, checks.PREGNANT_UNREGISTERED: 1,
                      checks.PAYMENT_AFTER_LEAVING: 1, checks.ID_MISMATCH: 1,
                      checks.DUPLICATE_PERSON: 2}


def test_small_demos_have_no_deliberate_contradictions(tmp_path):
    services = fresh_services(tmp_path)
    result = generate_demo(services, 50, seed=3)
    assert result.flaws == {} and services.data_checks.run().total == 0
    services.engine.dispose()


def test_a_demo_ledger_is_set_up_with_a_demo_office(tmp_path):
    services = fresh_services(tmp_path)
    assert not services.settings.setup_done
    generate_demo(services, 5, seed=3)
    assert services.settings.setup_done  # it opens on the reminders, not the first-run dialog
    assert services.settings.get("office_name") == "示范街道办事处"
    services.engine.dispose()


def test_a_demo_keeps_the_office_the_clerk_named(tmp_path):
    services = fresh_services(tmp_path)
    services.settings.set_many({"office_name": "城关镇", "setup_done": "1"})
    generate_demo(services, 5, seed=3)
    assert services.settings.get("office_name") == "城关镇"
    services.engine.dispose()


def test_demo_name_keys_are_the_search_keys():
    rng = random.Random(5)
    for _ in range(500):
        given = "".join(rng.choice(demo_names.FEMALE_CHARS) for _ in range(rng.randint(1, 2)))
        name = rng.choice(demo_names.SURNAMES) + given
        assert name_keys(name) == pinyin_keys(name), name
