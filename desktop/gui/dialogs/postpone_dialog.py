"""Postpone one reminder: until which day, and why (both kept in the change log)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.reminders import Reminder
from desktop.errors import ValidationError
from desktop.gui.records.record_dialog import RecordDialog
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import kind_text
from desktop.services.reminders.service import ReminderService

DEFAULT_DAYS = 14


class PostponeDialog(RecordDialog):
    """Saved through ReminderService.postpone on OK; a refused date or reason stays in the form."""

    def __init__(self, reminders: ReminderService, today: Callable[[], dt.date],
                 reminder: Reminder, as_of: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Postpone reminder"), parent)
        self._reminders = reminders
        self.reminder = reminder
        self.postponed_until: dt.date | None = None
        about = self.tr("{kind} for {name}, due {date}").replace(
            "{kind}", kind_text(reminder.kind)).replace("{name}", reminder.name).replace(
            "{date}", reminder.due_date.isoformat())
        self.about = QLabel(about, self)
        self.until_field = DateField(self)
        # Two weeks after the later of the list's date and the due date: a later one is pointless.
        start = max(as_of, today(), reminder.due_date)
        self.until_field.set_date(start + dt.timedelta(days=DEFAULT_DAYS))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. working away until then"))
        self.form.addRow(self.about)
        self.form.addRow(self.tr("Show it again &on"), self.until_field)
        self.form.addRow(self.tr("&Reason"), self.reason_edit)
        self.fields = {"until": self.until_field, "reason": self.reason_edit}
        self.reason_edit.setFocus()

    def until(self) -> dt.date | None:
        return self.until_field.date("until")

    def submit(self) -> None:
        until = self.until()
        if until is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Type the date it should come back."),
                                  field="until")
        self._reminders.postpone(self.reminder, until, self.reason_edit.text().strip())
        self.postponed_until = until
