"""The record kinds are declared once; everything that lists kinds agrees with the declaration."""

from __future__ import annotations

import inspect

from desktop.domain.kinds import BY_SHEET, KINDS, OWN_KINDS, Kind, kind_of
from desktop.domain.values.exchange import SHEETS
from desktop.services.container import Services
from desktop.store.kinds import MODELS, model_of, parent_of
from tests.helpers import fresh_services


def test_every_kind_is_declared_with_its_table_and_parent():
    assert set(KINDS) == set(Kind)
    for kind, info in KINDS.items():
        assert MODELS[kind].__tablename__ == info.table
        link = parent_of(kind)
        if info.parent is None:
            assert link is None and kind in OWN_KINDS and "person_id" in MODELS[kind].model_fields
        else:
            parent, key = link
            assert parent is MODELS[info.parent] and key in MODELS[kind].model_fields
            assert info.parent_in_bin  # restoring before the parent says why not


def test_kind_values_are_the_change_log_entities():
    assert kind_of("followup") is Kind.FOLLOWUP
    assert kind_of("person") is None and kind_of("unit") is None
    assert model_of("payment") is MODELS[Kind.PAYMENT]


def test_sheets_of_the_exchange_workbook_are_known():
    assert set(BY_SHEET) <= set(SHEETS)
    assert BY_SHEET["孕情随访"] is Kind.FOLLOWUP


def test_each_kind_is_restored_by_a_service_that_can_restore_it(tmp_path):
    names = set(Services.__dataclass_fields__)
    services = fresh_services(tmp_path)
    for info in KINDS.values():
        assert info.restorer in names
        restore = getattr(services, info.restorer).restore
        assert list(inspect.signature(restore).parameters)[:3] == ["entity", "row_id", "person_id"]
