"""The benefits tab: her enrolments and, for the selected one, its payments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.enums import Cycle, Program
from desktop.domain.kinds import KINDS, Kind
from desktop.domain.money import format_fen
from desktop.domain.values.benefits import BenefitRecord, PaymentRecord
from desktop.errors import LedgerError
from desktop.gui.dialogs.prompts import Prompts
from desktop.gui.records.benefit_forms import BenefitDialog, PaymentDialog
from desktop.gui.records.record_model import RecordModel, make_view
from desktop.gui.records.record_tab import RecordDialog, RecordTab
from desktop.i18n import enum_text
from desktop.services.care.benefits import BenefitService
from desktop.services.care.record_base import RecordBase

COL_PROGRAM, COL_AMOUNT, COL_CYCLE, COL_START, COL_END, COL_PAYMENTS, COL_PAID = range(7)
PAY_PERIOD, PAY_AMOUNT, PAY_DATE = range(3)


class BenefitTab(RecordTab):
    """``select_record`` takes an enrolment id, ``select_payment`` a payment id."""

    key = KINDS[Kind.BENEFIT].tab
    entity = Kind.BENEFIT

    def __init__(self, benefits: BenefitService, today: Callable[[], dt.date],
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(benefits, today, parent, prompts)
        self.payment_model = RecordModel(self.payment_headers, self.payment_cell, (PAY_AMOUNT,),
                                         self)
        self.payment_view = make_view(self.payment_model, self)
        self.payment_view.doubleClicked.connect(self._payment_double_clicked)
        self.payment_view.selectionModel().selectionChanged.connect(self._payment_selection)
        self.add_payment_button = QPushButton(self.tr("Add &payment…"), self)
        self.edit_payment_button = QPushButton(self.tr("Edit pa&yment…"), self)
        self.delete_payment_button = QPushButton(self.tr("Delete payme&nt"), self)
        self.add_payment_button.clicked.connect(self.add_payment)
        self.edit_payment_button.clicked.connect(self.edit_payment)
        self.delete_payment_button.clicked.connect(self.delete_payment)
        buttons = QHBoxLayout()
        for button in (self.add_payment_button, self.edit_payment_button,
                       self.delete_payment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.box.addWidget(QLabel(self.tr("Payments of the selected enrolment"), self))
        self.box.addWidget(self.payment_view)
        self.box.addLayout(buttons)
        self._selection_changed()

    # -- enrolments (RecordTab) ------------------------------------------------
    def title(self) -> str:
        return self.tr("Benefits")

    def add_text(self) -> str:
        return self.tr("&Add enrolment…")

    def headers(self) -> Sequence[str]:
        return (self.tr("Programme"), self.tr("Standard amount"), self.tr("Cycle"),
                self.tr("Start"), self.tr("End"), self.tr("Payments"), self.tr("Paid in total"))

    def right_aligned(self) -> Sequence[int]:
        return COL_AMOUNT, COL_PAYMENTS, COL_PAID

    def cell(self, record: Any, column: int) -> str:
        if column == COL_PROGRAM:
            return enum_text(Program(record.program))
        if column == COL_AMOUNT:
            return format_fen(record.amount_fen)
        if column == COL_CYCLE:
            return enum_text(Cycle(record.cycle))
        if column == COL_START:
            return record.start_date.isoformat()
        if column == COL_END:
            return record.end_date.isoformat() if record.end_date else ""
        if column == COL_PAYMENTS:
            return str(len(record.payments))
        return format_fen(record.paid_fen)

    def service(self) -> RecordBase:
        return self._service

    def load(self, person_id: int) -> list[Any]:
        return self._service.list_for_person(person_id)

    def make_dialog(self, record: Any | None) -> RecordDialog:
        assert self.person_id is not None
        return BenefitDialog(self._service, self._today, self.person_id, record, self)

    def describe(self, record: Any) -> str:
        return self.tr("the enrolment in {program} from {start} with its payments").replace(
            "{program}", enum_text(Program(record.program))).replace(
            "{start}", record.start_date.isoformat())

    # -- payments --------------------------------------------------------------
    def payment_headers(self) -> Sequence[str]:
        return self.tr("Period"), self.tr("Amount"), self.tr("Date paid")

    def payment_cell(self, payment: Any, column: int) -> str:
        if column == PAY_PERIOD:
            return payment.period
        if column == PAY_AMOUNT:
            return format_fen(payment.amount_fen)
        return payment.paid_on.isoformat()

    def selected_payment(self) -> PaymentRecord | None:
        rows = self.payment_view.selectionModel().selectedRows()
        return self.payment_model.record_at(rows[0].row()) if rows else None

    def select_payment(self, payment_id: int) -> None:
        for record in self.model.records():
            if any(p.id == payment_id for p in record.payments):
                self.select_record(record.id)
                row = self.payment_model.row_of(payment_id)
                if row is not None:
                    self.payment_view.selectRow(row)
                    self.payment_view.setFocus()
                return

    def add_payment(self) -> None:
        benefit = self.selected()
        if benefit is not None:
            self._open_payment(benefit, None)

    def edit_payment(self) -> None:
        benefit, payment = self.selected(), self.selected_payment()
        if benefit is not None and payment is not None:
            self._open_payment(benefit, payment)

    def delete_payment(self) -> None:
        payment = self.selected_payment()
        if payment is None or self.person_id is None:
            return
        text = self.tr("Move the payment for {period} to the recycle bin? It can be restored "
                       "from there.").replace("{period}", payment.period)
        if not self.prompts.confirm(self, self.tr("Delete payment"), text):
            return
        try:
            self._service.delete(Kind.PAYMENT, payment.id, self.person_id)
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
            return
        self.refresh()
        self.changed.emit()

    def _open_payment(self, benefit: BenefitRecord, payment: PaymentRecord | None) -> None:
        dialog = PaymentDialog(self._service, self._today, benefit, payment, self)
        try:
            if self.prompts.run_dialog(dialog) and dialog.saved_id is not None:
                self.refresh(benefit.id)
                self.select_payment(dialog.saved_id)
                self.changed.emit()
        finally:
            dialog.deleteLater()

    def _payment_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_payment()

    def _selection_changed(self, *_args: object) -> None:
        super()._selection_changed()
        if not hasattr(self, "payment_model"):
            return  # called by the base class before the payment table exists
        benefit = self.selected()
        self.payment_model.set_records(benefit.payments if benefit is not None else [])
        self.add_payment_button.setEnabled(benefit is not None)
        self._payment_selection()

    def _payment_selection(self, *_args: object) -> None:
        has = self.selected_payment() is not None
        self.edit_payment_button.setEnabled(has)
        self.delete_payment_button.setEnabled(has)
