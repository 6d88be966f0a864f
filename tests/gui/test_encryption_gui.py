"""Encryption from the window: settings, the first start and opening an encrypted file."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from desktop.gui.dialogs.encryption_ui import (
    EncryptionPrompts,
    Opened,
    RecoveryDialog,
    unlock_file_at_start,
)
from desktop.gui.dialogs.first_run import FirstRunDialog, FirstRunServices
from desktop.gui.dialogs.settings_dialog import SettingsDialog, SettingsServices
from desktop.gui.lock_screen import LockScreen
from desktop.store import crypt
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

PASSWORD = "Mima-2026"


class Answers(EncryptionPrompts):
    def __init__(self, tmp_path, backups="encrypt", sheet=True):
        self.sheet = tmp_path / "sheet.pdf" if sheet else None
        self.backups = backups
        self.asked_backups: list[list[str]] = []
        self.told: list[str] = []

    def backups_choice(self, parent, names):
        self.asked_backups.append(names)
        return self.backups

    def sheet_path(self, parent):
        return self.sheet

    def tell(self, parent, text):
        self.told.append(text)


@pytest.fixture(autouse=True)
def _fresh_keyring():
    crypt.KEYS.forget_all()
    yield
    crypt.KEYS.forget_all()


def test_setting_a_password_encrypts_and_offers_backups_and_the_sheet(
        qtbot, services, sample, db_path, tmp_path):
    services.backup.auto_dir.mkdir(parents=True, exist_ok=True)
    old = services.backup.back_up()
    answers = Answers(tmp_path)
    dialog = SettingsDialog(SettingsServices.of(services), prompts=answers)
    qtbot.addWidget(dialog)
    assert dialog.encrypt_check.isChecked()  # on by default when a password is set
    type_into(qtbot, dialog.new_password, PASSWORD)
    type_into(qtbot, dialog.repeat_password, PASSWORD)
    click(qtbot, dialog.set_button)
    assert not crypt.is_plain(db_path) and crypt.key_path(db_path).is_file()
    assert answers.asked_backups == [[old.path.name]]
    assert not crypt.is_plain(old.path)  # encrypted as chosen
    text = PdfReader(answers.sheet).pages[0].extract_text()
    code = next(word for word in text.split() if word.count("-") == 5)
    services.engine.dispose()
    crypt.KEYS.forget_all()
    assert crypt.unlock(db_path, code, crypt.RECOVERY_SLOT) is not None
    assert services.person_list is not None and services.security.verify(PASSWORD)
    assert dialog.encrypt_check.isChecked() and dialog.sheet_button.isEnabled()


def test_the_box_turns_encryption_off_and_on_with_the_current_password(
        qtbot, services, sample, db_path, tmp_path):
    services.encryption.set_password(PASSWORD)
    dialog = SettingsDialog(SettingsServices.of(services), prompts=Answers(tmp_path, sheet=False))
    qtbot.addWidget(dialog)
    assert dialog.encrypt_check.isChecked()
    click(qtbot, dialog.encrypt_check)  # no current password typed: refused, unchanged
    assert not crypt.is_plain(db_path) and dialog.encrypt_check.isChecked()
    assert "current password" in dialog.message.text()
    type_into(qtbot, dialog.old_password, PASSWORD)
    click(qtbot, dialog.encrypt_check)
    assert crypt.is_plain(db_path) and not dialog.encrypt_check.isChecked()
    assert services.security.verify(PASSWORD)  # the password still guards the window
    type_into(qtbot, dialog.old_password, PASSWORD)
    click(qtbot, dialog.encrypt_check)
    assert not crypt.is_plain(db_path)


def test_first_start_can_set_an_encrypting_password(qtbot, services, db_path, tmp_path):
    answers = Answers(tmp_path)
    dialog = FirstRunDialog(FirstRunServices.of(services), encryption_prompts=answers)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.office_edit, "城关镇计生办")
    type_into(qtbot, dialog.password_edit, PASSWORD)
    type_into(qtbot, dialog.repeat_edit, "other")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not the same" in dialog.message.text() and crypt.is_plain(db_path)
    dialog.repeat_edit.clear()
    type_into(qtbot, dialog.repeat_edit, PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not crypt.is_plain(db_path)
    assert answers.sheet.is_file()
    assert "城关镇计生办" in PdfReader(answers.sheet).pages[0].extract_text()


def test_an_encrypted_file_asks_its_password_before_opening(
        qtbot, services, sample, db_path, monkeypatch):
    services.encryption.set_password(PASSWORD)
    services.engine.dispose()
    crypt.KEYS.forget_all()
    tries = []

    def answer(self):  # the clerk types a wrong password, then the right one
        self.show()
        for text in ("wrong-one", PASSWORD):
            self.password.setText(text)
            self.unlock_button.click()
            tries.append(self.message.text())
        return self.result()

    monkeypatch.setattr(LockScreen, "exec", answer)
    assert unlock_file_at_start(db_path) == Opened(PASSWORD)
    assert "not correct" in tries[0]
    assert crypt.key_for(db_path) is not None


def test_a_forgotten_password_is_replaced_with_the_recovery_code(
        qtbot, services, sample, db_path, monkeypatch):
    services.encryption.set_password(PASSWORD)
    code = services.encryption.new_recovery_code(PASSWORD)
    services.engine.dispose()
    crypt.KEYS.forget_all()
    messages = []

    def fill(self):  # a mistyped code first, then the one on the sheet
        self.show()
        for typed in ("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", code.lower()):
            self.code_edit.setText(typed)
            self.new_edit.setText("Xin-mima-1")
            self.repeat_edit.setText("Xin-mima-1")
            self.accept()
            messages.append(self.message.text())
        return self.result()

    def at_lock(self):
        self.show()
        self.forgot_button.click()
        return self.result()

    monkeypatch.setattr(RecoveryDialog, "exec", fill)
    monkeypatch.setattr(LockScreen, "exec", at_lock)
    opened = unlock_file_at_start(db_path)
    assert "not correct" in messages[0]
    assert opened == Opened("Xin-mima-1", code.lower())
    opened.finish(services.encryption)
    crypt.KEYS.forget_all()
    assert crypt.unlock(db_path, PASSWORD) is None
    assert crypt.unlock(db_path, "Xin-mima-1") is not None
    assert services.security.verify("Xin-mima-1")
