"""The reminder part of the settings dialog: check-up intervals, payment month, horizon, place."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from desktop.domain.enums import CheckupGroup
from desktop.services.settings import (
    CHECKUP_INTERVALS,
    MAX_HORIZON_DAYS,
    MAX_INTERVAL_MONTHS,
    PAYMENT_DUE_MONTH,
    REMINDER_HORIZON,
    SERVICE_PLACE,
    SettingsService,
)


class ReminderSettingsBox(QGroupBox):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self._intervals = settings.checkup_intervals()  # groups added by hand are kept
        self.key_spin = self._months(self._intervals[CheckupGroup.KEY.value])
        self.general_spin = self._months(self._intervals[CheckupGroup.GENERAL.value])
        self.payment_month_spin = QSpinBox(self)
        self.payment_month_spin.setRange(1, 12)
        self.payment_month_spin.setSuffix(self.tr(" (month)"))
        self.payment_month_spin.setValue(settings.payment_due_month())
        self.horizon_spin = QSpinBox(self)
        self.horizon_spin.setRange(0, MAX_HORIZON_DAYS)
        self.horizon_spin.setSuffix(self.tr(" days"))
        self.horizon_spin.setValue(settings.reminder_horizon_days())
        self.place_edit = QLineEdit(settings.service_place(), self)
        self.place_edit.setMaxLength(200)
        self.place_edit.setPlaceholderText(self.tr("Printed on the slips: where she should come"))
        form = QFormLayout(self)
        form.addRow(self.tr("Check-up interval, &key group"), self.key_spin)
        form.addRow(self.tr("Check-up interval, &general group"), self.general_spin)
        form.addRow(self.tr("Yearly benefits are paid in"), self.payment_month_spin)
        form.addRow(self.tr("List reminders due within"), self.horizon_spin)
        form.addRow(self.tr("Ser&vice place"), self.place_edit)
        self._shown = self._current()

    def _months(self, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(1, MAX_INTERVAL_MONTHS)
        spin.setSuffix(self.tr(" months"))
        spin.setValue(value)
        return spin

    def values(self) -> dict[str, str]:
        """The settings the clerk changed, as stored: one logged write with the office's."""
        return {key: value for key, value in self._current().items()
                if value != self._shown[key]}

    def _current(self) -> dict[str, str]:
        intervals = dict(self._intervals)
        intervals[CheckupGroup.KEY.value] = self.key_spin.value()
        intervals[CheckupGroup.GENERAL.value] = self.general_spin.value()
        return {
            CHECKUP_INTERVALS: json.dumps(intervals, ensure_ascii=False, sort_keys=True),
            PAYMENT_DUE_MONTH: str(self.payment_month_spin.value()),
            REMINDER_HORIZON: str(self.horizon_spin.value()),
            SERVICE_PLACE: self.place_edit.text().strip(),
        }
