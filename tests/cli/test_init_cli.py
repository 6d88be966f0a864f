"""``family-ledger init``: a new empty ledger set up as the first-run dialog sets it up; a
ledger in use is refused with nothing changed (real subprocesses, real files)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.gui.dialogs.first_run import FirstRunDialog, FirstRunServices
from desktop.services.settings import CLERK_NAME, CLERK_PHONE, OFFICE_NAME, SETUP_DONE
from tests.cli.test_cli import run
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services, type_into

SETTINGS = (OFFICE_NAME, CLERK_NAME, CLERK_PHONE, SETUP_DONE)


def ledger_state(db) -> tuple[list, dict]:
    with sqlite3.connect(db) as conn:
        units = conn.execute("select u.name, p.name from unit u left join unit p "
                             "on p.id = u.parent_id order by u.id").fetchall()
        settings = dict(conn.execute("select key, value from setting"))
    return units, {key: settings.get(key) for key in SETTINGS}


def test_init_creates_an_empty_ledger_in_a_new_folder(tmp_path):
    db = tmp_path / "新台账" / "family-ledger.db"
    done = run("--db", str(db), "init", "--office", "城关镇计生办",
               "--units", "北关村，南关村、东街社区,北关村", "--clerk", "王会计")
    assert done.returncode == 0, done.stderr
    assert "城关镇计生办" in done.stdout and "3" in done.stdout and str(db) in done.stdout
    units, settings = ledger_state(db)
    assert units == [("城关镇计生办", None), ("北关村", "城关镇计生办"),
                     ("南关村", "城关镇计生办"), ("东街社区", "城关镇计生办")]
    assert settings == {OFFICE_NAME: "城关镇计生办", CLERK_NAME: "王会计", CLERK_PHONE: "",
                        SETUP_DONE: "1"}
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from person").fetchone()[0] == 0
        assert {row[0] for row in conn.execute("select user from change_log")} == {"王会计"}
    assert run("--db", str(db), "check").returncode == 0
    listed = run("--db", str(db), "reminders")
    assert listed.returncode == 0, listed.stderr


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
def test_init_sets_up_what_the_first_run_dialog_sets_up(qtbot, tmp_path):
    by_command = tmp_path / "cli.db"
    assert run("--db", str(by_command), "init", "--office", "城关镇人民政府",
               "--units", "东街社区,西街社区", "--clerk", "王丽").returncode == 0
    (tmp_path / "gui").mkdir()
    services, engine = open_services(tmp_path / "gui")
    try:
        dialog = FirstRunDialog(FirstRunServices.of(services))
        qtbot.addWidget(dialog)
        dialog.show()
        type_into(qtbot, dialog.office_edit, "城关镇人民政府")
        type_into(qtbot, dialog.units_edit, "东街社区\n西街社区\n")
        type_into(qtbot, dialog.clerk_edit, "王丽")
        click(qtbot, dialog.ok_button)
        assert dialog.result() == dialog.DialogCode.Accepted
        by_dialog = services.engine.url.database
    finally:
        engine.dispose()
    assert ledger_state(by_command) == ledger_state(by_dialog)


def test_init_refuses_a_ledger_in_use(tmp_path):
    db = tmp_path / "x.db"
    assert run("--db", str(db), "init", "--office", "甲镇").returncode == 0
    before = db.read_bytes()
    again = run("--db", str(db), "init", "--office", "乙镇", "--units", "新村")
    assert again.returncode == 1
    assert "已经" in again.stderr and "甲镇" in again.stderr and "乙镇" not in again.stdout
    assert db.read_bytes() == before
    demo = tmp_path / "demo.db"
    assert run("--db", str(demo), "demo", "--persons", "5").returncode == 0
    refused = run("--db", str(demo), "--lang", "en", "init", "--office", "丙镇")
    assert refused.returncode == 1 and "set up already" in refused.stderr
    assert "5 persons" in refused.stderr


def test_a_failed_init_leaves_no_file(tmp_path):
    db = tmp_path / "x.db"
    bad = run("--db", str(db), "init", "--office", "甲镇", "--units", "北关\x07村")
    assert bad.returncode == 1 and "控制字符" in bad.stderr
    assert not db.exists()
    blank = run("--db", str(db), "init", "--office", "   ")
    assert blank.returncode == 1 and "名称" in blank.stderr
    assert not db.exists()


def test_init_needs_the_office(tmp_path):
    done = run("--db", str(tmp_path / "x.db"), "init", "--units", "北关村")
    assert done.returncode == 2
    assert "--office" in done.stderr and "缺少必需的参数" in done.stderr
    assert not (tmp_path / "x.db").exists()
