"""设置 › 账户: the clerks' accounts, with the command line's rules.

Any clerk who is signed in (or anyone, while the ledger has no account yet) may add an
account, set a new password for any account, and disable or enable one; the last account
that can sign in cannot be disabled. The dialog says so. Passwords are typed twice and
never shown; every change is in the change log, never a password.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.i18n import error_text
from desktop.services.accounts.service import AccountRow, AccountService

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


class AccountsDialog(QDialog):
    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._rows: list[AccountRow] = []
        self.setWindowTitle(self.tr("Accounts"))
        self.rule = QLabel(self.tr(
            "Any clerk who is signed in may add an account, set a new password for any "
            "account, and disable or enable one, as on the command line. The last account "
            "that can sign in cannot be disabled. Once the ledger has an account, everyone "
            "signs in at start."), self)
        self.rule.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Added on"), self.tr("State"), self.tr("Last sign-in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty_note = QLabel(self.tr(
            "No accounts yet: the ledger opens without signing in."), self)

        self.name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("New &password"), self.password)
        form.addRow(self.tr("&Repeat the password"), self.repeat)
        self.add_button = QPushButton(self.tr("&Add account"), self)
        self.add_button.clicked.connect(self.add)
        self.password_button = QPushButton(self.tr("&Change password"), self)
        self.password_button.clicked.connect(self.change_password)
        self.disable_button = QPushButton(self.tr("&Disable"), self)
        self.disable_button.clicked.connect(self.toggle_disabled)
        actions = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.disable_button):
            actions.addWidget(button)
        actions.addStretch(1)
        edit = QGroupBox(self.tr("Account"), self)
        edit_box = QVBoxLayout(edit)
        edit_box.addLayout(form)
        edit_box.addLayout(actions)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.rule, self.table, self.empty_note, edit, self.message, buttons):
            layout.addWidget(widget)
        self.resize(620, 480)
        self.reload()

    # -- the list ----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self._rows = self._accounts.list()
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            state = self.tr("Can sign in") if row.active else self.tr(
                "Disabled on {date}").replace("{date}", _when(row.disabled_at)[:10])
            cells = (row.name, _when(row.created_at)[:10], state,
                     _when(row.last_sign_in_at) or self.tr("Never"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.name)
                self.table.setItem(index, column, item)
        self.empty_note.setVisible(not self._rows)
        names = [row.name for row in self._rows]
        if select in names:
            self.table.selectRow(names.index(select))
        self._selected()

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        row = self.selected()
        self.password_button.setEnabled(row is not None)
        self.disable_button.setEnabled(row is not None)
        if row is not None:
            self.name.setText(row.name)
            self.disable_button.setText(self.tr("&Disable") if row.active
                                        else self.tr("&Enable"))

    # -- the changes -------------------------------------------------------------------
    def add(self) -> bool:
        password = self._new_password()
        if password is None:
            return False
        name = self.name.text()
        if not self._done(lambda: self._accounts.add(name, password)):
            return False
        self.reload(select=" ".join(name.split()))
        self._say(self.tr("Added the account {name}; from now on everyone signs in.").replace(
            "{name}", " ".join(name.split())), ok=True)
        return True

    def change_password(self) -> bool:
        row = self.selected()
        password = self._new_password() if row is not None else None
        if row is None or password is None:
            return False
        if not self._done(lambda: self._accounts.change_password(row.name, password)):
            return False
        self._say(self.tr("The password of {name} was changed.").replace("{name}", row.name),
                  ok=True)
        return True

    def toggle_disabled(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        work = self._accounts.disable if row.active else self._accounts.enable
        if not self._done(lambda: work(row.name)):
            return False
        self.reload(select=row.name)
        self._say((self.tr("The account {name} can no longer sign in.") if row.active else
                   self.tr("The account {name} can sign in again.")).replace(
            "{name}", row.name), ok=True)
        return True

    def _new_password(self) -> str | None:
        password = self.password.text()
        if password != self.repeat.text():
            self._say(self.tr("The two passwords are not the same."), ok=False)
            return None
        return password

    def _done(self, work: Callable[[], None]) -> bool:
        """Run one change; a refusal is said in the dialog, the fields kept."""
        try:
            work()
        except LedgerError as exc:
            self._say(error_text(exc), ok=False)
            return False
        self.password.clear()
        self.repeat.clear()
        return True

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)
