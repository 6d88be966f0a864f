"""Help > About: version, data and backup folders, the button that opens the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

import desktop
from desktop import config
from desktop.gui.dialogs.about_dialog import COMPONENTS, AboutDialog
from desktop.gui.main_window import MainWindow
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


class Opener:
    def __init__(self) -> None:
        self.urls = []

    def __call__(self, url) -> bool:
        self.urls.append(url)
        return True


@pytest.fixture
def opener():
    return Opener()


@pytest.fixture
def dialog(qtbot, tmp_path, opener):
    about = AboutDialog(tmp_path / "ledger.db", open_url=opener)
    qtbot.addWidget(about)
    with qtbot.waitExposed(about):
        about.show()
    return about


def test_shows_the_version_and_the_folders(dialog, tmp_path):
    assert desktop.__version__ in dialog.version_label.text()
    assert dialog.data_file_label.text() == str(tmp_path / "ledger.db")
    assert dialog.data_folder_label.text() == str(tmp_path)
    assert dialog.backup_folder_label.text() == str(config.backup_dir_for(tmp_path / "ledger.db"))


def test_the_button_opens_the_data_folder(qtbot, dialog, tmp_path, opener):
    click(qtbot, dialog.open_button)
    assert len(opener.urls) == 1
    assert opener.urls[0].isLocalFile()
    assert Path(opener.urls[0].toLocalFile()) == tmp_path


def test_the_licences_are_read_only_and_name_every_bundled_part(dialog):
    text = dialog.licences.toPlainText()
    assert dialog.licences.isReadOnly()
    for name, _, licence, _ in COMPONENTS:
        assert name in text and licence in text
    assert "Apache License" in text  # the font's licence file, in full
    assert "LGPL" in text


def test_help_about_opens_the_dialog_for_this_data_file(qtbot, services, db_path, qsettings,
                                                        monkeypatch):
    shown = []

    def record_exec(self) -> int:
        shown.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AboutDialog, "exec", record_exec)
    window = MainWindow(services, db_path, qsettings)
    qtbot.addWidget(window)
    window.about_action.trigger()
    assert len(shown) == 1
    assert shown[0].data_folder == db_path.parent
    assert shown[0].parent() is window
