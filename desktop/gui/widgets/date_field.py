"""A date entry that may stay blank and is quick to type.

Accepts 2025-03-13, 2025/3/13, 2025.3.13, 2025年3月13日 and 20250313; a calendar
button picks a date with the mouse. Blank means "no date".
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError

_SEPARATED = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")

BAD_DATE = QT_TRANSLATE_NOOP("errors", "{text} is not a valid date. Type it like 2025-03-13.")


def parse_date(text: str) -> dt.date | None:
    """The date written in ``text``; None when blank. Raises ValueError when unreadable."""
    text = text.strip()
    if not text:
        return None
    match = _SEPARATED.match(text) or _COMPACT.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups())
    return dt.date(year, month, day)  # ValueError for 2025-02-30


class DateField(QWidget):
    """``date()`` returns the date or None; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setMaxLength(20)
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date from the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._menu: QMenu | None = None

    # -- value -----------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text().strip()

    def is_valid(self) -> bool:
        try:
            parse_date(self.edit.text())
        except ValueError:
            return False
        return True

    def date(self, field: str | None = None) -> dt.date | None:
        """The date, None if blank; ValidationError(field=field) if unreadable."""
        try:
            return parse_date(self.edit.text())
        except ValueError:
            raise ValidationError(BAD_DATE, field=field, text=self.text()) from None

    def set_date(self, value: dt.date | None) -> None:
        if not hasattr(self, "loaded"):
            self.loaded = value  # the date as the form was opened with (closed periods)
        self.edit.setText(value.isoformat() if value else "")

    # -- behaviour -------------------------------------------------------------
    def _on_text(self) -> None:
        self.edit.setStyleSheet("" if self.is_valid() else "QLineEdit { color: #b00020; }")
        self.changed.emit()

    def _tidy(self) -> None:
        # Show every readable date the same way once the clerk leaves the field.
        try:
            value = parse_date(self.edit.text())
        except ValueError:
            return
        if value is not None and self.edit.text() != value.isoformat():
            self.edit.setText(value.isoformat())

    def _show_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        try:
            current = parse_date(self.edit.text())
        except ValueError:
            current = None
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)  # one calendar per click, freed later
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        calendar.clicked.connect(self._picked)
        self._menu = menu
        menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        if self._menu is not None:
            self._menu.close()
            self._menu = None
        self.edit.setFocus()
