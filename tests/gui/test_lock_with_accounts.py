"""The idle lock once the ledger has accounts: the signed-in clerk's password unlocks, or
another clerk signs in instead (the window's title and the change log name her then);
wrong passwords wait after five, said on the screen. Without accounts, as before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.gui.main_window import MainWindow
from desktop.services.container import build_services
from desktop.store.db import open_database
from desktop.store.models import ChangeLog
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, TODAY, click, type_into

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


class Clock:
    def __init__(self) -> None:
        self.at = dt.datetime(2026, 11, 28, 9, 30)

    def __call__(self) -> dt.datetime:
        return self.at


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def signed_in(tmp_path, clock):
    engine = open_database(tmp_path / "ledger.db", tmp_path / "backups")
    services = build_services(engine, today=lambda: TODAY, now=clock)
    services.units.add("一村")
    services.accounts.add("王会计", "wang-2026")
    services.accounts.add("李文书", "li-2026")
    services.sign_in("王会计", "wang-2026")
    yield services
    engine.dispose()


@pytest.fixture
def window(qtbot, signed_in, tmp_path, qsettings):
    win = MainWindow(signed_in, tmp_path / "ledger.db", qsettings)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    screen = win.privacy.controller.screen
    if screen is not None:  # a failed test must not leave a modal cover behind
        screen._unlocked = True
        screen.close()


def _locked(qtbot, window):
    controller = window.privacy.controller
    assert window.privacy.lock_action.isEnabled()  # no office password: the accounts lock
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.is_locked()
    qtbot.waitExposed(controller.screen)
    return controller.screen


def test_her_password_unlocks(qtbot, window):
    assert window.privacy.controller.idle_timer.isActive()  # idle lock on, with accounts
    screen = _locked(qtbot, window)
    assert screen.name is not None and screen.name.text() == "王会计"
    assert "王会计 is signed in" in screen.prompt.text()
    type_into(qtbot, screen.password, "li-2026")  # another clerk's password: not hers
    click(qtbot, screen.unlock_button)
    assert window.privacy.controller.is_locked()
    assert "not correct" in screen.message.text()
    type_into(qtbot, screen.password, "wang-2026")
    click(qtbot, screen.unlock_button)
    assert not window.privacy.controller.is_locked()
    assert "王会计" in window.windowTitle()


def test_another_clerk_signs_in_instead(qtbot, window, signed_in):
    screen = _locked(qtbot, window)
    type_into(qtbot, screen.name, "李文书")
    type_into(qtbot, screen.password, "li-2026")
    with qtbot.waitSignal(window.privacy.controller.clerk_changed) as changed:
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert changed.args == ["李文书"]
    assert not window.privacy.controller.is_locked()
    assert "李文书" in window.windowTitle() and "王会计" not in window.windowTitle()
    unit = signed_in.units.find_by_name("一村").id
    signed_in.units.rename(unit, "一村委会")  # her write, in the change log
    with signed_in.factory() as session:
        last = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
    assert last.user == "李文书"


def test_wrong_passwords_wait_and_the_screen_says_how_long(qtbot, window, clock):
    screen = _locked(qtbot, window)
    for _ in range(5):
        type_into(qtbot, screen.password, "nope-nope")
        click(qtbot, screen.unlock_button)
    assert "30 seconds" in screen.message.text()
    type_into(qtbot, screen.password, "wang-2026")  # right, but too soon
    click(qtbot, screen.unlock_button)
    assert window.privacy.controller.is_locked()
    assert "seconds" in screen.message.text()
    clock.at += dt.timedelta(seconds=31)
    type_into(qtbot, screen.password, "wang-2026")
    click(qtbot, screen.unlock_button)
    assert not window.privacy.controller.is_locked()


def test_without_accounts_the_office_password_as_before(qtbot, tmp_path, qsettings):
    engine = open_database(tmp_path / "ledger.db", tmp_path / "backups")
    services = build_services(engine, today=lambda: TODAY)
    try:
        services.security.set_password("office-1")
        win = MainWindow(services, tmp_path / "ledger.db", qsettings)
        qtbot.addWidget(win)
        win.privacy.lock_action.trigger()
        screen = win.privacy.controller.screen
        assert screen is not None and screen.name is None
        type_into(qtbot, screen.password, "office-1")
        click(qtbot, screen.unlock_button)
        assert not win.privacy.controller.is_locked()
    finally:
        engine.dispose()


def test_the_idle_time_is_set_with_accounts_and_no_office_password(qtbot, window, signed_in):
    from desktop.gui.dialogs.settings_dialog import SettingsDialog
    from desktop.gui.dialogs.settings_services import SettingsServices

    dialog = SettingsDialog(SettingsServices.of(signed_in), window)
    qtbot.addWidget(dialog)
    assert not signed_in.security.has_password()
    assert dialog.idle_spin.isEnabled()  # the clerk's password locks the screen
    dialog.idle_spin.setValue(3)
    dialog.accept()
    assert signed_in.security.idle_minutes() == 3
