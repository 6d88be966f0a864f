"""Two clerks on the same woman: the editor's save from an older read is refused with who
changed what and when, and the form keeps everything she typed."""

from __future__ import annotations

import pytest

from desktop.errors import StaleRecordError
from desktop.gui.dialogs.prompts import Unsaved
from desktop.services.container import build_services
from desktop.store.db import open_database
from tests.gui.conftest import TODAY
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.helpers_records import ledger_with_her
from tests.gui.record_helpers import open_editor
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def two_clerks(tmp_path):
    mine, engine = ledger_with_her(tmp_path)
    other_engine = open_database(tmp_path / "ledger.db")
    other = build_services(other_engine, today=lambda: TODAY)
    other.user.name = "李文书"
    yield mine, other
    other_engine.dispose()
    engine.dispose()


def test_the_refused_save_names_her_colleague_and_keeps_the_form(qtbot, two_clerks):
    mine, other = two_clerks
    errors: list[BaseException] = []
    editor = open_editor(qtbot, mine, mine.her, prompts=ScriptedPrompts(unsaved=Unsaved.DISCARD, errors=[]))
    editor.prompts.errors_to(errors)
    # meanwhile her colleague saves the same woman's phone and notes
    record = other.persons.get(mine.her)
    record.draft.phone = "13900001111"
    record.draft.notes = "已电话联系"
    other.persons.update(mine.her, record.draft, version=record.version)

    type_into(qtbot, editor.form.texts["phone"], "13800002222")
    type_into(qtbot, editor.form.texts["current_address"], "北关村3组")
    click(qtbot, editor.save_button)

    assert len(errors) == 1 and isinstance(errors[0], StaleRecordError)
    shown = editor.message.text()
    assert "李文书" in shown and "2026-" in shown
    assert "Phone" in shown or "电话" in shown
    assert editor.form.texts["phone"].text() == "13800002222"  # her input is kept
    assert editor.form.texts["current_address"].text() == "北关村3组"
    assert editor.is_dirty()
    stored = mine.persons.get(mine.her)
    assert stored.draft.phone == "13900001111" and stored.draft.current_address == ""
