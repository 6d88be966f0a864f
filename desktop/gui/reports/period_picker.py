"""Which document and which period: 月报 … 统计年报, a custom period, or a register printout.

The page reads ``document()``, ``period()`` (None while the dates are not usable, with a
message) and ``register()``; ``changed`` fires on any change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.domain import report_periods
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.indicators import Period, PeriodKind
from desktop.domain.values.registers import TITLES, Register
from desktop.gui.widgets.date_field import DateField

REGISTER_DOC = "register"  # the register printout (登记簿打印): a register and a date range
DOCUMENTS: tuple[tuple[str, str], ...] = (
    (PeriodKind.MONTH.value, QT_TRANSLATE_NOOP("PeriodPicker", "Monthly report")),
    (PeriodKind.QUARTER.value, QT_TRANSLATE_NOOP("PeriodPicker", "Quarterly report")),
    (PeriodKind.HALF_YEAR.value, QT_TRANSLATE_NOOP("PeriodPicker", "Half-year report")),
    (PeriodKind.YEAR.value, QT_TRANSLATE_NOOP("PeriodPicker", "Annual report")),
    (PeriodKind.STAT_YEAR.value, QT_TRANSLATE_NOOP("PeriodPicker", "Statistical year report")),
    (PeriodKind.CUSTOM.value, QT_TRANSLATE_NOOP("PeriodPicker", "Custom period")),
    (REGISTER_DOC, QT_TRANSLATE_NOOP("PeriodPicker", "Register printout")),
)


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._anchor = report_periods.reporting_month(today).start  # the month she reports
        self.document_combo = QComboBox(self)
        for key, label in DOCUMENTS:
            self.document_combo.addItem(QCoreApplication.translate("PeriodPicker", label), key)
        self.register_combo = QComboBox(self)
        for register in Register:
            self.register_combo.addItem(QCoreApplication.translate("registers", TITLES[register]),
                                        register.value)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1990, today.year + 1)
        self.year_spin.setValue(self._anchor.year)
        self.year_spin.setSuffix(self.tr(" (year)"))
        self.number_combo = QComboBox(self)  # month, quarter or half
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.to_label = QLabel(self.tr("to"), self)
        self.range_label = QLabel(self)  # the period's days, or why there is none
        self.range_label.setStyleSheet("color: #555;")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.document_combo, self.register_combo, self.year_spin,
                       self.number_combo, self.date_from, self.to_label, self.date_to):
            layout.addWidget(widget)
        layout.addWidget(self.range_label, 1)

        self.date_from.set_date(self._anchor)
        self.date_to.set_date(min(today, report_periods.month_of(self._anchor).end))
        self._fill_numbers()
        self.number_combo.setCurrentIndex(self._anchor.month - 1)
        self.document_combo.currentIndexChanged.connect(self._document_changed)
        self.register_combo.currentIndexChanged.connect(self.changed)
        self.year_spin.valueChanged.connect(self._period_changed)
        self.number_combo.currentIndexChanged.connect(self._period_changed)
        self.date_from.changed.connect(self._period_changed)
        self.date_to.changed.connect(self._period_changed)
        self._document_changed()

    # -- public ----------------------------------------------------------------
    def document(self) -> str:
        return str(self.document_combo.currentData())

    def set_document(self, key: str) -> None:
        self.document_combo.setCurrentIndex(max(self.document_combo.findData(key), 0))

    def register(self) -> Register | None:
        return Register(self.register_combo.currentData()) if self.document() == REGISTER_DOC else None

    def set_month(self, year: int, month: int) -> None:
        self.set_document(PeriodKind.MONTH.value)
        self.year_spin.setValue(year)
        self.number_combo.setCurrentIndex(month - 1)

    def set_range(self, start: dt.date, end: dt.date) -> None:
        self.date_from.set_date(start)
        self.date_to.set_date(end)

    def period(self) -> Period | None:
        """The chosen period, None while the custom dates are not usable."""
        document = self.document()
        if document in (PeriodKind.CUSTOM.value, REGISTER_DOC):
            start = self.date_from.date() if self.date_from.is_valid() else None
            end = self.date_to.date() if self.date_to.is_valid() else None
            if start is None or end is None or start > end:
                return None
            return report_periods.custom(start, end)
        kind = PeriodKind(document)
        number = 1 if kind in (PeriodKind.YEAR, PeriodKind.STAT_YEAR) else (
            self.number_combo.currentData() or 1)  # a year has no number (the combo is hidden)
        return report_periods.period(kind, self.year_spin.value(), int(number))

    def problem(self) -> str:
        """Why period() is None, for the message line."""
        start = self.date_from.date() if self.date_from.is_valid() else None
        end = self.date_to.date() if self.date_to.is_valid() else None
        if start is None or end is None:
            return self.tr("Type both dates like 2025-03-13.")
        if start > end:
            return self.tr("The start date is after the end date.")
        return ""

    # -- helpers ---------------------------------------------------------------
    def _document_changed(self) -> None:
        document = self.document()
        ranged = document in (PeriodKind.CUSTOM.value, REGISTER_DOC)
        self.register_combo.setVisible(document == REGISTER_DOC)
        self.year_spin.setVisible(not ranged)
        self.number_combo.setVisible(document in (PeriodKind.MONTH.value, PeriodKind.QUARTER.value,
                                                  PeriodKind.HALF_YEAR.value))
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(ranged)
        self._fill_numbers()
        self._period_changed()

    def _fill_numbers(self) -> None:
        document = self.document()
        keep = self.number_combo.currentData()
        self.number_combo.blockSignals(True)
        self.number_combo.clear()
        if document == PeriodKind.QUARTER.value:
            for quarter in range(1, 5):
                self.number_combo.addItem(self.tr("Quarter %n", "", quarter), quarter)
        elif document == PeriodKind.HALF_YEAR.value:
            self.number_combo.addItem(self.tr("First half"), 1)
            self.number_combo.addItem(self.tr("Second half"), 2)
        else:
            for month in range(1, 13):
                self.number_combo.addItem(self.tr("Month %n", "", month), month)
        index = self.number_combo.findData(keep)
        if index < 0:  # another kind: the one holding the reporting month
            month = self._anchor.month
            index = {PeriodKind.QUARTER.value: (month - 1) // 3,
                     PeriodKind.HALF_YEAR.value: (month - 1) // 6}.get(document, month - 1)
        self.number_combo.setCurrentIndex(max(index, 0))
        self.number_combo.blockSignals(False)

    def _period_changed(self) -> None:
        period = self.period()
        if period is None:
            self.range_label.setText(self.problem())
            self.range_label.setStyleSheet("color: #b00020;")
        else:
            self.range_label.setText(self.tr("{start} to {end}").format(
                start=period.start.isoformat(), end=period.end.isoformat()))
            self.range_label.setStyleSheet("color: #555;")
        self.changed.emit()
