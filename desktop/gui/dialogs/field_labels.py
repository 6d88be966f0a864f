"""Translatable labels of stored field names (the history tab and error messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.tr import QT_TRANSLATE_NOOP

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
}

# Fields whose stored values are codes with translated labels.
ENUM_FIELDS = frozenset({"category", "marital_status", "checkup_group", "sex", "status"})


def field_label(name: str) -> str:
    if name not in LABELS:
        return name
    return QCoreApplication.translate(CONTEXT, LABELS[name])
