"""The person editor at the clerk's screen size: Enter saves and keeps a new woman's editor
open, the record tabs say why they wait, the spouse's ID number is masked, every tab fits."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTabWidget

from desktop.domain.enums import MaritalStatus
from desktop.domain.values.people import PersonDraft
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.gui.dialogs.person_editor import TAB_MARRIAGE
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, make_id, open_services, type_into
from tests.gui.test_person_editor import HER_ID, fill_basic, open_editor, unit_id

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    office = services.units.add("Office")
    services.units.add("East community", office)
    yield services
    engine.dispose()


def test_a_new_womans_editor_stays_open_after_the_first_save(qtbot, ledger):
    editor = open_editor(qtbot, ledger)
    hint = "Save the basic data to record pregnancies, check-ups, contraception and the other records."
    record_tabs = [editor.tabs.indexOf(tab) for tab in editor.record_tabs]
    assert record_tabs and not any(editor.tabs.isTabEnabled(i) for i in record_tabs)
    assert all(editor.tabs.tabToolTip(i) == hint for i in record_tabs)  # the disabled tabs say why
    assert editor.tabs_hint.isVisible() and editor.tabs_hint.text() == hint
    assert editor.save_button.isDefault() and not editor.save_close_button.isDefault()
    fill_basic(qtbot, editor, "张秀英", HER_ID, unit_id(ledger, "East community"))
    with qtbot.waitSignal(editor.saved) as blocker:
        qtbot.keyClick(editor.form.texts["name"], Qt.Key.Key_Return)  # Enter saves
    assert editor.isVisible() and editor.person_id == blocker.args[0]  # still open
    assert all(editor.tabs.isTabEnabled(i) for i in record_tabs)
    assert all(editor.tabs.tabToolTip(i) == "" for i in record_tabs)
    assert not editor.tabs_hint.isVisible()
    editor.tabs.setCurrentIndex(record_tabs[0])  # and she can go on with the records
    assert editor.tabs.currentIndex() == record_tabs[0]


def test_the_spouses_id_number_is_masked_until_shown_and_showing_is_logged(qtbot, ledger):
    his = make_id("330102", dt.date(1988, 1, 2), 13, female=False)
    her = ledger.persons.create(PersonDraft(
        name="张秀英", id_number=HER_ID, unit_id=unit_id(ledger, "Office"),
        marital_status=MaritalStatus.FIRST_MARRIAGE.value, spouse_id_number=his))
    editor = open_editor(qtbot, ledger, her)
    editor.tabs.setCurrentIndex(TAB_MARRIAGE)
    field = editor.form.spouse_id_field
    assert field.edit.displayText() == his[:6] + "********" + his[-4:]
    assert field.edit.isReadOnly() and field.show_button.isVisible()
    assert not editor.is_dirty()
    click(qtbot, field.show_button)
    assert field.edit.displayText() == his and not field.edit.isReadOnly()
    assert not field.show_button.isVisible() and not editor.is_dirty()
    shown = [e for e in ledger.history.for_person(her) if e.action == "show_id"]
    assert [e.field for e in shown] == ["spouse_id_number"]
    type_into(qtbot, editor.form.texts["phone"], "13800001234")
    click(qtbot, editor.save_button)
    assert ledger.persons.get(her).draft.spouse_id_number == his  # saved whole, never the mask
    assert field.edit.displayText() == his  # stays shown after a save


def test_the_editor_fits_1100_by_700_with_every_tab_and_no_sideways_scrolling(qtbot, ledger):
    her = ledger.persons.create(PersonDraft(
        name="张秀英", id_number=HER_ID, unit_id=unit_id(ledger, "Office"),
        marital_status=MaritalStatus.FIRST_MARRIAGE.value))
    pregnancy = ledger.pregnancies.add(her, PregnancyDraft(dt.date(2026, 7, 9), dt.date(2026, 5, 2)))
    ledger.pregnancies.add_followup(pregnancy, dt.date(2026, 8, 12), "血压、血糖正常")
    editor = open_editor(qtbot, ledger, her)
    assert editor.width() <= 1060 and editor.height() <= 660  # inside a 1100×700 screen
    bar = editor.tabs.tabBar()
    assert editor.tabs.tabPosition() == QTabWidget.TabPosition.West  # a list down the side
    assert bar.height() >= bar.sizeHint().height()  # every page listed: no scroll arrows
    assert all(bar.tabRect(i).width() > bar.tabRect(i).height() for i in range(bar.count()))
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        page = editor.tabs.currentWidget()
        for view in page.findChildren(QAbstractItemView):
            if view.isVisible():
                assert not view.horizontalScrollBar().isVisible(), editor.tabs.tabText(index)
