"""One step on a reminder: the form that settles it, prefilled, saved through the services.

Each action returns the message to show when something was written, None otherwise.
Forms, questions and error boxes go through the ``Prompts`` given (scripted in tests, which
drive the real forms).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QWidget

from desktop.domain.enums import CheckupSource
from desktop.domain.idnumber import mask
from desktop.domain.values.reminders import Reminder, ReminderKind
from desktop.errors import LedgerError
from desktop.gui.dialogs.postpone_dialog import PostponeDialog
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.services.care.benefits import BenefitService
from desktop.services.care.checkups import CheckupService
from desktop.services.care.pregnancies import PregnancyService
from desktop.services.people.children import ChildService
from desktop.services.reminders.service import ReminderService

Opener = Callable[..., None]  # (person_id, tab=None, record_id=None): the person editor

K = ReminderKind
# The person-editor tab that holds the records of each kind.
TABS: dict[ReminderKind, str | None] = {
    K.CHECKUP: "checkups", K.CERTIFICATE: "checkups", K.FOLLOWUP: "pregnancies",
    K.DELIVERY: "pregnancies", K.BIRTH_REPORT: None, K.PAYMENT: "benefits", K.TURNING_50: None,
}


@dataclass(frozen=True)
class RecordWriters:
    """The services the actions on a reminder read and write through."""

    reminders: ReminderService
    checkups: CheckupService
    pregnancies: PregnancyService
    children: ChildService
    benefits: BenefitService
    today: Callable[[], dt.date]


class ReminderActions(QObject):
    def __init__(self, writers: RecordWriters, parent: QWidget, opener: Opener | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._services = writers
        self._parent = parent
        self._opener = opener
        self.prompts: Prompts = prompts or DialogPrompts()

    def main_text(self, kind: ReminderKind | None) -> str:
        """The label of the main action (the button and a double-click)."""
        texts = {
            K.CHECKUP: self.tr("&Record check-up…"), K.CERTIFICATE: self.tr("&Record certificate…"),
            K.FOLLOWUP: self.tr("&Add follow-up…"), K.DELIVERY: self.tr("&Record outcome…"),
            K.BIRTH_REPORT: self.tr("&Mark birth reported"), K.PAYMENT: self.tr("&Record payment…"),
        }
        return texts.get(kind, self.tr("&Open her record")) if kind else self.tr("&Record…")

    def perform(self, reminder: Reminder) -> str | None:
        """The main action for the reminder's kind."""
        action = {
            K.CHECKUP: self.record_checkup, K.CERTIFICATE: self.record_checkup,
            K.FOLLOWUP: self.add_followup, K.DELIVERY: self.record_outcome,
            K.BIRTH_REPORT: self.mark_reported, K.PAYMENT: self.record_payment,
        }.get(reminder.kind)
        if action is None:
            self.open_record(reminder)
            return None
        return action(reminder)

    # -- the actions -------------------------------------------------------------
    def record_checkup(self, reminder: Reminder) -> str | None:
        from desktop.gui.records.checkup_tab import CheckupDialog

        dialog = CheckupDialog(self._services.checkups, self._services.today, reminder.person_id,
                               None, self._parent)
        if reminder.kind is K.CERTIFICATE:  # she mails her certificate back from elsewhere
            dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(CheckupSource.CERTIFICATE.value))
        name_her(dialog, reminder)
        if not self.prompts.run_dialog(dialog):
            return None
        due = self._services.reminders.next_checkup_due(reminder.person_id)
        if due is None:
            return self.tr("Check-up of {name} saved.").replace("{name}", reminder.name)
        return self.tr("Check-up of {name} saved. Her next check-up is due on {date}.").replace(
            "{name}", reminder.name).replace("{date}", due.isoformat())

    def add_followup(self, reminder: Reminder) -> str | None:
        from desktop.gui.records.pregnancy_forms import FollowupDialog

        if reminder.record_id is None:
            return None
        submit = functools.partial(self._services.pregnancies.add_followup, reminder.record_id)
        dialog = FollowupDialog(self._services.today(), "", submit, self._parent)
        name_her(dialog, reminder)
        if not self.prompts.run_dialog(dialog):
            return None
        return self.tr("Follow-up of {name} saved.").replace("{name}", reminder.name)

    def record_outcome(self, reminder: Reminder) -> str | None:
        from desktop.gui.records.pregnancy_forms import OutcomeDialog

        if reminder.record_id is None:
            return None
        submit = functools.partial(self._services.pregnancies.record_outcome, reminder.record_id)
        dialog = OutcomeDialog(submit, self._parent)  # the date is the delivery's: typed
        name_her(dialog, reminder)
        if not self.prompts.run_dialog(dialog):
            return None
        return self.tr("Pregnancy outcome of {name} saved.").replace("{name}", reminder.name)

    def mark_reported(self, reminder: Reminder) -> str | None:
        if reminder.record_id is None:
            return None
        today = self._services.today()
        question = self.tr("Mark the birth to {name} as reported to the office today ({date})?") \
            .replace("{name}", reminder.name).replace("{date}", today.isoformat())
        if not self.prompts.confirm(self._parent, self.tr("Birth reported"), question):
            return None
        try:
            self._services.children.mark_reported(reminder.record_id, today)
        except LedgerError as exc:
            self.prompts.show_error(self._parent, exc)
            return None
        return self.tr("Birth to {name} marked reported on {date}.").replace(
            "{name}", reminder.name).replace("{date}", today.isoformat())

    def record_payment(self, reminder: Reminder) -> str | None:
        from desktop.gui.records.benefit_forms import PaymentDialog

        if reminder.record_id is None:
            return None
        try:
            benefit = self._services.benefits.get(reminder.record_id)
        except LedgerError as exc:  # deleted meanwhile
            self.prompts.show_error(self._parent, exc)
            return None
        dialog = PaymentDialog(self._services.benefits, self._services.today, benefit, None,
                               self._parent)
        if reminder.period:  # the period the reminder is about, not the oldest unpaid one
            dialog.period_edit.setText(reminder.period)
        name_her(dialog, reminder)
        if not self.prompts.run_dialog(dialog):
            return None
        return self.tr("Payment to {name} saved.").replace("{name}", reminder.name)

    def postpone(self, reminder: Reminder, as_of: dt.date) -> str | None:
        dialog = PostponeDialog(self._services.reminders, self._services.today, reminder, as_of,
                                self._parent)
        if not self.prompts.run_dialog(dialog) or dialog.postponed_until is None:
            return None
        day = dialog.postponed_until.isoformat()
        return self.tr("Reminder for {name} postponed until {date}.").replace(
            "{name}", reminder.name).replace("{date}", day)

    def open_record(self, reminder: Reminder) -> None:
        if self._opener is not None:
            self._opener(reminder.person_id, TABS.get(reminder.kind), reminder.record_id)


def who(reminder: Reminder) -> str:
    """Her name, masked ID number and unit: whom a form opened from a reminder is about."""
    parts = (reminder.name, mask(reminder.id_number) if reminder.id_number else "",
             reminder.unit_name)
    return "　".join(part for part in parts if part)


def name_her(dialog: QDialog, reminder: Reminder) -> None:
    """Her name, masked ID and unit in the form's title and at its top."""
    text = who(reminder)
    dialog.setWindowTitle(f"{dialog.windowTitle()} — {text}")
    label = QLabel(text, dialog)
    label.setObjectName("aboutHer")
    label.setStyleSheet("font-weight: bold; padding-bottom: 4px;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, label)

