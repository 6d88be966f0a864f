"""The lock: at start, after the idle time, on Ctrl+L; typed data survives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.person_editor import PersonEditor
from desktop.gui.dialogs.prompts import Unsaved
from desktop.gui.lock_screen import LockScreen, unlock_at_start
from desktop.gui.main_window import MainWindow
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

PASSWORD = "secret12"


@pytest.fixture
def window(qtbot, services, sample, db_path, qsettings):
    services.security.set_password(PASSWORD)
    win = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    screen = win.privacy.controller.screen
    if screen is not None:  # a failed test must not leave a modal cover behind
        screen._unlocked = True
        screen.close()


def unlock(qtbot, controller, password: str) -> None:
    screen = controller.screen
    type_into(qtbot, screen.password, password)
    click(qtbot, screen.unlock_button)


def test_ctrl_l_locks_and_the_password_unlocks(qtbot, window):
    controller = window.privacy.controller
    assert window.privacy.lock_action.isEnabled()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.is_locked()
    screen = controller.screen
    qtbot.waitExposed(screen)
    assert screen.isVisible() and screen.isModal()
    assert QApplication.activeModalWidget() is screen
    unlock(qtbot, controller, "wrong")
    assert controller.is_locked() and screen.isVisible()
    assert "not correct" in screen.message.text()
    assert screen.password.text() == ""
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # Esc does not unlock
    assert screen.isVisible()
    unlock(qtbot, controller, PASSWORD)
    assert not controller.is_locked()
    assert not screen.isVisible()


def test_idle_timer_locks_and_input_restarts_it(qtbot, window, services):
    controller = window.privacy.controller
    assert controller.idle_timer.isActive()
    assert controller.idle_timer.interval() == 10 * 60_000
    controller.idle_timer.stop()
    controller.idle_timer.start(5_000)
    qtbot.mouseMove(window.nav)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert controller.idle_timer.remainingTime() > 5_000 - 1_000  # input started it again
    with qtbot.waitSignal(controller.locked):
        controller.idle_timer.timeout.emit()  # the idle time is over
    assert controller.is_locked() and not controller.idle_timer.isActive()
    unlock(qtbot, controller, PASSWORD)
    assert controller.idle_timer.isActive()  # counting again after unlocking


def test_without_password_lock_is_disabled(qtbot, services, sample, db_path, qsettings):
    win = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(win)
    action = win.privacy.lock_action
    assert not action.isEnabled()
    assert "password" in action.toolTip().lower()
    assert not win.privacy.controller.idle_timer.isActive()
    assert win.privacy.controller.lock() is False
    assert win.privacy.controller.screen is None


def test_unsaved_editor_data_survives_the_lock(qtbot, window, services, sample):
    editor = PersonEditor(EditorServices.of(services), sample.persons["王芳"], window,
                          prompts=ScriptedPrompts(unsaved=Unsaved.DISCARD))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    type_into(qtbot, editor.form.texts["phone"], "13900002222")
    type_into(qtbot, editor.form.texts["name"], "王芳芳")
    assert editor.is_dirty()
    window.privacy.lock_action.trigger()
    controller = window.privacy.controller
    assert controller.is_locked()
    assert editor.isVisible()  # nothing closed, nothing hidden
    unlock(qtbot, controller, PASSWORD)
    assert not controller.is_locked()
    assert editor.isVisible() and editor.is_dirty()
    assert editor.form.texts["phone"].text() == "13900002222"
    assert editor.form.texts["name"].text() == "王芳芳"


def run_wrong_then_right(dialog: LockScreen) -> int:
    dialog.show()
    dialog.password.setText("nope")
    dialog.unlock_button.click()
    assert "not correct" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.password.setText(PASSWORD)
    dialog.unlock_button.click()
    return dialog.result()


def run_quit(dialog: LockScreen) -> int:
    dialog.show()
    assert dialog.quit_button.isVisible()
    dialog.quit_button.click()
    return dialog.result()


def test_start_asks_for_the_password(qtbot, services):
    services.security.set_password(PASSWORD)
    assert unlock_at_start(services.security, run_wrong_then_right) is True
    assert unlock_at_start(services.security, run_quit) is False


@pytest.mark.parametrize("size", [(1100, 700), (1366, 768), (1920, 1080)])
def test_the_lock_screen_is_one_centred_panel_at_any_size(qtbot, services, size):
    services.security.set_password(PASSWORD)
    screen = LockScreen(services.security)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    panel = screen.panel.geometry()
    assert abs(panel.center().x() - screen.width() / 2) <= 2
    assert abs(panel.center().y() - screen.height() / 2) <= 2
    assert panel.height() < 320 and panel.width() < 520  # together, not spread over the height
    for widget in (screen.password, screen.unlock_button, screen.message):
        assert screen.panel.isAncestorOf(widget)
    screen._unlocked = True
    screen.close()
