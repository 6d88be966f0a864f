"""The children tab: a table over the person's in-memory list of ChildDraft."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.person_rules import birth_orders
from desktop.domain.values.people import ChildDraft
from desktop.gui.dialogs.child_form import ChildDialog
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.i18n import enum_text

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_SEX, COL_BIRTH, COL_ORDER, COL_ID, COL_REGISTERED, COL_REPORTED = range(7)


class ChildrenModel(QAbstractTableModel):
    """Small by nature (a few children per person), so the whole list is held."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._children: list[ChildDraft] = []
        self._orders: list[int] = []

    def set_children(self, children: list[ChildDraft]) -> None:
        self.beginResetModel()
        self._children = [replace(c) for c in children]
        self._orders = birth_orders(self._children)
        self.endResetModel()

    def drafts(self) -> list[ChildDraft]:
        return [replace(c, birth_order=order) for c, order in zip(self._children, self._orders,
                                                                   strict=True)]

    def child_at(self, row: int) -> ChildDraft:
        return self._children[row]

    def add(self, child: ChildDraft) -> None:
        self.set_children([*self._children, child])

    def replace_at(self, row: int, child: ChildDraft) -> None:
        children = list(self._children)
        children[row] = child
        self.set_children(children)

    def remove(self, row: int) -> None:
        self.set_children(self._children[:row] + self._children[row + 1:])

    # -- model -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Sex"), self.tr("Birth date"), self.tr("Birth order"),
                self.tr("ID number"), self.tr("Birth registered"), self.tr("Reported"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        child = self._children[index.row()]
        column = index.column()
        if column == COL_NAME:
            return child.name
        if column == COL_SEX:
            return enum_text(child.sex)
        if column == COL_ORDER:
            return str(self._orders[index.row()])
        if column == COL_ID:
            return child.id_number
        value = {COL_BIRTH: child.birth_date, COL_REGISTERED: child.birth_registered_on,
                 COL_REPORTED: child.reported_on}[column]
        return value.isoformat() if isinstance(value, dt.date) else ""


class ChildrenPanel(QWidget):
    """Table plus add / edit / remove; the child's form and the question go through the
    ``Prompts`` given (scripted in tests)."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.prompts: Prompts = prompts or DialogPrompts()
        self.pregnancies: list[tuple[int, dt.date, dt.date]] = []  # the mother's, to link to
        self.model = ChildrenModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setMinimumSectionSize(72)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add child…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)

    def set_children(self, children: list[ChildDraft]) -> None:
        self.model.set_children(children)

    def drafts(self) -> list[ChildDraft]:
        return self.model.drafts()

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.setFocus()

    def add(self) -> None:
        child = self._edit(None)
        if child is not None:
            self.model.add(child)
            self.select_row(self.model.rowCount() - 1)
            self.changed.emit()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        child = self._edit(self.model.child_at(row))
        if child is not None:
            self.model.replace_at(row, child)
            self.select_row(row)
            self.changed.emit()

    def _edit(self, child: ChildDraft | None) -> ChildDraft | None:
        """The child's form; the edited copy, or None when cancelled."""
        dialog = ChildDialog(child, self._today, self, self.pregnancies)
        return dialog.child() if self.prompts.run_dialog(dialog) else None

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name = self.model.child_at(row).name or self.tr("this child")
        if self.prompts.confirm(self, self.tr("Remove child"),
                        self.tr("Remove {name} from this record?").replace("{name}", name)):
            self.model.remove(row)
            self.changed.emit()
