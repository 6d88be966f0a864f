"""The life events tab: her moves and death (her status follows), her children's deaths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.dates import age_on
from desktop.domain.enums import EventKind, RecordStatus, StatusFilter
from desktop.domain.kinds import KINDS, Kind
from desktop.domain.life_events import STATUS_AFTER, check_next
from desktop.domain.values.pregnancy import ChildLifeRow, LifeEventRow
from desktop.errors import LedgerError, ValidationError
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.records.record_dialog import RecordDialog
from desktop.gui.records.rows_model import RowsModel, make_view, select_id, selected_id
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import enum_text
from desktop.services.people.life_events import LifeEventService
from desktop.services.people.persons import PersonService

COL_DATE, COL_EVENT, COL_NOTE = range(3)
COL_C_NAME, COL_C_SEX, COL_C_BIRTH, COL_C_DEATH = range(4)
AGE_LIMIT = 50  # from her 50th birthday she has left the reproductive-age lists


class DateNoteDialog(RecordDialog):
    """A date and, when ``note_label`` is given, a line of text."""

    def __init__(self, title: str, note_label: str | None,
                 submit: Callable[[dt.date | None, str], None], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._submit = submit
        self.date_field = DateField(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(200)
        self.form.addRow(self.tr("&Date"), self.date_field)
        if note_label is not None:
            self.form.addRow(note_label, self.note_edit)
        else:
            self.note_edit.hide()
        self.fields = {"date": self.date_field, "note": self.note_edit}

    def submit(self) -> None:
        self._submit(self.date_field.date("date"), self.note_edit.text())


class EventsTab(QWidget):
    """Forms, questions and error boxes go through ``prompts`` (scripted in tests)."""

    key = KINDS[Kind.LIFE_EVENT].tab
    changed = Signal()

    def __init__(self, life_events: LifeEventService, persons: PersonService,
                 today: Callable[[], dt.date], parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._life_events, self._persons, self._today = life_events, persons, today
        self.prompts: Prompts = prompts or DialogPrompts()
        self.person_id: int | None = None
        self.status = RecordStatus.ACTIVE
        self.status_label = QLabel(self)
        self.model = RowsModel(self._headers, self._cell, lambda row: row.id, self)
        self.view = make_view(self.model, self)
        self.children_model = RowsModel(self._child_headers, self._child_cell,
                                        lambda row: row.id, self)
        self.children_view = make_view(self.children_model, self)
        self.moved_button = QPushButton(self.tr("&Moved away…"), self)
        self.returned_button = QPushButton(self.tr("&Returned…"), self)
        self.deceased_button = QPushButton(self.tr("D&eceased…"), self)
        self.delete_button = QPushButton(self.tr("&Delete latest…"), self)
        self.child_death_button = QPushButton(self.tr("Record &death…"), self)
        self.clear_death_button = QPushButton(self.tr("&Clear death…"), self)
        self.moved_button.clicked.connect(self.add_moved_away)
        self.returned_button.clicked.connect(self.add_returned)
        self.deceased_button.clicked.connect(self.add_deceased)
        self.delete_button.clicked.connect(self.delete_latest)
        self.child_death_button.clicked.connect(self.record_child_death)
        self.clear_death_button.clicked.connect(self.clear_child_death)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.children_view.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 2)
        layout.addLayout(_row(self.moved_button, self.returned_button, self.deceased_button,
                              self.delete_button))
        layout.addWidget(QLabel(self.tr("Her children"), self))
        layout.addWidget(self.children_view, 2)
        layout.addLayout(_row(self.child_death_button, self.clear_death_button))
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Life events")

    def _headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Event"), self.tr("Destination or note")]

    @staticmethod
    def _cell(row: LifeEventRow, column: int) -> str:
        return (row.date.isoformat(), enum_text(EventKind(row.kind)), row.note)[column]

    def _child_headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Sex"), self.tr("Birth date"), self.tr("Date of death")]

    @staticmethod
    def _child_cell(row: ChildLifeRow, column: int) -> str:
        return (row.name, enum_text(row.sex), row.birth_date.isoformat(),
                row.death_date.isoformat() if row.death_date else "")[column]

    # -- protocol --------------------------------------------------------------
    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.reload()

    def select_record(self, record_id: int) -> None:
        """Her life event with this id."""
        if select_id(self.view, self.model, record_id):
            self.view.setFocus()

    def select_child(self, child_id: int) -> None:
        """Her child with this id (a child's death: tab key "child_death")."""
        if select_id(self.children_view, self.children_model, child_id):
            self.children_view.setFocus()

    def reload(self) -> None:
        event, child = selected_id(self.view), selected_id(self.children_view)
        if self.person_id is None:
            self.model.set_rows([])
            self.children_model.set_rows([])
            self.status_label.clear()
        else:
            self.model.set_rows(self._life_events.list_for_person(self.person_id))
            self.children_model.set_rows(self._life_events.children(self.person_id))
            self._show_status()
        select_id(self.view, self.model, event)
        select_id(self.children_view, self.children_model, child)
        self._update_buttons()

    def _show_status(self) -> None:
        assert self.person_id is not None
        record = self._persons.get(self.person_id)
        events = self.model.rows()
        # What may be added follows from her events, as the service decides it.
        self.status = STATUS_AFTER[EventKind(events[-1].kind)] if events else RecordStatus.ACTIVE
        shown: object = RecordStatus(record.status)
        if shown is RecordStatus.ACTIVE and \
                age_on(record.birth_date, self._today()) >= AGE_LIMIT:
            shown = StatusFilter.AGED_OUT  # derived from her age, never stored
        text = self.tr("Status: {status}").replace("{status}", enum_text(shown))
        if record.status_date is not None:
            text += " · " + self.tr("since {date}").replace("{date}", record.status_date.isoformat())
        self.status_label.setText(text)

    def _update_buttons(self) -> None:
        for button, kind in ((self.moved_button, EventKind.MOVED_AWAY),
                             (self.returned_button, EventKind.RETURNED),
                             (self.deceased_button, EventKind.DECEASED)):
            button.setEnabled(self.person_id is not None and _may_follow(self.status, kind))
        event = self.model.find(selected_id(self.view) or -1)
        self.delete_button.setEnabled(event is not None and self.model.row_at(event).is_latest)
        child = self.selected_child()
        self.child_death_button.setEnabled(child is not None)
        self.clear_death_button.setEnabled(child is not None and child.death_date is not None)

    def selected_child(self) -> ChildLifeRow | None:
        row = self.children_model.find(selected_id(self.children_view) or -1)
        return self.children_model.row_at(row) if row is not None else None

    def _written(self) -> None:
        self.reload()
        self.changed.emit()

    # -- her events --------------------------------------------------------------
    def add_moved_away(self) -> None:
        self._add(EventKind.MOVED_AWAY, self.tr("Moved away"), self.tr("De&stination"))

    def add_returned(self) -> None:
        self._add(EventKind.RETURNED, self.tr("Returned"), self.tr("&Note"))

    def add_deceased(self) -> None:
        self._add(EventKind.DECEASED, self.tr("Deceased"), self.tr("&Note"))

    def _add(self, kind: EventKind, title: str, note_label: str) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id
        dialog = DateNoteDialog(title, note_label, lambda day, note:
                                self._life_events.add(person_id, kind.value, day, note), self)
        if self.prompts.run_dialog(dialog):
            self._written()

    def delete_latest(self) -> None:
        event = self.model.find(selected_id(self.view) or -1)
        if event is None or self.person_id is None:
            return
        row = self.model.row_at(event)
        if not self.prompts.confirm(self, self.tr("Delete event"),
                            self.tr("Move the event “{event}” of {date} to the recycle bin? Her "
                                    "status goes back to what it was before it.")
                            .replace("{event}", enum_text(EventKind(row.kind)))
                            .replace("{date}", row.date.isoformat())):
            return
        try:
            self._life_events.delete(Kind.LIFE_EVENT, row.id, self.person_id)
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
        self._written()

    # -- children ----------------------------------------------------------------
    def record_child_death(self) -> None:
        child = self.selected_child()
        if child is None:
            return
        title = self.tr("Death of {name}").replace("{name}", child.name or self.tr("the child"))
        dialog = DateNoteDialog(title, None, lambda day, _note:
                                self._life_events.set_child_death(child.id, day), self)
        if self.prompts.run_dialog(dialog):
            self._written()

    def clear_child_death(self) -> None:
        child = self.selected_child()
        if child is None or child.death_date is None:
            return
        if not self.prompts.confirm(self, self.tr("Clear death"),
                            self.tr("Remove the date of death of {name}?")
                            .replace("{name}", child.name or self.tr("the child"))):
            return
        try:
            self._life_events.clear_child_death(child.id)
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
        self._written()


def _may_follow(status: RecordStatus, kind: EventKind) -> bool:
    try:
        check_next(status, kind)
    except ValidationError:
        return False
    return True


def _row(*buttons: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return layout
