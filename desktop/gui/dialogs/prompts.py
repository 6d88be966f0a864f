"""Small modal questions, and the ``Prompts`` a screen takes to ask them."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.gui.errors import show_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None) -> Unsaved:
    """Save / Discard / Cancel for a form with changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("prompts", "Unsaved changes"))
    box.setText(QCoreApplication.translate("prompts", "This record has changes that are not saved yet."))
    box.setInformativeText(QCoreApplication.translate("prompts", "Do you want to save them?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm(parent: QWidget | None, title: str, text: str, default: bool = False) -> bool:
    """Yes / No, No being the default (the question is about something destructive) unless
    ``default`` is True."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Index of the chosen item, None when cancelled."""
    if not items:
        return None
    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(value) if ok and value in items else None


class Prompts(Protocol):
    """The questions a screen puts to the clerk. Screens take one (``DialogPrompts`` in the
    application, a scripted one in tests) instead of calling message boxes themselves."""

    def confirm(self, parent: QWidget | None, title: str, text: str,
                default: bool = False) -> bool: ...

    def ask_choice(self, parent: QWidget | None, title: str, text: str,
                   choices: list[str]) -> int | None: ...

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> str | None: ...

    def ask_item(self, parent: QWidget | None, title: str, label: str,
                 items: list[str]) -> int | None: ...

    def ask_unsaved(self, parent: QWidget | None) -> Unsaved: ...

    def run_dialog(self, dialog: QDialog) -> bool: ...

    def show_error(self, parent: QWidget | None, exc: BaseException,
                   title: str | None = None, text: str | None = None) -> None: ...

    def inform(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def ask_save_path(self, parent: QWidget | None, title: str, suggested: str,
                      name_filter: str, suffix: str, folder: str | None = None) -> Path | None: ...

    def choose_file(self, parent: QWidget | None, title: str, name_filter: str,
                    folder: str | None = None) -> Path | None: ...

    def ask_full_ids(self, parent: QWidget | None) -> bool | None: ...

    def ask_printer(self, parent: QWidget | None, printer: QPrinter) -> bool: ...

    def open_file(self, path: Path) -> bool: ...

    def ask_date(self, parent: QWidget | None, title: str, label: str,
                 default: dt.date) -> dt.date | None: ...


class DialogPrompts:
    """The real questions: message boxes, input dialogs, modal forms."""

    def confirm(self, parent: QWidget | None, title: str, text: str,
                default: bool = False) -> bool:
        """Yes / No; ``default`` True makes Yes the default button (the question is not about
        something destructive)."""
        return confirm(parent, title, text, default)

    def ask_choice(self, parent: QWidget | None, title: str, text: str,
                   choices: list[str]) -> int | None:
        """A button for each of ``choices`` (the first the default) and Cancel; the index of
        the one pressed, None when cancelled."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in choices]
        box.addButton(QMessageBox.StandardButton.Cancel)
        if buttons:
            box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, button in enumerate(buttons) if button is clicked), None)

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> str | None:
        return ask_text(parent, title, label, text)

    def ask_item(self, parent: QWidget | None, title: str, label: str,
                 items: list[str]) -> int | None:
        return ask_item(parent, title, label, items)

    def ask_unsaved(self, parent: QWidget | None) -> Unsaved:
        return ask_unsaved(parent)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a form modally; True when it was saved (its values are read before the
        event loop frees it)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def show_error(self, parent: QWidget | None, exc: BaseException,
                   title: str | None = None, text: str | None = None) -> None:
        show_error(parent, exc, title, text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def ask_save_path(self, parent: QWidget | None, title: str, suggested: str,
                      name_filter: str, suffix: str, folder: str | None = None) -> Path | None:
        """Where to write a file, ending in ``suffix`` (added when the clerk left it out). The
        dialog starts where the files of that ``folder`` key (default: the files ending in
        ``suffix``) were saved last, else in Documents."""
        from desktop.gui.save_folder import remember, start_path

        key = folder or f"file{suffix}"
        path, _ = QFileDialog.getSaveFileName(parent, title, start_path(key, suggested),
                                              name_filter)
        if not path:
            return None
        chosen = Path(path if path.lower().endswith(suffix) else path + suffix)
        remember(key, chosen)
        return chosen

    def choose_file(self, parent: QWidget | None, title: str, name_filter: str,
                    folder: str | None = None) -> Path | None:
        """A file to read; with a ``folder`` key the dialog starts where the last one of that
        kind was chosen (else in Documents), without one in the current folder."""
        from desktop.gui.save_folder import remember, start_folder

        start = str(start_folder(folder)) if folder else ""
        path, _ = QFileDialog.getOpenFileName(parent, title, start, name_filter)
        if not path:
            return None
        if folder:
            remember(folder, Path(path))
        return Path(path)

    def ask_full_ids(self, parent: QWidget | None) -> bool | None:
        from desktop.gui.progress_job import ask_full_ids

        return ask_full_ids(parent)

    def ask_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """The print dialog for ``printer``; True when the clerk pressed Print."""
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    def open_file(self, path: Path) -> bool:
        """Show a written file in the system's viewer; False when there is none."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def ask_date(self, parent: QWidget | None, title: str, label: str,
                 default: dt.date) -> dt.date | None:
        return ask_date(parent, title, label, default)


def ask_date(parent: QWidget | None, title: str, label: str, default: dt.date) -> dt.date | None:
    """A date (asked again while unreadable), None when cancelled."""
    from desktop.gui.widgets.date_field import parse_date

    text = default.isoformat()
    while True:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        if not ok:
            return None
        try:
            day = parse_date(text)
        except ValueError:
            day = None
        if day is not None:
            return day
        label_again = QCoreApplication.translate(
            "prompts", "{text} is not a valid date. Type it like 2025-03-13.").format(text=text)
        QMessageBox.warning(parent, title, label_again)
