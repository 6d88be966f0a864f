"""The woman's ID number: normalised while typed, with the facts it carries shown read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain import idnumber
from desktop.domain.dates import age_on
from desktop.errors import ValidationError
from desktop.i18n import enum_text, error_text

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
HINT_STYLE = "color: #666666;"


class IdNumberField(QWidget):
    """Line edit, a "convert" button for old 15-digit numbers, birth date/age/sex, a message."""

    changed = Signal()
    revealed = Signal()  # the clerk asked to see the full number (the editor logs it)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(30)  # room for spaces pasted with the number
        self.edit.setPlaceholderText(self.tr("18 characters, e.g. 330102199003071246"))
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setToolTip(self.tr("Show the full ID number (noted in the change log)"))
        self.show_button.setVisible(False)
        self.show_button.clicked.connect(self.reveal)
        self._hidden: str | None = None  # the full number while the field shows it masked
        self.convert_button = QPushButton(self.tr("Convert to 18 digits"), self)
        self.convert_button.setVisible(False)
        self.convert_button.clicked.connect(self.convert)
        self.birth_view = self._read_only()
        self.age_view = self._read_only()
        self.sex_view = self._read_only()
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.edit, 1)
        top.addWidget(self.show_button)
        top.addWidget(self.convert_button)
        facts = QGridLayout()
        facts.setContentsMargins(0, 0, 0, 0)
        for column, (text, view) in enumerate(
            ((self.tr("Birth date"), self.birth_view), (self.tr("Age"), self.age_view),
             (self.tr("Sex"), self.sex_view))
        ):
            facts.addWidget(QLabel(text, self), 0, 2 * column)
            facts.addWidget(view, 0, 2 * column + 1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 0, 0)
        layout.addLayout(facts, 1, 0)
        layout.addWidget(self.message, 2, 0)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._normalise_typed)
        self.edit.textChanged.connect(self._refresh)
        self._converted = ""

    def _read_only(self) -> QLineEdit:
        view = QLineEdit(self)
        view.setReadOnly(True)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    # -- value -----------------------------------------------------------------
    def text(self) -> str:
        if self._hidden is not None:
            return self._hidden
        return idnumber.normalize(self.edit.text())

    def set_text(self, number: str, *, masked: bool = False) -> None:
        """Show ``number``; ``masked`` shows 330102********1234, read-only, until reveal()."""
        self._hidden = number if masked and number else None
        self.edit.setReadOnly(self._hidden is not None)
        self.show_button.setVisible(self._hidden is not None)
        self.edit.setText(idnumber.mask(number) if self._hidden is not None else number)

    def is_masked(self) -> bool:
        return self._hidden is not None

    def reveal(self) -> None:
        """The full number, editable; an explicit act the editor writes to the change log."""
        if self._hidden is None:
            return
        number, self._hidden = self._hidden, None
        self.edit.setReadOnly(False)
        self.show_button.setVisible(False)
        self.edit.setText(number)
        self.edit.setFocus()
        self.revealed.emit()

    def convert(self) -> None:
        """Replace an old 15-digit number by its 18-character form."""
        if self._converted:
            self.edit.setText(self._converted)
            self.edit.setFocus()

    # -- behaviour -------------------------------------------------------------
    def _normalise_typed(self, text: str) -> None:
        # Full-width digits, spaces and a small x are fixed as the clerk types.
        clean = idnumber.normalize(text)
        if clean != text:
            cursor = len(idnumber.normalize(text[: self.edit.cursorPosition()]))
            self.edit.setText(clean)
            self.edit.setCursorPosition(cursor)

    def _refresh(self) -> None:
        number = self.text()
        self._converted = ""
        birth = age = sex = ""
        message, style = "", HINT_STYLE
        if not number:
            pass
        elif len(number) < 18 and len(number) != 15 and number.isdigit():
            message = self.tr("%n of 18 characters typed.", "", len(number))
        else:
            try:
                info = idnumber.validate(number, self._today())
            except ValidationError as exc:
                self._converted = str(exc.params.get("convertible", ""))
                message, style = error_text(exc), ERROR_STYLE
            else:
                birth = info.birth_date.isoformat()
                age = str(age_on(info.birth_date, self._today()))
                sex = enum_text(info.sex)
                try:
                    idnumber.validate_woman(number, self._today())
                except ValidationError as exc:
                    message, style = error_text(exc), ERROR_STYLE
                else:
                    message = self.tr("Valid ID number ({region}).").replace("{region}", info.region)
                    style = OK_STYLE
        if self._converted:
            style = HINT_STYLE
            message += " " + self.tr("Click “Convert to 18 digits” to use it.")
        self.convert_button.setVisible(bool(self._converted))
        self.birth_view.setText(birth)
        self.age_view.setText(age)
        self.sex_view.setText(sex)
        self.message.setText(message)
        self.message.setStyleSheet(style)
        self.changed.emit()
