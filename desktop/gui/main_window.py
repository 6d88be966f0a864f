"""The thin shell: navigation, pages, menus, status bar. Screens live in pages/ and dialogs/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

import desktop
from desktop.errors import LedgerError
from desktop.gui.changes import DataChanged, ServerPoll, StaleWatch
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.errors import show_error
from desktop.gui.pages.data_check_page import add_data_check_page
from desktop.gui.pages.overview_page import add_overview_page
from desktop.gui.pages.persons_page import PersonsPage, PersonsPageServices
from desktop.gui.pages.register_pages import add_register_pages
from desktop.gui.pages.reminders_page import add_reminders_page
from desktop.gui.pages.report_page import add_report_page
from desktop.services.container import Services

PERSONS_PAGE = "persons"
_GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    def __init__(self, services: Services, db_path: Path, settings: QSettings | None = None,
                 parent: QWidget | None = None, changes: DataChanged | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._prompts: Prompts = prompts or DialogPrompts()  # the menus' questions
        # Every write is announced to the pages (app.py builds it; a window on its own, its own).
        self.changes = changes if changes is not None else DataChanged(services.recorder, self)
        self._db_path = db_path
        self._settings = settings if settings is not None else QSettings()
        self.show_clerk(services.user.account)

        self.nav = QListWidget(self)
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.reminders_page = add_reminders_page(self, services, load_now=False,
                                                 changes=self.changes)  # 提醒, the start page
        self.persons_page = PersonsPage(PersonsPageServices.of(services), self)
        self.server_poll: ServerPoll | None = None
        if services.others is not None:  # a server: other clerks' writes reach every page
            self.server_poll = ServerPoll(services.others, self)
            self.server_poll.changed.connect(self.changes.announce)
            self._others_watch = StaleWatch(self.persons_page, self.server_poll,
                                            self.persons_page.refresh)
        self.persons_page.open_person.connect(self.open_person)
        self.persons_page.new_person.connect(self.new_person)
        self.persons_page.import_requested.connect(self._import)
        note = self.reminders_page.empty_note  # a new ledger opens here: the first steps
        note.import_button.clicked.connect(self._import)
        note.new_button.clicked.connect(self.new_person)
        self.add_page(PERSONS_PAGE, self.tr("Persons"), self.persons_page)
        self.overview_page = add_overview_page(self, services, self.changes)  # 概况
        self.report_page = add_report_page(self, services, self.changes)  # 报表
        self.register_pages = add_register_pages(self, services, self.changes)
        self.data_check_page = add_data_check_page(self, services, self.changes)  # 数据核查

        self.path_label = QLabel(self.tr("Data file: {path}").format(path=db_path), self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.path_label, 1)
        self._build_menus()
        self.restore_state()

    def show_clerk(self, name: str) -> None:
        """The title names the signed-in clerk (several clerks: whose window this is)."""
        title = self.tr("Family Ledger")
        if name:
            title = self.tr("{title} — signed in as {name}").replace("{title}", title).replace(
                "{name}", name)
        self.setWindowTitle(title)

    # -- pages -----------------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        """Add a page to the navigation list; later issues call this for their screens."""
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.stack.addWidget(widget)
        self.nav.addItem(item)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def set_page_title(self, key: str, title: str) -> None:
        """A page's navigation text, e.g. with a count."""
        if key in self.page_keys():
            self.nav.item(self.page_keys().index(key)).setText(title)

    def page_keys(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_page(self, key: str) -> bool:
        keys = self.page_keys()
        if key not in keys:
            return False
        self.nav.setCurrentRow(keys.index(key))
        return True

    # -- menus -----------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New person…"), "Ctrl+N", self.new_person)
        self.units_action = self._action(self.tr("&Units…"), None, self.open_units)
        self.recycle_action = self._action(self.tr("&Recycle bin…"), None, self.open_recycle_bin)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addActions([self.new_action, self.units_action, self.recycle_action])
        file_menu.addSeparator()
        from desktop.gui.exchange.export_actions import ExchangeActions

        self.exchange_ui = ExchangeActions(  # Import / export ›
            self, self._services.exchange, self._services.mappings, file_menu, self._prompts)
        self.exchange_ui.data_changed.connect(self._units_changed)
        file_menu.addSeparator()
        from desktop.gui.backup_ui import BackupActions

        self.backup_ui = BackupActions(  # Back up now, Restore
            self, self._services.backup, self._services.engine.dispose, file_menu)
        file_menu.addSeparator()
        from desktop.gui.dialogs.settings_services import SettingsServices
        from desktop.gui.privacy_actions import PrivacyActions

        self.privacy = PrivacyActions(  # Settings, Change log, Lock
            self, SettingsServices.of(self._services), self._services.history, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self.find_person)
        edit_menu.addAction(self.find_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About"), None, self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, shortcut: str | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut:
            # Explicit keys: QKeySequence.Quit is empty on Windows.
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- actions ---------------------------------------------------------------
    def new_person(self) -> None:
        self.open_person(None)

    def open_person(self, person_id: int | None, tab: str | None = None,
                    record_id: int | None = None) -> None:
        """The person editor, on ``tab`` with ``record_id`` selected when given."""
        from desktop.gui.dialogs.editor_services import EditorServices
        from desktop.gui.dialogs.person_editor import PersonEditor

        # A new person starts in the unit the list is filtered by.
        unit_id = self.persons_page.unit_combo.current_unit_id() if person_id is None else None
        where = {} if tab is None else {"tab": tab, "record_id": record_id}
        try:
            dialog = PersonEditor(EditorServices.of(self._services), person_id, self,
                                  default_unit_id=unit_id, **where)
        except LedgerError as exc:  # e.g. deleted meanwhile
            show_error(self, exc)
            self._refresh_pages()
            return
        dialog.exec()
        dialog.deleteLater()
        self._refresh_pages()

    def open_record(self, person_id: int, tab: str, record_id: int) -> None:
        """A register row: the person, on the tab of that record."""
        self.open_person(person_id, tab, record_id)

    def _refresh_pages(self) -> None:
        """The person list again; the other pages catch up with the writes they are told of."""
        self.persons_page.refresh()

    def _import(self) -> None:
        self.exchange_ui.import_file()

    def open_units(self) -> None:
        from desktop.gui.dialogs.units_dialog import UnitsDialog

        dialog = UnitsDialog(self._services.units, self)
        dialog.exec()
        dialog.deleteLater()
        self._units_changed()

    def _units_changed(self) -> None:
        """After the units dialog or an import or its undo: every unit list and page reloads."""
        self.persons_page.reload_units()
        self.report_page.reload_units()
        self.reminders_page.reload_units()
        for page in self.register_pages.built():
            page.reload_units()
        self._refresh_pages()

    def open_recycle_bin(self) -> None:
        from desktop.gui.dialogs.recycle_bin import RecycleBinDialog

        s = self._services
        dialog = RecycleBinDialog(s.person_list, s.persons, s.recycle_bin, self,
                                  closing=s.closing)
        dialog.exec()
        dialog.deleteLater()
        self._refresh_pages()

    def find_person(self) -> None:
        self.show_page(PERSONS_PAGE)
        self.persons_page.focus_search()

    def about(self) -> None:
        from desktop.gui.dialogs.about_dialog import AboutDialog

        AboutDialog(self._db_path, self).exec()

    def about_text(self) -> str:
        return self.tr(
            "<b>Family Ledger</b><br>Version {version}<br>"
            "Offline registers for a family-services clerk.<br><br>Data file:<br>{path}"
        ).format(version=desktop.__version__, path=self._db_path)

    # -- state -----------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self._settings.value(_GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1100, 700)
        self.nav.setCurrentRow(0)  # always 提醒: what to do today, not the last page used

    def save_state(self) -> None:
        self._settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.server_poll is not None:
            self.server_poll.stop()
        for watch in self.findChildren(StaleWatch):
            watch.stop()  # writes from now on (the backup on exit) start no page's reading
        for page in self.register_pages.built():
            page.exporter.wait()  # a running export stops at its next page
        self.report_page.wait()
        self.overview_page.wait()
        self.data_check_page.wait()
        self.reminders_page.wait_loaded()
        self.reminders_page.printer.wait()
        self.exchange_ui.on_close()
        self.backup_ui.on_close()
        self.save_state()
        super().closeEvent(event)
