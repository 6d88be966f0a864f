"""设置 › 考核目标 typed like the clerk, and the overview's rates below target, each
opening the persons that keep it below."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.values.indicators import RateKey
from desktop.gui.dialogs.settings_dialog import SettingsDialog, SettingsServices
from desktop.gui.dialogs.targets_dialog import TargetsDialog
from desktop.gui.pages.overview_page import OverviewPage
from desktop.services.safety.changelog import HistoryFilters
from tests.gui import report_sample
from tests.gui.helpers_dialogs import click, open_services, type_into
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")


@pytest.fixture
def sample(tmp_path):
    services, engine = open_services(tmp_path)
    yield report_sample.build(services)
    engine.dispose()


def test_targets_typed_saved_and_logged(qtbot, sample, monkeypatch):
    services = sample.services
    settings_dialog = SettingsDialog(SettingsServices.of(services))
    qtbot.addWidget(settings_dialog)
    opened = []
    # modal: driven below instead
    monkeypatch.setattr(TargetsDialog, "exec", lambda self: opened.append(self) or 0)
    click(qtbot, settings_dialog.targets_button)
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.edits["checkup_coverage"].text() == "100"
    type_into(qtbot, dialog.edits["checkup_coverage"], "")  # blank: no mark
    type_into(qtbot, dialog.edits["contraceptive_prevalence"], "80")
    type_into(qtbot, dialog.share_edit, "10")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    targets = services.settings.targets()
    assert targets["checkup_coverage"] is None
    assert float(targets["contraceptive_prevalence"].value) == 0.8
    assert services.settings.sample_size()[0] * 100 == 10
    log = services.history.page(HistoryFilters(entity="settings"), 0, 50)
    assert any(row.field == "rate_targets" for row in log)


def test_a_bad_target_is_refused_with_a_message_and_nothing_saved(qtbot, sample):
    services = sample.services
    dialog = TargetsDialog(services.settings, services.security)
    qtbot.addWidget(dialog)
    before = services.settings.target_texts()
    dialog.edits["inflow_service"].setText("85.555")  # past the validator, as a paste
    dialog.accept()
    assert dialog.message.text() and dialog.result() != dialog.DialogCode.Accepted
    assert services.settings.target_texts() == before


def test_overview_lists_rates_below_target_and_opens_their_persons(qtbot, sample):
    opened: list[int] = []
    page = OverviewPage(sample.services.indicators, sample.services.today,
                        prompts=ScriptedPrompts(), opener=opened.append)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    with qtbot.waitSignal(page.shown_overview, timeout=10000):
        page.show()
    page.wait()
    figures = page.overview.figures
    below = figures.below_target()
    # check-up coverage is 1 / 2 against 100%
    assert RateKey.CHECKUP_COVERAGE in below
    assert page.below_list.count() == len(below)
    first = page.below_list.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == below[0].value
    row = [page.below_list.item(i).data(Qt.ItemDataRole.UserRole)
           for i in range(page.below_list.count())].index(RateKey.CHECKUP_COVERAGE.value)
    page.below_list.itemActivated.emit(page.below_list.item(row))
    dialog = page.behind_dialog
    # 李娜 is due and was not checked: the one person that keeps it below
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "李娜"
    dialog.close()
    assert opened == []
