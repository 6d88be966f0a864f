"""family-ledger export, run as a real subprocess: the file, masked IDs, usage errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from desktop.domain.idnumber import mask
from tests.helpers import fresh_services
from tests.register_sample import fill_registers


def run(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    services = fill_registers(fresh_services(folder))
    services.services.engine.dispose()
    return folder / "ledger.db", services


def test_exports_a_register_with_masked_ids(ledger, tmp_path):
    db, sample = ledger
    out = tmp_path / "births.xlsx"
    done = run("--db", str(db), "--lang", "en", "export", "--register", "births",
               "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Wrote 2 rows" in done.stdout and str(out) in done.stdout
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("母亲姓名", "身份证号码", "单位")
    assert [r[1] for r in rows[1:]] == [mask(sample.ids["张秀英"]), mask(sample.ids["王芳"])]


def test_full_ids_on_request(ledger, tmp_path):
    db, sample = ledger
    out = tmp_path / "deaths.xlsx"
    done = run("--db", str(db), "--lang", "en", "export", "--register", "deaths",
               "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(out), "--full-ids")
    assert done.returncode == 0, done.stderr
    assert "full ID numbers" in done.stdout
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == [sample.ids["王芳"], sample.ids["张秀英"]]


@pytest.mark.parametrize(("args", "message"), [
    (("--register", "weddings", "--from", "2026-10-01", "--to", "2026-10-31"), "unknown register"),
    (("--register", "births", "--from", "2026-13-01", "--to", "2026-10-31"), "not a date"),
    (("--register", "births", "--from", "1.10.2026", "--to", "2026-10-31"), "not a date"),
    (("--register", "births", "--from", "2026-11-01", "--to", "2026-10-31"), "after --to"),
])
def test_usage_errors_exit_2(ledger, tmp_path, args, message):
    db, _ = ledger
    out = tmp_path / "x.xlsx"
    done = run("--db", str(db), "--lang", "en", "export", *args, "--out", str(out))
    assert done.returncode == 2
    assert message in done.stderr
    assert not out.exists()


def test_missing_arguments_and_missing_file(tmp_path):
    assert run("--db", str(tmp_path / "x.db"), "export", "--register", "births").returncode == 2
    done = run("--db", str(tmp_path / "none.db"), "--lang", "en", "export", "--register", "births",
               "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(tmp_path / "x.xlsx"))
    assert done.returncode == 1 and "no data file" in done.stderr
    assert not (tmp_path / "none.db").exists()
