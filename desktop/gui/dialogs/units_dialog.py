"""Units: the office and its sub-units as a tree; add, rename, move, delete (when empty)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.services.people.units import UnitService

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitsDialog(QDialog):
    """``changed`` fires after every change, so pages can reload their unit lists.
    Questions and error boxes go to the ``Prompts`` given (scripted in tests)."""

    changed = Signal()

    def __init__(self, units: UnitService, parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._units = units
        self.prompts: Prompts = prompts or DialogPrompts()
        self.setWindowTitle(self.tr("Units"))
        self.resize(480, 420)

        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("&Add sub-unit…"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.move_button.clicked.connect(self.move_unit)
        self.delete_button.clicked.connect(self.delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.move_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.reload()
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- tree ------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Rebuild the tree from the service (a handful of units) and keep the selection."""
        select_id = select_id if select_id is not None else self.selected_id()
        self.model.clear()
        self._items: dict[int, QStandardItem] = {}
        items = self._items
        for node in self._units.tree():  # parents come before their children
            item = QStandardItem(node.name)
            item.setData(node.id, UNIT_ID_ROLE)
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            (parent or self.model.invisibleRootItem()).appendRow(item)
            items[node.id] = item
        self.view.expandAll()
        if select_id is not None:
            self.select(select_id)
        self._update_buttons()

    def selected_id(self) -> int | None:
        if self.view.selectionModel() is None:
            return None
        indexes = self.view.selectionModel().selectedIndexes()
        return int(indexes[0].data(UNIT_ID_ROLE)) if indexes else None

    def select(self, unit_id: int) -> None:
        if unit_id in self._items:
            self.view.setCurrentIndex(self._items[unit_id].index())

    def names(self) -> list[str]:
        """Unit names as shown, depth-first, indented by depth (for tests and checks)."""
        return ["  " * node.depth + node.name for node in self._units.tree()]

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.rename_button, self.move_button, self.delete_button):
            button.setEnabled(chosen)

    # -- actions ---------------------------------------------------------------
    def _run(self, action: Callable[[], object], select_id: int | None = None) -> bool:
        try:
            result = action()  # add returns the new unit's id
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
            return False
        self.reload(select_id if select_id is not None else result)  # type: ignore[arg-type]
        self.changed.emit()
        return True

    def add(self) -> None:
        parent_id = self.selected_id()
        name = self.prompts.ask_text(self, self.tr("Add sub-unit"), self.tr("Name of the new unit:"))
        if name is None:
            return
        self._run(lambda: self._units.add(name, parent_id))

    def rename(self) -> None:
        unit_id = self.selected_id()
        if unit_id is None:
            return
        old = self._units.names().get(unit_id, "")
        name = self.prompts.ask_text(self, self.tr("Rename unit"), self.tr("New name:"), old)
        if name is None or name.strip() == old:
            return
        self._run(lambda: self._units.rename(unit_id, name), unit_id)

    def move_unit(self) -> None:
        unit_id = self.selected_id()
        if unit_id is None:
            return
        # Only places the service would accept: not the unit itself or its own sub-units.
        inside = set(self._units.subtree_ids(unit_id))
        nodes = [n for n in self._units.tree() if n.id not in inside]
        targets: list[int | None] = [None, *[n.id for n in nodes]]
        labels = [self.tr("(top level)"), *["\u3000" * n.depth + n.name for n in nodes]]
        choice = self.prompts.ask_item(self, self.tr("Move unit"), self.tr("Move it under:"), labels)
        if choice is None:
            return
        self._run(lambda: self._units.move(unit_id, targets[choice]), unit_id)

    def delete(self) -> None:
        unit_id = self.selected_id()
        if unit_id is None:
            return
        name = self._units.names().get(unit_id, "")
        if not self.prompts.confirm(self, self.tr("Delete unit"),
                            self.tr("Delete the unit {name}?").replace("{name}", name)):
            return
        self._run(lambda: self._units.delete(unit_id), -1)
