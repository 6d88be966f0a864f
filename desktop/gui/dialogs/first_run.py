"""The first start: office name, its sub-units, the clerk, and sample data to try the app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.gui.dialogs.encryption_ui import EncryptionPrompts, after_encrypting
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.i18n import error_text
from desktop.services.safety.backup import BackupService
from desktop.services.safety.encryption import EncryptionService
from desktop.services.safety.security import SecurityService
from desktop.services.settings import CLERK_NAME, CLERK_PHONE, OFFICE_NAME, SettingsService
from desktop.services.setup import OfficeSetup, SetupService, unique_names

if TYPE_CHECKING:
    from desktop.services.container import Services

DEMO_PERSONS = 300


def unit_lines(text: str) -> list[str]:
    """One name per line; blanks and repeats dropped, order kept."""
    return list(unique_names(text.splitlines()))


@dataclass(frozen=True)
class FirstRunServices:
    """What the first start sets up: the office, its units and the clerk (setup, settings),
    the optional password and encryption, and the sample data."""

    setup: SetupService
    settings: SettingsService
    security: SecurityService
    encryption: EncryptionService
    backup: BackupService  # its plain backups after an encryption
    today: Callable[[], dt.date]
    load_demo: Callable[[int], object]  # adds that many made-up persons

    @classmethod
    def of(cls, services: Services) -> FirstRunServices:
        def load_demo(persons: int) -> object:
            from desktop.services.demo.service import generate_demo  # rarely needed: not at start

            return generate_demo(services, persons=persons, seed=1)

        s = services
        return cls(s.setup, s.settings, s.security, s.encryption, s.backup, s.today, load_demo)


class FirstRunDialog(QDialog):
    """On accept the units and settings are saved (and sample data loaded if asked); an
    error goes through ``prompts``."""

    def __init__(self, services: FirstRunServices, parent: QWidget | None = None,
                 prompts: Prompts | None = None,
                 encryption_prompts: EncryptionPrompts | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._prompts: Prompts = prompts or DialogPrompts()
        self.prompts = encryption_prompts or EncryptionPrompts()  # after encrypting
        self.setWindowTitle(self.tr("Welcome to Family Ledger"))
        settings = services.settings
        intro = QLabel(self.tr(
            "Before you start, please tell the ledger about your office. The office name and "
            "your name are printed on reports; you can change them later."), self)
        intro.setWordWrap(True)
        self.office_edit = QLineEdit(settings.get(OFFICE_NAME), self)
        self.office_edit.setMaxLength(100)
        self.office_edit.setPlaceholderText(self.tr("Required"))
        self.units_edit = QPlainTextEdit(self)
        self.units_edit.setTabChangesFocus(True)
        self.units_edit.setPlaceholderText(self.tr("One sub-unit per line (may stay empty)"))
        self.clerk_edit = QLineEdit(settings.get(CLERK_NAME), self)
        self.clerk_edit.setMaxLength(50)
        self.phone_edit = QLineEdit(settings.get(CLERK_PHONE), self)
        self.phone_edit.setMaxLength(40)
        self.demo_check = QCheckBox(self.tr("Load sample data to try the app"), self)
        self.demo_check.setToolTip(self.tr("Adds {count} made-up persons. Use a fresh data file "
                                           "for real work.").replace("{count}", str(DEMO_PERSONS)))
        self.password_edit = QLineEdit(self)
        self.repeat_edit = QLineEdit(self)
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Optional; asked at every start"))
        self.encrypt_check = QCheckBox(self.tr("&Encrypt the data file with the password"), self)
        self.encrypt_check.setChecked(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("&Office name"), self.office_edit)
        form.addRow(self.tr("&Sub-units"), self.units_edit)
        form.addRow(self.tr("Your &name"), self.clerk_edit)
        form.addRow(self.tr("Your &phone"), self.phone_edit)
        form.addRow(self.tr("Pass&word"), self.password_edit)
        form.addRow(self.tr("&Repeat password"), self.repeat_edit)
        form.addRow("", self.encrypt_check)
        form.addRow("", self.demo_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.office_edit.setFocus()

    def accept(self) -> None:
        office = " ".join(self.office_edit.text().split())
        clerk = " ".join(self.clerk_edit.text().split())
        if not office:
            self.message.setText(self.tr("Please enter the name of your office."))
            self.office_edit.setFocus()
            return
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            self.repeat_edit.setFocus()
            return
        try:
            if password:
                self.services.security.check_new(password)
            self._save(office, clerk)
        except LedgerError as exc:
            self.message.setText(error_text(exc))
            (self.password_edit if exc.field == "password" else self.units_edit).setFocus()
            return
        if self.demo_check.isChecked():
            self._load_demo()
        if password and not self.services.security.has_password():
            self._set_password(password)
        super().accept()

    def _set_password(self, password: str) -> None:
        """After the sample data, so that they are encrypted with the rest."""
        encrypt = self.encrypt_check.isChecked()
        try:
            self.services.encryption.set_password(password, encrypt=encrypt)
        except LedgerError as exc:
            self._prompts.show_error(self, exc)
            return
        if encrypt:
            after_encrypting(self, self.services, password, self.prompts)

    def _save(self, office: str, clerk: str) -> None:
        self.services.setup.set_up(OfficeSetup(
            office, tuple(unit_lines(self.units_edit.toPlainText())), clerk, self.phone_edit.text()))

    def _load_demo(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.services.load_demo(DEMO_PERSONS)
        except Exception as exc:  # the setup itself is saved; tell the clerk and go on
            QApplication.restoreOverrideCursor()
            self._prompts.show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
