"""数据核查 page driven like a clerk: checks with counts, findings, run again, open a record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Outcome
from desktop.domain.values import data_checks as checks
from desktop.errors import StorageError
from desktop.gui.changes import DataChanged
from desktop.gui.models.finding_table import COL_DATE, COL_DETAIL, COL_ID_NUMBER, COL_NAME
from desktop.gui.pages.data_check_page import ALL, DataCheckPage
from desktop.store.db import transaction
from desktop.store.records import Pregnancy
from tests.gui.conftest import OFFSCREEN_NOISE, TODAY, add_person
from tests.gui.helpers_dialogs import click
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

D = dt.date
STAMP = dt.datetime(2026, 11, 1, 9, 0)


class Opened:
    """Stands in for MainWindow.open_person: records what the page asked to open."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, *args) -> None:
        self.calls.append(args)


@pytest.fixture
def contradictions(services, sample):
    """An overdue pregnancy for 张秀英; 王芳 entered twice."""
    with transaction(services.factory) as session:
        row = Pregnancy(person_id=sample.persons["张秀英"], registered_on=D(2025, 11, 20),
                        lmp=D(2025, 10, 1), created_at=STAMP, updated_at=STAMP)
        session.add(row)
        session.flush()
        overdue = row.id
    twin = add_person(services, "王芳", sample.units["河西乡"], D(1985, 1, 20), 78)
    return {"overdue": overdue, "twin": twin, "first": sample.persons["王芳"],
            "her": sample.persons["张秀英"]}


@pytest.fixture
def page(qtbot, services, contradictions):
    opened = Opened()
    widget = DataCheckPage(services.data_checks, opener=opened, prompts=ScriptedPrompts())
    widget.opened = opened
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    with qtbot.waitSignal(widget.checked, timeout=10_000):
        widget.show()  # the first show runs the checks
    yield widget
    widget.wait()


def list_texts(page):
    return [page.checks_list.item(r).text() for r in range(page.checks_list.count())]


def cell(page, row, column):
    return page.model.data(page.model.index(row, column))


def test_lists_every_check_with_its_count(page, qtmodeltester):
    texts = list_texts(page)
    assert texts[0] == "All checks (3)"
    assert "Pregnancy without an outcome after 43 weeks (1)" in texts
    assert "Same name and birth date (2)" in texts
    assert "Child without a pregnancy record (0)" in texts
    assert len(texts) == 1 + len(checks.CHECKS)
    assert page.model.rowCount() == 3
    assert "3 findings in all" in page.status_label.text()
    qtmodeltester.check(page.model)


def test_choosing_a_check_filters_the_findings(page, contradictions):
    page.select_check(checks.DUPLICATE_PERSON)
    assert page.model.rowCount() == 2
    assert {cell(page, r, COL_NAME) for r in range(2)} == {"王芳"}
    assert "*" in cell(page, 0, COL_ID_NUMBER)  # masked
    assert "2 records have the name 王芳 and the birth date 1985-01-20." == cell(page, 0, COL_DETAIL)
    page.select_check(checks.PREGNANCY_WITHOUT_OUTCOME)
    assert page.model.rowCount() == 1
    assert cell(page, 0, COL_DATE) == "2025-10-01"
    weeks = (TODAY - D(2025, 10, 1)).days // 7
    assert f"({weeks} weeks ago)" in cell(page, 0, COL_DETAIL)
    page.select_check(ALL)
    assert page.model.rowCount() == 3


def test_double_click_opens_the_person_on_the_records_tab(qtbot, page, contradictions):
    page.select_check(checks.PREGNANCY_WITHOUT_OUTCOME)
    rect = page.table.visualRect(page.model.index(0, COL_NAME))
    # A real double-click: a press, then the double press.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.opened.calls == [(contradictions["her"], "pregnancies", contradictions["overdue"])]


def test_enter_opens_a_person_finding_on_her_basic_data(qtbot, page, contradictions):
    page.select_check(checks.DUPLICATE_PERSON)
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.opened.calls == [(contradictions["twin"],)]


def test_run_again_after_a_correction(qtbot, page, services, contradictions):
    services.pregnancies.record_outcome(contradictions["overdue"], Outcome.MISCARRIAGE.value,
                                        D(2025, 12, 20))
    assert list_texts(page)[0] == "All checks (3)"  # not re-read until asked
    with qtbot.waitSignal(page.checked, timeout=10_000):
        click(qtbot, page.run_button)
    assert list_texts(page)[0] == "All checks (2)"
    assert page.run_button.isEnabled()


def test_a_write_elsewhere_reruns_the_checks_when_announced(qtbot, services, contradictions):
    changes = DataChanged(services.recorder)
    page = DataCheckPage(services.data_checks, changes=changes, prompts=ScriptedPrompts())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.show()
    page.select_check(checks.DUPLICATE_PERSON)
    with qtbot.waitSignal(page.checked, timeout=10_000):
        services.persons.delete(contradictions["twin"])  # the write is announced
    assert page.current_check() == checks.DUPLICATE_PERSON  # the clerk's choice is kept
    assert page.model.rowCount() == 0
    page.hide()
    with qtbot.assertNotEmitted(page.checked, wait=50):
        page.show()  # nothing new written: no new run
    page.hide()
    services.persons.delete(contradictions["first"])
    with qtbot.assertNotEmitted(page.checked, wait=50):
        pass  # hidden: not read now
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.show()  # but when next shown
    page.wait()


def test_a_failure_is_shown_and_the_page_stays_usable(qtbot, page, services, monkeypatch):
    shown = []
    page.prompts.errors_to(shown)

    def broken(**_kwargs):
        raise StorageError("The data file {path} cannot be read: {reason}", path="x", reason="y")

    monkeypatch.setattr(services.data_checks, "run", broken)
    with qtbot.waitSignal(page.checked, timeout=10_000):
        click(qtbot, page.run_button)
    assert len(shown) == 1 and isinstance(shown[0], StorageError)
    assert page.run_button.isEnabled()


def test_only_the_first_findings_of_a_big_check_are_listed(qtbot, page, services, monkeypatch):
    original = services.data_checks.run
    monkeypatch.setattr(services.data_checks, "run", lambda **kw: original(limit=1, **kw))
    with qtbot.waitSignal(page.checked, timeout=10_000):
        click(qtbot, page.run_button)
    page.select_check(checks.DUPLICATE_PERSON)
    assert page.model.rowCount() == 1
    assert "Showing the first 1 of 2 here." in page.status_label.text()


def test_in_the_main_window_a_row_opens_the_editor_on_the_tab(qtbot, monkeypatch, services,
                                                              contradictions, db_path, qsettings):
    from desktop.gui.dialogs.person_editor import PersonEditor
    from desktop.gui.main_window import MainWindow

    seen = []

    def exec_(editor):  # instead of the modal loop: note where the editor opened
        seen.append((editor.person_id, editor.tabs.currentWidget()))
        return 0

    monkeypatch.setattr(PersonEditor, "exec", exec_)
    window = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    page = window.data_check_page
    assert window.page_keys()[-1] == "data_checks"
    with qtbot.waitSignal(page.checked, timeout=10_000):
        assert window.show_page("data_checks")
    page.select_check(checks.PREGNANCY_WITHOUT_OUTCOME)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert [(pid, getattr(tab, "key", None)) for pid, tab in seen] == [
        (contradictions["her"], "pregnancies")]
    page.wait()
