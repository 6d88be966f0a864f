"""Settings: the office's details, reminders, the optional password and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.gui.dialogs.encryption_ui import (
    EncryptionPrompts,
    after_encrypting,
    print_recovery_sheet,
)
from desktop.gui.dialogs.font_choice import FontChoice
from desktop.gui.dialogs.reminder_settings import ReminderSettingsBox
from desktop.gui.dialogs.settings_services import SettingsServices
from desktop.i18n import error_text
from desktop.services.safety.security import MAX_IDLE_MINUTES
from desktop.services.settings import CLERK_NAME, CLERK_PHONE, OFFICE_NAME, PDF_FONT_PATH

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SettingsDialog(QDialog):
    """Password buttons act at once; OK saves the office details and the idle time."""

    security_changed = Signal()

    def __init__(self, services: SettingsServices, parent: QWidget | None = None,
                 prompts: EncryptionPrompts | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or EncryptionPrompts()  # the questions after encrypting
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)  # the slip place and the font names fit
        settings = services.settings
        self.office_edit = QLineEdit(settings.get(OFFICE_NAME), self)
        self.clerk_edit = QLineEdit(settings.get(CLERK_NAME), self)
        self.phone_edit = QLineEdit(settings.get(CLERK_PHONE), self)
        for edit, length in ((self.office_edit, 100), (self.clerk_edit, 50),
                             (self.phone_edit, 30)):
            edit.setMaxLength(length)
        office = QGroupBox(self.tr("Office"), self)
        office_form = QFormLayout(office)
        office_form.addRow(self.tr("&Office name"), self.office_edit)
        office_form.addRow(self.tr("&Clerk's name"), self.clerk_edit)
        office_form.addRow(self.tr("Clerk's &phone"), self.phone_edit)
        self.font_choice = FontChoice(settings.pdf_font_path(), self)
        office_form.addRow(self.tr("&Font of printed documents"), self.font_choice)

        self.password_state = QLabel(self)
        self.old_password = _password_edit(self)
        self.new_password = _password_edit(self)
        self.repeat_password = _password_edit(self)
        self.set_button = QPushButton(self)
        self.set_button.clicked.connect(self.set_password)
        self.clear_button = QPushButton(self.tr("&Remove password"), self)
        self.clear_button.clicked.connect(self.clear_password)
        self.encrypt_check = QCheckBox(self.tr("&Encrypt the data file"), self)
        self.encrypt_check.setToolTip(self.tr(
            "The data file and every backup the app writes can be read only with the password "
            "or the recovery code."))
        if services.encryption.on_server():  # the server keeps its files: the dumps are ours
            self.encrypt_check.setText(self.tr("&Encrypt the server's backups"))
            self.encrypt_check.setToolTip(self.tr(
                "Every backup the app writes of the server's database can be read only with "
                "the password or the recovery code."))
        self.encrypt_check.toggled.connect(self._encryption_toggled)
        self.sheet_button = QPushButton(self.tr("Print a recovery &sheet..."), self)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(0, MAX_IDLE_MINUTES)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("Never"))
        self.idle_spin.setValue(services.security.idle_minutes())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        lock = QGroupBox(self.tr("Password and lock"), self)
        lock_form = QFormLayout(lock)
        lock_form.addRow(self.password_state)
        lock_form.addRow(self.tr("C&urrent password"), self.old_password)
        lock_form.addRow(self.tr("&New password"), self.new_password)
        lock_form.addRow(self.tr("&Repeat new password"), self.repeat_password)
        row = QHBoxLayout()
        row.addWidget(self.set_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        lock_form.addRow(row)
        lock_form.addRow(self.encrypt_check)
        lock_form.addRow(self.sheet_button)
        lock_form.addRow(self.tr("&Lock after idle time"), self.idle_spin)

        self.reminders_box = ReminderSettingsBox(services.settings, self)
        self.targets_button = QPushButton(self.tr("&Targets and verification sample…"), self)
        self.targets_button.clicked.connect(self.open_targets)
        self.database_button = QPushButton(self.tr("&Database…"), self)
        self.database_button.clicked.connect(self.open_database)
        self.accounts_button = QPushButton(self.tr("&Accounts…"), self)
        self.accounts_button.clicked.connect(self.open_accounts)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(office)
        layout.addWidget(self.reminders_box)
        row = QHBoxLayout()
        row.addWidget(self.targets_button)
        row.addWidget(self.database_button)
        row.addWidget(self.accounts_button)
        layout.addLayout(row)
        layout.addWidget(lock)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_password_state()

    def open_targets(self) -> None:
        """设置 › 考核目标 (saved by its own OK)."""
        from desktop.gui.dialogs.targets_dialog import TargetsDialog

        dialog = TargetsDialog(self.services.settings, self.services.security, self)
        dialog.exec()
        dialog.deleteLater()

    def open_database(self) -> None:
        """设置 › 数据库: the open ledger, a server tried out, the one for the next start."""
        from desktop.gui.dialogs.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.services.engine, self)
        dialog.exec()
        dialog.deleteLater()

    def open_accounts(self) -> None:
        """设置 › 账户: the clerks' accounts (the command line's rules)."""
        from desktop.gui.dialogs.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.services.accounts, self)
        dialog.exec()
        dialog.deleteLater()

    def _can_lock(self) -> bool:
        """The screen locks with the office password or, with accounts, the clerk's."""
        return self.services.security.has_password() or bool(self.services.clerk.name)

    def _show_password_state(self) -> None:
        has = self.services.security.has_password()
        self.password_state.setText(
            self.tr("A password is set: it is asked at start and to unlock.") if has else
            self.tr("No password is set: anyone at this PC can open the records."))
        self.old_password.setEnabled(has)
        self.clear_button.setEnabled(has)
        self.idle_spin.setEnabled(self._can_lock())
        self.set_button.setText(self.tr("&Change password") if has else self.tr("&Set password"))
        self.sheet_button.setEnabled(has)
        self.encrypt_check.blockSignals(True)  # showing the state is not a request to change it
        self.encrypt_check.setChecked(self.services.encryption.is_encrypted() or not has)
        self.encrypt_check.blockSignals(False)
        for edit in (self.old_password, self.new_password, self.repeat_password):
            edit.clear()

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    def set_password(self) -> bool:
        new = self.new_password.text()
        if new != self.repeat_password.text():
            self._say(self.tr("The two new passwords are not the same."), False)
            self.repeat_password.setFocus()
            return False
        had = self.services.security.has_password()
        encrypt = self.encrypt_check.isChecked()
        try:
            if had:
                self.services.encryption.change_password(self.old_password.text(), new)
            else:
                self.services.encryption.set_password(new, encrypt=encrypt)
        except LedgerError as exc:
            self._say(error_text(exc), False)
            return False
        self._show_password_state()
        self._say(self.tr("The password was changed.") if had else
                  self.tr("The password was set. Keep it safe: without it the records "
                          "cannot be opened in this app."), True)
        if not had and encrypt:
            after_encrypting(self, self.services, new, self.prompts)
        self.security_changed.emit()
        return True

    def _encryption_toggled(self, on: bool) -> None:
        """With a password set, the box converts the file at once (the current password)."""
        if not self.services.security.has_password():
            return
        password = self.old_password.text()
        try:
            if on:
                self.services.encryption.encrypt(password)
            else:
                self.services.encryption.decrypt(password)
        except LedgerError as exc:
            self._show_password_state()
            self._say(error_text(exc) + "\n" + self.tr(
                "Type the current password first."), False)
            return
        self._show_password_state()
        if self.services.encryption.on_server():
            self._say(self.tr("The server's backups are encrypted from now on.") if on else
                      self.tr("The server's backups are written plain from now on."), True)
        else:
            self._say(self.tr("The data file is encrypted.") if on else
                      self.tr("The data file is stored plain now."), True)
        if on:
            after_encrypting(self, self.services, password, self.prompts)

    def print_sheet(self) -> None:
        """A new recovery code (the current password is needed)."""
        if not self.services.encryption.verify(self.old_password.text()):
            self._say(self.tr("Type the current password first."), False)
            return
        print_recovery_sheet(self, self.services, self.old_password.text(), self.prompts)

    def clear_password(self) -> bool:
        try:
            self.services.encryption.remove_password(self.old_password.text())
        except LedgerError as exc:
            self._say(error_text(exc), False)
            return False
        self._show_password_state()
        self._say(self.tr("The password was removed; the screen no longer locks."), True)
        self.security_changed.emit()
        return True

    def _font_value(self) -> dict[str, str]:
        value = self.font_choice.value()
        return {} if value == (self.services.settings.pdf_font_path() or "") else \
            {PDF_FONT_PATH: value}

    def accept(self) -> None:
        try:
            self.services.security.set_office_details({
                OFFICE_NAME: self.office_edit.text().strip(),
                CLERK_NAME: self.clerk_edit.text().strip(),
                CLERK_PHONE: " ".join(self.phone_edit.text().split()),
                **self.reminders_box.values(),
                **self._font_value(),
            })
            if self._can_lock():
                self.services.security.set_idle_minutes(self.idle_spin.value())
        except LedgerError as exc:
            self._say(error_text(exc), False)
            return
        self.services.user.name = self.clerk_edit.text().strip()  # the change log names the clerk
        self.security_changed.emit()
        super().accept()
