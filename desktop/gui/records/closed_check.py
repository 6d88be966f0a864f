"""The warning before a record dated inside a closed period (结账) is saved or deleted.

Shared by every record form and tab: the form's dates (as loaded and as typed) are
compared with the closed periods first, a cheap query; only when one falls inside do we
name the closed report and the figures the kind of record can move. Saving is never
refused; the correction is listed with the closed report afterwards (from the change log).

The closing service is found on the record tab (``closing``, set when the tab is built)
or on one of its parents, so the forms need no new argument.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop.gui.dialogs.closed_warning import _period, confirm_closed
from desktop.gui.reports.closing_panel import figure_label
from desktop.gui.widgets.date_field import DateField, parse_date

# The figures a kind of record can move (keys as in the closed report's corrections).
FIGURES: dict[str, tuple[str, ...]] = {
    "checkup": ("checkup_coverage:num",),
    "contraception": ("contraceptive_prevalence:num", "married_wra_end"),
    "service": ("pre_pregnancy_checkup:num", "inflow_service:num"),
    "benefit": ("benefit_payment_rate:den",),
    "payment": ("payments_count", "benefit_payment_rate:num"),
    "pregnancy": ("pregnancies_registered", "early_pregnancy_registration:num",
                  "whole_course_pregnancy:den"),
    "followup": ("whole_course_pregnancy:num",),
    "child": ("births", "births_boys", "births_girls"),
    "outcome": ("births", "births_boys", "births_girls", "birth_report_timeliness:num"),
    "life_event": ("entries", "exits", "deaths", "wra_end", "married_wra_end"),
    "child_death": ("deaths",),
    "person": ("entries", "wra_end", "married_wra_end", "data_completeness:den"),
}


def owner_of(widget: QObject | None) -> QObject | None:
    """The nearest tab (or window) carrying a closing service; its ``prompts`` ask."""
    while widget is not None:
        if getattr(widget, "closing", None) is not None:
            return widget
        widget = widget.parent()
    return None


def record_days(record: object | None) -> list[dt.date]:
    """Every date of a stored record (its dataclass fields holding a date)."""
    if record is None or not dataclasses.is_dataclass(record):
        return []
    values = (getattr(record, f.name) for f in dataclasses.fields(record))
    return [v for v in values if isinstance(v, dt.date)]


def registration_days(before, after) -> list[dt.date]:  # noqa: ANN001
    """Her registration date as it was and as it will be, when a save changes it (a new
    person: the date she is registered on)."""
    old = None if before is None else before.registered_on
    new = after.registered_on
    return [] if old == new else [d for d in (old, new) if d is not None]


def form_days(dialog: QWidget) -> list[dt.date]:
    """The dates of a form: as loaded and as typed now (an unreadable one is skipped)."""
    out: list[dt.date] = []
    for field in dialog.findChildren(DateField):
        loaded = getattr(field, "loaded", None)
        if loaded is not None:
            out.append(loaded)
        try:
            day = parse_date(field.edit.text())
        except ValueError:
            continue
        if day is not None:
            out.append(day)
    return out


def closed_lines(closing, days: Iterable[dt.date], kind: str) -> list[str]:  # noqa: ANN001
    """One line per closed period holding one of ``days``, naming the figures that may move."""
    wanted = [d for d in days if d is not None]
    if closing is None or not wanted:
        return []
    figures = QCoreApplication.translate("ClosedWarning", ", ").join(figure_label(k) for k in FIGURES.get(kind, ()))
    return [QCoreApplication.translate(
        "ClosedWarning", "This may change the closed report of {period}: {figures}"
    ).format(period=_period(closure), figures=figures) for closure in closing.containing(wanted)]


def confirm_record(widget: QWidget, days: Iterable[dt.date], kind: str) -> bool:
    """Ask before writing a record dated inside a closed period; True: go on."""
    owner = owner_of(widget)
    if owner is None:
        return True
    lines = closed_lines(owner.closing, days, kind)  # type: ignore[attr-defined]
    return confirm_closed(widget, owner.prompts.confirm, lines)  # type: ignore[attr-defined]


def closed_note(widget: QWidget, days: Iterable[dt.date], kind: str) -> str:
    """Added to a delete or restore question: the closed reports it changes (or nothing)."""
    owner = owner_of(widget)
    if owner is None:
        return ""
    lines = closed_lines(owner.closing, days, kind)  # type: ignore[attr-defined]
    return "\n\n" + "\n".join(lines) if lines else ""
