"""Empty lists say what comes next: an empty register names what it has none of, a new
ledger offers to import a workbook or enter the first woman."""

from __future__ import annotations

import pytest

from desktop.domain.values.registers import Register
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.persons_page import PersonsPage, PersonsPageServices
from desktop.gui.pages.register_page import RegisterPage
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_an_empty_register_says_so(qtbot, services, sample):
    page = RegisterPage(Register.DEATHS, services.registers, services.register_export,
                        services.units, services.today)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 0
    note = page.empty_note
    assert note.isVisible() and note.label.text().startswith("No deaths registered in this period.")
    assert note.geometry() == page.table.viewport().rect()  # over the list, not beside it


def test_a_register_with_rows_shows_no_note(qtbot, services, sample):
    page = RegisterPage(Register.CHECKUPS, services.registers, services.register_export,
                        services.units, services.today)
    qtbot.addWidget(page)
    from desktop.domain.values.care import CheckupDraft

    services.checkups.add(sample.persons["张秀英"], CheckupDraft(date=services.today(),
                                                                check_iud=True))
    page.show()
    page.refresh()
    assert page.model.rowCount() == 1 and not page.empty_note.isVisible()


def test_a_new_ledger_offers_import_and_new_person(qtbot, services, db_path, qsettings):
    window = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(window)
    imported = []
    window.exchange_ui.import_file = lambda: imported.append(1) or False
    note = window.reminders_page.empty_note  # the page the app opens on
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.reminders_page.loading())
    assert note.isVisible() and note.label.text().startswith("The ledger is empty.")
    click(qtbot, note.import_button)
    assert imported == [1]


def test_the_persons_page_of_a_new_ledger(qtbot, services):
    page = PersonsPage(PersonsPageServices.of(services))
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    asked = []
    page.new_person.connect(lambda: asked.append("new"))
    page.import_requested.connect(lambda: asked.append("import"))
    note = page.empty_note
    assert note.isVisible() and note.new_button.isVisible()
    click(qtbot, note.new_button)
    click(qtbot, note.import_button)
    assert asked == ["new", "import"]


def test_no_match_is_not_an_empty_ledger(qtbot, services, sample):
    page = PersonsPage(PersonsPageServices.of(services))
    qtbot.addWidget(page)
    page.show()
    page.search.setText("没有这个人")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_note.label.text() == "No one matches the search and filters."
    assert not page.empty_note.new_button.isVisible()
