"""The small form for one child of the person being edited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import idnumber
from desktop.domain.enums import Sex
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.people import ChildDraft
from desktop.errors import ValidationError
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import enum_text, error_text

NO_BIRTH_DATE = QT_TRANSLATE_NOOP("errors", "Please enter the child's birth date.")


class ChildDialog(QDialog):
    """Edit a copy of a ChildDraft; ``child()`` returns the result after accept."""

    def __init__(self, child: ChildDraft | None, today: Callable[[], dt.date],
                 parent: QWidget | None = None,
                 pregnancies: Sequence[tuple[int, dt.date, dt.date]] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Child") if child is None else self.tr("Edit child"))
        self._today = today
        self._child = replace(child) if child is not None else ChildDraft()
        self.name_edit = QLineEdit(self._child.name, self)
        self.name_edit.setMaxLength(50)
        self.sex_combo = QComboBox(self)
        for sex in (Sex.FEMALE, Sex.MALE):
            self.sex_combo.addItem(enum_text(sex), sex.value)
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(self._child.sex), 0))
        self.birth_field = DateField(self)
        self.birth_field.set_date(self._child.birth_date)
        self.id_edit = QLineEdit(self._child.id_number, self)
        self.id_edit.setMaxLength(30)
        self.id_edit.textChanged.connect(self._id_typed)
        self.registered_field = DateField(self)
        self.registered_field.set_date(self._child.birth_registered_on)
        self.reported_field = DateField(self)
        self.reported_field.set_date(self._child.reported_on)
        # Her mother's pregnancy she was born of (id, registered, LMP): the rates take the
        # LMP from it; without one, birth date - 280 days.
        self.pregnancy_combo = QComboBox(self)
        self.pregnancy_combo.addItem(self.tr("Not linked"), None)
        for pregnancy_id, registered, lmp in pregnancies:
            self.pregnancy_combo.addItem(self.tr("Registered {registered}, LMP {lmp}").format(
                registered=registered.isoformat(), lmp=lmp.isoformat()), pregnancy_id)
        self.pregnancy_combo.setCurrentIndex(
            max(self.pregnancy_combo.findData(self._child.pregnancy_id), 0))
        self.pregnancy_combo.setEnabled(bool(pregnancies))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Sex"), self.sex_combo)
        form.addRow(self.tr("&Birth date"), self.birth_field)
        form.addRow(self.tr("&ID number"), self.id_edit)
        form.addRow(self.tr("Birth &registration date"), self.registered_field)
        form.addRow(self.tr("Date re&ported"), self.reported_field)
        form.addRow(self.tr("Her &pregnancy"), self.pregnancy_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _id_typed(self, text: str) -> None:
        # A valid ID number fills the birth date and sex the clerk has not typed yet.
        try:
            info = idnumber.validate(text, self._today())
        except ValidationError:
            return
        if not self.birth_field.text():
            self.birth_field.set_date(info.birth_date)
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(info.sex.value), 0))

    def child(self) -> ChildDraft:
        return self._child

    def accept(self) -> None:
        try:
            birth = self.birth_field.date("birth_date")
            if birth is None:
                raise ValidationError(NO_BIRTH_DATE, field="birth_date")
            self._child.birth_registered_on = self.registered_field.date("birth_registered_on")
            self._child.reported_on = self.reported_field.date("reported_on")
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            widget = {"birth_registered_on": self.registered_field,
                      "reported_on": self.reported_field}.get(exc.field or "", self.birth_field)
            widget.setFocus()
            return
        self._child.birth_date = birth
        self._child.name = self.name_edit.text().strip()
        self._child.sex = str(self.sex_combo.currentData())
        self._child.id_number = idnumber.normalize(self.id_edit.text())
        self._child.pregnancy_id = self.pregnancy_combo.currentData()
        super().accept()
