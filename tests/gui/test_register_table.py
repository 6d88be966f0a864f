"""The register table model: paged rows, translated headers, masked IDs, the row roles."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.idnumber import mask
from desktop.domain.values.registers import COLUMNS, Register, RegisterQuery
from desktop.gui.models import register_table as rt
from desktop.gui.models.register_table import RegisterTableModel
from tests.register_sample import OCT_FROM, OCT_TO, fill_registers

WIDE = (dt.date(2000, 1, 1), dt.date(2026, 11, 28))


@pytest.fixture
def filled(services):
    return fill_registers(services)


@pytest.mark.parametrize("register", list(Register))
def test_every_register_passes_the_model_tester(qtmodeltester, services, filled, register):
    model = RegisterTableModel(services.registers, RegisterQuery(register, *WIDE))
    assert model.rowCount() > 0
    assert model.columnCount() == len(COLUMNS[register])
    qtmodeltester.check(model, force_py=True)


def test_cells_roles_and_paging(services, filled, monkeypatch):
    monkeypatch.setattr(rt, "PAGE_SIZE", 2)
    model = RegisterTableModel(services.registers, RegisterQuery(Register.CHECKUPS, OCT_FROM, OCT_TO))
    pages: list[int] = []
    model.page_loaded.connect(pages.append)
    assert model.rowCount() == 3
    assert [model.headerData(c, rt.Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name", "ID number", "Unit", "Date"]
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[:4] == ["张秀英", mask(filled.ids["张秀英"]), "东街社区", "2026-10-01"]
    assert first[4] == "Pregnancy, IUD" and first[5] == "Normal"
    assert pages == [0]
    last = model.index(2, 0)
    assert model.data(last) == "李娜" and pages == [0, 1]
    assert model.data(last, rt.RowRole) == filled.records["chk_li"]
    assert model.data(last, rt.PersonRole) == filled.persons["李娜"]
    assert model.data(last, rt.TabRole) == "checkups"
    assert model.data(model.index(2, 6)) == "炎症"
    assert model.data(model.index(5, 0)) is None  # beyond the rows


def test_set_query_resets_and_refresh_sees_writes(qtbot, services, filled):
    model = RegisterTableModel(services.registers, RegisterQuery(Register.DEATHS, OCT_FROM, OCT_TO))
    assert model.rowCount() == 2
    with qtbot.waitSignal(model.modelReset):
        model.set_query(RegisterQuery(Register.DEATHS, OCT_FROM, OCT_FROM))
    assert model.rowCount() == 0
    model.set_query(RegisterQuery(Register.DEATHS, OCT_FROM, OCT_TO))
    assert [model.data(model.index(r, 3)) for r in range(2)] == ["Herself", "Child"]
    services.life_events.clear_child_death(filled.records["child_death"])
    model.refresh()
    assert model.rowCount() == 1
    with pytest.raises(ValueError):
        model.set_query(RegisterQuery(Register.BIRTHS, OCT_FROM, OCT_TO))
