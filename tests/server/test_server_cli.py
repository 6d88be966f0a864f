"""The command line on a PostgreSQL server, run as the clerk's scripts would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.store.copy import count_rows
from desktop.store.server import make_server_engine
from tests.helpers import fresh_services
from tests.register_sample import fill_registers

pytestmark = pytest.mark.postgresql


def run(tmp_path, *args, env=None):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                "XDG_DATA_HOME": str(tmp_path / "home"), **(env or {})}  # logs, dumps
    return subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", *args],
                          capture_output=True, text=True, env=full_env, timeout=300)


def test_demo_reminders_report_and_backup_on_the_server(tmp_path, pg_url):
    done = run(tmp_path, "--db", pg_url, "demo", "--persons", "120", "--seed", "3")
    assert done.returncode == 0, done.stderr
    engine = make_server_engine(pg_url)
    assert count_rows(engine)["person"] == 120
    engine.dispose()
    listed = run(tmp_path, "reminders", "--as-of", "2026-11-28", "--format", "csv",
                 env={"FAMILY_LEDGER_DB": pg_url})
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) > 5
    out = tmp_path / "m.json"
    report = run(tmp_path, "--db", pg_url, "report", "monthly", "--month", "2026-10",
                 "--out", str(out))
    assert report.returncode == 0, report.stderr
    assert json.loads(out.read_text(encoding="utf-8"))
    checked = run(tmp_path, "--db", pg_url, "check")
    assert checked.returncode == 0 and "120 persons" in checked.stdout
    # the window on the server's ledger: first page of the register and the reminders
    smoke = run(tmp_path, "--db", pg_url, "--smoke-test")
    assert smoke.returncode == 0, smoke.stderr
    shown = json.loads(smoke.stdout.strip().splitlines()[-1])
    assert shown["rows"] > 50 and shown["reminders"] > 0
    backed = run(tmp_path, "--db", pg_url, "backup", "--to", str(tmp_path))
    assert backed.returncode == 0, backed.stderr
    assert len(list(tmp_path.glob("family-ledger-server-*.dump"))) == 1


def test_move_to_the_server_leaves_the_file_and_refuses_a_full_database(
        tmp_path, empty_pg_url):
    services = fresh_services(tmp_path)
    fill_registers(services)
    services.engine.dispose()
    db = tmp_path / "ledger.db"
    before = db.read_bytes()
    moved = run(tmp_path, "--db", str(db), "move-to", empty_pg_url, "--since", "2026-09")
    assert moved.returncode == 0, moved.stderr
    assert "The original was not changed" in moved.stdout and "same monthly report" in moved.stdout
    assert db.read_bytes() == before
    again = run(tmp_path, "--db", str(db), "move-to", empty_pg_url)
    assert again.returncode == 1 and "not empty" in again.stderr
    back = tmp_path / "back.db"
    returned = run(tmp_path, "--db", empty_pg_url, "move-to", str(back), "--since", "2026-11")
    assert returned.returncode == 0, returned.stderr
    assert back.is_file()


def test_a_wrong_address_is_a_message_not_a_traceback(tmp_path):
    done = run(tmp_path, "--db", "postgresql://clerk:secret@127.0.0.1:1/ledger", "check")
    assert done.returncode == 1
    assert "cannot be used" in done.stderr and "Traceback" not in done.stderr
    assert "secret" not in done.stderr


def test_her_own_workbook_through_a_mapping_on_the_server(tmp_path, pg_url):
    from desktop.services.container import build_services
    from tests.services.mapping_books import UNITS, roster_xlsx

    engine = make_server_engine(pg_url)
    services = build_services(engine, backup_dir=tmp_path / "backups")
    for unit in UNITS:
        services.units.add(unit)
    engine.dispose()
    book = roster_xlsx(tmp_path / "花名册.xlsx")
    mapping = tmp_path / "对应表.json"
    guessed = run(tmp_path, "--db", pg_url, "import", str(book), "--guess-mapping", str(mapping))
    assert guessed.returncode == 0, guessed.stderr
    data = json.loads(mapping.read_text(encoding="utf-8"))
    data["sheets"]["花名册"]["values"]["所在村"] = {"北村": "东村"}  # she edits the file
    mapping.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = run(tmp_path, "--db", pg_url, "import", str(book), "--mapping", str(mapping))
    assert done.returncode == 3, done.stderr  # imported, one row refused
    engine = make_server_engine(pg_url)
    assert count_rows(engine)["person"] == 3
    engine.dispose()
    undone = run(tmp_path, "--db", pg_url, "import", "--undo-last")
    assert undone.returncode == 0, undone.stderr
    engine = make_server_engine(pg_url)
    assert count_rows(engine)["person"] == 0
    engine.dispose()


def test_moving_to_a_server_that_does_not_answer_names_the_server_not_a_file(tmp_path):
    services = fresh_services(tmp_path)
    services.engine.dispose()
    db = tmp_path / "ledger.db"
    before = db.read_bytes()
    done = run(tmp_path, "--db", str(db), "move-to", "postgresql://clerk:secret@127.0.0.1:1/x")
    assert done.returncode == 1
    assert "The database postgresql://clerk:***@127.0.0.1:1/x cannot be used" in done.stderr
    assert "secret" not in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before
