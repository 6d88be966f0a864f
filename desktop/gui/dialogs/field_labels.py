"""Translatable labels of stored field names (the history tab and error messages)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop.domain import enums
from desktop.domain.kinds import kind_of
from desktop.domain.money import format_fen
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.i18n import enum_text, record_kind_text

CONTEXT = "fields"

LABELS = {
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "id_number": QT_TRANSLATE_NOOP("fields", "ID number"),
    "ethnicity": QT_TRANSLATE_NOOP("fields", "Ethnicity"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "household_address": QT_TRANSLATE_NOOP("fields", "Household address"),
    "current_address": QT_TRANSLATE_NOOP("fields", "Current address"),
    "unit_id": QT_TRANSLATE_NOOP("fields", "Unit"),
    "category": QT_TRANSLATE_NOOP("fields", "Category"),
    "registered_on": QT_TRANSLATE_NOOP("fields", "Registration date"),
    "origin": QT_TRANSLATE_NOOP("fields", "Origin (household registration)"),
    "arrival_date": QT_TRANSLATE_NOOP("fields", "Arrival date"),
    "employer": QT_TRANSLATE_NOOP("fields", "Employer or landlord"),
    "marriage_cert_no": QT_TRANSLATE_NOOP("fields", "Marriage and childbirth certificate number"),
    "marital_status": QT_TRANSLATE_NOOP("fields", "Marital status"),
    "marriage_date": QT_TRANSLATE_NOOP("fields", "Marriage date"),
    "spouse_name": QT_TRANSLATE_NOOP("fields", "Spouse's name"),
    "spouse_id_number": QT_TRANSLATE_NOOP("fields", "Spouse's ID number"),
    "spouse_work_unit": QT_TRANSLATE_NOOP("fields", "Spouse's work unit"),
    "spouse_phone": QT_TRANSLATE_NOOP("fields", "Spouse's phone"),
    "checkup_group": QT_TRANSLATE_NOOP("fields", "Check-up group"),
    "one_child_cert_no": QT_TRANSLATE_NOOP("fields", "One-child certificate number"),
    "one_child_cert_date": QT_TRANSLATE_NOOP("fields", "One-child certificate date"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "sex": QT_TRANSLATE_NOOP("fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"),
    "birth_order": QT_TRANSLATE_NOOP("fields", "Birth order"),
    "birth_registered_on": QT_TRANSLATE_NOOP("fields", "Birth registration date"),
    "reported_on": QT_TRANSLATE_NOOP("fields", "Date reported"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "parent_id": QT_TRANSLATE_NOOP("fields", "Parent unit"),
    "death_date": QT_TRANSLATE_NOOP("fields", "Date of death"),
    "status_date": QT_TRANSLATE_NOOP("fields", "Status date"),
    "children_count": QT_TRANSLATE_NOOP("fields", "Number of children"),
    "pregnancy_id": QT_TRANSLATE_NOOP("fields", "Pregnancy"),
    "person_id": QT_TRANSLATE_NOOP("fields", "Person"),
    "benefit_id": QT_TRANSLATE_NOOP("fields", "Enrolment"),
    "lmp": QT_TRANSLATE_NOOP("fields", "Last menstrual period"),
    "outcome": QT_TRANSLATE_NOOP("fields", "Outcome"),
    "outcome_date": QT_TRANSLATE_NOOP("fields", "Outcome date"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "date": QT_TRANSLATE_NOOP("fields", "Date"),
    "kind": QT_TRANSLATE_NOOP("fields", "Event"),
    "method": QT_TRANSLATE_NOOP("fields", "Method"),
    "start_date": QT_TRANSLATE_NOOP("fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("fields", "End date"),
    "place": QT_TRANSLATE_NOOP("fields", "Place"),
    "check_pregnancy": QT_TRANSLATE_NOOP("fields", "Pregnancy check"),
    "check_iud": QT_TRANSLATE_NOOP("fields", "IUD check"),
    "check_disease": QT_TRANSLATE_NOOP("fields", "Gynaecological check"),
    "pregnant": QT_TRANSLATE_NOOP("fields", "Pregnant"),
    "result": QT_TRANSLATE_NOOP("fields", "Result"),
    "source": QT_TRANSLATE_NOOP("fields", "Source"),
    "type": QT_TRANSLATE_NOOP("fields", "Service type"),
    "program": QT_TRANSLATE_NOOP("fields", "Programme"),
    "amount_fen": QT_TRANSLATE_NOOP("fields", "Amount"),
    "cycle": QT_TRANSLATE_NOOP("fields", "Cycle"),
    "period": QT_TRANSLATE_NOOP("fields", "Period"),
    "paid_on": QT_TRANSLATE_NOOP("fields", "Date paid"),
    "full_ids": QT_TRANSLATE_NOOP("fields", "Full ID numbers"),
    "persons": QT_TRANSLATE_NOOP("fields", "Persons"),
    "document": QT_TRANSLATE_NOOP("fields", "Document"),
    "rows": QT_TRANSLATE_NOOP("fields", "Rows"),
    "file": QT_TRANSLATE_NOOP("fields", "File"),
    "register": QT_TRANSLATE_NOOP("fields", "Register"),
    "until": QT_TRANSLATE_NOOP("fields", "Postponed until"),
    "reason": QT_TRANSLATE_NOOP("fields", "Reason"),
    "due_date": QT_TRANSLATE_NOOP("fields", "Due date"),
    "record_id": QT_TRANSLATE_NOOP("fields", "Record"),
    "office_name": QT_TRANSLATE_NOOP("fields", "Office name"),
    "clerk_name": QT_TRANSLATE_NOOP("fields", "Clerk's name"),
    "clerk_phone": QT_TRANSLATE_NOOP("fields", "Clerk's phone"),
    "checkup_intervals": QT_TRANSLATE_NOOP("fields", "Check-up intervals (months)"),
    "payment_due_month": QT_TRANSLATE_NOOP("fields", "Month yearly benefits are paid"),
    "reminder_horizon_days": QT_TRANSLATE_NOOP("fields", "Reminder horizon (days)"),
    "service_place": QT_TRANSLATE_NOOP("fields", "Service place"),
    "report_head_name": QT_TRANSLATE_NOOP("fields", "Head of unit"),
    "pdf_font_path": QT_TRANSLATE_NOOP("fields", "PDF font"),
    "output": QT_TRANSLATE_NOOP("fields", "Output"),
    "as_of": QT_TRANSLATE_NOOP("fields", "As of"),
    "days": QT_TRANSLATE_NOOP("fields", "Days ahead"),
    "kinds": QT_TRANSLATE_NOOP("fields", "Reminder kinds"),
    "password": QT_TRANSLATE_NOOP("fields", "Password"),
    "idle_minutes": QT_TRANSLATE_NOOP("fields", "Lock after idle minutes"),
    "path": QT_TRANSLATE_NOOP("fields", "File"),
    "date_from": QT_TRANSLATE_NOOP("fields", "From"),
    "date_to": QT_TRANSLATE_NOOP("fields", "To"),
    "rate_targets": QT_TRANSLATE_NOOP("fields", "Targets"),
    "sample_size": QT_TRANSLATE_NOOP("fields", "Verification sample size"),
    # 核对抽查: the sample drawn, drawn again, and the items checked
    "month": QT_TRANSLATE_NOOP("fields", "Month"),
    "replaced": QT_TRANSLATE_NOOP("fields", "Drawn again"),
    "marital": QT_TRANSLATE_NOOP("fields", "Marital status checked"),
    "children": QT_TRANSLATE_NOOP("fields", "Number of children checked"),
    "address": QT_TRANSLATE_NOOP("fields", "Current address checked"),
}

# Coded values of the export entries (what left the database), as the clerk reads them.
DOCUMENT_LABELS = {
    "card": QT_TRANSLATE_NOOP("fields", "Archive card"),
    "roster": QT_TRANSLATE_NOOP("fields", "Roster"),
    "report": QT_TRANSLATE_NOOP("fields", "Report"),
    "reminder_slips": QT_TRANSLATE_NOOP("fields", "Notification slips"),
    "reminder_signing_sheet": QT_TRANSLATE_NOOP("fields", "Signing sheet"),
    "slips": QT_TRANSLATE_NOOP("fields", "Notification slips"),
    "sheet": QT_TRANSLATE_NOOP("fields", "Signing sheet"),
    "list": QT_TRANSLATE_NOOP("fields", "List"),
    "reminders": QT_TRANSLATE_NOOP("fields", "Reminder list"),
    "cli": QT_TRANSLATE_NOOP("fields", "Reminder list"),
    "exchange": QT_TRANSLATE_NOOP("fields", "All data (exchange workbook)"),
    "all": QT_TRANSLATE_NOOP("fields", "All"),
}

# What else the change log names besides records (domain/kinds.py has those).
ENTITY_LABELS = {
    "unit": QT_TRANSLATE_NOOP("fields", "Unit"),
    "export": QT_TRANSLATE_NOOP("fields", "Export"),
    "demo": QT_TRANSLATE_NOOP("fields", "Demo data"),
    "import": QT_TRANSLATE_NOOP("fields", "Import"),
    "settings": QT_TRANSLATE_NOOP("fields", "Settings"),
    "backup": QT_TRANSLATE_NOOP("fields", "Backup"),
    "reminder_postponement": QT_TRANSLATE_NOOP("fields", "Reminder postponed"),
    "sample": QT_TRANSLATE_NOOP("fields", "Verification sample"),
}

# Fields whose stored values are codes with translated labels, and their vocabulary.
ENUM_FIELDS: dict[str, type[Enum]] = {
    "category": enums.Category, "marital_status": enums.MaritalStatus,
    "checkup_group": enums.CheckupGroup, "sex": enums.Sex, "status": enums.RecordStatus,
    "outcome": enums.Outcome, "kind": enums.EventKind, "method": enums.Method,
    "result": enums.CheckupResult, "source": enums.CheckupSource, "type": enums.ServiceType,
    "program": enums.Program, "cycle": enums.Cycle,
}
YES_NO_FIELDS = frozenset({"check_pregnancy", "check_iud", "check_disease", "pregnant", "full_ids"})


def field_label(name: str) -> str:
    if name not in LABELS:
        return name
    return QCoreApplication.translate(CONTEXT, LABELS[name])


def entity_label(entity: str) -> str:
    if kind_of(entity) is not None:
        return record_kind_text(entity)
    if entity not in ENTITY_LABELS:
        return entity
    return QCoreApplication.translate(CONTEXT, ENTITY_LABELS[entity])


def coded_text(value: str) -> str:
    """"reminder_slips", "register:births 2026-11-01..2026-11-30", "checkup,payment": each
    code as its label, the rest (dates) as it is."""
    from desktop.domain.values.registers import TITLES, Register
    from desktop.i18n import kind_text

    def one(code: str) -> str:
        if code in DOCUMENT_LABELS:
            return QCoreApplication.translate(CONTEXT, DOCUMENT_LABELS[code])
        name = code.removeprefix("register:")
        if name in {r.value for r in Register}:
            return QCoreApplication.translate("registers", TITLES[Register(name)])
        try:
            return kind_text(code)
        except ValueError:
            return code

    head, _, rest = value.partition(" ")
    words = [one(code) for code in head.split(",")]
    return "、".join(words) + (f" {rest}" if rest else "")


def value_text(field: str, value: str) -> str:
    """A stored value as the clerk reads it (codes, yes/no, amounts)."""
    vocabulary = ENUM_FIELDS.get(field)
    if vocabulary is not None:
        try:
            return enum_text(vocabulary(value))
        except ValueError:
            return value
    if field in ("document", "output", "register", "kinds"):
        return coded_text(value)
    if field in YES_NO_FIELDS:
        yes = value in ("True", "1", "true", "yes")
        if yes:
            return QCoreApplication.translate("fields", "Yes")
        return QCoreApplication.translate("fields", "No")
    if field == "amount_fen" and value.lstrip("-").isdigit():
        return format_fen(int(value))
    return value
