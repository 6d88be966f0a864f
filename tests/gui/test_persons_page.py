"""The 人员档案 page, driven the way the clerk uses it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPoint, Qt

from desktop.domain.enums import StatusFilter
from desktop.gui.models import person_table as pt
from desktop.gui.pages.persons_page import PersonsPage, PersonsPageServices


def names(page: PersonsPage) -> list[str]:
    model = page.model
    return [model.index(r, pt.COL_NAME).data() for r in range(model.rowCount())]


def make_page(qtbot, services) -> PersonsPage:
    page = PersonsPage(PersonsPageServices.of(services))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    with qtbot.waitExposed(page):
        page.show()
    return page


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_shows_registered_women_by_default(qtbot, services, sample):
    page = make_page(qtbot, services)
    assert names(page) == ["陈静", "李娜", "王芳", "张秀英"]
    assert page.count_label.text() == "4 person(s)"
    assert page.status_combo.currentData() == StatusFilter.ACTIVE.value


def test_typing_pinyin_initials_finds_her(qtbot, services, sample):
    page = make_page(qtbot, services)
    qtbot.keyClicks(page.search, "zxy")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert names(page) == ["张秀英"]
    assert page.count_label.text() == "1 person(s)"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)


def test_search_by_part_of_id_number_or_phone(qtbot, services, sample):
    page = make_page(qtbot, services)
    with qtbot.waitSignal(page.model.modelReset):
        qtbot.keyClicks(page.search, "110101")
    assert names(page) == ["李娜"]
    page.search.setText("00001234")
    page.apply_filters()  # Return does the same without waiting for the timer
    assert names(page) == ["张秀英"]


def test_unit_filter_includes_sub_units(qtbot, services, sample):
    page = make_page(qtbot, services)
    page.unit_combo.set_current_unit_id(sample.units["城关镇"])
    assert sorted(names(page)) == sorted(["张秀英", "王芳", "陈静"])
    page.unit_combo.set_current_unit_id(sample.units["东街社区"])
    assert names(page) == ["张秀英"]
    page.unit_combo.set_current_unit_id(None)
    assert len(names(page)) == 4


def test_category_and_status_filters(qtbot, services, sample):
    page = make_page(qtbot, services)
    choose(page.category_combo, "inflow")
    assert names(page) == ["李娜"]
    choose(page.category_combo, None)
    choose(page.status_combo, StatusFilter.AGED_OUT.value)
    assert names(page) == ["赵丽"]
    choose(page.status_combo, StatusFilter.MOVED.value)
    assert names(page) == ["刘敏"]
    choose(page.status_combo, StatusFilter.DECEASED.value)
    assert names(page) == []
    assert page.count_label.text() == "0 person(s)"
    choose(page.status_combo, StatusFilter.ALL.value)
    assert len(names(page)) == 6


def test_clicking_a_header_sorts_in_sql(qtbot, services, sample):
    page = make_page(qtbot, services)
    header = page.table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(pt.COL_AGE) + 5, 5)

    def ages() -> list[int]:
        return [int(page.model.index(r, pt.COL_AGE).data()) for r in range(page.model.rowCount())]

    assert ages() == [26, 31, 41, 36]  # name order
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert page.model.query().sort == "age"
    first = ages()
    assert first in (sorted(first), sorted(first, reverse=True))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert ages() == list(reversed(first))
    # The sort survives a new search.
    qtbot.keyClicks(page.search, "w")
    qtbot.waitUntil(lambda: page.model.query().text == "w")
    assert page.model.query().sort == "age"


def test_double_click_and_enter_open_the_person(qtbot, services, sample):
    page = make_page(qtbot, services)
    page.search.setText("zxy")
    page.apply_filters()
    index = page.model.index(0, pt.COL_UNIT)
    rect = page.table.visualRect(index)
    with qtbot.waitSignal(page.open_person) as opened:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [sample.persons["张秀英"]]

    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        with qtbot.waitSignal(page.open_person) as opened:
            qtbot.keyClick(page.table, key)
        assert opened.args == [sample.persons["张秀英"]]
    assert page.current_person_id() == sample.persons["张秀英"]


def test_enter_without_a_row_opens_nothing(qtbot, services, sample):
    page = make_page(qtbot, services)
    page.table.setCurrentIndex(QModelIndex())
    with qtbot.assertNotEmitted(page.open_person):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)


def test_new_button_and_focus_search(qtbot, services, sample):
    page = make_page(qtbot, services)
    with qtbot.waitSignal(page.new_person):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    with qtbot.waitActive(page):
        page.activateWindow()
    page.search.setText("abc")
    page.table.setFocus()
    page.focus_search()
    assert page.search.hasFocus()
    assert page.search.selectedText() == "abc"


def test_reload_units_and_refresh(qtbot, services, sample):
    page = make_page(qtbot, services)
    new_unit = services.units.add("新村")
    assert page.unit_combo.findData(new_unit) < 0
    page.reload_units()
    assert page.unit_combo.findData(new_unit) >= 0
    page.unit_combo.set_current_unit_id(new_unit)
    assert names(page) == []
    sample.units["新村"] = new_unit
    sample.add("周燕", "新村", dt.date(1993, 4, 4), 90)
    page.refresh()
    assert names(page) == ["周燕"]


def test_refresh_keeps_the_selected_row(qtbot, services, sample):
    page = make_page(qtbot, services)
    page.table.selectRow(2)
    assert page.current_person_id() == sample.persons["王芳"]
    page.refresh()
    assert page.current_person_id() == sample.persons["王芳"]
