"""Small forms of the benefits tab: an enrolment and one payment. Amounts in yuan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.domain.enums import Cycle, Program
from desktop.domain.money import format_fen, parse_yuan, yuan_text
from desktop.domain.values.benefits import BenefitDraft, BenefitRecord, PaymentDraft, PaymentRecord
from desktop.gui.records.record_tab import RecordDialog, enum_combo
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import enum_text
from desktop.services.care.benefits import BenefitService


def amount_edit(parent: QWidget, fen: int | None) -> QLineEdit:
    edit = QLineEdit("" if fen is None else yuan_text(fen), parent)
    edit.setMaxLength(16)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return edit


class BenefitDialog(RecordDialog):
    closed_kind = "benefit"
    def __init__(self, benefits: BenefitService, today: Callable[[], dt.date],
                 person_id: int, record: BenefitRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._benefits, self._today = benefits, today
        self.person_id = person_id
        self.record = record
        self.setWindowTitle(self.tr("Benefit enrolment") if record is None
                            else self.tr("Edit benefit enrolment"))
        self.program_combo = enum_combo(self, list(Program), record.program if record else None)
        self.amount_edit = amount_edit(self, record.amount_fen if record else None)
        self.amount_edit.setPlaceholderText(self.tr("yuan per period, e.g. 10.00"))
        self.cycle_combo = enum_combo(self, list(Cycle),
                                      record.cycle if record else Cycle.MONTH.value)
        self.start_field = DateField(self)
        self.start_field.set_date(record.start_date if record else None)
        self.end_field = DateField(self)
        self.end_field.set_date(record.end_date if record else None)
        self.form.addRow(self.tr("&Programme"), self.program_combo)
        self.form.addRow(self.tr("Standard &amount (yuan)"), self.amount_edit)
        self.form.addRow(self.tr("Paid &every"), self.cycle_combo)
        self.form.addRow(self.tr("&Start date"), self.start_field)
        self.form.addRow(self.tr("&End date"), self.end_field)
        self.fields = {"program": self.program_combo, "amount_fen": self.amount_edit,
                       "cycle": self.cycle_combo, "start_date": self.start_field,
                       "end_date": self.end_field}

    def save(self) -> int | None:
        draft = BenefitDraft(
            program=str(self.program_combo.currentData() or ""),
            amount_fen=parse_yuan(self.amount_edit.text(), "amount_fen"),
            cycle=str(self.cycle_combo.currentData() or ""),
            start_date=self.start_field.date("start_date"),
            end_date=self.end_field.date("end_date"),
        )
        if self.record is not None:
            self._benefits.update(self.record.id, draft, version=self.record.version)
            return self.record.id
        return self._benefits.add(self.person_id, draft)


class PaymentDialog(RecordDialog):
    """A new payment starts with the next unpaid period, the standard amount and today."""
    closed_kind = "payment"

    def __init__(self, benefits: BenefitService, today: Callable[[], dt.date],
                 benefit: BenefitRecord, record: PaymentRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._benefits, self._today = benefits, today
        self.benefit = benefit
        self.record = record
        self.setWindowTitle(self.tr("Payment") if record is None else self.tr("Edit payment"))
        monthly = benefit.cycle == Cycle.MONTH.value
        if record is None:
            values = PaymentDraft(benefits.next_unpaid(benefit.id) or "",
                                  benefit.amount_fen, today())
        else:
            values = record
        about = self.tr("{program}, {amount} {cycle}").replace(
            "{program}", enum_text(Program(benefit.program))).replace(
            "{amount}", format_fen(benefit.amount_fen or 0)).replace(
            "{cycle}", enum_text(Cycle(benefit.cycle)))
        self.about = QLabel(about, self)
        self.period_edit = QLineEdit(values.period, self)
        self.period_edit.setMaxLength(7)
        self.period_edit.setPlaceholderText(self.tr("YYYY-MM") if monthly else self.tr("YYYY"))
        self.amount_edit = amount_edit(self, values.amount_fen)
        self.paid_field = DateField(self)
        self.paid_field.set_date(values.paid_on)
        self.form.addRow(self.tr("Enrolment"), self.about)
        self.form.addRow(self.tr("Pe&riod"), self.period_edit)
        self.form.addRow(self.tr("&Amount (yuan)"), self.amount_edit)
        self.form.addRow(self.tr("&Date paid"), self.paid_field)
        self.fields = {"period": self.period_edit, "amount_fen": self.amount_edit,
                       "paid_on": self.paid_field}

    def save(self) -> int | None:
        draft = PaymentDraft(period=self.period_edit.text(),
                             amount_fen=parse_yuan(self.amount_edit.text(), "amount_fen"),
                             paid_on=self.paid_field.date("paid_on"))
        if self.record is not None:
            self._benefits.update_payment(self.record.id, draft, version=self.record.version)
            return self.record.id
        return self._benefits.add_payment(self.benefit.id, draft)
