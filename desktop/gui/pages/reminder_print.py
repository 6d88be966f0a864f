"""Printing from the reminder page: notification slips (通知单) or the signing sheet (签收表).

The questions are attributes (``ask_scope``, ``ask_path``, ``ask_full_ids``, ``confirm``,
``ask_open``, ``open_file``, ``show_error``) so tests answer them without modal boxes. With
no row selected the clerk is asked first, with the count and the pages, whether the whole
list or the current view. The reminders are streamed and the PDF is written on a Worker
thread; its progress is the pages written, and Cancel leaves no file.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.reminders import Reminder, ReminderQuery
from desktop.errors import CancelledError
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.progress_job import ProgressJob, choose_full_ids
from desktop.gui.reports.period_label import file_name
from desktop.gui.workers import Worker
from desktop.reports.pages_count import SHEET_ROWS, SLIPS_PER_PAGE, pages_of
from desktop.services.registers.documents import DocumentService
from desktop.services.reminders.service import ReminderService
from desktop.services.settings import CLERK_NAME, CLERK_PHONE, OFFICE_NAME, SettingsService

SLIPS = "slips"
SHEET = "sheet"
DOCUMENTS = {SLIPS: "reminder_slips", SHEET: "reminder_signing_sheet"}  # change-log names
ALL, VIEW = "all", "view"  # what to print when no row is selected


@dataclass(frozen=True)
class PrintJob:
    what: str  # SLIPS or SHEET
    path: Path
    full_ids: bool
    as_of: dt.date
    office_name: str
    clerk_name: str
    clerk_phone: str
    place: str


@dataclass(frozen=True)
class Printed:
    path: Path
    pages: int
    reminders: int


def ask_path(prompts: Prompts, parent: QWidget | None, suggested: str) -> Path | None:
    return prompts.ask_save_path(
        parent, QCoreApplication.translate("ReminderPrinter", "Save the PDF"), suggested,
        QCoreApplication.translate("ReminderPrinter", "PDF document (*.pdf)"), ".pdf",
        "reminders")


def ask_open(prompts: Prompts, parent: QWidget | None, printed: Printed) -> bool:
    pages = printed.pages  # a plain name: lupdate skips "%n" calls with an attribute count
    text = QCoreApplication.translate("ReminderPrinter", "%Ln page(s) written to {path}.", "", pages)
    return prompts.confirm(
        parent, QCoreApplication.translate("ReminderPrinter", "Printed"),
        text.format(path=printed.path) + "\n\n"
        + QCoreApplication.translate("ReminderPrinter", "Open it now?"), default=True)


def ask_scope(prompts: Prompts, parent: QWidget | None, text: str,
              choices: list[tuple[str, str]]) -> str | None:
    """One of ``choices`` (key, button text), the first the default; None: cancel."""
    chosen = prompts.ask_choice(parent, QCoreApplication.translate("ReminderPrinter", "Print"),
                                text, [label for _key, label in choices])
    return None if chosen is None else choices[chosen][0]


def scope_question(what: str, everything: int, view: int | None) -> tuple[str, list]:
    """The question before printing with no row selected, naming the count and the pages;
    ``view`` is the current filter's count when it is not the whole list."""
    translate = QCoreApplication.translate
    pages = f"{pages_of(what, everything):,}"
    if what == SLIPS:
        text = translate("ReminderPrinter",
                         "Print notification slips for all {count} persons, {pages} pages?")
    else:
        text = translate("ReminderPrinter",
                         "Print the signing sheet of all {count} persons, {pages} pages?")
    text = text.format(count=f"{everything:,}", pages=pages)
    if view is None:
        return text, [(ALL, translate("ReminderPrinter", "Print"))]
    only = translate("ReminderPrinter", "Only the current list: {count} persons, {pages} pages")
    return text, [(VIEW, only.format(count=f"{view:,}", pages=f"{pages_of(what, view):,}")),
                  (ALL, translate("ReminderPrinter", "Print all"))]


@dataclass(frozen=True)
class SlipServices:
    """What printing reminders reads (the list, the font) and logs (full ID numbers)."""

    reminders: ReminderService
    settings: SettingsService
    documents: DocumentService


