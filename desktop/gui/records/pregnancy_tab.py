"""The pregnancies tab: her pregnancies (EDD and weeks shown), their follow-ups and outcome."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.pregnancy import weeks_text
from desktop.domain.values.pregnancy import FollowupRow, PregnancyRow
from desktop.errors import LedgerError
from desktop.gui.dialogs import prompts
from desktop.gui.dialogs.closed_warning import ask_or_decline
from desktop.gui.errors import show_error
from desktop.gui.records.pregnancy_forms import FollowupDialog, OutcomeDialog, PregnancyDialog
from desktop.gui.records.record_dialog import run_dialog
from desktop.gui.records.rows_model import RowsModel, make_view, select_id, selected_id
from desktop.i18n import enum_text
from desktop.services.container import Services

(COL_REGISTERED, COL_LMP, COL_EDD, COL_WEEKS, COL_OUTCOME, COL_OUTCOME_DATE,
 COL_FOLLOWUPS, COL_LAST_FOLLOWUP, COL_NOTE) = range(9)
COL_F_DATE, COL_F_NOTE = range(2)


def _day(value) -> str:  # type: ignore[no-untyped-def]
    return value.isoformat() if value is not None else ""


class PregnancyTab(QWidget):
    """``run_dialog``, ``confirm`` and ``show_error`` are attributes tests can replace."""

    key = "pregnancies"
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.person_id: int | None = None
        self.run_dialog = run_dialog
        self.confirm = prompts.confirm
        self.show_error = show_error
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
                now = weeks_text(row.lmp, self.services.today())
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
        rows = self.services.pregnancies.list_for_person(self.person_id) \
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
        self.followup_model.set_rows(self.services.pregnancies.followups(current.id)
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
        def submit(d) -> None:  # noqa: ANN001
            if d.registered_on is not None:  # a registration dated inside a closed period
                ask_or_decline(self, self.confirm, self.services.closing,
                               [(d.registered_on, "pregnancies_registered", 1)])
            added.append(self.services.pregnancies.add(person_id, d))

        dialog = PregnancyDialog(None, submit, self.services.today, self)
        if self.run_dialog(dialog) and added:
            self._written(added[0])

    def edit_selected(self) -> None:
        current = self.selected_pregnancy()
        if current is None:
            return
        draft = self.services.pregnancies.draft(current.id)
        dialog = PregnancyDialog(draft, lambda d: self.services.pregnancies.update(current.id, d),
                                 self.services.today, self)
        if self.run_dialog(dialog):
            self._written(current.id)

    def record_outcome(self) -> None:
        current = self.selected_pregnancy()
        if current is None or not current.is_open:
            return
        dialog = OutcomeDialog(
            lambda outcome, day, babies: self.services.pregnancies.record_outcome(
                current.id, outcome, day, babies), self)
        if self.run_dialog(dialog):
            self._written(current.id)

    def delete_selected(self) -> None:
        current = self.selected_pregnancy()
        if current is None or self.person_id is None:
            return
        if not self.confirm(self, self.tr("Delete pregnancy"),
                            self.tr("Move the pregnancy registered on {date} to the recycle bin? "
                                    "It can be restored from there.")
                            .replace("{date}", current.registered_on.isoformat())):
            return
        self._delete("pregnancy", current.id)

    def _delete(self, entity: str, record_id: int) -> None:
        assert self.person_id is not None
        try:
            self.services.pregnancies.delete(entity, record_id, self.person_id)
        except LedgerError as exc:
            self.show_error(self, exc)
        self._written()

    # -- follow-ups --------------------------------------------------------------
    def add_followup(self) -> None:
        current = self.selected_pregnancy()
        if current is None:
            return
        dialog = FollowupDialog(self.services.today(), "", lambda day, note:
                                self.services.pregnancies.add_followup(current.id, day, note), self)
        if self.run_dialog(dialog):
            self._written(current.id)

    def edit_followup(self) -> None:
        followup_id = selected_id(self.followup_view)
        if followup_id is None:
            return
        row = self.followup_model.row_at(self.followup_model.find(followup_id) or 0)
        dialog = FollowupDialog(row.date, row.note, lambda day, note:
                                self.services.pregnancies.update_followup(row.id, day, note), self)
        if self.run_dialog(dialog):
            self._written(row.pregnancy_id)

    def delete_followup(self) -> None:
        followup_id = selected_id(self.followup_view)
        if followup_id is None:
            return
        row = self.followup_model.row_at(self.followup_model.find(followup_id) or 0)
        if self.confirm(self, self.tr("Delete follow-up"),
                        self.tr("Move the follow-up of {date} to the recycle bin?")
                        .replace("{date}", row.date.isoformat())):
            self._delete("followup", row.id)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return layout
