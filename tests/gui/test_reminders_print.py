"""Printing from the 提醒 page: slips for the selected rows, the signing sheet of the list."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.domain.values.reminders import ReminderQuery
from desktop.errors import CancelledError
from desktop.gui.pages.reminder_print import SLIPS, PrintJob, write_pdf
from desktop.gui.pages.reminders_page import ReminderPageServices, RemindersPage
from desktop.services.settings import CLERK_NAME, CLERK_PHONE, OFFICE_NAME
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services
from tests.gui.reminder_sample import build_sample
from tests.gui.scripted_prompts import ScriptedPrompts
from tests.gui.test_reminders_page import row_of

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    sample = build_sample(services)
    services.settings.set_many({OFFICE_NAME: "城关镇人口家庭服务站", CLERK_NAME: "周红",
                                CLERK_PHONE: "0571-88001234"})
    yield sample
    engine.dispose()


class Answers(ScriptedPrompts):
    """The printer's questions answered like a clerk (the page's Prompts); what was asked
    and opened is kept."""

    def script(self, path, full_ids=False, confirm=True, open_it=True, scope="all"):
        """``scope``: "all" (the last button: all of the list), "view" (the first: only the
        current view) or None (cancel)."""
        self.path, self.full_ids, self.confirmed, self.open_it = path, full_ids, confirm, open_it
        self.scope = scope
        self.choices: list[str] = []
        self.asked.clear()
        self.opened.clear()
        self.errors: list[BaseException] = []
        return self

    def ask_choice(self, parent, title, text, choices):
        self.asked.append(text)
        self.choices = list(choices)
        return {None: None, "view": 0, "all": len(choices) - 1}[self.scope]

    def ask_save_path(self, parent, title, suggested, name_filter, suffix, folder=None):
        self.asked.append(suggested)
        return self.path

    def ask_full_ids(self, parent):
        return self.full_ids

    def confirm(self, parent, title, text, default=False):
        if default:  # "Open it now?" after the PDF was written
            return self.open_it
        self.asked.append(text)
        return self.confirmed

    def show_error(self, parent, exc, title=None, text=None):
        self.errors.append(exc)


@pytest.fixture
def answers():
    return Answers()


@pytest.fixture
def page(qtbot, ledger, answers):
    widget = RemindersPage(ReminderPageServices.of(ledger.services), prompts=answers)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def select_two(qtbot, page, first: str, second: str) -> None:
    for name, flags in ((first, Qt.KeyboardModifier.NoModifier),
                        (second, Qt.KeyboardModifier.ControlModifier)):
        rect = page.table.visualRect(page.model.index(row_of(page, name), 1))
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, flags, rect.center())
    assert [r.name for r in page.selected_reminders()] == sorted(
        [first, second], key=lambda n: row_of(page, n))


def test_slips_for_two_selected_rows(qtbot, page, answers, ledger, tmp_path):
    out = tmp_path / "slips.pdf"
    answers.script(out)
    select_two(qtbot, page, "张秀英", "赵丽")
    with qtbot.waitSignal(page.printer.done, timeout=20000) as done:
        click(qtbot, page.slips_button)
    assert answers.asked == ["城关镇人口家庭服务站_Notification slips_20261128.pdf"]
    assert done.args[0].reminders == 2 and answers.opened == [out]
    pages, text = pdf_text(out)
    assert pages == done.args[0].pages == 1  # several slips per A4 page
    assert "张秀英" in text and "赵丽" in text
    assert "王芳" not in text and "李娜" not in text
    her = ledger.services.persons.get(ledger.persons["张秀英"]).draft.id_number
    assert her not in text  # masked unless asked
    assert "周红" in text


def test_signing_sheet_of_the_whole_list_with_full_ids_is_logged(qtbot, page, answers, ledger, tmp_path):
    out = tmp_path / "sheet.pdf"
    answers.script(out, full_ids=True, open_it=False)
    before = ledger.services.recorder.generation
    with qtbot.waitSignal(page.printer.done, timeout=20000) as done:
        click(qtbot, page.sheet_button)  # nothing selected: she is asked, and says all
    assert answers.asked[0] == "Print the signing sheet of all 5 persons, 1 pages?"
    assert done.args[0].reminders == 5 and answers.opened == []
    assert "sensitive" in answers.asked[-1]  # full numbers need a confirmation
    _pages, text = pdf_text(out)
    for name in ("张秀英", "陈静", "王芳", "赵丽", "李娜"):
        assert name in text
    her = ledger.services.persons.get(ledger.persons["张秀英"]).draft.id_number
    assert her[:12] in text  # not masked (the sheet's column may clip the last characters)
    assert ledger.services.recorder.generation != before  # the full-ID print is in the change log


def test_declining_full_ids_writes_nothing(qtbot, page, answers, tmp_path):
    out = tmp_path / "sheet.pdf"
    answers.script(out, full_ids=True, confirm=False)
    assert not page.print_sheet()
    assert not out.exists() and page.printer.worker is None


def test_nothing_selected_asks_first_naming_the_count_and_pages(qtbot, page, answers, tmp_path):
    out = tmp_path / "slips.pdf"
    answers.script(out, scope=None)
    assert page.views.current() == "overdue_week"  # the default view: 4 of the 5
    assert not page.print_slips()  # she cancels the question: nothing else is asked
    assert answers.asked == ["Print notification slips for all 5 persons, 2 pages?"]
    assert answers.choices == ["Only the current list: 4 persons, 2 pages", "Print all"]
    assert not out.exists() and page.printer.worker is None


def test_the_current_view_instead_of_everything(qtbot, page, answers, tmp_path):
    out = tmp_path / "slips.pdf"
    answers.script(out, scope="view", open_it=False)
    with qtbot.waitSignal(page.printer.done, timeout=20000) as done:
        click(qtbot, page.slips_button)
    assert done.args[0].reminders == 4
    _pages, text = pdf_text(out)
    assert "张秀英" in text and "李娜" not in text  # due in 7 days: not this week


def test_the_whole_list_in_the_full_view_is_one_question(qtbot, page, answers, tmp_path):
    answers.script(tmp_path / "slips.pdf", scope=None)
    click(qtbot, page.views.buttons["all"])
    assert not page.print_slips()
    assert answers.choices == ["Print"]


def test_progress_is_pages_written_and_cancel_leaves_no_file(ledger, tmp_path):
    services = ledger.services
    query = ReminderQuery(dt.date(2026, 11, 28), 30)
    reminders = [r for chunk in services.reminders.stream(query) for r in chunk] * 3  # 15
    job = PrintJob(SLIPS, tmp_path / "slips.pdf", False, query.as_of, "城关镇", "周红", "", "")
    steps: list[tuple[int, int]] = []
    printed = write_pdf(services, job, reminders, lambda d, t: steps.append((d, t)), lambda: False)
    assert printed.pages == 5 and steps == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    out = tmp_path / "cancelled.pdf"
    job = dataclasses.replace(job, path=out)
    calls: list[int] = []
    with pytest.raises(CancelledError):
        write_pdf(services, job, reminders, lambda d, t: calls.append(d), lambda: len(calls) >= 2)
    assert calls == [1, 2] and not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "pdf" in p.name) == ["slips.pdf"]  # no part
