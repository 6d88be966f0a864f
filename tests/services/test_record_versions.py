"""Two clerks editing the same record of hers (pregnancy, follow-up, contraception,
check-up, service, benefit, payment): the second save, from an older read, is refused with
who changed what and when; nothing is written. Both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from desktop.domain.enums import Method, Program
from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.domain.values.care import CheckupDraft, ContraceptionDraft, ServiceDraft
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.errors import StaleRecordError
from tests.helpers import draft, fresh_services
from tests.services.test_person_versions import _second_clerk

D = dt.date


class Kind:
    """How a form of one kind reads its record, and how it saves a change."""

    def __init__(self, add: Callable[[Any, int], int], read: Callable[[Any, int], Any],
                 save: Callable[[Any, int, Any, int | None], None], field: str) -> None:
        self.add, self.read, self.save, self.field = add, read, save, field


def _pregnancy(s, her):
    return s.pregnancies.add(her, PregnancyDraft(D(2026, 9, 1), D(2026, 7, 20)))


def _benefit(s, her):
    return s.benefits.add(her, BenefitDraft(Program.ONE_CHILD_FEE, 1000, "month", D(2026, 1, 1)))


def _row(rows, row_id):
    return next(r for r in rows if r.id == row_id)


KINDS = {
    "pregnancy": Kind(
        _pregnancy,
        lambda s, rid: _row(s.pregnancies.list_for_person(s.her), rid),
        lambda s, rid, read, note, version=None: s.pregnancies.update(
            rid, PregnancyDraft(read.registered_on, read.lmp, note=note), version=version),
        "note"),
    "followup": Kind(
        lambda s, her: s.pregnancies.add_followup(_pregnancy(s, her), D(2026, 10, 1)),
        lambda s, rid: next(f for p in s.pregnancies.list_for_person(s.her)
                            for f in s.pregnancies.followups(p.id) if f.id == rid),
        lambda s, rid, read, note, version=None: s.pregnancies.update_followup(
            rid, read.date, note, version=version),
        "note"),
    "contraception": Kind(
        lambda s, her: s.contraception.add(
            her, ContraceptionDraft(Method.IUD, D(2019, 1, 5), D(2026, 6, 30))),
        lambda s, rid: s.contraception.get(rid),
        lambda s, rid, read, note, version=None: s.contraception.update(
            rid, dataclasses.replace(ContraceptionDraft(read.method, read.start_date,
                                                        read.end_date), place=note),
            version=version),
        "place"),
    "checkup": Kind(
        lambda s, her: s.checkups.add(her, CheckupDraft(D(2026, 3, 3), check_iud=True)),
        lambda s, rid: s.checkups.get(rid),
        lambda s, rid, read, note, version=None: s.checkups.update(
            rid, CheckupDraft(read.date, check_iud=True, place=note), version=version),
        "place"),
    "service": Kind(
        lambda s, her: s.service_records.add(her, ServiceDraft(D(2026, 4, 4), "other")),
        lambda s, rid: _row(s.service_records.list_for_person(s.her), rid),
        lambda s, rid, read, note, version=None: s.service_records.update(
            rid, ServiceDraft(read.date, read.type, note), version=version),
        "note"),
    "benefit": Kind(
        _benefit,
        lambda s, rid: _row(s.benefits.list_for_person(s.her), rid),
        lambda s, rid, read, amount, version=None: s.benefits.update(
            rid, BenefitDraft(read.program, amount, read.cycle, read.start_date),
            version=version),
        "amount_fen"),
    "payment": Kind(
        lambda s, her: s.benefits.add_payment(_benefit(s, her),
                                              PaymentDraft("2026-01", 1000, D(2026, 2, 1))),
        lambda s, rid: next(p for b in s.benefits.list_for_person(s.her) for p in b.payments
                            if p.id == rid),
        lambda s, rid, read, amount, version=None: s.benefits.update_payment(
            rid, PaymentDraft(read.period, amount, read.paid_on), version=version),
        "amount_fen"),
}
VALUES = {"note": ("王会计写的", "李文书写的"), "place": ("乡卫生院", "县医院"),
          "amount_fen": (1200, 1500)}


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_second_save_of_a_record_from_an_older_read_is_refused(tmp_path, kind):
    wang = fresh_services(tmp_path)
    unit = wang.units.add("北关村")
    wang.her = wang.persons.create(draft("张秀英", dt.date(1990, 3, 4), unit))
    wang.accounts.add("王会计", "wang-2026")
    wang.accounts.add("李文书", "li-2026")
    li = _second_clerk(wang)
    li.her = wang.her
    wang.sign_in("王会计", "wang-2026")
    li.sign_in("李文书", "li-2026")
    spec = KINDS[kind]
    hers_value, mine_value = VALUES[spec.field]
    try:
        row_id = spec.add(wang, wang.her)
        hers, mine = spec.read(wang, row_id), spec.read(li, row_id)
        assert hers.version == mine.version == 1
        spec.save(wang, row_id, hers, hers_value, version=hers.version)
        with pytest.raises(StaleRecordError) as refused:
            spec.save(li, row_id, mine, mine_value, version=mine.version)
        assert refused.value.params["user"] == "王会计"
        assert refused.value.changed_fields == (spec.field,)
        stored = spec.read(wang, row_id)
        assert getattr(stored, spec.field) == hers_value and stored.version == 2
        again = spec.read(li, row_id)  # read again: her save goes through
        spec.save(li, row_id, again, mine_value, version=again.version)
        assert spec.read(wang, row_id).version == 3
        spec.save(li, row_id, again, hers_value)  # no version (a script): through, moved on
        assert spec.read(wang, row_id).version == 4
    finally:
        li.engine.dispose()
