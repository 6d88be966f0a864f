"""The main window's Lock, Settings… and Change log… menu items and the idle lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.gui.dialogs.settings_services import SettingsServices
from desktop.gui.lock_screen import LockController
from desktop.services.safety.changelog import HistoryService

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


class PrivacyActions(QObject):
    def __init__(self, window: MainWindow, settings: SettingsServices, history: HistoryService,
                 menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._history = history
        self.controller = LockController(settings.security, self, clerk=settings.clerk)
        self.controller.clerk_changed.connect(window.show_clerk)
        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction(self.tr("Se&ttings…"), window)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.change_log_action = QAction(self.tr("Change lo&g…"), window)
        self.change_log_action.triggered.connect(self.open_change_log)
        menu.setToolTipsVisible(True)
        menu.addActions([self.settings_action, self.change_log_action, self.lock_action])
        self.update_lock_action()

    def update_lock_action(self) -> None:
        can = self.controller.can_lock()
        self.lock_action.setEnabled(can)
        self.lock_action.setToolTip(
            self.tr("Lock the screen until the password is typed") if can else
            self.tr("Set a password first (File › Settings…) to lock the screen"))

    def lock(self) -> None:
        self.controller.lock()

    def open_settings(self) -> None:
        from desktop.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._settings, self._window)
        dialog.security_changed.connect(self._security_changed)
        dialog.exec()
        dialog.deleteLater()

    def _security_changed(self) -> None:
        self.controller.reload()
        self.update_lock_action()

    def open_change_log(self) -> None:
        from desktop.gui.dialogs.change_log_dialog import ChangeLogDialog

        dialog = ChangeLogDialog(self._history, self._window, self._window.open_person)
        dialog.exec()
        dialog.deleteLater()
