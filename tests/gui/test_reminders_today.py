"""提醒 opens on what to do today: the counts above the list are one-click views, the default
is overdue and due this week with the nearest due date first, and every column fits at the
default window size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.gui.main_window import MainWindow
from desktop.gui.models import reminder_table as rt
from desktop.gui.pages.reminders_page import ReminderPageServices, RemindersPage
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services
from tests.gui.reminder_sample import build_sample

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    sample = build_sample(services)
    yield sample
    engine.dispose()


@pytest.fixture
def page(qtbot, ledger):
    widget = RemindersPage(ReminderPageServices.of(ledger.services))
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(page) -> list[str]:
    return [page.model.index(r, rt.COL_NAME).data() for r in range(page.model.rowCount())]


def test_the_default_view_is_overdue_and_this_week_nearest_first(page):
    # 28 Nov: 王芳/赵丽 due 1 Nov (27 days), 陈静 31 Oct (28), 张秀英 1 Oct (58); 李娜 in 7 days
    assert page.views.current() == "overdue_week"
    assert names(page) == ["王芳", "赵丽", "陈静", "张秀英"]
    assert page.views.buttons["overdue_week"].text() == "Overdue and due this week 4"
    assert page.views.buttons["overdue"].text() == "Overdue 4"
    assert page.views.buttons["today"].text() == "Due today 0"
    assert page.views.buttons["week"].text() == "Due this week 0"
    assert page.views.buttons["payments"].text() == "Payments due this month 1"
    assert not page.horizon_spin.isEnabled()  # the views fix the days; only the full list not


@pytest.mark.parametrize(("view", "expected"), [
    ("payments", ["赵丽"]),
    ("overdue", ["王芳", "赵丽", "陈静", "张秀英"]),
    ("today", []),
    ("all", ["张秀英", "陈静", "王芳", "赵丽", "李娜"]),  # oldest first, as before
])
def test_each_count_is_a_one_click_view(qtbot, page, view, expected):
    click(qtbot, page.views.buttons[view])
    assert page.views.current() == view and names(page) == expected
    assert page.horizon_spin.isEnabled() == (view == "all")


def test_a_write_updates_the_counts(qtbot, page, ledger):
    from desktop.domain.values.care import CheckupDraft

    ledger.services.checkups.add(ledger.persons["张秀英"], CheckupDraft(
        date=ledger.services.today(), check_iud=True))
    page.refresh()
    assert page.views.buttons["overdue"].text() == "Overdue 3"
    assert "张秀英" not in names(page)


def test_the_detail_shows_in_full_on_hover(page):
    index = page.model.index(0, rt.COL_DETAIL)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


@pytest.mark.parametrize("size", [(1100, 700), (1366, 768)])
def test_every_column_is_visible_at_the_default_window_size(qtbot, ledger, tmp_path, size):
    window = MainWindow(ledger.services, tmp_path / "ledger.db",
                        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    page = window.reminders_page
    qtbot.waitUntil(lambda: not page.loading())
    assert window.current_page_key() == "reminders"
    assert (window.width(), window.height()) == size  # no page makes the window taller
    for index in range(window.stack.count()):
        assert window.stack.widget(index).minimumSizeHint().height() <= size[1] - 80, index
    table = page.table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    for column in range(page.model.columnCount()):
        assert not table.isColumnHidden(column)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), column
    assert header.sectionSize(rt.COL_DETAIL) >= 120  # room to read the start of the detail
    buttons = page.views.buttons
    # The counts are not cut off (once the layout has taken the new texts in: it does so on
    # the next pass of the event loop after the counts arrive).
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons.values()),
                    timeout=2000)
