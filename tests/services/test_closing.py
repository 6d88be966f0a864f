"""Closed periods (结账): stored figures that never shift, corrections, 统计误差率."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.domain.report_periods import month
from desktop.domain.values.closing import ERROR_COUNTS
from desktop.domain.values.indicators import Rate
from desktop.domain.values.people import ChildDraft
from desktop.errors import ConflictError, ValidationError
from desktop.services.indicators.closing import STORED
from desktop.store.closing import ClosedPerson
from tests.services.indicator_fixture import build

NOV = month(2026, 11)


@pytest.fixture
def ledger(tmp_path):
    return build(tmp_path)


def _add_birth(services, person_id: int, day: dt.date, sex: str = "M") -> None:
    draft = services.persons.get(person_id).draft
    draft.children.append(ChildDraft(name="小宝", sex=sex, birth_date=day))
    services.persons.update(person_id, draft)


def test_closing_stores_the_figures_and_the_persons_behind_each(ledger):
    services, ids = ledger
    live = services.indicators.compute(NOV)
    closure = services.closing.close(NOV)
    assert services.closing.closure(NOV) == closure
    report = services.closing.report(NOV)
    assert report.figures.to_json() == live.to_json()
    assert report.corrections == [] and report.error.num == 0
    assert report.error.den == sum(getattr(live, k) for k in ERROR_COUNTS)
    with services.engine.connect() as conn:
        stored = dict(conn.execute(
            select(ClosedPerson.measure + ":" + ClosedPerson.part, func.count())
            .where(ClosedPerson.closure_id == closure.id).group_by("measure", "part")).all())
    for measure, part, key in STORED:
        expected = services.indicators.count_behind(NOV, None, measure, part)
        assert stored.get(f"{measure}:{part}", 0) == expected, key
    # Every unit of the per-unit table has its stored figures too.
    east = services.closing.report(NOV, ids["east"])
    assert east.figures.to_json() == services.indicators.compute(NOV, ids["east"]).to_json()


def test_a_back_dated_birth_is_a_correction_not_a_new_figure(ledger):
    services, ids = ledger
    services.closing.close(NOV)
    before = services.closing.report(NOV)
    _add_birth(services, ids["P13"], dt.date(2026, 11, 25))
    after = services.closing.report(NOV)
    # The closed report's figures do not move ...
    assert after.figures.to_json() == before.figures.to_json()
    # ... the correction says who, what and by how much ...
    [c] = after.corrections
    assert c.person_id == ids["P13"]
    assert c.moves["births"] == 1 and c.moves["births_boys"] == 1
    assert any(ch.entity == "child" and ch.field == "birth_date" and ch.new == "2026-11-25"
               for ch in c.changes)
    # ... today's figures do, and the error rate shows the drift.
    assert services.indicators.compute(NOV).births == before.figures.births + 1
    assert after.current("births") == before.figures.births + 1
    assert after.error == Rate(1, before.error.den)
    json = after.to_json()
    assert json["closed"]["by"] == before.mark.by
    assert json["corrections"][0]["moves"]["births"] == 1
    assert {k: v for k, v in json.items() if k not in ("closed", "corrections",
                                                       "statistical_error")} == \
        before.figures.to_json()
    # The unit she belongs to sees it too; another unit does not.
    assert len(services.closing.report(NOV, ids["east"]).corrections) == 1
    assert services.closing.report(NOV, ids["west"]).corrections == []


def test_a_change_that_moves_nothing_is_no_correction(ledger):
    services, ids = ledger
    services.closing.close(NOV)
    draft = services.persons.get(ids["P13"]).draft
    draft.notes = "电话已核实"
    services.persons.update(ids["P13"], draft)
    assert services.closing.report(NOV).corrections == []


def test_reopening_needs_a_reason_and_closing_again_keeps_the_history(ledger):
    services, ids = ledger
    first = services.closing.close(NOV)
    with pytest.raises(ConflictError):
        services.closing.close(NOV)
    _add_birth(services, ids["P13"], dt.date(2026, 11, 25))
    with pytest.raises(ValidationError):
        services.closing.reopen(NOV, "   ")
    assert services.closing.closure(NOV) is not None  # nothing half-done
    services.closing.reopen(NOV, "补录11月出生")
    assert services.closing.closure(NOV) is None
    assert services.closing.report(NOV) is None
    with pytest.raises(ConflictError):
        services.closing.reopen(NOV, "again")
    second = services.closing.close(NOV)
    report = services.closing.report(NOV)
    assert report.figures.births == services.indicators.compute(NOV).births
    assert report.corrections == []
    history = services.closing.history()
    assert [h.id for h in history] == [second.id, first.id]
    assert history[1].reopen_reason == "补录11月出生" and history[1].reopened_at is not None
    assert [c.id for c in services.closing.closed()] == [second.id]


def test_preview_names_the_figure_and_its_new_value(ledger):
    services, _ids = ledger
    services.closing.close(NOV)
    births = services.indicators.compute(NOV).births
    [(closure, key, old, new)] = services.closing.preview(dt.date(2026, 11, 3), "births")
    assert (closure.start, key, old, new) == (NOV.start, "births", births, births + 1)
    assert services.closing.preview(dt.date(2026, 12, 3), "births") == []


def test_the_persons_behind_a_closed_figure_are_the_stored_ones(ledger):
    services, ids = ledger
    closure = services.closing.close(NOV)
    figures = services.closing.report(NOV).figures
    _add_birth(services, ids["P13"], dt.date(2026, 11, 25))
    for measure in ("wra_start", "wra_end", "entries", "exits", "births", "births_boys",
                    "deaths", "payments_count", "pregnancies_registered"):
        assert services.closing.count_stored(closure.id, None, measure) == \
            getattr(figures, measure), measure
    for key, rate in figures.rates.items():
        for part, value in (("num", rate.num), ("den", rate.den)):
            assert services.closing.count_stored(closure.id, None, key.value, part) == value
    east = services.closing.report(NOV, ids["east"]).figures
    assert services.closing.count_stored(closure.id, ids["east"], "wra_end") == east.wra_end
    rows = services.closing.page_stored(closure.id, None, "births", "num", 0, 50)
    assert ids["P13"] not in {r.person_id for r in rows}  # her late birth is not behind it
    assert len(rows) == figures.births
