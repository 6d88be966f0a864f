"""family-ledger reminders / slips, run as real subprocesses: CSV columns, masked and full
ID numbers (logged), filters, usage errors, the slips PDF."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.idnumber import mask
from desktop.services.settings import CLERK_NAME, OFFICE_NAME
from desktop.store.models import ChangeLog
from tests.helpers import fresh_services
from tests.services.reminder_helpers import D, check, woman


def run(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reminders")
    s = fresh_services(folder)
    town = s.units.add("城关镇")
    village = s.units.add("北关村")
    s.settings.set_many({OFFICE_NAME: "城关镇计生办", CLERK_NAME: "王会计"})
    s.settings.set_service_place("城关镇计生服务站")
    ids = {}
    for seq, (name, birth, unit, fields) in enumerate([
        ("张秀英", D(1990, 3, 7), town, {}),
        ("李芳", D(1991, 4, 8), village, {"category": "outflow"}),
        ("王丽", D(1976, 12, 10), town, {"marital_status": "single"}),
    ], start=1):
        person = woman(s, name, birth, seq, unit=unit, **fields)
        ids[name] = s.persons.get(person).draft.id_number
        if name == "李芳":
            check(s, person, D(2025, 11, 20))
    s.engine.dispose()
    return folder / "ledger.db", ids


def rows_of(stdout: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(stdout)))


def export_log(db):
    services = fresh_services(db.parent)
    try:
        with services.factory() as session:
            return {(r.field, r.new_value) for r in session.execute(
                select(ChangeLog).where(ChangeLog.entity == "export")).scalars()}
    finally:
        services.engine.dispose()


def test_csv_with_masked_ids_in_list_order(ledger):
    db, ids = ledger
    done = run("--db", str(db), "--lang", "en", "reminders", "--as-of", "2026-11-28",
               "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = rows_of(done.stdout)
    assert rows[0] == ["kind", "id_number", "name", "unit", "due_date", "days_overdue", "detail"]
    assert rows[1:] == [
        ["certificate", mask(ids["李芳"]), "李芳", "北关村", "2026-11-20", "8",
         "Last check-up 2025-11-20, every 12 months"],
        ["checkup", mask(ids["张秀英"]), "张秀英", "城关镇", "2026-11-28", "0", "Never checked"],
        ["turning_50", mask(ids["王丽"]), "王丽", "城关镇", "2026-12-10", "-12",
         "Turns 50 on 2026-12-10"],
    ]


def test_filters_kind_unit_days(ledger):
    db, ids = ledger
    base = ("--db", str(db), "--lang", "en", "reminders", "--as-of", "2026-11-28",
            "--format", "csv")
    done = run(*base, "--kind", "checkup", "--kind", "turning_50", "--unit", "城关镇")
    assert [r[2] for r in rows_of(done.stdout)[1:]] == ["张秀英", "王丽"]
    done = run(*base, "--days", "0")
    assert [r[2] for r in rows_of(done.stdout)[1:]] == ["李芳", "张秀英"]


def test_full_ids_are_logged(ledger):
    db, ids = ledger
    done = run("--db", str(db), "--lang", "en", "reminders", "--as-of", "2026-11-28",
               "--format", "csv", "--full-ids", "--kind", "checkup")
    assert done.returncode == 0, done.stderr
    assert rows_of(done.stdout)[1][1] == ids["张秀英"]
    log = export_log(db)
    assert {("output", "reminders"), ("full_ids", "yes"), ("rows", "1"),
            ("kinds", "checkup"), ("as_of", "2026-11-28")} <= log


def test_table_in_chinese(ledger):
    db, ids = ledger
    done = run("--db", str(db), "reminders", "--as-of", "2026-11-28")
    assert done.returncode == 0, done.stderr
    assert "张秀英" in done.stdout and mask(ids["张秀英"]) in done.stdout
    assert ids["张秀英"] not in done.stdout
    assert "2026-12-28" in done.stdout.splitlines()[-1]


@pytest.mark.parametrize(("args", "message"), [
    (("reminders", "--as-of", "2026-13-01"), "not a date"),
    (("reminders", "--kind", "wedding"), "unknown reminder kind"),
    (("reminders", "--days", "-1"), "--days"),
    (("reminders", "--unit", "火星村"), "no unit named"),
    (("slips", "--as-of", "tomorrow", "--out", "x.pdf"), "not a date"),
    (("reminders", "--format", "xml"), "invalid choice"),
])
def test_usage_errors_exit_2(ledger, args, message):
    db, _ids = ledger
    done = run("--db", str(db), "--lang", "en", *args)
    assert done.returncode == 2
    assert message in done.stderr


def test_no_data_file_is_an_error(tmp_path):
    done = run("--db", str(tmp_path / "none.db"), "--lang", "en", "reminders")
    assert done.returncode == 1
    assert "There is no data file" in done.stderr
    assert not (tmp_path / "none.db").exists()


def test_slips_pdf(ledger, tmp_path):
    db, ids = ledger
    out = tmp_path / "slips.pdf"
    done = run("--db", str(db), "--lang", "en", "slips", "--as-of", "2026-11-28",
               "--kind", "checkup", "--kind", "certificate", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Wrote 2 slips on 1 pages" in done.stdout
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "张秀英" in text and "李芳" in text and "王丽" not in text
    assert ids["张秀英"] not in text


def test_slips_with_nothing_due_write_no_file(ledger, tmp_path):
    db, _ids = ledger
    out = tmp_path / "none.pdf"
    done = run("--db", str(db), "--lang", "en", "slips", "--as-of", "2026-11-28",
               "--kind", "payment", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "no file was written" in done.stdout
    assert not out.exists()


def test_slips_as_of_defaults_to_today(ledger, tmp_path):
    import datetime as dt

    db, _ids = ledger
    none = tmp_path / "none.pdf"
    quiet = run("--db", str(db), "--lang", "en", "slips", "--kind", "payment", "--days", "0",
                "--out", str(none))
    assert quiet.returncode == 0, quiet.stderr
    assert f"No reminders due by {dt.date.today().isoformat()}" in quiet.stdout
    out = tmp_path / "today.pdf"
    done = run("--db", str(db), "--lang", "en", "slips", "--kind", "checkup", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "张秀英" in "".join(page.extract_text() for page in PdfReader(out).pages)
