"""Every committed write is announced with the entities it touched; a refused one is not."""

import datetime as dt

import pytest

from desktop.domain.kinds import Kind
from desktop.domain.values.care import CheckupDraft
from desktop.errors import ValidationError
from desktop.services.exchange.service import IMPORTED
from tests.helpers import TODAY, draft, fresh_services

D = dt.date


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)
    s.unit = s.units.add("城关镇")
    s.heard = []
    s.recorder.subscribe(s.heard.append)
    return s


def test_a_write_is_announced_once_after_its_commit(svc):
    her = svc.persons.create(draft("张秀英", D(1990, 3, 7), svc.unit))
    assert svc.heard == [frozenset({"person"})]
    svc.heard.clear()
    seen_in_file = []
    svc.recorder.subscribe(lambda _e: seen_in_file.append(len(svc.checkups.list_for_person(her))))
    svc.checkups.add(her, CheckupDraft(date=D(2026, 3, 1), check_iud=True))
    assert svc.heard == [frozenset({Kind.CHECKUP})]
    assert seen_in_file == [1]  # announced after the commit: a reader sees the new row


def test_a_refused_write_is_not_announced(svc):
    her = svc.persons.create(draft("张秀英", D(1990, 3, 7), svc.unit))
    svc.heard.clear()
    with pytest.raises(ValidationError):
        svc.checkups.add(her, CheckupDraft(date=TODAY + dt.timedelta(days=1), check_iud=True))
    assert svc.heard == []
    svc.checkups.add(her, CheckupDraft(date=D(2026, 3, 1), check_iud=True))
    assert svc.heard == [frozenset({Kind.CHECKUP})]  # nothing left over from the refused one


def test_an_import_and_its_undo_announce_every_kind(svc, tmp_path):
    her = svc.persons.create(draft("张秀英", D(1990, 3, 7), svc.unit))
    svc.checkups.add(her, CheckupDraft(date=D(2026, 3, 1), check_iud=True))
    workbook = svc.exchange.export(tmp_path / "out.xlsx", full_ids=True).path
    (tmp_path / "other").mkdir()
    other = fresh_services(tmp_path / "other")
    heard = []
    other.recorder.subscribe(heard.append)
    other.exchange.run_import(other.exchange.check(workbook))
    assert heard[-1] == IMPORTED and {"person", "unit", *Kind} <= IMPORTED
    heard.clear()
    other.exchange.undo_last_import()
    assert heard[-1] == IMPORTED
