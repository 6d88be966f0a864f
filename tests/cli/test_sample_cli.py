"""family-ledger sample as a real subprocess: draws once, prints the same sample again,
redraws when asked, refuses bad arguments; the report's JSON carries the new rates."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from tests.reports.reading import pages_text
from tests.services.target_fixture import build

MONTH = dt.date.today().strftime("%Y-%m")  # the command draws from the persons active today


def run(db, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en",
                           *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample_cli")
    services, _ids = build(folder)
    services.engine.dispose()
    return folder / "ledger.db"


def test_sample_draws_then_prints_the_same_then_redraws(db, tmp_path):
    first = tmp_path / "one.pdf"
    # --redraw: the fixture may hold a sample of this month already
    done = run(db, "sample", "--month", MONTH, "--size", "5", "--redraw", "--out", str(first))
    assert done.returncode == 0, done.stderr
    assert "Drew 5 of" in done.stdout
    again = tmp_path / "two.pdf"
    done = run(db, "sample", "--month", MONTH, "--size", "7", "--out", str(again))
    assert done.returncode == 0 and "drawn before (5 persons)" in done.stdout
    assert "--redraw" in done.stderr
    strip = [line for line in pages_text(first)[0].splitlines() if "打印日期" not in line]
    assert strip == [line for line in pages_text(again)[0].splitlines() if "打印日期" not in line]
    done = run(db, "sample", "--month", MONTH, "--size", "7", "--redraw", "--out",
               str(tmp_path / "three.pdf"))
    assert done.returncode == 0 and "Drew 7 of" in done.stdout


@pytest.mark.parametrize("args, code", [
    (("--month", "2027-13", "--out", "x.pdf"), 1),  # not a month: a clear message
    (("--month", "2099-02", "--out", "x.pdf"), 1),  # a month not begun
    (("--month", MONTH, "--out", "x.txt"), 2),
    (("--month", MONTH, "--size", "0", "--out", "x.pdf"), 2),
])
def test_bad_arguments(db, tmp_path, args, code):
    args = [a if a not in ("x.pdf", "x.txt") else str(tmp_path / a) for a in args]
    done = run(db, "sample", *args)
    assert done.returncode == code and done.stderr.strip()
    assert not (tmp_path / "x.pdf").exists()


def test_report_json_has_the_new_rates_and_targets(db, tmp_path):
    out = tmp_path / "nov.json"
    done = run(db, "report", "monthly", "--month", "2026-11", "--out", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["rates"]["outflow_information"] == {"num": 2, "den": 4}
    assert data["rates"]["inflow_service"] == {"num": 2, "den": 4}
    assert data["rates"]["whole_course_pregnancy"] == {"num": 2, "den": 5}
    assert data["rates"]["pre_pregnancy_checkup"] == {"num": 3, "den": 5}
    assert data["rates"]["information_accuracy"] == {"num": 1, "den": 2}
    assert data["targets"]["information_accuracy"] == {"target": 0.9, "met": False}
