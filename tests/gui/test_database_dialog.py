"""设置 › 数据库 driven like the clerk, against a real PostgreSQL server: what is open, a test
connection (answered in Chinese), the server remembered for the next start, and the
password never shown."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication

from desktop import config
from desktop.gui.dialogs.database_dialog import DatabaseDialog
from desktop.gui.dialogs.settings_dialog import SettingsDialog
from desktop.gui.dialogs.settings_services import SettingsServices
from desktop.i18n import install_translators
from desktop.store.server import open_server
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, click, open_services, type_into

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

SECRET = "Geheim-7391"


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setattr(config, "data_dir", lambda: folder)
    monkeypatch.delenv(config.ENV_DB, raising=False)
    return folder


@pytest.fixture
def opened(qtbot, tmp_path, monkeypatch, chinese, data_folder):
    services, engine = open_services(tmp_path)
    settings = SettingsDialog(SettingsServices.of(services))
    qtbot.addWidget(settings)
    shown = []
    # modal: driven below instead, and kept until the test ends (the settings own it)
    monkeypatch.setattr(DatabaseDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(DatabaseDialog, "deleteLater", lambda self: None)
    click(qtbot, settings.database_button)
    [dialog] = shown
    yield dialog
    engine.dispose()


def texts(dialog: DatabaseDialog) -> str:
    from PySide6.QtWidgets import QLabel, QLineEdit

    labels = [w.text() for w in dialog.findChildren(QLabel)]
    fields = [w.displayText() for w in dialog.findChildren(QLineEdit)]
    return "\n".join(labels + fields)


def tried(qtbot, dialog: DatabaseDialog, button) -> str:  # noqa: ANN001
    click(qtbot, button)
    qtbot.waitUntil(lambda: dialog._worker is None and "…" not in dialog.answer.text(),
                    timeout=20000)
    return dialog.answer.text()


@pytest.mark.postgresql
def test_tried_remembered_and_the_password_never_shown(qtbot, opened, pg_server, tmp_path,
                                                       data_folder):
    dialog = opened
    assert "数据文件" in dialog.current.text() and str(tmp_path / "ledger.db") in dialog.current.text()
    assert "本机" in dialog.at_start.text() or "数据文件" in dialog.at_start.text()
    assert not dialog.file_button.isEnabled()

    url = pg_server.create()  # a migrated, empty ledger
    type_into(qtbot, dialog.address, url)
    type_into(qtbot, dialog.password, SECRET)
    answer = tried(qtbot, dialog, dialog.test_button)
    assert "连接成功" in answer and "PostgreSQL" in answer, answer
    assert not (data_folder / config.REMEMBERED_FILE).exists()  # a test remembers nothing

    answer = tried(qtbot, dialog, dialog.use_button)
    assert "下次启动" in answer, answer
    saved = json.loads((data_folder / config.REMEMBERED_FILE).read_text(encoding="utf-8"))
    assert SECRET in saved["server"]  # she need not type it at each start
    assert config.resolve_db(None) == saved["server"]
    assert config.resolve_db(str(tmp_path / "other.db")) == tmp_path / "other.db"  # --db wins
    assert SECRET not in texts(dialog) and url.rsplit("/", 1)[1] in dialog.at_start.text()
    assert dialog.file_button.isEnabled()
    image = dialog.grab()
    assert image.save(str(tmp_path / "database-dialog.png"))

    again = DatabaseDialog(open_server(saved["server"]))  # the next start, on the server
    qtbot.addWidget(again)
    assert "服务器" in again.current.text() and SECRET not in texts(again)
    assert again.password.text() == SECRET and again.address.text() in url
    again.close()

    click(qtbot, dialog.file_button)
    assert not (data_folder / config.REMEMBERED_FILE).exists()
    assert config.resolve_db(None) == config.default_db_path().absolute()
    pg_server.drop(url)


def test_a_server_that_does_not_answer_is_refused_in_chinese_and_not_remembered(
        qtbot, opened, data_folder):
    dialog = opened
    type_into(qtbot, dialog.address, "sqlite:///ledger.db")
    click(qtbot, dialog.test_button)
    assert "postgresql://" in dialog.answer.text() and dialog._worker is None

    nobody = "postgresql://clerk@127.0.0.1:1/nothing"  # no server on that port
    type_into(qtbot, dialog.address, nobody)
    type_into(qtbot, dialog.password, SECRET)
    answer = tried(qtbot, dialog, dialog.use_button)
    assert answer.startswith("连接失败") and SECRET not in answer, answer
    assert not (data_folder / config.REMEMBERED_FILE).exists()


def test_a_remembered_file_of_another_kind_is_ignored(data_folder):
    data_folder.mkdir(parents=True)
    (data_folder / config.REMEMBERED_FILE).write_text('["not", "ours"]', encoding="utf-8")
    assert config.remembered_server() is None
    assert config.resolve_db(None) == config.default_db_path().absolute()


@pytest.mark.postgresql
def test_on_a_server_the_password_box_encrypts_its_backups(qtbot, pg_server, tmp_path, chinese):
    from desktop.services.container import build_services
    from desktop.store import crypt, dump_crypt
    from tests.gui.test_encryption_gui import Answers
    from tests.helpers import TODAY

    url = pg_server.create()
    services = build_services(open_server(url), today=lambda: TODAY,
                              backup_dir=tmp_path / "backups")
    dialog = SettingsDialog(SettingsServices.of(services), prompts=Answers(tmp_path, sheet=False))
    qtbot.addWidget(dialog)
    assert "备份" in dialog.encrypt_check.text() and dialog.encrypt_check.isChecked()
    type_into(qtbot, dialog.new_password, "Amt-Kennwort-42")
    type_into(qtbot, dialog.repeat_password, "Amt-Kennwort-42")
    click(qtbot, dialog.set_button)
    assert services.encryption.is_encrypted() and services.security.verify("Amt-Kennwort-42")
    info = services.backup.back_up()
    assert dump_crypt.is_encrypted_dump(info.path)
    crypt.KEYS.forget_all()
    services.engine.dispose()
    pg_server.drop(url)
