"""设置 › 数据库: which ledger is open, a server's address tried out, and the one to open at
the next start (remembered in the user's data folder; --db and FAMILY_LEDGER_DB still win).

The password of an address is never shown: the address is shown without it, and she types
it in a password field of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop import config
from desktop.gui.workers import Worker
from desktop.i18n import error_text
from desktop.store.server import Probe, is_server_url, probe, shown

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def split_password(address: str) -> tuple[str, str]:
    """The address without its password, and the password ("" when none)."""
    try:
        url = make_url(address)
    except ArgumentError:
        return address, ""
    bare = url._replace(password=None)  # URL.set(password=None) would keep it
    return bare.render_as_string(hide_password=False), str(url.password or "")


def with_password(address: str, password: str) -> str:
    """The full address to connect to: the typed password, if any, put in."""
    address = address.strip()
    if not password:
        return address
    try:
        return make_url(address).set(password=password).render_as_string(hide_password=False)
    except ArgumentError:
        return address


class DatabaseDialog(QDialog):
    """Closing it changes nothing; only its two buttons change the next start."""

    def __init__(self, engine: Engine, parent: QWidget | None = None,
                 prober: Callable[[str], Probe] = probe) -> None:
        super().__init__(parent)
        self.finished.connect(self._wait_for_test)
        self.setWindowTitle(self.tr("Database"))
        self.setMinimumWidth(560)
        self._prober = prober
        self._worker: Worker | None = None
        self._then: Callable[[str], None] | None = None
        self._address = ""

        self.current = QLabel(self._open_now(engine), self)
        self.current.setWordWrap(True)
        now = QGroupBox(self.tr("Open now"), self)
        QVBoxLayout(now).addWidget(self.current)

        self.address = QLineEdit(self)
        self.address.setPlaceholderText("postgresql://用户名@服务器/数据库")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("&Test the connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        server = QGroupBox(self.tr("A database server"), self)
        form = QFormLayout(server)
        form.addRow(self.tr("Server &address"), self.address)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.test_button)
        form.addRow(self.answer)

        self.at_start = QLabel(self)
        self.at_start.setWordWrap(True)
        self.use_button = QPushButton(self.tr("&Use this server from the next start"), self)
        self.use_button.clicked.connect(self.use_server)
        self.file_button = QPushButton(self.tr("Use the data &file again"), self)
        self.file_button.clicked.connect(self.use_file)
        start = QGroupBox(self.tr("At the next start"), self)
        start_layout = QVBoxLayout(start)
        start_layout.addWidget(self.at_start)
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        start_layout.addLayout(row)
        hint = QLabel(self.tr("A ledger given at start (--db or FAMILY_LEDGER_DB) is opened "
                              "instead of the one chosen here."), self)
        hint.setWordWrap(True)
        start_layout.addWidget(hint)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (now, server, start):
            layout.addWidget(part)
        layout.addWidget(buttons)
        remembered = config.remembered_server()
        if remembered:
            address, password = split_password(remembered)
            self.address.setText(address)
            self.password.setText(password)
        self._show_next_start()

    # -- what is open and what opens next ---------------------------------------------------
    def _open_now(self, engine: Engine) -> str:
        if engine.dialect.name == "postgresql":
            return self.tr("The server database {address}").format(address=shown(engine.url.set(drivername="postgresql")))
        return self.tr("The data file {path}").format(path=engine.url.database or "")

    def _show_next_start(self) -> None:
        remembered = config.remembered_server()
        self.at_start.setText(
            self.tr("The server database {address} is opened.").format(address=shown(remembered))
            if remembered else self.tr("The data file in your data folder is opened."))
        self.file_button.setEnabled(remembered is not None)

    # -- trying an address --------------------------------------------------------------------
    def typed_address(self) -> str | None:
        address = with_password(self.address.text(), self.password.text())
        if not is_server_url(address):
            self._say(self.tr("Type an address of the form "
                              "postgresql://user@server/database."), False)
            self.address.setFocus()
            return None
        return address

    def test_connection(self) -> None:
        self._try(lambda _address: None)

    def use_server(self) -> None:
        """Tried first: an address that does not answer is not remembered."""
        def remember(address: str) -> None:
            config.remember_server(address)
            self._show_next_start()
            self.answer.setText(self.answer.text() + "\n" + self.tr(
                "From the next start the app opens this server database."))
        self._try(remember)

    def use_file(self) -> None:
        config.remember_server(None)
        self._show_next_start()
        self._say(self.tr("From the next start the app opens the data file again."), True)

    def _try(self, then: Callable[[str], None]) -> None:
        address = self.typed_address()
        if address is None or self._worker is not None:
            return
        self._then = then
        self._busy(True)
        self._say(self.tr("Connecting to {address}…").format(address=shown(address)), True)
        self._address = address
        worker = Worker(lambda _progress, _stop: self._prober(address), self)
        # bound methods: delivered on the UI thread (a bare lambda would run on the worker's)
        worker.succeeded.connect(self._tried)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self._worker = worker
        worker.start()

    def _tried(self, found: Probe) -> None:
        texts = {
            "ledger": self.tr("Connected: PostgreSQL {version}; the database holds a ledger "
                              "of this version."),
            "older": self.tr("Connected: PostgreSQL {version}; the database holds a ledger of "
                             "an older version, upgraded when it is opened."),
            "empty": self.tr("Connected: PostgreSQL {version}; the database is empty and "
                             "becomes a new ledger when it is opened."),
            "newer": self.tr("Connected: PostgreSQL {version}; but the database was upgraded "
                             "by a newer version of Family Ledger: install it first."),
        }
        ok = found.state != "newer"
        self._say(texts[found.state].format(version=found.version), ok)
        if ok and self._then is not None:
            self._then(self._address)

    def _failed(self, exc: BaseException) -> None:
        self._say(self.tr("The connection failed: {reason}").format(reason=error_text(exc)),
                  False)

    def _finished(self) -> None:
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        if not busy:
            self._worker = None
        for button in (self.test_button, self.use_button):
            button.setEnabled(not busy)

    def _say(self, text: str, ok: bool) -> None:
        self.answer.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.answer.setText(text)

    def _wait_for_test(self) -> None:
        """Closed while a connection test runs: it ends before the dialog goes."""
        if self._worker is not None:
            self._worker.wait()
