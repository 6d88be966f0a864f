"""The pregnancies tab: her pregnancies (EDD and weeks shown), their follow-ups and outcome."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.kinds import KINDS, Kind
from desktop.domain.pregnancy import weeks_text
from desktop.domain.values.pregnancy import FollowupRow, PregnancyRow
from desktop.errors import LedgerError
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.records.closed_check import closed_note, record_days
from desktop.gui.records.pregnancy_forms import FollowupDialog, OutcomeDialog, PregnancyDialog
from desktop.gui.records.rows_model import RowsModel, make_view, select_id, selected_id
from desktop.i18n import enum_text
from desktop.services.care.pregnancies import PregnancyService

(COL_REGISTERED, COL_LMP, COL_EDD, COL_WEEKS, COL_OUTCOME, COL_OUTCOME_DATE,
 COL_FOLLOWUPS, COL_LAST_FOLLOWUP, COL_NOTE) = range(9)
COL_F_DATE, COL_F_NOTE = range(2)


def _day(value) -> str:  # type: ignore[no-untyped-def]
    return value.isoformat() if value is not None else ""


class PregnancyTab(QWidget):
    """Forms, questions and error boxes go through ``prompts`` (scripted in tests)."""

    key = KINDS[Kind.PREGNANCY].tab
    changed = Signal()

    def __init__(self, pregnancies: PregnancyService, today: Callable[[], dt.date],
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._pregnancies, self._today = pregnancies, today
        self.prompts: Prompts = prompts or DialogPrompts()
        self.person_id: int | None = None
        self.model = RowsModel(self._headers, self._cell, lambda row: row.id, self)
        self.view = make_view(self.model, self)
        self.followup_model = RowsModel(self._followup_headers, self._followup_cell,
                                        lambda row: row.id, self)
        self.followup_view = make_view(self.followup_model, self)
        self.add_button = QPushButton(self.tr("&Add pregnancy…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.outcome_button = QPushButton(self.tr("Record &outcome…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.add_followup_button = QPushButton(self.tr("Add &follow-up…"), self)
        self.edit_followup_button = QPushButton(self.tr("Edit follow-up…"), self)
        self.delete_followup_button = QPushButton(self.tr("Delete follow-up…"), self)
        self.followup_title = QLabel(self.tr("Follow-ups of the selected pregnancy"), self)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_followup_button.clicked.connect(self.add_followup)
        self.edit_followup_button.clicked.connect(self.edit_followup)
        self.delete_followup_button.clicked.connect(self.delete_followup)
        self.view.doubleClicked.connect(self._pregnancy_double_clicked)
        self.followup_view.doubleClicked.connect(self._followup_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._pregnancy_selected)
        self.followup_view.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addLayout(_row(self.add_button, self.edit_button, self.outcome_button,
                              self.delete_button))
        layout.addWidget(self.followup_title)
        layout.addWidget(self.followup_view, 2)
        layout.addLayout(_row(self.add_followup_button, self.edit_followup_button,
                              self.delete_followup_button))
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Pregnancies")

    # -- model text ------------------------------------------------------------
    def _headers(self) -> list[str]:
        return [self.tr("Registered"), self.tr("Last period"), self.tr("Expected delivery"),
                self.tr("Weeks"), self.tr("Outcome"), self.tr("Outcome date"),
                self.tr("Follow-ups"), self.tr("Last follow-up"), self.tr("Note")]

    def _cell(self, row: PregnancyRow, column: int) -> str:
        if column == COL_WEEKS:
            # At registration; for an open pregnancy also today.
            weeks, days = row.weeks_at_registration
            text = f"{weeks}+{days}"
            if row.is_open:
                now = weeks_text(row.lmp, self._today())
                text = self.tr("{registered} (now {now})").replace("{registered}", text) \
                    .replace("{now}", now)
            return text
        if column == COL_OUTCOME:
            return enum_text(row.outcome) if row.outcome else ""
        if column == COL_FOLLOWUPS:
            return str(row.followup_count)
        if column == COL_NOTE:
            return row.note
        return _day({COL_REGISTERED: row.registered_on, COL_LMP: row.lmp, COL_EDD: row.edd,
                     COL_OUTCOME_DATE: row.outcome_date,
                     COL_LAST_FOLLOWUP: row.last_followup}[column])

    def _followup_headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Note")]

    @staticmethod
    def _followup_cell(row: FollowupRow, column: int) -> str:
        return row.date.isoformat() if column == COL_F_DATE else row.note

    # -- protocol --------------------------------------------------------------
    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.reload()

    def select_record(self, record_id: int) -> None:
        if select_id(self.view, self.model, record_id):
            self.view.setFocus()

    def reload(self, select: int | None = None) -> None:
        """Reload her pregnancies, keeping (or moving to) the selected one."""
        select = select if select is not None else selected_id(self.view)
        followup = selected_id(self.followup_view)
        rows = self._pregnancies.list_for_person(self.person_id) \
            if self.person_id is not None else []
        self.model.set_rows(rows)
        if not select_id(self.view, self.model, select) and rows:
            self.view.selectRow(0)
        self._pregnancy_selected()
        select_id(self.followup_view, self.followup_model, followup)

    def selected_pregnancy(self) -> PregnancyRow | None:
        row = self.model.find(selected_id(self.view) or -1)
        return self.model.row_at(row) if row is not None else None

    def _pregnancy_selected(self) -> None:
        current = self.selected_pregnancy()
        self.followup_model.set_rows(self._pregnancies.followups(current.id)
                                     if current is not None else [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.selected_pregnancy()
        self.add_button.setEnabled(self.person_id is not None)
        for button in (self.edit_button, self.delete_button, self.add_followup_button):
            button.setEnabled(current is not None)
        self.outcome_button.setEnabled(current is not None and current.is_open)
        has_followup = selected_id(self.followup_view) is not None
        self.edit_followup_button.setEnabled(has_followup)
        self.delete_followup_button.setEnabled(has_followup)

    def _pregnancy_double_clicked(self, _index: object) -> None:
        self.edit_selected()

    def _followup_double_clicked(self, _index: object) -> None:
        self.edit_followup()

    def _written(self, select: int | None = None) -> None:
        self.reload(select)
        self.changed.emit()

    # -- pregnancies -------------------------------------------------------------
    def add(self) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id
        added: list[int] = []
        dialog = PregnancyDialog(
            None, lambda d: added.append(self._pregnancies.add(person_id, d)),
            self._today, self)
        if self.prompts.run_dialog(dialog) and added:
            self._written(added[0])

    def edit_selected(self) -> None:
        current = self.selected_pregnancy()
        if current is None:
            return
        draft = self._pregnancies.draft(current.id)
        dialog = PregnancyDialog(
            draft, lambda d: self._pregnancies.update(current.id, d, version=current.version),
            self._today, self)
        if self.prompts.run_dialog(dialog):
            self._written(current.id)

    def record_outcome(self) -> None:
        current = self.selected_pregnancy()
        if current is None or not current.is_open:
            return
        dialog = OutcomeDialog(
            lambda outcome, day, babies: self._pregnancies.record_outcome(
                current.id, outcome, day, babies, version=current.version), self)
        if self.prompts.run_dialog(dialog):
            self._written(current.id)

    def delete_selected(self) -> None:
        current = self.selected_pregnancy()
        if current is None or self.person_id is None:
            return
        if not self.prompts.confirm(self, self.tr("Delete pregnancy"),
                            self.tr("Move the pregnancy registered on {date} to the recycle bin? "
                                    "It can be restored from there.")
                            .replace("{date}", current.registered_on.isoformat())
                            + closed_note(self, record_days(current), "pregnancy")):
            return
        self._delete(Kind.PREGNANCY, current.id)

    def _delete(self, entity: str, record_id: int) -> None:
        assert self.person_id is not None
        try:
            self._pregnancies.delete(entity, record_id, self.person_id)
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
        self._written()

    # -- follow-ups --------------------------------------------------------------
    def add_followup(self) -> None:
        current = self.selected_pregnancy()
        if current is None:
            return
        dialog = FollowupDialog(self._today(), "", lambda day, note:
                                self._pregnancies.add_followup(current.id, day, note), self)
        if self.prompts.run_dialog(dialog):
            self._written(current.id)

    def edit_followup(self) -> None:
        followup_id = selected_id(self.followup_view)
        if followup_id is None:
            return
        row = self.followup_model.row_at(self.followup_model.find(followup_id) or 0)
        dialog = FollowupDialog(row.date, row.note, lambda day, note:
                                self._pregnancies.update_followup(row.id, day, note,
                                                                  version=row.version), self)
        if self.prompts.run_dialog(dialog):
            self._written(row.pregnancy_id)

    def delete_followup(self) -> None:
        followup_id = selected_id(self.followup_view)
        if followup_id is None:
            return
        row = self.followup_model.row_at(self.followup_model.find(followup_id) or 0)
        if self.prompts.confirm(self, self.tr("Delete follow-up"),
                        self.tr("Move the follow-up of {date} to the recycle bin?")
                        .replace("{date}", row.date.isoformat())
                        + closed_note(self, [row.date], "followup")):
            self._delete(Kind.FOLLOWUP, row.id)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return layout
