"""Helpers for the record-tab tests: the editor on an existing woman, forms filled like a clerk."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

from desktop.gui.dialogs import prompts
from desktop.gui.dialogs.person_editor import PersonEditor
from tests.gui.helpers_dialogs import click


def open_editor(qtbot, services, person_id: int, **kwargs) -> PersonEditor:
    editor = PersonEditor(services, person_id, **kwargs)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda parent: prompts.Unsaved.DISCARD
    editor.confirm = lambda parent, title, text: pytest.fail(f"unexpected question: {text}")
    editor.show_error = lambda parent, exc, title=None: pytest.fail(f"unexpected error box: {exc}")
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def filling(qtbot, fill: Callable[[QDialog], None]) -> Callable[[QDialog], bool]:
    """A stand-in for run_dialog: show the real form, let ``fill`` type and press OK."""

    def run(dialog: QDialog) -> bool:
        # Not given to qtbot: the form is a child of the editor, which frees it.
        dialog.show()
        qtbot.waitExposed(dialog)
        try:
            fill(dialog)
            return dialog.result() == QDialog.DialogCode.Accepted
        finally:
            dialog.close()

    return run


def press_ok(qtbot, dialog) -> None:
    click(qtbot, dialog.ok_button)


def cells(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def no_question(parent, title, text) -> bool:
    pytest.fail(f"unexpected question: {text}")
    return False


def no_error(parent, exc, title=None) -> None:
    pytest.fail(f"unexpected error box: {exc}")
