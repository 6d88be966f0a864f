"""提醒, the start page: what to do today; one step from a row settles it.

Above the list the counts of overdue, due today, due this week and payments due this month,
each a one-click view (ReminderViews; the default: overdue and due this week, nearest due
first); kind, as-of date, horizon (of the full list), unit and search beside them.
Double-click or Enter runs the row's main action (ReminderActions); the list is read again
afterwards and the same line stays selected, which is now the next reminder.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.values.reminders import (
    Reminder,
    ReminderKind,
    ReminderQuery,
    ReminderSummary,
)
from desktop.gui.changes import DataChanged, StaleWatch
from desktop.gui.dialogs.prompts import Prompts
from desktop.gui.models import reminder_table as rt
from desktop.gui.models.reminder_table import ReminderTableModel
from desktop.gui.pages.persons_page import PersonTable
from desktop.gui.pages.reminder_actions import Opener, RecordWriters, ReminderActions
from desktop.gui.pages.reminder_print import SHEET, SLIPS, ReminderPrinter, SlipServices
from desktop.gui.pages.reminder_views import ALL, ReminderViews, set_up_table
from desktop.gui.widgets.date_field import DateField
from desktop.gui.widgets.empty_note import LedgerNote
from desktop.gui.widgets.unit_combo import UnitCombo
from desktop.gui.workers import Worker
from desktop.i18n import kind_text
from desktop.services.container import Services
from desktop.services.people.persons import PersonService
from desktop.services.people.units import UnitService
from desktop.services.reminders.service import ReminderService
from desktop.services.settings import MAX_HORIZON_DAYS, SettingsService

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

PAGE_KEY = "reminders"
SEARCH_DELAY_MS = 150

@dataclass(frozen=True)
class ReminderPageServices:
    """What the page reads (the list, its filters, whether the ledger is empty), and what its
    actions and printing use."""

    reminders: ReminderService
    units: UnitService
    settings: SettingsService
    persons: PersonService
    today: Callable[[], dt.date]
    writers: RecordWriters
    slips: SlipServices

    @classmethod
    def of(cls, services: Services) -> ReminderPageServices:
        s = services
        return cls(s.reminders, s.units, s.settings, s.persons, s.today,
                   RecordWriters(s.reminders, s.checkups, s.pregnancies, s.children, s.benefits,
                                 s.today),
                   SlipServices(s.reminders, s.settings, s.documents))


class RemindersPage(QWidget):
    title_changed = Signal(str)  # "Reminders (123)": every kind for the filters, for the navigation

    def __init__(self, services: ReminderPageServices, parent: QWidget | None = None,
                 opener: Opener | None = None, load_now: bool = True,
                 changes: DataChanged | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._services = services
        # Its count shows in the navigation: it catches up with every write, shown or not.
        self.watch = StaleWatch(self, changes, self._catch_up, when_hidden=True)
        self.total = 0
        self.reminder_actions = ReminderActions(services.writers, self, opener, prompts)
        self.printer = ReminderPrinter(services.slips, self, prompts)

        self.as_of_field = DateField(self)
        self.as_of_field.set_date(services.today())
        self.horizon_spin = QSpinBox(self)
        self.horizon_spin.setRange(0, MAX_HORIZON_DAYS)
        self.horizon_spin.setValue(services.settings.reminder_horizon_days())
        self.horizon_spin.setSuffix(self.tr(" days"))
        self.horizon_spin.setToolTip(self.tr("Reminders due within this many days after the date"))
        self.unit_combo = UnitCombo(self, include_all=True)
        self.unit_combo.setToolTip(self.tr("Unit (sub-units included)"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, pinyin, initials, ID number or phone"))
        self.search.setClearButtonEnabled(True)
        self.date_message = QLabel(self)
        self.date_message.setStyleSheet("color: #b00020;")
        self.views = ReminderViews(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_kinds()
        self.summary = ReminderSummary()

        self.model = ReminderTableModel(
            services.reminders, self._read_filters() or ReminderQuery(services.today()), self, load=load_now)
        self._loader: Worker | None = None
        self._pending = False  # a background read's result has not been shown yet
        self._again = False  # written to while a background read ran
        self.table = PersonTable(self)
        set_up_table(self.table, self.model)
        self.empty_note = LedgerNote(self.table, self.tr("Nothing is due in this list."))

        self.main_button = QPushButton(self.reminder_actions.main_text(None), self)
        self.postpone_button = QPushButton(self.tr("&Postpone…"), self)
        self.open_button = QPushButton(self.tr("&Open her record"), self)
        self.slips_button = QPushButton(self.tr("Print &slips…"), self)
        self.slips_button.setToolTip(self.tr("Notification slips for the selected rows; with "
                                             "none selected you choose the list to print"))
        self.sheet_button = QPushButton(self.tr("Signing s&heet…"), self)
        self.sheet_button.setToolTip(self.tr("A sheet to sign on receipt, for the selected rows; "
                                             "with none selected you choose the list to print"))
        self.count_label = QLabel(self)
        self.legend = QLabel(self)
        self.legend.setText(" ".join(
            f'<span style="background-color: {rt.COLOURS[section]};">&nbsp;{self.model.section_name(section)}&nbsp;</span>'
            for section in rt.Section if section in rt.COLOURS))
        self.message = QLabel(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self._connect()
        self.reload_units()
        if load_now:
            self._update_counts()
        else:  # the start page: the window shows at once, the list follows (0.5 s at 100k)
            self._load_in_background()
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Reminders")

    def nav_title(self) -> str:
        return self.tr("Reminders ({count})").replace("{count}", f"{self.total:,}")

    # -- building ----------------------------------------------------------------
    def _fill_kinds(self) -> None:
        self.kind_combo.addItem(self.tr("Every kind"), "")
        for kind in ReminderKind:
            self.kind_combo.addItem(kind_text(kind), kind.value)
        self.kind_combo.setCurrentIndex(0)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.kind_combo)
        filters.addWidget(QLabel(self.tr("As of"), self))
        filters.addWidget(self.as_of_field)
        filters.addWidget(QLabel(self.tr("due within"), self))
        filters.addWidget(self.horizon_spin)
        filters.addWidget(self.unit_combo, 2)
        filters.addWidget(self.search, 3)
        buttons = QHBoxLayout()
        for button in (self.main_button, self.postpone_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.slips_button)
        buttons.addWidget(self.sheet_button)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.legend)
        footer.addWidget(self.date_message)
        footer.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(footer)

    def _connect(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.as_of_field.changed.connect(self._timer.start)
        self.horizon_spin.valueChanged.connect(self._timer.start)
        self.unit_combo.currentIndexChanged.connect(self.apply_filters)
        self.kind_combo.currentIndexChanged.connect(self.apply_filters)
        self.views.changed.connect(self.apply_filters)
        self.table.doubleClicked.connect(self._activate)
        self.table.row_activated.connect(self._activate)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.main_button.clicked.connect(self.perform_main)
        self.postpone_button.clicked.connect(self.postpone_current)
        self.open_button.clicked.connect(self.open_current)
        self.slips_button.clicked.connect(self.print_slips)
        self.sheet_button.clicked.connect(self.print_sheet)

    # -- public ------------------------------------------------------------------
    def reload_units(self) -> None:
        before = self.unit_combo.current_unit_id()
        self.unit_combo.set_units(self._services.units.tree())
        if self.unit_combo.current_unit_id() != before:
            self.apply_filters()

    def apply_filters(self) -> None:
        self._timer.stop()
        query = self._read_filters()
        if query is not None and query != self.model.query():
            self.model.set_query(query)
            self._update_counts()

    def refresh(self) -> None:
        """Read the list again (after an edit), keeping the selected line and the scroll."""
        row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        self._update_counts()
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self.table.verticalScrollBar().setValue(scroll)

    def _catch_up(self) -> None:
        """After a write: read the list again, in the background when only its count shows."""
        if self.isVisible():
            self.refresh()
        else:  # only its count shows (navigation): read it without holding up the clerk
            self._load_in_background()

    def current_reminder(self) -> Reminder | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.reminder_at(index.row())

    def selected_reminders(self) -> list[Reminder]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.reminder_at(row) for row in rows)
        return [reminder for reminder in found if reminder is not None]

    def select_rows(self, *rows: int) -> None:
        self.table.clearSelection()
        for row in rows:
            self.table.selectionModel().select(
                self.model.index(row, 0), self.table.selectionModel().SelectionFlag.Select
                | self.table.selectionModel().SelectionFlag.Rows)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[-1], 0), self.table.selectionModel().SelectionFlag.NoUpdate)

    # -- actions -----------------------------------------------------------------
    def perform_main(self) -> None:
        reminder = self.current_reminder()
        if reminder is not None:
            self._done(self.reminder_actions.perform(reminder))

    def postpone_current(self) -> None:
        reminder = self.current_reminder()
        if reminder is not None:
            self._done(self.reminder_actions.postpone(reminder, self.model.query().as_of))

    def open_current(self) -> None:
        reminder = self.current_reminder()
        if reminder is not None:
            self.reminder_actions.open_record(reminder)
            self.watch.catch_up()

    def print_slips(self) -> bool:
        return self._print(SLIPS)

    def print_sheet(self) -> bool:
        return self._print(SHEET)

    def _print(self, what: str) -> bool:
        """The selected rows; with none selected, the clerk chooses (count and pages named)
        between the whole list and the current view."""
        self.apply_filters()
        query = self.model.query()
        count = len(self.table.selectionModel().selectedRows())
        source: list[Reminder] | ReminderQuery | None = query  # all rows: streamed, not paged
        if 0 < count < self.model.rowCount():
            source = self.selected_reminders()
        elif count == 0:
            everything = ReminderQuery(query.as_of, self.horizon_spin.value())
            source = self.printer.choose(what, everything, query)
        return source is not None and self.printer.start(what, source, query.as_of)

    def _done(self, message: str | None) -> None:
        if message is None:
            return
        self.show_message(message)
        self.refresh()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    # -- helpers -----------------------------------------------------------------
    def _read_filters(self) -> ReminderQuery | None:
        if not self.as_of_field.is_valid() or self.as_of_field.date() is None:
            self.date_message.setText(self.tr("Type the date like 2026-11-28."))
            return None
        self.date_message.clear()
        code = self.kind_combo.currentData() or ""
        kinds = frozenset({ReminderKind(code)}) if code else frozenset()
        as_of = self.as_of_field.date()
        assert as_of is not None
        self.horizon_spin.setEnabled(self.views.current() == ALL)  # the other views fix it
        return self.views.shape(ReminderQuery(
            as_of, self.horizon_spin.value(), kinds, self.unit_combo.current_unit_id(),
            self.search.text().strip()))

    def _load_in_background(self) -> None:
        if self.loading():  # one reader at a time; the newest state is read when it ends
            self._again = True
            return
        self._again = False
        self.count_label.setText(self.tr("Reading the reminders due as of {date}…").format(
            date=self.model.query().as_of.isoformat()))
        self._pending = True
        if self._loader is not None:
            self._loader.deleteLater()
        self._loader = Worker(functools.partial(_first_load, self._services.reminders, self.model.query()),
                              self)
        self._loader.succeeded.connect(self._loaded)
        self._loader.failed.connect(self._load_failed)
        self._loader.finished.connect(self._loader_done)
        self._loader.start()

    def _loaded(self, counts: tuple[dict[ReminderKind, int], ReminderSummary]) -> None:
        self._pending = False
        if self._again:  # written to meanwhile: _loader_done reads once more
            return
        self.model.refresh()  # the service kept the count and the first page: no query
        self._update_counts(*counts)
        self._selection_changed()

    def _loader_done(self) -> None:
        if self._again and self._loader is not None:
            self._loader.wait()  # ending now; then the next read may start
            self._again = False
            self._load_in_background()

    def _load_failed(self, exc: object) -> None:
        self._pending = False
        self.refresh()  # again on this thread, where an error reaches the clerk as usual

    def loading(self) -> bool:
        return self._loader is not None and not self._loader.isFinished() or self._pending

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.wait_loaded()  # shown on its own: the reader and the printer end first
        self.printer.wait()
        super().closeEvent(event)

    def wait_loaded(self) -> None:
        if self._loader is not None:
            self._loader.wait()

    def _update_counts(self, counts: dict[ReminderKind, int] | None = None,
                       summary: ReminderSummary | None = None) -> None:
        query = self.model.query()
        if counts is None or summary is None:
            counts, summary = self._services.reminders.counts_and_summary(query)
        self.summary = summary
        self.views.set_summary(summary)
        self.empty_note.set_ledger_empty(
            self.model.rowCount() == 0 and self._services.persons.count_all() == 0)
        total = self.total = sum(counts.values())
        for row in range(self.kind_combo.count()):
            code = self.kind_combo.itemData(row)
            label = kind_text(code) if code else self.tr("Every kind")
            number = counts.get(ReminderKind(code), 0) if code else total
            self.kind_combo.setItemText(row, f"{label} ({number:,})")
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("{count} reminder(s)").format(count=f"{shown:,}"))
        self.title_changed.emit(self.nav_title())

    def _selection_changed(self, *_args: object) -> None:
        reminder = self.current_reminder()
        kind = reminder.kind if reminder else None
        self.main_button.setText(self.reminder_actions.main_text(kind))
        for button in (self.main_button, self.postpone_button, self.open_button):
            button.setEnabled(reminder is not None)
        has_rows = self.model.rowCount() > 0
        self.slips_button.setEnabled(has_rows)
        self.sheet_button.setEnabled(has_rows)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.perform_main()


def _first_load(reminders: ReminderService, query: ReminderQuery, _progress: object,
                _should_stop: object) -> tuple[dict[ReminderKind, int], ReminderSummary]:
    reminders.count(query)  # kept by the service with the first page
    return reminders.counts_and_summary(query)


def add_reminders_page(window: MainWindow, services: Services, load_now: bool = True,
                       changes: DataChanged | None = None) -> RemindersPage:
    """Build the page and add it to the navigation; its entry shows the total count."""
    page = RemindersPage(ReminderPageServices.of(services), window, opener=window.open_person,
                         load_now=load_now,
                         changes=changes)
    window.add_page(PAGE_KEY, page.nav_title(), page)
    page.title_changed.connect(functools.partial(window.set_page_title, PAGE_KEY))
    return page
