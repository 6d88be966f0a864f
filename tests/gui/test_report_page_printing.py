"""Printing from the persons page (花名册) and the person editor (档案卡)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.dialogs.person_editor import PersonEditor
from desktop.gui.pages.persons_page import PersonsPage, PersonsPageServices
from tests.gui import report_sample
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services, type_into
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def sample(tmp_path):
    services, engine = open_services(tmp_path)
    yield report_sample.build(services)
    engine.dispose()


def _pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_roster_prints_the_list_on_screen(qtbot, sample, tmp_path):
    page = PersonsPage(PersonsPageServices.of(sample.services),
                       prompts=ScriptedPrompts(full_ids=False))
    qtbot.addWidget(page)
    page.show()
    type_into(qtbot, page.search, "李娜\n")
    with qtbot.waitSignal(page.printer.shown, timeout=30000) as shown:
        click(qtbot, page.roster_button)
    dialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert dialog.preview.page_count() == 1
    content = _pdf_text(dialog.path)
    assert "李娜" in content and "张秀英" not in content  # only the persons the list shows
    assert report_sample.OFFICE in content
    assert "330102********" in content  # masked

    saved = tmp_path / "roster.pdf"
    dialog.prompts.path_with(saved)
    click(qtbot, dialog.save_button)
    assert saved.read_bytes() == dialog.path.read_bytes()
    click(qtbot, dialog.open_button)
    assert dialog.prompts.opened == [dialog.path]
    dialog.close()


def test_cancelling_the_id_question_prints_nothing(qtbot, sample):
    page = PersonsPage(PersonsPageServices.of(sample.services),
                       prompts=ScriptedPrompts(full_ids=None))
    qtbot.addWidget(page)
    click(qtbot, page.roster_button)
    assert page.printer.worker is None and page.printer.dialog is None


def test_the_editor_prints_her_card_with_full_ids_logged(qtbot, sample, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    person_id = sample.persons["张秀英"]
    editor = PersonEditor(EditorServices.of(sample.services), person_id,
                          prompts=ScriptedPrompts(full_ids=True, confirm=True))
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitSignal(editor.card_printer.shown, timeout=30000) as shown:
        click(qtbot, editor.card_button)
    dialog = shown.args[0]
    content = _pdf_text(dialog.path)
    assert "张秀英" in content
    full = sample.services.persons.get(person_id).draft.id_number
    assert full in content
    with sample.services.engine.connect() as conn:
        logged = conn.execute(text(
            "SELECT person_id FROM change_log WHERE field = 'full_ids'")).scalars().all()
    assert person_id in logged

    out = tmp_path / "card-printed.pdf"

    def to_a_pdf_file(printer: QPrinter) -> bool:  # the clerk's choice in the print dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    dialog.prompts.printer_with(to_a_pdf_file)
    assert dialog.print_document() == 1
    assert len(PdfReader(out).pages) == 1
    dialog.close()


def test_a_new_person_has_no_card_yet(qtbot, sample):
    editor = PersonEditor(EditorServices.of(sample.services), None)
    qtbot.addWidget(editor)
    assert not editor.card_button.isEnabled()
