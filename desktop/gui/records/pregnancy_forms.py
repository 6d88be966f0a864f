"""Forms of the pregnancy tab: the pregnancy, a follow-up, the outcome with its babies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.enums import Outcome, Sex
from desktop.domain.idnumber import normalize
from desktop.domain.pregnancy import expected_delivery, weeks_text
from desktop.domain.values.pregnancy import BabyDraft, PregnancyDraft
from desktop.errors import LedgerError
from desktop.gui.records.record_dialog import RecordDialog, problem_text
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import enum_text


def _date_field(parent: QWidget, value: dt.date | None) -> DateField:
    field = DateField(parent)
    field.set_date(value)
    return field


class PregnancyDialog(RecordDialog):
    """Registration, LMP (EDD and weeks shown as she types), outcome if known, note."""
    closed_kind = "pregnancy"

    def __init__(self, draft: PregnancyDraft | None, submit: Callable[[PregnancyDraft], None],
                 today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pregnancy") if draft is None else self.tr("Edit pregnancy"), parent)
        self._submit = submit
        draft = draft or PregnancyDraft(registered_on=today())
        self.registered_field = _date_field(self, draft.registered_on)
        self.lmp_field = _date_field(self, draft.lmp)
        self.facts = QLabel(self)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.addItem(self.tr("No outcome yet"), "")
        # A live birth is recorded with its babies ("Record outcome…"); kept here only if it is one.
        for outcome in Outcome:
            if outcome is not Outcome.LIVE_BIRTH or draft.outcome == outcome:
                self.outcome_combo.addItem(enum_text(outcome), outcome.value)
        self.outcome_combo.setCurrentIndex(max(self.outcome_combo.findData(draft.outcome or ""), 0))
        self.outcome_field = _date_field(self, draft.outcome_date)
        self.note_edit = QLineEdit(draft.note, self)
        self.note_edit.setMaxLength(500)
        self.form.addRow(self.tr("&Registration date"), self.registered_field)
        self.form.addRow(self.tr("&Last menstrual period"), self.lmp_field)
        self.form.addRow("", self.facts)
        self.form.addRow(self.tr("&Outcome"), self.outcome_combo)
        self.form.addRow(self.tr("Outcome &date"), self.outcome_field)
        self.form.addRow(self.tr("&Note"), self.note_edit)
        self.fields = {"registered_on": self.registered_field, "lmp": self.lmp_field,
                       "outcome": self.outcome_combo, "outcome_date": self.outcome_field,
                       "note": self.note_edit}
        self.registered_field.changed.connect(self._show_facts)
        self.lmp_field.changed.connect(self._show_facts)
        self._show_facts()

    def _show_facts(self) -> None:
        """Expected delivery date and weeks at registration, while the clerk types."""
        if not (self.lmp_field.is_valid() and self.registered_field.is_valid()):
            self.facts.clear()
            return
        lmp, registered = self.lmp_field.date(), self.registered_field.date()
        if lmp is None:
            self.facts.clear()
            return
        text = self.tr("Expected delivery: {date}").replace("{date}", expected_delivery(lmp).isoformat())
        weeks = weeks_text(lmp, registered) if registered is not None else ""
        if weeks:
            text += " · " + self.tr("{weeks} weeks at registration").replace("{weeks}", weeks)
        self.facts.setText(text)

    def draft(self) -> PregnancyDraft:
        return PregnancyDraft(
            registered_on=self.registered_field.date("registered_on"),
            lmp=self.lmp_field.date("lmp"),
            outcome=self.outcome_combo.currentData() or None,
            outcome_date=self.outcome_field.date("outcome_date"),
            note=self.note_edit.text(),
        )

    def submit(self) -> None:
        self._submit(self.draft())


class FollowupDialog(RecordDialog):
    closed_kind = "followup"
    def __init__(self, date: dt.date | None, note: str,
                 submit: Callable[[dt.date | None, str], None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up"), parent)
        self._submit = submit
        self.date_field = _date_field(self, date)
        self.note_edit = QLineEdit(note, self)
        self.note_edit.setMaxLength(500)
        self.form.addRow(self.tr("&Date"), self.date_field)
        self.form.addRow(self.tr("&Note"), self.note_edit)
        self.fields = {"date": self.date_field, "note": self.note_edit}

    def submit(self) -> None:
        self._submit(self.date_field.date("date"), self.note_edit.text())


class BabyRow:
    """Name, sex and optional ID number of one baby."""

    def __init__(self, parent: QWidget) -> None:
        self.name_edit = QLineEdit(parent)
        self.name_edit.setMaxLength(50)
        self.sex_combo = QComboBox(parent)
        for sex in (Sex.FEMALE, Sex.MALE):
            self.sex_combo.addItem(enum_text(sex), sex.value)
        self.id_edit = QLineEdit(parent)
        self.id_edit.setMaxLength(30)

    def widgets(self) -> tuple[QWidget, QWidget, QWidget]:
        return self.name_edit, self.sex_combo, self.id_edit

    def baby(self) -> BabyDraft:
        return BabyDraft(self.name_edit.text(), str(self.sex_combo.currentData()),
                         normalize(self.id_edit.text()))


class OutcomeDialog(RecordDialog):
    """Outcome and date; for a live birth one row per baby (twins: add a row)."""
    closed_kind = "outcome"

    def __init__(self, submit: Callable[[str, dt.date | None, list[BabyDraft]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record outcome"), parent)
        self._submit = submit
        self.outcome_combo = QComboBox(self)
        for outcome in Outcome:
            self.outcome_combo.addItem(enum_text(outcome), outcome.value)
        self.date_field = DateField(self)
        self.babies_box = QGroupBox(self.tr("Babies"), self)
        self.grid = QGridLayout(self.babies_box)
        for column, text in enumerate((self.tr("Name"), self.tr("Sex"), self.tr("ID number (optional)"))):
            self.grid.addWidget(QLabel(text, self.babies_box), 0, column)
        self.babies: list[BabyRow] = []
        self.add_baby_button = QPushButton(self.tr("&Add baby"), self.babies_box)
        self.remove_baby_button = QPushButton(self.tr("&Remove last baby"), self.babies_box)
        self.add_baby_button.clicked.connect(self.add_baby)
        self.remove_baby_button.clicked.connect(self.remove_baby)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_baby_button)
        buttons.addWidget(self.remove_baby_button)
        buttons.addStretch(1)
        self.grid.addLayout(buttons, 99, 0, 1, 3)
        self.form.addRow(self.tr("&Outcome"), self.outcome_combo)
        self.form.addRow(self.tr("&Date"), self.date_field)
        self.form.addRow(self.babies_box)
        self.fields = {"outcome": self.outcome_combo, "outcome_date": self.date_field,
                       "babies": self.add_baby_button}
        self.outcome_combo.currentIndexChanged.connect(self._outcome_chosen)
        self.add_baby()
        self._outcome_chosen()

    def add_baby(self) -> None:
        row = BabyRow(self.babies_box)
        self.babies.append(row)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self.babies), column)
            widget.show()  # at once: the layout would only show it on the next event loop pass
        self.fields[f"children[{len(self.babies) - 1}]"] = row.name_edit
        self.remove_baby_button.setEnabled(len(self.babies) > 1)
        row.name_edit.setFocus()

    def remove_baby(self) -> None:
        if len(self.babies) <= 1:
            return
        row = self.babies.pop()
        del self.fields[f"children[{len(self.babies)}]"]
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.remove_baby_button.setEnabled(len(self.babies) > 1)

    def is_live_birth(self) -> bool:
        return self.outcome_combo.currentData() == Outcome.LIVE_BIRTH.value

    def _outcome_chosen(self) -> None:
        self.babies_box.setVisible(self.is_live_birth())
        self.adjustSize()

    def describe(self, exc: LedgerError) -> str:
        text = problem_text(exc)
        field = exc.field or ""
        if field.startswith("children[") and "number" not in exc.params:
            # Messages about one ID number do not say whose it is.
            number = int(field[len("children["):-1]) + 1
            text = self.tr("Baby {number}: {problem}").replace("{number}", str(number)) \
                .replace("{problem}", text)
        return text

    def submit(self) -> None:
        babies = [row.baby() for row in self.babies] if self.is_live_birth() else []
        self._submit(str(self.outcome_combo.currentData()), self.date_field.date("outcome_date"),
                     babies)
