"""File menu backups and restore, driven like a clerk with the questions answered by the test."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.gui.main_window import MainWindow
from desktop.store.backup import parse_backup_name
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


class Clerk:
    """Answers the window's questions and remembers what she was told."""

    def __init__(self, folder=None, file=None, yes=True):
        self.folder, self.file, self.yes = folder, file, yes
        self.told: list[str] = []
        self.errors: list[str] = []
        self.asked: list[str] = []
        self.quit = 0

    def choose_folder(self, _parent):
        return self.folder

    def choose_file(self, _parent):
        return self.file

    def confirm(self, _parent, _title, text):
        self.asked.append(text)
        return self.yes

    def inform(self, _parent, _title, text):
        self.told.append(text)

    def show_error(self, _parent, exc, _title=None):
        self.errors.append(str(exc))

    def quit_app(self):
        self.quit += 1


@pytest.fixture
def window(qtbot, services, sample, db_path, qsettings):
    win = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    return win


def answer(window, clerk):
    ui = window.backup_ui
    for name in ("choose_folder", "choose_file", "confirm", "inform", "show_error", "quit_app"):
        setattr(ui, name, getattr(clerk, name))
    return ui


def persons(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from person").fetchone()[0]


def units(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from unit").fetchone()[0]


def test_back_up_now_writes_a_verified_copy_and_updates_the_status_bar(qtbot, window, tmp_path,
                                                                      db_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    clerk = Clerk(folder=usb)
    ui = answer(window, clerk)
    assert "never" in ui.label.text()
    file_menu = window.menuBar().actions()[0].menu()
    assert ui.backup_action in file_menu.actions() and ui.restore_action in file_menu.actions()
    ui.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(clerk.told), timeout=10000)
    [copy] = [p for p in usb.iterdir()]
    assert parse_backup_name(copy.name) and str(copy) in clerk.told[0]
    assert f"{persons(db_path)} persons" in clerk.told[0]
    assert "never" not in ui.label.text() and "2026-11-28" in ui.label.text()


def test_a_failed_backup_is_explained(qtbot, window, tmp_path):
    clerk = Clerk(folder=tmp_path / "unplugged")
    ui = answer(window, clerk)
    ui.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(clerk.errors), timeout=10000)
    assert "does not exist" in clerk.errors[0] and not clerk.told
    assert ui.backup_action.isEnabled()


def test_restore_shows_date_and_counts_backs_up_then_quits(qtbot, window, services, db_path,
                                                            tmp_path):
    saved = services.backup.back_up(tmp_path)
    services.units.add("新单位")  # a change after the backup, undone by the restore
    assert units(db_path) == saved.counts["unit"] + 1
    clerk = Clerk(file=saved.path)
    ui = answer(window, clerk)
    ui.restore_action.trigger()
    assert clerk.asked and f"{saved.persons} persons" in clerk.asked[0]
    assert saved.created.strftime("%Y-%m-%d %H:%M") in clerk.asked[0]
    assert clerk.quit == 1 and not clerk.errors
    assert services.backup.restored and persons(db_path) == saved.persons
    assert units(db_path) == saved.counts["unit"]
    safety = [p for p in services.backup.auto_dir.iterdir() if parse_backup_name(p.name)]
    assert len(safety) == 1 and str(safety[0]) in clerk.told[0]


def test_restore_refuses_a_file_that_is_not_a_ledger(window, tmp_path, db_path):
    text = tmp_path / "notes.db"
    text.write_text("hello " * 100)
    before = db_path.read_bytes()
    clerk = Clerk(file=text)
    answer(window, clerk).restore_action.trigger()
    assert clerk.errors and "not a Family Ledger" in clerk.errors[0]
    assert not clerk.asked and clerk.quit == 0 and db_path.read_bytes() == before


def test_reminders(window, services):
    clerk = Clerk(yes=False)
    ui = answer(window, clerk)
    ui.remind_at_start()
    assert clerk.asked and "No backup" in clerk.asked[0]
    ui.on_close()  # not turned on: tests and smoke runs stay quiet
    assert not clerk.told
    ui.remind_on_close = True
    ui.on_close()
    assert clerk.told and "No backup" in clerk.told[0]
    services.backup.back_up()
    clerk.asked.clear()
    ui.remind_at_start()
    assert not clerk.asked
    assert services.backup.last_backup_time() <= dt.datetime(2026, 11, 28, 9, 30)
