"""设置 › 账户, driven like the clerk: add, change a password, disable and enable, with the
command line's rules and refusals said in the dialog (in Chinese)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from desktop.gui.dialogs.accounts_dialog import AccountsDialog
from desktop.gui.dialogs.settings_dialog import SettingsDialog
from desktop.gui.dialogs.settings_services import SettingsServices
from desktop.i18n import install_translators
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services, type_into

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    yield services
    engine.dispose()


def _dialog(qtbot, services) -> AccountsDialog:
    dialog = AccountsDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot, dialog, name: str | None, password: str, repeat: str | None = None) -> None:
    if name is not None:
        type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.password, password)
    type_into(qtbot, dialog.repeat, password if repeat is None else repeat)


def _cells(dialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(4)]


def test_add_change_disable_and_enable(qtbot, ledger, chinese, tmp_path):
    dialog = _dialog(qtbot, ledger)
    assert dialog.empty_note.isVisible() and dialog.table.rowCount() == 0
    assert "任何已登录的文书" in dialog.rule.text()
    _fill(qtbot, dialog, "王会计", "wang-2026", "wang-2027")
    click(qtbot, dialog.add_button)
    assert "不一致" in dialog.message.text() and not ledger.accounts.any()
    assert dialog.name.text() == "王会计"  # nothing typed is lost
    _fill(qtbot, dialog, None, "wang-2026")
    click(qtbot, dialog.add_button)
    assert "已添加账户 王会计" in dialog.message.text()
    assert _cells(dialog, 0) == ["王会计", "2026-11-28", "可以登录", "从未登录"]
    _fill(qtbot, dialog, "李文书", "abc")  # too short: the service's rule, said here
    click(qtbot, dialog.add_button)
    assert "至少" in dialog.message.text() and dialog.table.rowCount() == 1
    _fill(qtbot, dialog, "李文书", "li-2026")
    click(qtbot, dialog.add_button)
    assert dialog.table.rowCount() == 2 and dialog.selected().name == "李文书"

    ledger.sign_in("王会计", "wang-2026")  # her sign-in shows when the list is read again
    dialog.table.selectRow(1)
    _fill(qtbot, dialog, None, "wang-new-1")
    click(qtbot, dialog.password_button)
    assert "王会计 的密码已修改" in dialog.message.text()
    assert ledger.accounts.verify("王会计", "wang-new-1")
    dialog.table.selectRow(0)
    assert dialog.disable_button.text() == "停用(&D)"
    click(qtbot, dialog.disable_button)
    assert "已停用" in _cells(dialog, 0)[2]
    assert dialog.disable_button.text() == "恢复(&E)"
    dialog.table.selectRow(1)
    click(qtbot, dialog.disable_button)  # the last one that can sign in
    assert "最后一个" in dialog.message.text() or "last" in dialog.message.text()
    assert ledger.accounts.verify("王会计", "wang-new-1")
    dialog.table.selectRow(0)
    click(qtbot, dialog.disable_button)
    assert _cells(dialog, 0)[2] == "可以登录"
    assert ledger.accounts.verify("李文书", "li-2026")
    dialog.reload()
    assert _cells(dialog, 1)[3].startswith("2026-11-28")  # 王会计's last sign-in
    shot = os.environ.get("FAMILY_LEDGER_SCREENS")
    if shot:  # a look at it: FAMILY_LEDGER_SCREENS=folder
        dialog.grab().save(os.path.join(shot, "accounts_dialog.png"))


def test_settings_opens_the_accounts(qtbot, ledger, chinese):
    settings = SettingsDialog(SettingsServices.of(ledger))
    qtbot.addWidget(settings)
    settings.show()
    assert settings.accounts_button.text() == "账户(&A)…"
    seen: list[AccountsDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AccountsDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, look)
    click(qtbot, settings.accounts_button)
    assert len(seen) == 1
