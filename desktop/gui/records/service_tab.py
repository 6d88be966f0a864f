"""The services tab (服务登记): services given to her, with date, type and note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.enums import ServiceType
from desktop.domain.kinds import KINDS, Kind
from desktop.domain.values.care import ServiceDraft, ServiceRecord
from desktop.gui.records.record_tab import RecordDialog, RecordTab, enum_combo
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import enum_text
from desktop.services.care.record_base import RecordBase
from desktop.services.care.services_given import ServiceRecordService

COL_DATE, COL_TYPE, COL_NOTE = range(3)


class ServiceDialog(RecordDialog):
    closed_kind = "service"
    def __init__(self, service_records: ServiceRecordService, today: Callable[[], dt.date],
                 person_id: int, record: ServiceRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._today = service_records, today
        self.person_id = person_id
        self.record = record
        self.setWindowTitle(self.tr("Service") if record is None else self.tr("Edit service"))
        self.date_field = DateField(self)
        self.date_field.set_date(record.date if record else today())
        self.type_combo = enum_combo(self, list(ServiceType), record.type if record else None)
        self.note_edit = QLineEdit(record.note if record else "", self)
        self.note_edit.setMaxLength(500)
        self.form.addRow(self.tr("&Date"), self.date_field)
        self.form.addRow(self.tr("&Type"), self.type_combo)
        self.form.addRow(self.tr("&Note"), self.note_edit)
        self.fields = {"date": self.date_field, "type": self.type_combo, "note": self.note_edit}

    def save(self) -> int | None:
        draft = ServiceDraft(date=self.date_field.date("date"),
                             type=str(self.type_combo.currentData() or ""),
                             note=self.note_edit.text())
        if self.record is not None:
            self._service.update(self.record.id, draft, version=self.record.version)
            return self.record.id
        return self._service.add(self.person_id, draft)


class ServiceTab(RecordTab):
    closed_kind = "service"
    key = KINDS[Kind.SERVICE].tab
    entity = Kind.SERVICE

    def title(self) -> str:
        return self.tr("Services")

    def add_text(self) -> str:
        return self.tr("&Add service…")

    def headers(self) -> Sequence[str]:
        return self.tr("Date"), self.tr("Type"), self.tr("Note")

    def cell(self, record: Any, column: int) -> str:
        if column == COL_DATE:
            return record.date.isoformat()
        if column == COL_TYPE:
            return enum_text(ServiceType(record.type))
        return record.note

    def service(self) -> RecordBase:
        return self._service

    def load(self, person_id: int) -> list[Any]:
        return self._service.list_for_person(person_id)

    def make_dialog(self, record: Any | None) -> RecordDialog:
        assert self.person_id is not None
        return ServiceDialog(self._service, self._today, self.person_id, record, self)

    def describe(self, record: Any) -> str:
        return self.tr("the service of {date}").replace("{date}", record.date.isoformat())
