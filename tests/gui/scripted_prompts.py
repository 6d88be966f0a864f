"""The clerk's answers, written down before the test: a ``Prompts`` that asks no one.

Each kind of question has a standing answer, set by the test: a value, or a function of
the question's text (of the form, for ``run_dialog``). A question with no answer set fails
the test: an unexpected confirmation or error box is a bug. Forms are answered by a
function that types into the real form and presses its button, like the clerk would (see
``Clerk`` and ``filling`` in the helpers); the form is shown, not run modally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.gui.dialogs.prompts import Unsaved

Answer = Any  # a value, or a function of the question's text
UNSET: Any = object()  # no answer: the question fails the test


class ScriptedPrompts:
    def __init__(self, *, confirm: Answer = UNSET, unsaved: Unsaved = UNSET,
                 form: Callable[[QDialog], bool] | None = None, path: Answer = UNSET,
                 full_ids: Answer = UNSET, errors: list[BaseException] | None = None,
                 printer: Answer = UNSET, viewer: bool = True, file: Answer = UNSET) -> None:
        self._confirm, self._unsaved, self._form = confirm, unsaved, form
        self._text: Answer = UNSET
        self._item: Answer = UNSET
        self._choice: Answer = UNSET
        self._errors = errors
        self._path = path
        self._full_ids = full_ids
        self.asked: list[str] = []  # every question's text, in order
        self.informed: list[str] = []  # the messages shown, in order
        self._printer = printer
        self._viewer = viewer
        self._file = file
        self.opened: list[Path] = []  # the files shown in the system's viewer, in order
        self._date: Answer = UNSET

    # -- the script ----------------------------------------------------------------
    def confirm_with(self, answer: Answer) -> None:
        """True/False, or ``answer(text) -> bool``; UNSET: a question fails the test."""
        self._confirm = answer

    def fill_with(self, form: Callable[[QDialog], bool] | None) -> None:
        """``form(dialog) -> bool``: fills the shown form and presses a button."""
        self._form = form

    def unsaved_with(self, answer: Unsaved) -> None:
        self._unsaved = answer

    def date_with(self, answer: Answer) -> None:
        """The day typed (None: cancelled), or ``answer(default)`` of the day offered."""
        self._date = answer

    def text_with(self, answer: Answer) -> None:
        """The text typed (None: cancelled), or ``answer(shown)`` of the text shown."""
        self._text = answer

    def item_with(self, answer: Answer) -> None:
        """The index chosen (None: cancelled), or ``answer(items)`` of the items offered."""
        self._item = answer

    def choice_with(self, answer: Answer) -> None:
        """The index of the button pressed (None: cancelled), or ``answer(labels)``."""
        self._choice = answer

    def path_with(self, answer: Answer) -> None:
        """The file chosen (None: cancelled), or ``answer(suggested name)``."""
        self._path = answer

    def full_ids_with(self, answer: bool | None) -> None:
        """False: masked ID numbers, True: full ones, None: cancelled."""
        self._full_ids = answer

    def file_with(self, answer: Answer) -> None:
        """The file chosen to read (None: cancelled), or ``answer(title)``."""
        self._file = answer

    def printer_with(self, answer: Answer) -> None:
        """True: printed, False: cancelled, or ``answer(printer)``."""
        self._printer = answer

    def viewer_with(self, found: bool) -> None:
        """Whether the system has a viewer for the files opened (they are noted either way)."""
        self._viewer = found

    def errors_to(self, errors: list[BaseException] | None) -> None:
        """Collect the error boxes in ``errors`` (None: an error box fails the test)."""
        self._errors = errors

    # -- Prompts -----------------------------------------------------------------
    def confirm(self, parent: QWidget | None, title: str, text: str,
                default: bool = False) -> bool:
        return bool(self._answer(self._confirm, "question", text))

    def ask_choice(self, parent: QWidget | None, title: str, text: str,
                   choices: list[str]) -> int | None:
        return self._answer(self._choice, "choice asked", text, choices)

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 text: str = "") -> str | None:
        return self._answer(self._text, "text asked", label, text)

    def ask_item(self, parent: QWidget | None, title: str, label: str,
                 items: list[str]) -> int | None:
        return self._answer(self._item, "choice asked", label, items)

    def ask_unsaved(self, parent: QWidget | None) -> Unsaved:
        return self._answer(self._unsaved, "question", "unsaved changes")

    def run_dialog(self, dialog: QDialog) -> bool:
        self.asked.append(dialog.windowTitle())
        if self._form is None:
            pytest.fail(f"unexpected form: {dialog.windowTitle()}")
        return bool(self._form(dialog))

    def show_error(self, parent: QWidget | None, exc: BaseException,
                   title: str | None = None, text: str | None = None) -> None:
        if self._errors is None:
            pytest.fail(f"unexpected error box: {exc}")
        self._errors.append(exc)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.informed.append(text)

    def ask_save_path(self, parent: QWidget | None, title: str, suggested: str,
                      name_filter: str, suffix: str, folder: str | None = None) -> Path | None:
        return self._answer(self._path, "file asked", title, suggested)

    def choose_file(self, parent: QWidget | None, title: str, name_filter: str,
                    folder: str | None = None) -> Path | None:
        return self._answer(self._file, "file to read asked", title)

    def ask_date(self, parent: QWidget | None, title: str, label: str,
                 default: dt.date) -> dt.date | None:
        return self._answer(self._date, "date asked", label, default)

    def ask_full_ids(self, parent: QWidget | None) -> bool | None:
        return self._answer(self._full_ids, "question", "full ID numbers")

    def ask_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        return bool(self._answer(self._printer, "print dialog", "printer", printer))

    def open_file(self, path: Path) -> bool:
        self.opened.append(path)
        return self._viewer

    def _answer(self, answer: Answer, what: str, text: str, given: Any = UNSET) -> Any:
        """The answer, or what ``answer`` says of the question's text (or of ``given``)."""
        self.asked.append(text)
        if answer is UNSET:
            pytest.fail(f"unexpected {what}: {text}")
        if callable(answer):
            return answer(text if given is UNSET else given)
        return answer
