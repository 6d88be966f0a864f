"""The check-up tab (三查): date, items checked, result, source and place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from desktop.domain.enums import CheckupResult, CheckupSource
from desktop.domain.kinds import KINDS, Kind
from desktop.domain.values.care import CheckupDraft, CheckupRecord
from desktop.gui.records.record_tab import RecordDialog, RecordTab, enum_combo
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import enum_text
from desktop.services.care.checkups import CheckupService
from desktop.services.care.record_base import RecordBase

COL_DATE, COL_ITEMS, COL_PREGNANT, COL_RESULT, COL_SOURCE, COL_PLACE, COL_NOTE = range(7)


class CheckupDialog(RecordDialog):
    closed_kind = "checkup"
    def __init__(self, checkups: CheckupService, today: Callable[[], dt.date],
                 person_id: int, record: CheckupRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._today = checkups, today
        self.person_id = person_id
        self.record = record
        values = record or CheckupDraft(date=today())
        self.setWindowTitle(self.tr("Check-up") if record is None else self.tr("Edit check-up"))
        self.date_field = DateField(self)
        self.date_field.set_date(values.date)
        self.pregnancy_box = QCheckBox(self.tr("P&regnancy"), self)
        self.iud_box = QCheckBox(self.tr("&IUD"), self)
        self.disease_box = QCheckBox(self.tr("&Gynaecological"), self)
        self.pregnancy_box.setChecked(values.check_pregnancy)
        self.iud_box.setChecked(values.check_iud)
        self.disease_box.setChecked(values.check_disease)
        items = QWidget(self)
        row = QHBoxLayout(items)
        row.setContentsMargins(0, 0, 0, 0)
        for box in (self.pregnancy_box, self.iud_box, self.disease_box):
            row.addWidget(box)
        row.addStretch(1)
        self.pregnant_box = QCheckBox(self.tr("Pregna&nt"), self)
        self.pregnant_box.setChecked(values.pregnant)
        self.pregnancy_box.toggled.connect(self._pregnancy_checked)
        self.result_combo = enum_combo(self, list(CheckupResult), values.result)
        self.note_edit = QLineEdit(values.note, self)
        self.note_edit.setMaxLength(500)
        self.place_edit = QLineEdit(values.place, self)
        self.place_edit.setMaxLength(200)
        self.source_combo = enum_combo(self, list(CheckupSource), values.source)
        self.form.addRow(self.tr("&Date"), self.date_field)
        self.form.addRow(self.tr("Items checked"), items)
        self.form.addRow(self.tr("Pregnancy check"), self.pregnant_box)
        self.form.addRow(self.tr("Res&ult"), self.result_combo)
        self.form.addRow(self.tr("Findings / &note"), self.note_edit)
        self.form.addRow(self.tr("&Place"), self.place_edit)
        self.form.addRow(self.tr("&Source"), self.source_combo)
        self.fields = {"date": self.date_field, "items": self.pregnancy_box,
                       "pregnant": self.pregnant_box, "result": self.result_combo,
                       "note": self.note_edit, "place": self.place_edit,
                       "source": self.source_combo}
        self._pregnancy_checked(values.check_pregnancy)

    def _pregnancy_checked(self, checked: bool) -> None:
        # "Pregnant" is a result of the pregnancy check only.
        self.pregnant_box.setEnabled(checked)
        if not checked:
            self.pregnant_box.setChecked(False)

    def draft(self) -> CheckupDraft:
        return CheckupDraft(
            date=self.date_field.date("date"),
            check_pregnancy=self.pregnancy_box.isChecked(),
            check_iud=self.iud_box.isChecked(),
            check_disease=self.disease_box.isChecked(),
            pregnant=self.pregnant_box.isChecked(),
            result=str(self.result_combo.currentData() or ""),
            note=self.note_edit.text(),
            place=self.place_edit.text(),
            source=str(self.source_combo.currentData() or ""),
        )

    def save(self) -> int | None:
        if self.record is not None:
            self._service.update(self.record.id, self.draft(), version=self.record.version)
            return self.record.id
        return self._service.add(self.person_id, self.draft())


class CheckupTab(RecordTab):
    closed_kind = "checkup"
    key = KINDS[Kind.CHECKUP].tab
    entity = Kind.CHECKUP

    def title(self) -> str:
        return self.tr("Check-ups")

    def add_text(self) -> str:
        return self.tr("&Add check-up…")

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Items"), self.tr("Pregnant"), self.tr("Result"),
                self.tr("Source"), self.tr("Place"), self.tr("Note"))

    def items_text(self, record: CheckupRecord) -> str:
        names = ((record.check_pregnancy, self.tr("Pregnancy")), (record.check_iud, self.tr("IUD")),
                 (record.check_disease, self.tr("Gynaecological")))
        return self.tr(", ").join(name for done, name in names if done)

    def cell(self, record: Any, column: int) -> str:
        if column == COL_DATE:
            return record.date.isoformat()
        if column == COL_ITEMS:
            return self.items_text(record)
        if column == COL_PREGNANT:
            return self.tr("Yes") if record.pregnant else ""
        if column == COL_RESULT:
            return enum_text(CheckupResult(record.result))
        if column == COL_SOURCE:
            return enum_text(CheckupSource(record.source))
        return record.place if column == COL_PLACE else record.note

    def service(self) -> RecordBase:
        return self._service

    def load(self, person_id: int) -> list[Any]:
        return self._service.list_for_person(person_id)

    def make_dialog(self, record: Any | None) -> RecordDialog:
        assert self.person_id is not None
        return CheckupDialog(self._service, self._today, self.person_id, record, self)

    def describe(self, record: Any) -> str:
        return self.tr("the check-up of {date}").replace("{date}", record.date.isoformat())
