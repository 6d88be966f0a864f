"""The mapping dialog on a 100,000-row workbook of her own: how long until the first rows
show as they will be stored. Target: under 1 s for the first rows.

Not in the default run:
    QT_QPA_PLATFORM=offscreen python -m pytest tests/perf/test_bench_mapping.py -m perf -s
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from desktop.gui.exchange.mapping_dialog import MappingDialog
from desktop.services.exchange.xlsx import TEXT, XlsxStream
from tests.gui.scripted_prompts import ScriptedPrompts
from tests.helpers import fresh_services, woman_id
from tests.services.mapping_books import HEADERS, TITLE

pytestmark = pytest.mark.perf
ROWS = int(os.environ.get("BENCH_ROWS", "100000"))
RESULTS: list[tuple[str, float]] = []


def her_workbook(path: Path, rows: int) -> Path:
    """Her 花名册: a title row, a blank one, her headers on row 3, then ``rows`` women."""
    book = XlsxStream(path)
    heads = [*HEADERS, "户籍地", "丈夫姓名", "备注"]
    book.sheet("花名册", [(TITLE, False)], [12] * len(heads), [TEXT] * len(heads))
    book.append([])
    book.append(heads)
    birth = dt.date(1985, 1, 1)
    for n in range(rows):
        book.append([n + 1, f"姓名{n % 977}", woman_id(birth + dt.timedelta(days=n % 5000), n % 100),
                     ("东村", "西村", "北村")[n % 3], f"138{n:08d}", ("已婚", "未婚")[n % 2],
                     20150501, "", "某县某镇", f"丈夫{n % 311}", ""])
    book.close()
    return path


def test_first_rows_of_a_100000_row_workbook(qtbot, tmp_path: Path) -> None:
    path = her_workbook(tmp_path / "花名册.xlsx", ROWS)
    services = fresh_services(tmp_path)
    for unit in ("东村", "西村"):
        services.units.add(unit)
    mappings = services.mappings
    started = time.perf_counter()
    book = mappings.open(path)
    opened = time.perf_counter()
    mapping = mappings.guess(book)
    guessed = time.perf_counter()
    dialog = MappingDialog(mappings, ScriptedPrompts(), book, mapping)
    qtbot.addWidget(dialog)
    shown = time.perf_counter()
    assert dialog.preview.rowCount() == 20
    RESULTS.append(("open the workbook (sheet names)", opened - started))
    RESULTS.append(("guess sheets, columns, values, date form", guessed - opened))
    RESULTS.append(("dialog with the first 20 rows as stored", shown - guessed))
    RESULTS.append(("file chosen -> first rows shown", shown - started))
    started = time.perf_counter()
    dialog.column_box("婚姻状况").setCurrentIndex(0)
    RESULTS.append(("preview redrawn after a column change", time.perf_counter() - started))
    book.close()
    dialog.done(QDialog.DialogCode.Rejected)
    print()
    for what, seconds in RESULTS:
        print(f"{what:45s} {seconds:7.2f} s  ({ROWS:,} rows)")
