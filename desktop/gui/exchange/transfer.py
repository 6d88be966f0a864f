"""档案转出 from the person register: the selected women with all their records to an
exchange workbook for the office they move to, optionally recording her 迁出 at once.

The dialog only gathers the choice; ``TransferAction`` asks where to save, confirms the
full ID numbers, runs the export on a Worker and reports. The dialog, the questions and
the messages go through its ``Prompts`` (a scripted one in tests).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.values.exchange import ExchangeExportResult, ImportCancelled
from desktop.errors import LedgerError
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.exchange import messages
from desktop.gui.progress_job import ProgressJob
from desktop.gui.widgets.date_field import DateField
from desktop.services.exchange.service import ExchangeService

SHOWN = 200  # names listed in the dialog; the count says how many in all


@dataclass(frozen=True)
class Chosen:
    person_id: int
    name: str
    masked_id: str


@dataclass(frozen=True)
class TransferChoice:
    moved_on: dt.date | None  # record her 迁出 on this day, or not
    destination: str


class TransferDialog(QDialog):
    def __init__(self, persons: list[Chosen], today: dt.date, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer files to another office"))
        self.intro = QLabel(self.tr(
            "The files of %n person(s) are written with all their records and full ID numbers "
            "to an Excel workbook for the office they move to, which imports it with its normal "
            "import.", "", len(persons)), self)
        self.intro.setWordWrap(True)
        self.names = QPlainTextEdit(self)
        self.names.setReadOnly(True)
        lines = [f"{p.name}  {p.masked_id}" for p in persons[:SHOWN]]
        if len(persons) > SHOWN:
            lines.append(self.tr("… and %n more", "", len(persons) - SHOWN))
        self.names.setPlainText("\n".join(lines))
        self.record_move = QCheckBox(self.tr("Also record their &move away (迁出)"), self)
        self.date_field = DateField(self)
        self.date_field.set_date(today)
        self.destination = QLineEdit(self)
        self.destination.setMaxLength(200)
        self.destination.setPlaceholderText(self.tr("e.g. the receiving office"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.record_move)
        form.addRow(self.tr("Date of the move:"), self.date_field)
        form.addRow(self.tr("Moved to:"), self.destination)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write the file…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.names, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.record_move.toggled.connect(self._show_move)
        self._show_move(False)
        self.choice: TransferChoice | None = None

    def _show_move(self, on: bool) -> None:
        self.date_field.setEnabled(on)
        self.destination.setEnabled(on)

    def accept(self) -> None:
        moved_on = None
        if self.record_move.isChecked():
            try:
                moved_on = self.date_field.date("date")
            except LedgerError as exc:
                self.error_label.setText(messages.exchange_error_text(exc))
                return
            if moved_on is None:
                self.error_label.setText(self.tr("Please enter the date of the move."))
                return
        self.choice = TransferChoice(moved_on, self.destination.text().strip() if moved_on else "")
        super().accept()


def _run(exchange, path: Path, ids: list[int], choice: TransferChoice, progress,  # noqa: ANN001
         should_stop) -> ExchangeExportResult:  # noqa: ANN001
    return exchange.export_transfer(path, ids, choice.moved_on, choice.destination, progress,
                                    should_stop)


class TransferAction(QObject):
    """From the chosen persons to the written file (and her 迁出, when asked)."""

    done = Signal(object)  # the result, or the exception that ended it
    moved = Signal()  # her 迁出 was recorded: the lists are read again

    def __init__(self, exchange: ExchangeService, today: Callable[[], dt.date],
                 parent: QWidget, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._exchange, self._today, self._parent = exchange, today, parent
        self.prompts: Prompts = prompts or DialogPrompts()  # the dialog, questions, messages
        self.job = ProgressJob(parent)
        self.job.ended.connect(self._report)
        self._choice: TransferChoice | None = None

    def start(self, persons: list[Chosen]) -> bool:
        """False when nothing was chosen or the clerk cancelled a question."""
        title = self.tr("Transfer files to another office")
        if not persons:
            self.prompts.inform(self._parent, title, self.tr(
                "Select the persons in the list first (Ctrl or Shift + click for several)."))
            return False
        if self.job.is_running():
            return False
        dialog = TransferDialog(persons, self._today(), self._parent)
        try:
            if not self.prompts.run_dialog(dialog) or dialog.choice is None:
                return False
            choice = dialog.choice
        finally:
            dialog.deleteLater()
        suggested = self.tr("Transferred files {name}.xlsx").format(
            name=persons[0].name if len(persons) == 1 else len(persons))
        path = messages.ask_save_path(self.prompts, self._parent, title, suggested)
        if path is None:
            return False
        warning = self.tr(
            "The file will hold the complete ID numbers of %n person(s), which are sensitive "
            "personal information: hand it to the receiving office only, on a safe USB stick. "
            "The transfer is noted in the change log.", "", len(persons))
        if choice.moved_on is not None:
            warning += "\n\n" + self.tr(
                "Their move away (迁出) on {date} is recorded at the same time.").format(
                date=choice.moved_on.isoformat())
        if not self.prompts.confirm(self._parent, title, warning + "\n\n" + self.tr("Continue?")):
            return False
        self._choice = choice
        task = functools.partial(_run, self._exchange, path,
                                 [p.person_id for p in persons], choice)
        self.job.start(task, self.tr("Writing {name}…").format(name=path.name), True)
        return True

    def _report(self, outcome: object) -> None:
        title = self.tr("Transfer files to another office")
        if isinstance(outcome, ExchangeExportResult):
            text = self.tr("The files of %n person(s) were written to {path}.", "",
                           outcome.rows.get("人员", 0)).format(path=outcome.path)
            if self._choice is not None and self._choice.moved_on is not None:
                text += "\n" + self.tr("Their move away (迁出) was recorded.")
                self.moved.emit()
            self.prompts.inform(self._parent, title, text)
        elif isinstance(outcome, ImportCancelled):
            pass  # stopped: no file, nothing recorded
        elif isinstance(outcome, BaseException):
            messages.show_exchange_error(self.prompts, self._parent, outcome)
        self.done.emit(outcome)
