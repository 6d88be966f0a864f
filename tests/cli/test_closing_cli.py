"""family-ledger close / reopen and the closed report's files, as real subprocesses over the
hand-built population of tests/services/indicator_fixture.py (November 2026)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

from openpyxl import load_workbook

from desktop.domain.values.people import ChildDraft
from desktop.services.container import build_services
from desktop.store.db import open_database
from tests.services.indicator_fixture import TODAY, build


def run(db, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en",
                           *args], capture_output=True, text=True, env=env, timeout=120)


def test_close_correct_print_reopen(tmp_path):
    services, ids = build(tmp_path)
    services.engine.dispose()
    db = tmp_path / "ledger.db"
    assert run(db, "close", "--month", "2026-13").returncode == 2
    done = run(db, "close", "--month", "2026-11")
    assert done.returncode == 0, done.stderr
    assert "Closed the report for 2026-11-01 to 2026-11-30" in done.stdout
    assert run(db, "close", "--month", "2026-11").returncode == 1  # already closed
    before = tmp_path / "before.json"
    assert run(db, "report", "monthly", "--month", "2026-11", "--out", str(before)).returncode == 0
    handed_in = json.loads(before.read_text(encoding="utf-8"))
    assert handed_in["closed"]["by"] is not None and handed_in["corrections"] == []

    # A birth on 25 November entered afterwards.
    engine = open_database(db)
    later = build_services(engine, today=lambda: TODAY)
    draft = later.persons.get(ids["P13"]).draft
    draft.children.append(ChildDraft(name="小宝", sex="F", birth_date=dt.date(2026, 11, 25)))
    later.persons.update(ids["P13"], draft)
    engine.dispose()

    after = tmp_path / "after.json"
    done = run(db, "report", "monthly", "--month", "2026-11", "--out", str(after))
    assert "closed" in done.stdout and "1 corrections" in done.stdout
    data = json.loads(after.read_text(encoding="utf-8"))
    figures = {k: v for k, v in data.items()
               if k not in ("closed", "corrections", "statistical_error")}
    assert figures == {k: v for k, v in handed_in.items()
                       if k not in ("closed", "corrections", "statistical_error")}
    [correction] = data["corrections"]
    assert correction["moves"] == {"births": 1, "births_girls": 1}
    assert "********" in correction["id_number"]  # masked
    assert data["statistical_error"]["num"] == 1
    current = tmp_path / "current.json"
    run(db, "report", "monthly", "--month", "2026-11", "--current", "--out", str(current))
    now = json.loads(current.read_text(encoding="utf-8"))
    assert now["births"] == handed_in["births"] + 1 and "closed" not in now
    book = tmp_path / "after.xlsx"
    assert run(db, "report", "monthly", "--month", "2026-11", "--out", str(book)).returncode == 0
    cells = [c for row in load_workbook(book).active.iter_rows(values_only=True) for c in row]
    assert "已结账" in cells and "统计误差率" in cells and "结账后更正" in cells

    assert run(db, "reopen", "--month", "2026-11", "--reason", " ").returncode == 1
    done = run(db, "reopen", "--month", "2026-11", "--reason", "补录出生")
    assert done.returncode == 0, done.stderr
    run(db, "report", "monthly", "--month", "2026-11", "--out", str(after))
    assert "closed" not in json.loads(after.read_text(encoding="utf-8"))
