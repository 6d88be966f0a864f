"""The person editor: one woman's record with her children and history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.values.people import PersonDraft, PersonRecord
from desktop.errors import LedgerError, StaleRecordError, ValidationError
from desktop.gui.dialogs.children import ChildrenPanel
from desktop.gui.dialogs.closed_warning import (
    confirm_closed,
    draft_changes,
    transfer_lines,
    warning_lines,
)
from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.field_labels import field_label
from desktop.gui.dialogs.history import HistoryPanel
from desktop.gui.dialogs.person_form import PersonForm
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts, Unsaved
from desktop.gui.records.closed_check import closed_lines, registration_days
from desktop.gui.records.registry import build_record_tabs
from desktop.gui.records.timeline_tab import TimelineTab
from desktop.gui.reports.print_documents import DocumentPrinter
from desktop.gui.widgets.side_tabs import side_tabs
from desktop.i18n import error_text

TAB_BASIC, TAB_MARRIAGE, TAB_OTHER, TAB_CHILDREN = range(4)  # record tabs and history follow


class PersonEditor(QDialog):
    """Create (``person_id=None``) or edit a person. ``saved(id)`` after each save.

    Its questions (unsaved changes, confirmations, errors, the day of a move between
    units) go through ``prompts``.
    """

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, services: EditorServices, person_id: int | None = None,
                 parent: QWidget | None = None, *, default_unit_id: int | None = None,
                 tab: str | None = None, record_id: int | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.person_id = person_id
        self.prompts: Prompts = prompts or DialogPrompts()

        self.form = PersonForm(services.today, self)
        self.children_panel = ChildrenPanel(services.today, self, self.prompts)
        self.history_panel = HistoryPanel(self)
        self.tabs = side_tabs(self)  # 12 pages: a list down the side, each one click away
        self.tabs.addTab(self.form.basic_page, self.tr("Basic data"))
        self.tabs.addTab(self.form.marriage_page, self.tr("Marriage"))
        self.tabs.addTab(self.form.other_page, self.tr("Other"))
        self.tabs.addTab(self.children_panel, self.tr("Children"))
        self.record_tabs = build_record_tabs(services, self, self.prompts)
        for record_tab in self.record_tabs:
            self.tabs.addTab(record_tab, record_tab.title())
            record_tab.changed.connect(self._records_changed)
            if isinstance(record_tab, TimelineTab):  # it opens records on their tabs
                record_tab.open_record.connect(self.show_tab)
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.tabs_hint = QLabel(self.tr(
            "Save the basic data to record pregnancies, check-ups, contraception and the "
            "other records."), self)  # why the record tabs are disabled on a new woman
        self.tabs_hint.setWordWrap(True)
        self.tabs_hint.setStyleSheet("color: #555555;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.save_close_button = self.buttons.addButton(
            self.tr("Save and close"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.card_button = QPushButton(self.tr("Print card…"), self)  # 档案卡, one A4 page
        self.buttons.addButton(self.card_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.card_button.clicked.connect(self.print_card)
        self.card_printer = DocumentPrinter(services.printing, self, self.prompts)
        # Enter saves and keeps the editor open (a new woman's record tabs then open up);
        # closing is a click, never the Enter key.
        self.save_button.setDefault(True)
        self.save_close_button.setAutoDefault(False)
        self.save_close_button.clicked.connect(self.accept)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)

        self.resize(1040, 640)  # within a 1100×700 screen, every page listed at the side
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs_hint)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        # Her ID number is shown masked until the clerk asks for it (logged once).
        self._mask_id = person_id is not None
        self._mask_spouse = person_id is not None
        self.form.id_field.revealed.connect(self._id_revealed)
        self.form.spouse_id_edit.revealed.connect(self._spouse_id_revealed)
        self.form.changed.connect(self._edited)
        self.children_panel.changed.connect(self._edited)
        self.form.set_units(services.units.tree())
        self._version: int | None = None  # of her stored record, once there is one
        if person_id is None:
            draft = PersonDraft(registered_on=services.today(), unit_id=default_unit_id)
            self._load(draft)
        else:
            self._load_record(services.persons.get(person_id))
        self._baseline = self._snapshot()
        self._update_title()
        self.form.texts["name"].setFocus()
        if tab is not None:
            self.show_tab(tab, record_id)

    # -- state -----------------------------------------------------------------
    def _load_record(self, record: PersonRecord) -> None:
        """Her stored record; its version goes back with the save (another clerk's save
        in between makes it refused, with her input kept)."""
        self._version = record.version
        self._load(record.draft)

    def _load(self, draft: PersonDraft) -> None:
        self._loaded_child_ids = {c.id for c in draft.children if c.id is not None}
        self.form.load(draft, mask_id=self._mask_id, mask_spouse=self._mask_spouse)
        self.children_panel.set_children(draft.children)
        self.children_panel.pregnancies = [] if self.person_id is None else [
            (p.id, p.registered_on, p.lmp)
            for p in self.services.pregnancies.list_for_person(self.person_id)]
        self.delete_button.setEnabled(self.person_id is not None)
        self.card_button.setEnabled(self.person_id is not None)
        saved = self.person_id is not None
        why = "" if saved else self.tabs_hint.text()
        self.tabs_hint.setVisible(not saved)
        for panel in (*self.record_tabs, self.history_panel):
            if panel is not self.history_panel:
                panel.set_person(self.person_id)
            self.tabs.setTabEnabled(self.tabs.indexOf(panel), saved)
            self.tabs.setTabToolTip(self.tabs.indexOf(panel), why)
        if self.person_id is not None:
            child_names = {c.id: c.name for c in draft.children if c.id is not None}
            self.history_panel.show_entries(self.services.history.for_person(self.person_id),
                                            self.services.units.names(), child_names)

    def _snapshot(self) -> tuple:
        children = tuple(tuple(vars(c).items()) for c in self.children_panel.drafts())
        return self.form.snapshot(), children

    def is_dirty(self) -> bool:
        return self._snapshot() != self._baseline

    def _edited(self) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = self.form.texts["name"].text().strip()
        title = self.tr("New person") if self.person_id is None else (name or self.tr("Person"))
        self.setWindowTitle(title + (" *" if self.is_dirty_safe() else ""))

    def is_dirty_safe(self) -> bool:
        # Called while the form is being built, before the baseline exists.
        return hasattr(self, "_baseline") and self.is_dirty()

    def show_tab(self, key: str, record_id: int | None = None) -> None:
        """Open on a tab by key ("children" or a record tab's key), selecting a record."""
        if key == "children":
            self.tabs.setCurrentIndex(TAB_CHILDREN)
            ids = [c.id for c in self.children_panel.drafts()]
            if record_id in ids:
                self.children_panel.select_row(ids.index(record_id))
            return
        for record_tab in self.record_tabs:
            if key == "child_death" and record_tab.key == "events":
                self.tabs.setCurrentWidget(record_tab)
                if record_id is not None:
                    record_tab.select_child(record_id)
            elif record_tab.key == key:
                self.tabs.setCurrentWidget(record_tab)
                if record_id is not None:
                    record_tab.select_record(record_id)

    def print_card(self) -> bool:
        """Her archive card as saved (unsaved changes are saved first)."""
        if self.person_id is None or (self.is_dirty() and not self.save()):
            return False
        return self.card_printer.print_card(self.person_id)

    def _id_revealed(self) -> None:
        self._mask_id = False
        if self.person_id is not None:
            try:
                self.services.security.record_full_id_shown(self.person_id)
            except LedgerError as exc:
                self.prompts.show_error(self, exc)

    def _spouse_id_revealed(self) -> None:
        self._mask_spouse = False
        if self.person_id is not None:
            try:
                self.services.security.record_full_id_shown(self.person_id, "spouse_id_number")
            except LedgerError as exc:
                self.prompts.show_error(self, exc)

    def _records_changed(self) -> None:
        """A record was written (saved at once): refresh what depends on it, keep the form."""
        if self.person_id is None:
            return
        record = self.services.persons.get(self.person_id)
        if not self.is_dirty():
            self._load_record(record)
            self._baseline = self._snapshot()
            return
        # Unsaved edits stay; children added meanwhile (a live birth) join the list, or the
        # next save would take them for children the clerk removed.
        new = [c for c in record.draft.children if c.id not in self._loaded_child_ids]
        if new:
            self.children_panel.set_children(self.children_panel.drafts() + new)
            self._loaded_child_ids |= {c.id for c in new}
        child_names = {c.id: c.name for c in record.draft.children if c.id is not None}
        self.history_panel.show_entries(self.services.history.for_person(self.person_id),
                                        self.services.units.names(), child_names)

    # -- actions ---------------------------------------------------------------
    def save(self) -> bool:
        """Save what is typed; on a problem show it, go to the field and keep everything."""
        try:
            draft = self.form.draft()
            draft.children = self.children_panel.drafts()
            before = None if self.person_id is None else self.services.persons.get(
                self.person_id).draft
            moved_on = None
            if before is not None and draft.unit_id != before.unit_id and draft.unit_id:
                moved_on = self.prompts.ask_date(self, self.tr("Move to another unit"), self.tr(
                    "She moves to another unit. On which day?"), self.services.today())
                if moved_on is None:
                    return False
            closing = self.services.closing
            lines = warning_lines(closing, draft_changes(before, draft))
            lines += closed_lines(closing, registration_days(before, draft), "person")
            if not confirm_closed(self, self.prompts.confirm,
                                  lines + transfer_lines(closing, moved_on)):
                return False
            if self.person_id is None:
                person_id = self.services.persons.create(draft)
            else:
                self.services.persons.update(self.person_id, draft, moved_on,
                                             version=self._version)
                person_id = self.person_id
        except ValidationError as exc:
            converted = exc.params.get("convertible")
            target = {"id_number": self.form.id_field.edit,
                      "spouse_id_number": self.form.texts["spouse_id_number"]}.get(exc.field or "")
            if converted and target is not None and self.prompts.confirm(
                self, self.tr("Old ID number"),
                self.tr("This is an old 15-digit ID number. Convert it to the 18-character "
                        "form {number} and save?").replace("{number}", str(converted)),
            ):
                target.setText(str(converted))
                return self.save()
            self._show_problem(exc)
            return False
        except LedgerError as exc:
            self._show_problem(exc)
            return False
        self.person_id = person_id
        self._load_record(self.services.persons.get(person_id))
        self._baseline = self._snapshot()
        self._update_title()
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("Saved."))
        self.saved.emit(person_id)
        return True

    def _show_problem(self, exc: LedgerError) -> None:
        if isinstance(exc, StaleRecordError):  # the fields she changed, in words
            exc.params["fields"] = "、".join(field_label(f) for f in exc.changed_fields) or "-"
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(exc))
        field = exc.field or ""
        if field.startswith("children["):
            self.tabs.setCurrentIndex(TAB_CHILDREN)
            self.children_panel.select_row(int(field[len("children["):-1]))
            return
        found = self.form.locate(field)
        if found is None:
            if not isinstance(exc, ValidationError):
                self.prompts.show_error(self, exc)
            return
        page, widget = found
        self.tabs.setCurrentWidget(page)
        widget.setFocus()

    def delete(self) -> None:
        if self.person_id is None:
            return
        name = self.form.texts["name"].text().strip()
        if not self.prompts.confirm(self, self.tr("Delete person"),
                            self.tr("Move the record of {name} to the recycle bin? "
                                    "It can be restored from there.").replace("{name}", name)):
            return
        try:
            self.services.persons.delete(self.person_id)
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
            return
        self.deleted.emit(self.person_id)
        self._baseline = self._snapshot()  # nothing left to save
        super().reject()

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: never drop changes silently."""
        if self.is_dirty():
            answer = self.prompts.ask_unsaved(self)
            if answer is Unsaved.CANCEL:
                return
            if answer is Unsaved.SAVE:
                if self.save():
                    super().accept()
                return
        super().reject()
