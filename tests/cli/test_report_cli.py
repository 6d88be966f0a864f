"""family-ledger report monthly|period|card|roster as real subprocesses, over the hand-built
population of tests/services/indicator_fixture.py: JSON keys, the workbook read back, PDFs,
full IDs logged, usage errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.idnumber import mask
from desktop.store.models import ChangeLog
from tests.services.indicator_fixture import build

JSON_KEYS = {"period", "unit", "wra_start", "wra_end", "entries", "exits", "married_wra_end",
             "inflow_wra_end", "outflow_wra_end", "births", "births_boys", "births_girls",
             "births_order", "pregnancies_registered", "deaths", "payments_count",
             "payments_amount", "balance_ok", "rates", "targets"}
RATE_KEYS = {"checkup_coverage", "contraceptive_prevalence", "birth_report_timeliness",
             "early_pregnancy_registration", "benefit_payment_rate", "data_completeness",
             "sex_ratio", "outflow_information", "inflow_service", "whole_course_pregnancy",
             "pre_pregnancy_checkup", "information_accuracy"}


def run(db, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en",
                           "report", *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report_cli")
    services, ids = build(folder)
    numbers = {key: services.persons.get(pid).draft.id_number for key, pid in ids.items()
               if key in ("P1", "P17")}
    services.engine.dispose()
    return folder / "ledger.db", numbers


def test_monthly_json_has_the_issue_keys(ledger, tmp_path):
    db, _numbers = ledger
    out = tmp_path / "nov.json"
    done = run(db, "monthly", "--month", "2026-11", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "balance does not hold" in done.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert JSON_KEYS <= set(data)
    assert set(data["rates"]) == RATE_KEYS
    assert data["births_order"] == {"1": 1, "2": 1, "3+": 1}
    assert (data["wra_start"], data["entries"], data["exits"], data["wra_end"]) == (15, 2, 3, 13)
    assert data["balance_ok"] is False
    assert data["rates"]["sex_ratio"] == {"num": 200, "den": 1}
    assert data["rates"]["checkup_coverage"] == {"num": 2, "den": 6}
    assert data["payments_amount"] == 970.0


def test_period_of_a_unit_as_json(ledger, tmp_path):
    db, _numbers = ledger
    out = tmp_path / "q4.json"
    done = run(db, "period", "--from", "2026-10-01", "--to", "2026-12-31", "--unit", "东村",
               "--out", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["unit"] == "东村" and data["period"] == {"start": "2026-10-01", "end": "2026-12-31"}
    assert data["births"] == 3


def test_monthly_xlsx_read_back(ledger, tmp_path):
    db, numbers = ledger
    out = tmp_path / "nov.xlsx"
    done = run(db, "monthly", "--month", "2026-11", "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = [tuple(r) for r in load_workbook(out).active.iter_rows(values_only=True)]
    values = {r[0]: r[1:] for r in rows if r and r[0]}
    assert rows[0][0] == "城关镇计生办人口家庭服务月报表"
    assert values["期间"][0] == "2026年11月"
    assert values["育龄妇女期初数"][0] == 15 and values["育龄妇女期末数"][0] == 13
    assert values["三孩及以上"][0] == 1
    assert values["扶助金发放金额（元）"][0] == 970.0
    assert values["三查率"][:3] == (2, 6, "33.3%")
    assert values["出生性别比"][:3] == (200, 1, "200.0")
    assert values["东村"][:4] == (8, 8, 7, 3)  # per-unit table
    assert values["平衡检查"][1] == "不平衡"
    assert values["郑八"][0] == mask(numbers["P17"])  # the breaker, masked


def test_full_ids_are_written_and_logged(ledger, tmp_path):
    db, numbers = ledger
    out = tmp_path / "full.xlsx"
    done = run(db, "monthly", "--month", "2026-11", "--out", str(out), "--full-ids")
    assert done.returncode == 0, done.stderr
    rows = [tuple(r) for r in load_workbook(out).active.iter_rows(values_only=True)]
    assert ("郑八", numbers["P17"]) in {r[:2] for r in rows}
    from desktop.store.db import open_database

    engine = open_database(db)
    with engine.connect() as conn:
        files = conn.execute(select(ChangeLog.new_value).where(
            ChangeLog.entity == "export", ChangeLog.field == "file")).scalars().all()
    engine.dispose()
    assert str(out) in files


def test_pdf_report_card_and_roster(ledger, tmp_path):
    db, numbers = ledger
    report = tmp_path / "nov.pdf"
    assert run(db, "monthly", "--month", "2026-11", "--out", str(report)).returncode == 0
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert "2026年11月" in text and "三查率" in text
    card = tmp_path / "card.pdf"
    done = run(db, "card", "--id", numbers["P1"].lower(), "--out", str(card))
    assert done.returncode == 0, done.stderr
    assert "甲一" in PdfReader(card).pages[0].extract_text()
    roster = tmp_path / "roster.pdf"
    done = run(db, "roster", "--unit", "东村一组", "--out", str(roster))
    assert done.returncode == 0, done.stderr
    text = PdfReader(roster).pages[0].extract_text()
    assert "辛九" in text and "吴七" in text and "甲一" not in text


@pytest.mark.parametrize("args", [
    ("monthly", "--month", "2026-11", "--out", "x.csv"),
    ("monthly", "--month", "2026-13", "--out", "x.json"),
    ("monthly", "--month", "2026-11", "--unit", "没有这个村", "--out", "x.json"),
    ("period", "--from", "2026-12-01", "--to", "2026-11-01", "--out", "x.json"),
    ("period", "--from", "2026-11-31", "--to", "2026-12-01", "--out", "x.json"),
    ("card", "--id", "1", "--out", "x.xlsx"),
    ("monthly", "--out", "x.json"),
])
def test_usage_errors(ledger, tmp_path, args):
    db, _numbers = ledger
    done = run(db, *[a.replace("x.", str(tmp_path / "x.")) for a in args])
    assert done.returncode == 2, done.stderr
    assert not list(tmp_path.iterdir())


def test_unknown_person_and_missing_file(ledger, tmp_path):
    db, _numbers = ledger
    done = run(db, "card", "--id", "110101199001011234", "--out", str(tmp_path / "c.pdf"))
    assert done.returncode == 1 and "110101199001011234" in done.stderr
    done = run(tmp_path / "none.db", "monthly", "--month", "2026-11",
               "--out", str(tmp_path / "m.json"))
    assert done.returncode == 1
