"""The benefits tab driven like a clerk: an enrolment in yuan, payments pre-filled."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.gui.records.benefit_tab import BenefitTab
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, type_into
from tests.gui.helpers_records import Clerk, choose, make_tab, rows

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

D = dt.date



def payment_rows(tab):
    model = tab.payment_model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_enrolment_and_payment_through_the_forms(qtbot, qtmodeltester, ledger):
    tab = make_tab(qtbot, BenefitTab, ledger)
    assert not tab.add_payment_button.isEnabled()

    def enrol(dialog):
        choose(dialog.program_combo, "one_child_fee")
        type_into(qtbot, dialog.amount_edit, "1,234.5")
        choose(dialog.cycle_combo, "month")
        type_into(qtbot, dialog.start_field.edit, "2026-09-15")

    tab.prompts.fill_with(Clerk(qtbot, enrol))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_button)
    assert rows(tab) == [["One-child health fee", "¥1,234.50", "Monthly", "2026-09-15", "",
                          "0", "¥0.00"]]
    qtmodeltester.check(tab.model)
    assert tab.add_payment_button.isEnabled()  # the new enrolment is selected

    def pay(dialog):
        # Pre-filled: the first unpaid period, the standard amount, today.
        assert dialog.period_edit.text() == "2026-09"
        assert dialog.amount_edit.text() == "1234.50"
        assert dialog.paid_field.date() == D(2026, 11, 28)

    tab.prompts.fill_with(Clerk(qtbot, pay))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_payment_button)
    assert payment_rows(tab) == [["2026-09", "¥1,234.50", "2026-11-28"]]
    qtmodeltester.check(tab.payment_model)

    def pay_next(dialog):
        assert dialog.period_edit.text() == "2026-10"
        type_into(qtbot, dialog.amount_edit, "100")

    tab.prompts.fill_with(Clerk(qtbot, pay_next))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_payment_button)
    assert payment_rows(tab)[1] == ["2026-10", "¥100.00", "2026-11-28"]
    assert tab.selected_payment().period == "2026-10"
    assert rows(tab)[0][5:] == ["2", "¥1,334.50"]
    [record] = ledger.benefits.list_for_person(ledger.her)
    assert [p.amount_fen for p in record.payments] == [123450, 10000]


def test_payment_problems_stay_in_the_form(qtbot, ledger):
    bid = ledger.benefits.add(ledger.her, BenefitDraft("reward", 96000, "year", D(2024, 3, 1)))
    ledger.benefits.add_payment(bid, PaymentDraft("2024", 96000, D(2024, 12, 1)))
    tab = make_tab(qtbot, BenefitTab, ledger)
    tab.select_record(bid)

    def pay(dialog):
        assert dialog.period_edit.text() == "2025"
        assert dialog.period_edit.placeholderText() == "YYYY"
        type_into(qtbot, dialog.period_edit, "2024-05")
        click(qtbot, dialog.ok_button())
        assert "not a year" in dialog.message.text()
        type_into(qtbot, dialog.period_edit, "2024")
        click(qtbot, dialog.ok_button())
        assert "already recorded" in dialog.message.text()
        assert dialog.focusWidget() is dialog.period_edit
        type_into(qtbot, dialog.period_edit, "2025")
        type_into(qtbot, dialog.amount_edit, "12.345")
        click(qtbot, dialog.ok_button())
        assert "at most two decimals" in dialog.message.text()
        assert dialog.focusWidget() is dialog.amount_edit
        type_into(qtbot, dialog.amount_edit, "960")

    tab.prompts.fill_with(Clerk(qtbot, pay))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.add_payment_button)
    assert [r[0] for r in payment_rows(tab)] == ["2024", "2025"]


def test_edit_and_delete_a_payment(qtbot, ledger):
    bid = ledger.benefits.add(ledger.her, BenefitDraft("special", 50000, "month", D(2026, 1, 1)))
    pid = ledger.benefits.add_payment(bid, PaymentDraft("2026-01", 50000, D(2026, 2, 1)))
    tab = make_tab(qtbot, BenefitTab, ledger)
    tab.select_payment(pid)
    assert tab.selected_id() == bid and tab.selected_payment().id == pid

    def fix(dialog):
        assert dialog.period_edit.text() == "2026-01"
        type_into(qtbot, dialog.paid_field.edit, "2026-01-31")

    tab.prompts.fill_with(Clerk(qtbot, fix))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.edit_payment_button)
    assert payment_rows(tab) == [["2026-01", "¥500.00", "2026-01-31"]]
    tab.prompts.confirm_with(lambda text: "2026-01" in text)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.delete_payment_button)
    assert payment_rows(tab) == []
    assert ledger.benefits.get(bid).payments == []
