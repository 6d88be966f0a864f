"""The form pages of the person editor: basic data, marriage, other. No saving here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Category, CheckupGroup, MaritalStatus
from desktop.domain.person_rules import MAX_LENGTHS
from desktop.domain.values.people import PersonDraft
from desktop.gui.widgets.date_field import DateField
from desktop.gui.widgets.id_number_field import IdNumberField
from desktop.gui.widgets.masked_edit import MaskedField, MaskedLineEdit
from desktop.gui.widgets.unit_combo import UnitCombo
from desktop.i18n import enum_text
from desktop.services.people.units import UnitNode

TEXT_FIELDS = ("name", "ethnicity", "phone", "household_address", "current_address", "origin",
               "employer", "spouse_name", "spouse_id_number", "spouse_work_unit", "spouse_phone",
               "one_child_cert_no", "marriage_cert_no")
DATE_FIELDS = ("registered_on", "arrival_date", "marriage_date", "one_child_cert_date")
COMBO_FIELDS = ("category", "marital_status", "checkup_group")


def _combo(parent: QWidget, values: list) -> QComboBox:
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(enum_text(value), value.value)
    return combo


class PersonForm(QObject):
    """Holds the widgets of the three form pages; ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget) -> None:
        super().__init__(parent)
        self.basic_page = QWidget(parent)
        self.marriage_page = QWidget(parent)
        self.other_page = QWidget(parent)
        self.texts: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = MaskedLineEdit(parent) if name == "spouse_id_number" else QLineEdit(parent)
            edit.setMaxLength(MAX_LENGTHS.get(name, 18))
            edit.textChanged.connect(self.changed)
            self.texts[name] = edit
        self.dates: dict[str, DateField] = {}
        for name in DATE_FIELDS:
            self.dates[name] = DateField(parent)
            self.dates[name].changed.connect(self.changed)
        self.combos = {
            "category": _combo(parent, list(Category)),
            "marital_status": _combo(parent, list(MaritalStatus)),
            "checkup_group": _combo(parent, [CheckupGroup.GENERAL, CheckupGroup.KEY]),
        }
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self.changed)
        self.id_field = IdNumberField(today, parent)
        self.id_field.changed.connect(self.changed)
        self.unit_combo = UnitCombo(parent)
        self.unit_combo.currentIndexChanged.connect(self.changed)
        self.notes = QPlainTextEdit(parent)
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self.changed)
        self.combos["category"].currentIndexChanged.connect(self._category_changed)
        self._build_basic()
        self._build_marriage()
        self._build_other()
        self._category_changed()

    # -- layout ----------------------------------------------------------------
    def _build_basic(self) -> None:
        t = self.texts
        form = QFormLayout()
        form.addRow(self.tr("&Name"), t["name"])
        form.addRow(self.tr("&ID number"), self.id_field)
        form.addRow(self.tr("E&thnicity"), t["ethnicity"])
        form.addRow(self.tr("&Phone"), t["phone"])
        form.addRow(self.tr("&Household address"), t["household_address"])
        form.addRow(self.tr("C&urrent address"), t["current_address"])
        form.addRow(self.tr("U&nit"), self.unit_combo)
        form.addRow(self.tr("&Category"), self.combos["category"])
        form.addRow(self.tr("&Registration date"), self.dates["registered_on"])
        self.migrant_box = QGroupBox(self.tr("Migrant"), self.basic_page)
        migrant = QFormLayout(self.migrant_box)
        migrant.addRow(self.tr("&Origin (household registration)"), t["origin"])
        migrant.addRow(self.tr("&Arrival date"), self.dates["arrival_date"])
        migrant.addRow(self.tr("&Employer or landlord"), t["employer"])
        migrant.addRow(self.tr("Marriage and &childbirth certificate number"),
                       t["marriage_cert_no"])
        layout = QVBoxLayout(self.basic_page)
        layout.addLayout(form)
        layout.addWidget(self.migrant_box)
        layout.addStretch(1)

    def _build_marriage(self) -> None:
        t = self.texts
        t["spouse_id_number"].setMaxLength(30)
        form = QFormLayout(self.marriage_page)
        form.addRow(self.tr("&Marital status"), self.combos["marital_status"])
        form.addRow(self.tr("Marriage &date"), self.dates["marriage_date"])
        form.addRow(self.tr("&Spouse's name"), t["spouse_name"])
        self.spouse_id_field = MaskedField(self.spouse_id_edit, self.marriage_page)
        form.addRow(self.tr("Spouse's &ID number"), self.spouse_id_field)
        form.addRow(self.tr("Spouse's &work unit"), t["spouse_work_unit"])
        form.addRow(self.tr("Spouse's &phone"), t["spouse_phone"])

    def _build_other(self) -> None:
        form = QFormLayout(self.other_page)
        form.addRow(self.tr("Check-up &group"), self.combos["checkup_group"])
        form.addRow(self.tr("One-child certificate &number"), self.texts["one_child_cert_no"])
        form.addRow(self.tr("One-child certificate &date"), self.dates["one_child_cert_date"])
        form.addRow(self.tr("N&otes"), self.notes)

    def _category_changed(self) -> None:
        # The migrant fields only mean something for inflow and outflow; typed data is kept.
        self.migrant_box.setEnabled(self.combos["category"].currentData() != Category.RESIDENT)

    # -- values ----------------------------------------------------------------
    @property
    def spouse_id_edit(self) -> MaskedLineEdit:
        edit = self.texts["spouse_id_number"]
        assert isinstance(edit, MaskedLineEdit)
        return edit

    def set_units(self, nodes: list[UnitNode]) -> None:
        self.unit_combo.set_units(nodes)

    def load(self, draft: PersonDraft, *, mask_id: bool = False,
             mask_spouse: bool | None = None) -> None:
        for name, edit in self.texts.items():
            edit.setText(getattr(draft, name) or "")
        for name, field in self.dates.items():
            field.set_date(getattr(draft, name))
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(getattr(draft, name)), 0))
        self.id_field.set_text(draft.id_number, masked=mask_id)
        if mask_id if mask_spouse is None else mask_spouse:  # masked like hers until 显示
            self.spouse_id_edit.set_masked(draft.spouse_id_number or "")
        self.unit_combo.set_current_unit_id(draft.unit_id)
        self.notes.setPlainText(draft.notes)

    def draft(self) -> PersonDraft:
        """The typed values; ValidationError(field=...) for a date that cannot be read."""
        draft = PersonDraft()
        for name, edit in self.texts.items():
            setattr(draft, name, edit.text())
        for name, field in self.dates.items():
            setattr(draft, name, field.date(name))
        for name, combo in self.combos.items():
            setattr(draft, name, str(combo.currentData()))
        draft.id_number = self.id_field.text()
        draft.unit_id = self.unit_combo.current_unit_id()
        draft.notes = self.notes.toPlainText()
        return draft

    def snapshot(self) -> tuple:
        """Everything typed, for "are there unsaved changes?"."""
        return (
            tuple(edit.text().strip() for edit in self.texts.values()),
            tuple(f.date() if f.is_valid() else f.text() for f in self.dates.values()),
            tuple(combo.currentData() for combo in self.combos.values()),
            self.id_field.text(), self.unit_combo.current_unit_id(), self.notes.toPlainText(),
        )

    def locate(self, field: str) -> tuple[QWidget, QWidget] | None:
        """(page, widget) holding a field named as in ValidationError.field."""
        widget: QWidget | None = {
            "id_number": self.id_field, "unit_id": self.unit_combo, "notes": self.notes,
        }.get(field) or self.texts.get(field) or self.dates.get(field) or self.combos.get(field)
        if widget is None:
            return None
        for page in (self.basic_page, self.marriage_page, self.other_page):
            if page.isAncestorOf(widget):
                return page, widget
        return None
