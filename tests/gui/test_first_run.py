"""The first-run setup: office, sub-units, clerk, optional sample data."""

from __future__ import annotations

import pytest

from desktop.gui.dialogs.first_run import FirstRunDialog, FirstRunServices, unit_lines
from desktop.services.settings import CLERK_NAME, CLERK_PHONE, OFFICE_NAME, SETUP_DONE
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services, type_into
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ledger(tmp_path):
    services, engine = open_services(tmp_path)
    services.user.name = ""
    yield services
    engine.dispose()


@pytest.fixture
def dialog(qtbot, ledger):
    errors: list[BaseException] = []
    dialog = FirstRunDialog(FirstRunServices.of(ledger), prompts=ScriptedPrompts(errors=errors))
    qtbot.addWidget(dialog)
    dialog.errors = errors  # the error boxes the clerk would have seen
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def tree(services) -> list[str]:
    return ["  " * n.depth + n.name for n in services.units.tree()]


def test_unit_lines_drop_blanks_and_repeats():
    assert unit_lines(" 东街社区 \n\n西街  社区\n东街社区\n") == ["东街社区", "西街 社区"]


def test_setup_creates_units_and_settings(qtbot, dialog, ledger):
    type_into(qtbot, dialog.office_edit, "城关镇人民政府")
    type_into(qtbot, dialog.units_edit, "东街社区\n西街社区\n\n")
    type_into(qtbot, dialog.clerk_edit, "王丽")
    type_into(qtbot, dialog.phone_edit, "0571-88001234")
    click(qtbot, dialog.ok_button)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert tree(ledger) == ["城关镇人民政府", "  东街社区", "  西街社区"]
    settings = ledger.settings
    assert settings.get(OFFICE_NAME) == "城关镇人民政府"
    assert settings.get(CLERK_NAME) == "王丽"
    assert settings.get(CLERK_PHONE) == "0571-88001234"
    assert settings.get(SETUP_DONE) == "1" and settings.setup_done
    assert ledger.user() == "王丽"  # the change log names the clerk from now on
    assert ledger.persons.count_all() == 0
    assert dialog.errors == []


def test_office_name_is_required(qtbot, dialog, ledger):
    type_into(qtbot, dialog.units_edit, "东街社区")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert "office" in dialog.message.text()
    assert dialog.focusWidget() is dialog.office_edit
    assert ledger.units.tree() == [] and not ledger.settings.setup_done
    assert dialog.units_edit.toPlainText() == "东街社区"


def test_a_problem_is_shown_and_start_can_be_pressed_again(qtbot, dialog, ledger):
    type_into(qtbot, dialog.office_edit, "城关镇")
    type_into(qtbot, dialog.units_edit, "东街社区\n" + "长" * 101)  # a name too long
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "100 characters" in dialog.message.text()
    assert not ledger.settings.setup_done
    type_into(qtbot, dialog.units_edit, "东街社区\n西街社区")
    click(qtbot, dialog.ok_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert tree(ledger) == ["城关镇", "  东街社区", "  西街社区"]


def test_sample_data_on_request(qtbot, dialog, ledger):
    type_into(qtbot, dialog.office_edit, "城关镇")
    type_into(qtbot, dialog.units_edit, "东街社区\n西街社区")
    click(qtbot, dialog.demo_check)
    assert dialog.demo_check.isChecked()
    click(qtbot, dialog.ok_button)
    assert dialog.errors == []
    assert ledger.persons.count_all() == 300
    assert tree(ledger)[:1] == ["城关镇"]
    assert ledger.settings.setup_done
