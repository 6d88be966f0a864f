"""A line edit for an ID number that is not hers (the spouse's): shown masked and read-only
until the clerk clicks 显示, which the editor writes to the change log."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.domain import idnumber


class MaskedLineEdit(QLineEdit):
    """``text()`` is always the full value; the screen shows it masked while ``is_masked()``."""

    revealed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hidden: str | None = None

    def text(self) -> str:  # noqa: D102 - the full value, whatever is on screen
        return self._hidden if self._hidden is not None else super().text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._hidden = None
        self.setReadOnly(False)
        super().setText(text)

    def set_masked(self, number: str) -> None:
        """Show ``number`` masked and read-only (a blank one stays blank and editable)."""
        self.setText(number)
        if number:
            self._hidden = number
            self.setReadOnly(True)
            super().setText(idnumber.mask(number))

    def is_masked(self) -> bool:
        return self._hidden is not None

    def reveal(self) -> None:
        if self._hidden is None:
            return
        number = self._hidden
        self.setText(number)
        self.setFocus()
        self.revealed.emit()


class MaskedField(QWidget):
    """The edit and its 显示 button, which shows only while the number is masked."""

    def __init__(self, edit: MaskedLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setToolTip(self.tr("Show the full ID number (noted in the change log)"))
        self.show_button.clicked.connect(edit.reveal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(edit)
        edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.show_button.setVisible(self.edit.is_masked())