def write_pdf(services: SlipServices, job: PrintJob, source: Sequence[Reminder] | ReminderQuery,
              progress: Callable[[int, int], None], should_stop: Callable[[], bool]) -> Printed:
    """Qt-free: runs on the worker thread. Progress: pages written of the pages to write."""
    from desktop.reports import slips  # reportlab loads only when printing

    def stop_if_asked() -> None:
        if should_stop():
            raise CancelledError(QT_TRANSLATE_NOOP(
                "errors", "Printing was cancelled; no file was written."))

    if isinstance(source, ReminderQuery):
        total = services.reminders.count(source)
        reminders: list[Reminder] = []
        progress(0, pages_of(job.what, total))
        for chunk in services.reminders.stream(source):
            stop_if_asked()
            reminders.extend(chunk)
    else:
        reminders = list(source)
    pages = pages_of(job.what, len(reminders))
    per_page = SLIPS_PER_PAGE if job.what == SLIPS else SHEET_ROWS

    def on_row(row: int) -> None:
        if row % per_page == 0 or row == len(reminders):
            stop_if_asked()
            progress(-(-row // per_page), pages)

    if job.what == SLIPS:
        pages = slips.write_slips_pdf(
            reminders, job.path, office_name=job.office_name, clerk_name=job.clerk_name,
            clerk_phone=job.clerk_phone, place=job.place, full_ids=job.full_ids,
            font_path=services.settings.pdf_font_path(), on_row=on_row)
    else:
        pages = slips.write_signing_sheet_pdf(
            reminders, job.path, office_name=job.office_name, clerk_name=job.clerk_name,
            as_of=job.as_of, full_ids=job.full_ids,
            font_path=services.settings.pdf_font_path(), on_row=on_row)
    if job.full_ids:  # full ID numbers left the database: noted, never the numbers
        services.documents.log_full_ids(DOCUMENTS[job.what], job.path, len(reminders))
    return Printed(job.path, pages, len(reminders))


class ReminderPrinter(QObject):
    """One PDF at a time for the page."""

    done = Signal(object)  # Printed, or the exception that ended it

    def __init__(self, services: SlipServices, parent: QWidget,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.prompts: Prompts = prompts or DialogPrompts()
        self.job = ProgressJob(parent)
        self.job.ended.connect(self._report)

    @property
    def worker(self) -> Worker | None:
        return self.job.worker

    def is_running(self) -> bool:
        return self.job.is_running()

    def start(self, what: str, source: Sequence[Reminder] | ReminderQuery, as_of: dt.date) -> bool:
        """Ask where to and whether full ID numbers, then write; False when cancelled."""
        if self.job.is_running():
            return False
        name = (QCoreApplication.translate("ReminderPrinter", "Notification slips")
                if what == SLIPS else QCoreApplication.translate("ReminderPrinter", "Signing sheet"))
        office = self._services.settings.get(OFFICE_NAME)
        path = ask_path(self.prompts, self._parent,
                        file_name(office, name, f"{as_of:%Y%m%d}", suffix="pdf"))
        if path is None:
            return False
        full_ids = choose_full_ids(
            self.prompts.ask_full_ids, self.prompts.confirm, self._parent,
            QCoreApplication.translate("ReminderPrinter", "Full ID numbers"),
            QCoreApplication.translate(
                "ReminderPrinter", "The PDF will hold complete ID numbers, which are sensitive "
                "personal information. Hand the papers out in person and keep the file safe; "
                "printing them is noted in the change log. Continue?"))
        if full_ids is None:
            return False
        settings = self._services.settings
        job = PrintJob(what, path, full_ids, as_of, settings.get(OFFICE_NAME),
                       settings.get(CLERK_NAME), settings.get(CLERK_PHONE), settings.service_place())
        self.job.start(functools.partial(write_pdf, self._services, job, source),
                       QCoreApplication.translate("ReminderPrinter", "Writing {name}…").format(
                           name=path.name))
        return True

    def choose(self, what: str, everything: ReminderQuery,
               view: ReminderQuery) -> ReminderQuery | None:
        """With no row selected: ask, naming the count and the pages, whether to print the
        whole list (``everything``) or only the current view; None when she cancels."""
        reminders = self._services.reminders
        total = reminders.count(everything)
        shown = None if view == everything else reminders.count(view)
        text, choices = scope_question(what, total, shown)
        answer = ask_scope(self.prompts, self._parent, text, choices)
        return {ALL: everything, VIEW: view}.get(answer or "")

    def wait(self) -> None:
        """Block until the thread has ended (closing the window while printing)."""
        self.job.wait()

    def _report(self, outcome: object) -> None:
        if isinstance(outcome, Printed):
            if ask_open(self.prompts, self._parent, outcome):
                self.prompts.open_file(outcome.path)
        elif isinstance(outcome, BaseException) and not isinstance(outcome, CancelledError):
            self.prompts.show_error(self._parent, outcome)
        self.done.emit(outcome)
