"""Round trip: demo data -> export (full IDs) -> import into an empty ledger -> export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop.services.demo import generate_demo
from desktop.services.exchange_types import SHEETS
from tests.helpers import fresh_services


def _rows(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path, read_only=True)
    return {name: [tuple(r) for r in book[name].iter_rows(values_only=True)] for name in SHEETS}


def test_export_import_export_gives_the_same_rows(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = fresh_services(tmp_path / "a")
    generate_demo(first, 200, seed=3)
    out1 = tmp_path / "one.xlsx"
    result = first.exchange.export(out1, full_ids=True)
    assert result.rows["人员"] == 200

    second = fresh_services(tmp_path / "b")
    preview = second.exchange.check(out1)
    assert [p.line() for p in preview.problems] == []
    assert preview.rejected == 0
    second.exchange.run_import(preview)
    out2 = tmp_path / "two.xlsx"
    second.exchange.export(out2, full_ids=True)

    one, two = _rows(out1), _rows(out2)
    for name in SHEETS:
        assert one[name] == two[name], name
    assert all(len(one[name]) > 1 for name in SHEETS)
