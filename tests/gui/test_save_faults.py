"""A full disk while saving: the clerk sees why, keeps what she typed, and saves once it is fixed."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.person_editor import PersonEditor
from desktop.gui.dialogs.prompts import Unsaved
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, make_id, open_services, type_into
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

HER_ID = make_id("330102", dt.date(1990, 3, 7), 12)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    services.units.add("Office")
    yield services
    engine.dispose()


class FullDisk:
    """Session.commit as SQLite fails it when the disk is full (the flush went through)."""

    def __init__(self, message: str) -> None:
        self.message = message
        self.calls = 0

    def method(self):
        """A function to put on the Session class (called with the session as ``self``)."""
        def commit(session: Session) -> None:
            self.calls += 1
            raise OperationalError("COMMIT", {}, sqlite3.OperationalError(self.message))
        return commit


@pytest.mark.parametrize("message, words", [
    ("database or disk is full", "disk is full"),
    ("disk I/O error", "disk error"),
])
def test_a_refused_save_keeps_the_form_and_a_retry_succeeds(qtbot, ledger, monkeypatch,
                                                            message, words):
    errors: list[BaseException] = []
    prompts = ScriptedPrompts(unsaved=Unsaved.DISCARD)
    prompts.errors_to(errors)
    editor = PersonEditor(EditorServices.of(ledger), None, prompts=prompts)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    type_into(qtbot, editor.form.texts["name"], "张秀英")
    type_into(qtbot, editor.form.id_field.edit, HER_ID)
    type_into(qtbot, editor.form.texts["phone"], "13800001234")
    combo = editor.form.unit_combo
    combo.setCurrentIndex(combo.findData(ledger.units.find_by_name("Office").id))

    fault = FullDisk(message)
    monkeypatch.setattr(Session, "commit", fault.method())
    click(qtbot, editor.save_button)
    assert fault.calls == 1
    assert words in editor.message.text() and len(errors) == 1 and words in str(errors[0])
    assert editor.person_id is None and editor.isVisible()
    assert editor.form.texts["name"].text() == "张秀英"  # everything typed is still there
    assert editor.form.id_field.edit.text() == HER_ID
    assert editor.form.texts["phone"].text() == "13800001234"
    monkeypatch.undo()
    assert ledger.persons.count_all() == 0  # rolled back: nothing half-saved

    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)
    assert ledger.persons.get(saved.args[0]).draft.phone == "13800001234"
    assert ledger.persons.count_all() == 1
