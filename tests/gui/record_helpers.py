"""Helpers for the record-tab tests: the editor on an existing woman, forms filled like a clerk."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.person_editor import PersonEditor
from desktop.gui.dialogs.prompts import Unsaved
from tests.gui.helpers_dialogs import click
from tests.gui.scripted_prompts import ScriptedPrompts


def open_editor(qtbot, services, person_id: int | None = None,
                prompts: ScriptedPrompts | None = None, **kwargs) -> PersonEditor:
    """The person editor on screen (a new person when ``person_id`` is None). Its questions
    go to ``prompts``: by default unsaved changes are discarded (closing at teardown) and
    any other question or error box fails the test; ``editor.prompts`` scripts them."""
    editor = PersonEditor(EditorServices.of(services), person_id, prompts=prompts or ScriptedPrompts(
        unsaved=Unsaved.DISCARD), **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
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
