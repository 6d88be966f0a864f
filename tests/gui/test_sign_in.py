"""Signing in at start once the ledger has accounts, driven like the clerk does it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

import desktop.app as app_module
from desktop.app import run_gui
from desktop.gui.dialogs.sign_in import SignInDialog, sign_in_at_start
from desktop.gui.main_window import MainWindow
from desktop.services.settings import SETUP_DONE
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_wrong_password_is_refused_and_the_right_one_signs_in(qtbot, services):
    services.accounts.add("王会计", "wang-2026")

    def clerk(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        type_into(qtbot, dialog.name, "王会计")
        type_into(qtbot, dialog.password, "wrong-pw")
        click(qtbot, dialog.sign_in_button)
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "不正确" in dialog.message.text() or "not correct" in dialog.message.text()
        assert dialog.name.text() == "王会计" and dialog.password.text() == ""
        type_into(qtbot, dialog.password, "wang-2026")
        click(qtbot, dialog.sign_in_button)
        return dialog.result()

    assert sign_in_at_start(services, run=clerk) is True
    assert services.user() == "王会计"


def test_quit_leaves_her_signed_out(qtbot, services):
    services.accounts.add("王会计", "wang-2026")

    def quits(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        click(qtbot, dialog.quit_button)
        return dialog.result()

    assert sign_in_at_start(services, run=quits) is False
    assert services.user.account == ""


def test_the_app_shows_nothing_of_the_ledger_before_she_signs_in(
        qtbot, services, sample, db_path, monkeypatch):
    services.settings.set_many({SETUP_DONE: "1"})  # the office was set up long ago
    services.accounts.add("李文书", "li-2026")
    services.engine.dispose()
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(50, drive)
            return
        seen["windows_before"] = [w for w in QApplication.topLevelWidgets()
                                  if isinstance(w, MainWindow)]
        type_into(qtbot, dialog.name, "李文书")
        type_into(qtbot, dialog.password, "nope-nope")
        click(qtbot, dialog.sign_in_button)
        seen["refused"] = dialog.isVisible() and bool(dialog.message.text())
        type_into(qtbot, dialog.password, "li-2026")
        click(qtbot, dialog.sign_in_button)

    def show_window(app, signed_services, path, smoke_test, started_at) -> int:
        seen["user"] = signed_services.user()
        return 0

    monkeypatch.setattr(app_module, "_show_window", show_window)
    QTimer.singleShot(0, drive)
    assert run_gui(db_path, "en", False, 0.0) == 0
    assert seen == {"windows_before": [], "refused": True, "user": "李文书"}


def test_a_smoke_test_stops_before_signing_in(services, sample, db_path, capsys):
    services.accounts.add("李文书", "li-2026")
    services.engine.dispose()
    assert run_gui(db_path, "en", True, 0.0) == 0
    assert '"locked": true' in capsys.readouterr().out


def test_the_window_title_names_the_signed_in_clerk(qtbot, services, db_path, qsettings):
    services.accounts.add("李文书", "li-2026")
    services.sign_in("李文书", "li-2026")
    window = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(window)
    assert "李文书" in window.windowTitle()


def test_five_wrong_passwords_make_her_wait_even_after_a_restart(qtbot, db_path):
    import datetime as dt

    from desktop.services.container import build_services
    from desktop.store.db import open_database

    clock = [dt.datetime(2026, 11, 28, 9, 30)]
    engine = open_database(db_path, db_path.parent / "backups")
    try:
        services = build_services(engine, now=lambda: clock[0])
        services.accounts.add("王会计", "wang-2026")

        def guesses(dialog: SignInDialog) -> int:
            qtbot.addWidget(dialog)
            dialog.show()
            type_into(qtbot, dialog.name, "王会计")
            for _ in range(5):
                type_into(qtbot, dialog.password, "nope-nope")
                click(qtbot, dialog.sign_in_button)
            assert "5 wrong passwords" in dialog.message.text()
            assert "30 seconds" in dialog.message.text()
            click(qtbot, dialog.quit_button)
            return dialog.result()

        assert sign_in_at_start(services, run=guesses) is False
        restarted = build_services(engine, now=lambda: clock[0])  # the app opened again

        def right_but_too_soon(dialog: SignInDialog) -> int:
            qtbot.addWidget(dialog)
            dialog.show()
            type_into(qtbot, dialog.name, "王会计")
            type_into(qtbot, dialog.password, "wang-2026")
            click(qtbot, dialog.sign_in_button)
            assert dialog.result() != QDialog.DialogCode.Accepted
            assert "try again in 30 seconds" in dialog.message.text()
            clock[0] += dt.timedelta(seconds=30)
            type_into(qtbot, dialog.password, "wang-2026")
            click(qtbot, dialog.sign_in_button)
            return dialog.result()

        assert sign_in_at_start(restarted, run=right_but_too_soon) is True
        assert restarted.user() == "王会计"
    finally:
        engine.dispose()
