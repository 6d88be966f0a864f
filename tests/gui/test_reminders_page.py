"""The 提醒 page like the clerk uses it: the list, its filters and counts, one step per row."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.domain.idnumber import mask
from desktop.domain.values.reminders import ReminderKind, ReminderQuery
from desktop.gui.models import reminder_table as rt
from desktop.gui.models.reminder_table import ReminderTableModel
from desktop.gui.pages.reminders_page import ReminderPageServices, RemindersPage
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, TODAY, click, open_services, type_into
from tests.gui.helpers_records import tick
from tests.gui.reminder_sample import build_sample
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

ORDER = ["张秀英", "陈静", "王芳", "赵丽", "李娜"]


class Clerk:
    """Stands in for the modal loop: fills the real form with ``fill`` and clicks OK or Cancel."""

    def __init__(self, qtbot, fill, ok: bool = True) -> None:
        self.qtbot, self.fill, self.ok = qtbot, fill, ok
        self.dialogs = []

    def __call__(self, dialog) -> bool:
        self.dialogs.append(dialog)
        dialog.show()
        self.fill(dialog)
        which = dialog.buttons.StandardButton.Ok if self.ok else dialog.buttons.StandardButton.Cancel
        click(self.qtbot, dialog.buttons.button(which))
        assert not self.ok or not dialog.isVisible(), dialog.message.text()
        return dialog.result() == dialog.DialogCode.Accepted


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    sample = build_sample(services)
    yield sample
    engine.dispose()


@pytest.fixture
def page(qtbot, ledger):
    opened: list[tuple] = []
    widget = RemindersPage(ReminderPageServices.of(ledger.services), opener=lambda *args: opened.append(args),
                           prompts=ScriptedPrompts())  # an unexpected question fails the test
    widget.opened = opened
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    click(qtbot, widget.views.buttons["all"])  # the full list; the default view: test_reminders_today
    return widget


def names(page) -> list[str]:
    model = page.model
    return [model.index(r, rt.COL_NAME).data() for r in range(model.rowCount())]


def row_of(page, name: str) -> int:
    return names(page).index(name)


def kind_texts(page) -> list[str]:
    return [page.kind_combo.itemText(i) for i in range(page.kind_combo.count())]


def choose_kind(qtbot, page, kind: ReminderKind | None) -> None:
    index = page.kind_combo.findData(kind.value if kind else "")
    assert index >= 0, kind
    page.kind_combo.setFocus()
    while page.kind_combo.currentIndex() != index:  # as the clerk would: arrow keys
        key = Qt.Key.Key_Down if page.kind_combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(page.kind_combo, key)


def double_click(qtbot, page, name: str) -> None:
    row = row_of(page, name)
    page.table.scrollTo(page.model.index(row, rt.COL_NAME))
    rect = page.table.visualRect(page.model.index(row, rt.COL_NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select(qtbot, page, name: str) -> None:
    row = row_of(page, name)
    rect = page.table.visualRect(page.model.index(row, rt.COL_NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lists_the_reminders_overdue_first_with_masked_ids_and_counts(page, ledger):
    assert names(page) == ORDER
    model = page.model
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    her = ledger.services.persons.get(ledger.persons["张秀英"]).draft
    assert first[rt.COL_KIND] == "Check-up due"
    assert first[rt.COL_ID_NUMBER] == mask(her.id_number) != her.id_number
    assert first[rt.COL_UNIT] == "东街社区" and first[rt.COL_PHONE] == her.phone
    assert first[rt.COL_DUE] == "2026-10-01"
    assert first[rt.COL_DAYS] == "58 day(s) overdue"
    assert first[rt.COL_DETAIL] == "Last check-up 2025-10-01, every 12 months"
    last = model.index(4, rt.COL_DAYS)
    assert last.data() == "7 day(s) left"
    # Overdue in red on a reddish row; a reminder a week ahead is neither.
    assert model.index(0, rt.COL_DAYS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert last.data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, rt.COL_NAME).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert last.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, rt.COL_DETAIL).data() == "Born 2026-10-01"
    assert model.index(3, rt.COL_DETAIL).data() == "Period 2026-11, 10.00 yuan"
    assert kind_texts(page) == [
        "Every kind (5)", "Check-up due (2)", "Certificate awaited (0)",
        "Pregnancy follow-up (1)", "Delivery: record the outcome (0)", "Birth to report (1)",
        "Payment due (1)", "Turning 50 (0)"]
    assert page.nav_title() == "Reminders (5)"
    assert page.count_label.text() == "5 reminder(s)"


def test_filters_by_kind_unit_and_search(qtbot, page, ledger):
    choose_kind(qtbot, page, ReminderKind.CHECKUP)
    assert names(page) == ["张秀英", "李娜"]
    assert page.count_label.text() == "2 reminder(s)"
    assert kind_texts(page)[0] == "Every kind (5)"  # the counts stay those of every kind

    choose_kind(qtbot, page, None)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(ledger.units["河西乡"]))
    assert names(page) == ["陈静", "李娜"]
    assert kind_texts(page)[:2] == ["Every kind (2)", "Check-up due (1)"]
    assert page.nav_title() == "Reminders (2)"

    page.unit_combo.setCurrentIndex(0)
    type_into(qtbot, page.search, "wf")
    qtbot.waitUntil(lambda: names(page) == ["王芳"])
    assert kind_texts(page)[3] == "Pregnancy follow-up (1)"
    assert kind_texts(page)[1] == "Check-up due (0)"


def test_as_of_and_horizon(qtbot, page):
    page.horizon_spin.setValue(5)
    qtbot.waitUntil(lambda: "李娜" not in names(page))
    assert len(names(page)) == 4
    type_into(qtbot, page.as_of_field.edit, "2026-11-30")
    qtbot.waitUntil(lambda: "李娜" in names(page))  # 5 days after the 30th reach 5 December
    type_into(qtbot, page.as_of_field.edit, "2026-13-01")
    qtbot.waitUntil(lambda: page.date_message.text() != "")
    assert "李娜" in names(page)  # the list stays as it was


def test_recording_the_check_up_from_a_row_removes_it_and_shows_her_next_due_date(qtbot, page, ledger):
    her = ledger.services.persons.get(ledger.persons["张秀英"]).draft

    def fill(dialog):
        assert dialog.date_field.date() == TODAY
        assert dialog.person_id == ledger.persons["张秀英"]
        about = f"张秀英　{mask(her.id_number)}　东街社区"  # whom the form is about, masked
        assert dialog.windowTitle() == f"Check-up — {about}"
        label = dialog.findChild(QLabel, "aboutHer")
        assert label.text() == about and label.isVisible()
        assert dialog.layout().itemAt(0).widget() is label  # at its top
        tick(qtbot, dialog.pregnancy_box)
        tick(qtbot, dialog.iud_box)

    clerk = Clerk(qtbot, fill)
    page.reminder_actions.prompts.fill_with(clerk)
    select(qtbot, page, "张秀英")
    assert page.main_button.text().replace("&", "") == "Record check-up…"
    double_click(qtbot, page, "张秀英")
    assert len(clerk.dialogs) == 1
    assert "张秀英" not in names(page)
    assert "2027-11-28" in page.message.text()
    assert kind_texts(page)[1] == "Check-up due (1)"
    assert page.current_reminder() is not None  # the next line is selected
    assert page.current_reminder().name == "陈静"
    last = ledger.services.checkups.last_checkup(ledger.persons["张秀英"])
    assert last is not None and last.date == TODAY


def test_cancelling_the_form_changes_nothing(qtbot, page):
    page.reminder_actions.prompts.fill_with(Clerk(qtbot, lambda d: None, ok=False))
    select(qtbot, page, "李娜")
    click(qtbot, page.main_button)
    assert names(page) == ORDER
    assert page.message.text() == ""


def test_marking_the_birth_reported(qtbot, page, ledger):
    asked = []
    page.reminder_actions.prompts.confirm_with(lambda text: asked.append(text) or True)
    double_click(qtbot, page, "陈静")
    assert len(asked) == 1 and "2026-11-28" in asked[0]
    assert "陈静" not in names(page)
    child = ledger.services.persons.get(ledger.persons["陈静"]).draft.children[0]
    assert child.reported_on == TODAY


def test_recording_the_payment_prefilled_with_the_period_and_amount(qtbot, page, ledger):
    def fill(dialog):
        assert dialog.period_edit.text() == "2026-11"
        assert dialog.amount_edit.text() == "10.00"
        assert dialog.paid_field.date() == TODAY

    page.reminder_actions.prompts.fill_with(Clerk(qtbot, fill))
    double_click(qtbot, page, "赵丽")
    assert "赵丽" not in names(page)
    paid = ledger.services.benefits.get(ledger.benefit).payments
    assert sorted(p.period for p in paid) == ["2026-10", "2026-11"]


def test_adding_the_follow_up_moves_her_next_one_a_month_on(qtbot, page, ledger):
    note = "情况良好"
    page.reminder_actions.prompts.fill_with(
        Clerk(qtbot, lambda d: type_into(qtbot, d.note_edit, note)))
    double_click(qtbot, page, "王芳")
    row = row_of(page, "王芳")  # due again a month after today's follow-up, still in the horizon
    assert page.model.index(row, rt.COL_DUE).data() == "2026-12-28"
    assert page.model.index(row, rt.COL_DETAIL).data() == "Last follow-up 2026-11-28"


def test_postponing_hides_the_row_until_that_day(qtbot, page, ledger):
    def fill(dialog):
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))  # no reason yet
        assert dialog.message.text() != "" and dialog.isVisible()
        type_into(qtbot, dialog.until_field.edit, "2026-12-10")
        type_into(qtbot, dialog.reason_edit, "外出务工")

    page.reminder_actions.prompts.fill_with(Clerk(qtbot, fill))
    select(qtbot, page, "张秀英")
    click(qtbot, page.postpone_button)
    assert "张秀英" not in names(page)
    assert "2026-12-10" in page.message.text()
    type_into(qtbot, page.as_of_field.edit, "2026-12-09")
    qtbot.waitUntil(lambda: page.model.query().as_of == dt.date(2026, 12, 9))
    assert "张秀英" not in names(page)
    type_into(qtbot, page.as_of_field.edit, "2026-12-10")
    qtbot.waitUntil(lambda: "张秀英" in names(page))


def test_open_her_record_on_the_right_tab(qtbot, page, ledger):
    select(qtbot, page, "赵丽")
    click(qtbot, page.open_button)
    select(qtbot, page, "张秀英")
    click(qtbot, page.open_button)
    assert page.opened == [(ledger.persons["赵丽"], "benefits", ledger.benefit),
                           (ledger.persons["张秀英"], "checkups", None)]


def test_buttons_follow_the_selection(qtbot, page):
    assert not page.main_button.isEnabled() and not page.postpone_button.isEnabled()
    select(qtbot, page, "陈静")
    assert page.main_button.isEnabled()
    assert page.main_button.text().replace("&", "") == "Mark birth reported"
    select(qtbot, page, "王芳")
    assert page.main_button.text().replace("&", "") == "Add follow-up…"


def test_the_model_passes_the_model_tester(qtmodeltester, ledger):
    model = ReminderTableModel(ledger.services.reminders, ReminderQuery(TODAY))
    assert model.rowCount() == 5
    assert model.index(0, 0).data(rt.PersonRole) == ledger.persons["张秀英"]
    assert model.index(0, 0).data(rt.RowRole) == model.reminder_at(0).key
    qtmodeltester.check(model, force_py=True)
