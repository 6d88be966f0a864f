"""Her timeline: every dated record in date order, with the tab that edits it."""

import datetime as dt

from desktop.domain.values.people import ChildDraft
from desktop.domain.values.pregnancy import BabyDraft, PregnancyDraft
from desktop.services.people.timeline import yuan
from desktop.store.db import transaction
from desktop.store.records import Benefit, Checkup, Contraception, Payment, Service
from tests.helpers import draft, fresh_services

D = dt.date
STAMP = dt.datetime(2026, 1, 1, 8, 0)


def test_timeline_in_date_order(tmp_path):
    svc = fresh_services(tmp_path)
    unit = svc.units.add("城关镇")
    her = svc.persons.create(draft(
        "张秀英", D(1990, 3, 7), unit, registered_on=D(2010, 1, 5), marital_status="first_marriage",
        marriage_date=D(2012, 5, 1), spouse_name="李强",
        children=[ChildDraft(name="大宝", sex="F", birth_date=D(2014, 2, 2))]))
    other = svc.persons.create(draft("李娜", D(1992, 1, 1), unit, seq=4))
    pid = svc.pregnancies.add(her, PregnancyDraft(D(2025, 3, 1), D(2025, 1, 20)))
    svc.pregnancies.add_followup(pid, D(2025, 4, 1), "正常")
    [baby] = svc.pregnancies.record_outcome(pid, "live_birth", D(2025, 10, 27), [BabyDraft("二宝", "M")])
    svc.life_events.set_child_death(baby, D(2025, 11, 2))
    with transaction(svc.factory) as s:
        s.add(Contraception(person_id=her, method="iud", start_date=D(2015, 3, 1),
                            end_date=D(2024, 12, 1), place="服务站", created_at=STAMP, updated_at=STAMP))
        s.add(Checkup(person_id=her, date=D(2016, 4, 4), check_iud=True, result="normal",
                      created_at=STAMP, updated_at=STAMP))
        s.add(Service(person_id=her, date=D(2016, 4, 4), type="consultation", note="咨询",
                      created_at=STAMP, updated_at=STAMP))
        s.add(Service(person_id=other, date=D(2016, 4, 4), type="referral", created_at=STAMP,
                      updated_at=STAMP))
        s.add(Service(person_id=her, date=D(2017, 1, 1), type="other", created_at=STAMP,
                      updated_at=STAMP, deleted_at=STAMP))  # in the recycle bin
        benefit = Benefit(person_id=her, program="one_child_fee", amount_fen=1000, cycle="year",
                          start_date=D(2015, 1, 1), created_at=STAMP, updated_at=STAMP)
        s.add(benefit)
        s.flush()
        s.add(Payment(benefit_id=benefit.id, period="2016", amount_fen=12050, paid_on=D(2016, 12, 20),
                      created_at=STAMP))
    svc.life_events.add(her, "moved_away", D(2026, 3, 1), "深圳")

    got = [(e.date, e.label, e.code, e.text, e.tab) for e in svc.timeline.for_person(her)]
    assert got == [
        (D(2010, 1, 5), "Registered", None, "", None),
        (D(2012, 5, 1), "Married", None, "李强", None),
        (D(2014, 2, 2), "Child born", "F", "大宝", "children"),
        (D(2015, 3, 1), "Contraception started", "iud", "服务站", "contraception"),
        (D(2016, 4, 4), "Check-up", "normal", "", "checkups"),
        (D(2016, 4, 4), "Service", "consultation", "咨询", "services"),
        (D(2016, 12, 20), "Benefit paid", "one_child_fee", "2016 · 120.50", "benefits"),
        (D(2024, 12, 1), "Contraception ended", "iud", "", "contraception"),
        (D(2025, 3, 1), "Pregnancy registered", None, "", "pregnancies"),
        (D(2025, 4, 1), "Pregnancy follow-up", None, "正常", "pregnancies"),
        (D(2025, 10, 27), "Child born", "M", "二宝", "children"),
        (D(2025, 10, 27), "Pregnancy ended", "live_birth", "", "pregnancies"),
        (D(2025, 11, 2), "Child died", None, "二宝", "child_death"),
        (D(2026, 3, 1), "Life event", "moved_away", "深圳", "events"),
    ]
    entries = svc.timeline.for_person(her)
    assert {e.record_id for e in entries if e.tab == "pregnancies"} == {pid}
    assert entries[12].record_id == baby


def test_yuan():
    assert (yuan(0), yuan(5), yuan(12050), yuan(-150)) == ("0.00", "0.05", "120.50", "-1.50")
