"""Shared parts of the contraception, check-up, service and benefit tabs.

``RecordModel`` (record_model.py) holds the rows, COL_* defined by each tab.
``RecordDialog``: a small form that saves through a service on OK and keeps what was
typed when the service refuses it. ``RecordTab``: a table with Add / Edit / Delete. Forms,
questions and error boxes go through the ``Prompts`` the tab is given (scripted in tests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import LedgerError
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.records.closed_check import closed_note, confirm_record, form_days, record_days
from desktop.gui.records.record_dialog import problem_text
from desktop.gui.records.record_model import RecordModel, make_view
from desktop.i18n import enum_text
from desktop.services.care.record_base import RecordBase


def enum_combo(parent: QWidget, values: Sequence[object], current: str | None) -> QComboBox:
    """Translated labels, stored codes as data; nothing chosen when ``current`` is None."""
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(enum_text(value), str(value))
    combo.setCurrentIndex(max(combo.findData(current), 0) if current else -1)
    return combo


class RecordDialog(QDialog):
    """Subclasses add rows to ``self.form``, fill ``self.fields`` (field name -> widget, to
    focus on an error) and implement ``save() -> int``; ``saved_id`` is set on success.
    ``closed_kind`` names the figures a record of its kind can move in a closed period."""

    closed_kind = ""

    def __init__(self, parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.prompts: Prompts = prompts or DialogPrompts()
        self.saved_id: int | None = None
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def save(self) -> int | None:
        """Write through the service; None when the clerk declined a question."""
        raise NotImplementedError

    def show_problem(self, exc: LedgerError) -> None:
        self.message.setText(problem_text(exc))
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        days = form_days(self) + record_days(getattr(self, "record", None))
        if self.closed_kind and not confirm_record(self, days, self.closed_kind):
            return  # the form stays open with what was typed
        try:
            saved = self.save()
        except LedgerError as exc:
            self.show_problem(exc)
            return
        if saved is None:
            return
        self.saved_id = saved
        super().accept()


class RecordTab(QWidget):
    """Table of one person's records with Add / Edit / Delete; see registry.py."""

    key = ""
    entity = ""  # change-log entity for delete
    closed_kind = ""  # the figures its records move in a closed period (closed_check.FIGURES)
    closing: Any = None  # the closing service, set when the tab is built (registry.py)
    changed = Signal()

    def __init__(self, service: Any, today: Callable[[], dt.date],
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        """``service``: the record service of the tab's kind (it lists, saves, deletes)."""
        super().__init__(parent)
        self._service = service
        self._today = today
        self.prompts: Prompts = prompts or DialogPrompts()
        self.person_id: int | None = None
        self.model = RecordModel(self.headers, self.cell, self.right_aligned(), self)
        self.view = make_view(self.model, self)
        self.view.doubleClicked.connect(self._double_clicked)
        self.add_button = QPushButton(self.add_text(), self)
        self.edit_button = QPushButton(QCoreApplication.translate("RecordTab", "&Edit…"), self)
        self.delete_button = QPushButton(QCoreApplication.translate("RecordTab", "&Delete"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.button_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.view)
        self.box.addLayout(self.button_row)
        self.setFocusProxy(self.view)
        self._selection_changed()

    # -- what each tab defines ---------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def add_text(self) -> str:
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def right_aligned(self) -> Sequence[int]:
        return ()

    def service(self) -> RecordBase:
        return self._service

    def load(self, person_id: int) -> list[Any]:
        raise NotImplementedError

    def make_dialog(self, record: Any | None) -> RecordDialog:
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        """Names the record in the delete question."""
        raise NotImplementedError

    # -- protocol of registry.py -------------------------------------------------
    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.refresh()

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.setFocus()

    # -- behaviour ---------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        self.model.set_records(self.load(self.person_id) if self.person_id is not None else [])
        if keep is not None:
            self.select_record(keep)
        self.add_button.setEnabled(self.person_id is not None)
        self._selection_changed()

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        record = self.selected()
        return None if record is None else record.id

    def add(self) -> None:
        if self.person_id is not None:
            self._open(None)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self._open(record)

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or self.person_id is None:
            return
        title = QCoreApplication.translate("RecordTab", "Delete record")
        text = QCoreApplication.translate(
            "RecordTab", "Move {record} to the recycle bin? It can be restored from there.")
        text = text.replace("{record}", self.describe(record))
        text += closed_note(self, record_days(record), self.closed_kind)
        if not self.prompts.confirm(self, title, text):
            return
        try:
            self.service().delete(self.entity, record.id, self.person_id)
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
            return
        self.refresh()
        self.changed.emit()

    def _open(self, record: Any | None) -> None:
        dialog = self.make_dialog(record)
        try:
            if self.prompts.run_dialog(dialog) and dialog.saved_id is not None:
                self.refresh(dialog.saved_id)
                self.changed.emit()
        finally:
            dialog.deleteLater()

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _selection_changed(self, *_args: object) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
