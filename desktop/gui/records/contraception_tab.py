"""The contraception tab (节育措施): her methods, the open one marked current."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.enums import Method
from desktop.domain.kinds import KINDS, Kind
from desktop.domain.values.care import ContraceptionDraft, ContraceptionRecord
from desktop.gui.dialogs.prompts import Prompts
from desktop.gui.records.record_tab import RecordDialog, RecordTab, enum_combo
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import enum_text
from desktop.services.care.contraception import ContraceptionService, OpenContraceptionError
from desktop.services.care.record_base import RecordBase

COL_METHOD, COL_START, COL_END, COL_PLACE, COL_CURRENT = range(5)


class ContraceptionDialog(RecordDialog):
    closed_kind = "contraception"
    def __init__(self, contraception: ContraceptionService, today: Callable[[], dt.date],
                 person_id: int, record: ContraceptionRecord | None,
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent, prompts)
        self._service, self._today = contraception, today
        self.person_id = person_id
        self.record = record
        self.setWindowTitle(self.tr("Contraception") if record is None
                            else self.tr("Edit contraception"))
        self.method_combo = enum_combo(self, list(Method), record.method if record else None)
        self.start_field = DateField(self)
        self.start_field.set_date(record.start_date if record else today())
        self.end_field = DateField(self)
        self.end_field.set_date(record.end_date if record else None)
        self.place_edit = QLineEdit(record.place if record else "", self)
        self.place_edit.setMaxLength(200)
        self.form.addRow(self.tr("&Method"), self.method_combo)
        self.form.addRow(self.tr("&Start date"), self.start_field)
        self.form.addRow(self.tr("&End date"), self.end_field)
        self.form.addRow(self.tr("&Place"), self.place_edit)
        self.fields = {"method": self.method_combo, "start_date": self.start_field,
                       "end_date": self.end_field, "place": self.place_edit}

    def draft(self) -> ContraceptionDraft:
        return ContraceptionDraft(
            method=str(self.method_combo.currentData() or ""),
            start_date=self.start_field.date("start_date"),
            end_date=self.end_field.date("end_date"),
            place=self.place_edit.text(),
        )

    def save(self) -> int | None:
        draft = self.draft()
        service = self._service
        if self.record is not None:
            service.update(self.record.id, draft, version=self.record.version)
            return self.record.id
        try:
            return service.add(self.person_id, draft)
        except OpenContraceptionError as exc:
            method = enum_text(Method(exc.params["method"]))
            question = self.tr("{method}, started on {start}, is still in use. End it on {date} "
                               "and record the new method?")
            question = (question.replace("{method}", method)
                        .replace("{start}", str(exc.params["start"]))
                        .replace("{date}", str(exc.params["date"])))
            if not self.prompts.confirm(self, self.tr("End the current method"), question):
                self.show_problem(exc)
                return None
            return service.add(self.person_id, draft, end_open=True)


class ContraceptionTab(RecordTab):
    closed_kind = "contraception"
    key = KINDS[Kind.CONTRACEPTION].tab
    entity = Kind.CONTRACEPTION

    def title(self) -> str:
        return self.tr("Contraception")

    def add_text(self) -> str:
        return self.tr("&Add method…")

    def headers(self) -> Sequence[str]:
        return (self.tr("Method"), self.tr("Start"), self.tr("End"), self.tr("Place"),
                self.tr("Current"))

    def cell(self, record: Any, column: int) -> str:
        if column == COL_METHOD:
            return enum_text(Method(record.method))
        if column == COL_START:
            return record.start_date.isoformat()
        if column == COL_END:
            return record.end_date.isoformat() if record.end_date else ""
        if column == COL_PLACE:
            return record.place
        return self.tr("Current") if record.is_open_at(self._today()) else ""

    def service(self) -> RecordBase:
        return self._service

    def load(self, person_id: int) -> list[Any]:
        return self._service.list_for_person(person_id)

    def make_dialog(self, record: Any | None) -> RecordDialog:
        assert self.person_id is not None
        return ContraceptionDialog(self._service, self._today, self.person_id, record, self,
                                   self.prompts)

    def describe(self, record: Any) -> str:
        return self.tr("{method} from {start}").replace(
            "{method}", enum_text(Method(record.method))).replace(
            "{start}", record.start_date.isoformat())
