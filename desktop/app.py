"""Composition root: application, lock, database, services and main window, built once."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import desktop
from desktop import config
from desktop.errors import StorageError
from desktop.gui.stop_signals import StopOnSignal
from desktop.i18n import error_text, install_translators, reason_text
from desktop.lock import DataLock
from desktop.resources import ICON_NAME, font_path, icon_paths
from desktop.services.container import Services, build_services
from desktop.services.settings import CLERK_NAME
from desktop.start_faults import damaged, offer_backup, open_checked
from desktop.store import crypt
from desktop.store.faults import has_hot_journal, stale_lock
from desktop.store.private import private_dir
from desktop.system_errors import reason_of

if TYPE_CHECKING:
    from desktop.gui.dialogs.encryption_ui import Opened

SMOKE_WAIT_S = 10.0  # give up waiting for the first paint after this long


def _make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(desktop.ORG_NAME)
    app.setApplicationName(desktop.APP_NAME)
    app.setApplicationVersion(desktop.__version__)
    app.setDesktopFileName(ICON_NAME)  # matches packaging/family-ledger.desktop
    _register_font(app)
    app.setWindowIcon(_app_icon())
    return app


def _app_icon() -> QIcon:
    icon = QIcon()
    for path in icon_paths():
        icon.addFile(str(path))
    return icon


def _register_font(app: QApplication) -> None:
    """Bundled CJK font as a fallback, so Chinese renders on a machine without Chinese fonts."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        return
    families = QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(app.font())
    font.setFamilies([app.font().family(), *families])
    app.setFont(font)


def _message(smoke_test: bool, text: str) -> None:
    if smoke_test:  # never wait for input
        print(text, file=sys.stderr)
    else:
        QMessageBox.warning(None, QCoreApplication.translate("app", "Family Ledger"), text)


def _take_lock(lock: DataLock, smoke_test: bool) -> bool:
    """True when the app may go on with the file."""
    try:
        stale = lock.acquire()
    except StorageError as exc:
        _message(smoke_test, error_text(exc))
        return False
    if not stale or smoke_test:
        return True
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("app", "Family Ledger"),
        QCoreApplication.translate(
            "app",
            "The data file was not closed properly last time (for example after a power cut "
            "or a crash). It is usually safe to open it; a backup copy of the file is a good "
            "idea first.\n\nOpen the data file now?",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def run_gui(db_path: Path, lang: str, smoke_test: bool, started_at: float) -> int:
    app = _make_app()
    translators = install_translators(app, lang)  # noqa: F841 - must stay alive
    stop = StopOnSignal(app)  # Ctrl+C or SIGTERM: close as the clerk would, lock released
    try:
        code = _run(app, db_path, smoke_test, started_at)
    finally:
        stop.uninstall()
    return stop.exit_code(code)


def _run(app: QApplication, db_path: Path, smoke_test: bool, started_at: float) -> int:
    try:
        private_dir(db_path.parent)
    except OSError as exc:
        _message(
            smoke_test,
            QCoreApplication.translate(
                "app", "The data folder {folder} cannot be created: {reason}"
            ).format(folder=db_path.parent, reason=reason_text(reason_of(exc))),
        )
        return 1
    if not os.access(db_path.parent, os.W_OK):
        _message(
            smoke_test,
            QCoreApplication.translate(
                "app",
                "The data folder {folder} is read-only, so Family Ledger cannot save there. Nothing "
                "was changed; check the folder's permissions or choose another data file.",
            ).format(folder=db_path.parent),
        )
        return 1
    # A lock or a journal left by a crash: the file gets SQLite's quick_check on opening
    # (0.7 s or more at county scale, so not on every start: see store/faults).
    unclean = stale_lock(db_path) is True or has_hot_journal(db_path)
    lock = DataLock(db_path)
    if not _take_lock(lock, smoke_test):
        return 1
    engine = None
    backup_dir = config.backup_dir_for(db_path)
    try:
        opened_with = None  # an encrypted file: how its key was unsealed
        if crypt.is_encrypted(db_path):
            if smoke_test:
                return _locked_report()
            from desktop.gui.dialogs.encryption_ui import unlock_file_at_start

            opened_with = unlock_file_at_start(db_path)
            if opened_with is None:
                return 0  # the clerk chose Quit at the password question
        engine = open_checked(db_path, backup_dir, unclean, smoke_test)
        if engine is None:
            return 1
        try:
            services = build_services(engine)
            refused = _let_in(services, smoke_test, opened_with)
            if refused is not None:
                return refused
            return _show_window(app, services, db_path, smoke_test, started_at)
        except Exception as exc:
            problem = damaged(db_path, exc)  # a damaged page met on the first reads
            if problem is None:
                raise
            engine.dispose()
            engine = None
            offer_backup(db_path, problem, backup_dir, smoke_test)
            return 1
    finally:
        if engine is not None:
            engine.dispose()
        lock.release()


def _let_in(services: Services, smoke_test: bool, opened_with: Opened | None) -> int | None:
    """The questions before the window: the first-run setup, the office password (unless
    an encrypted file's key already asked it), the clerk's sign-in. None: show the window;
    else the exit code (0 when the clerk chose Quit; a smoke test stops where a person
    would have to answer)."""
    if smoke_test and services.security.has_password():
        return _locked_report()
    if not smoke_test and not services.settings.setup_done and not _first_run(services):
        return 0
    if opened_with is not None:
        opened_with.finish(services.encryption)
    elif not smoke_test and services.security.has_password() and not _unlock(services):
        return 0  # the clerk chose Quit at the password question
    if services.accounts.any() and (smoke_test or not _sign_in(services)):
        return _locked_report() if smoke_test else 0
    return None


def _locked_report() -> int:
    """A smoke test stops at the lock screen: nothing of the data is read."""
    print(json.dumps({"locked": True}), flush=True)
    return 0


def _unlock(services: Services) -> bool:
    from desktop.gui.lock_screen import UnlocksBackups, unlock_at_start

    return unlock_at_start(UnlocksBackups(services.security, services.encryption))


def _sign_in(services: Services) -> bool:
    """Once the ledger has accounts, she signs in before anything of it is shown."""
    from desktop.gui.dialogs.sign_in import sign_in_at_start

    return sign_in_at_start(services)


def _first_run(services: Services) -> bool:
    from desktop.gui.dialogs.first_run import FirstRunDialog, FirstRunServices

    dialog = FirstRunDialog(FirstRunServices.of(services), None)
    logging.getLogger(__name__).info("first start: the setup dialog is open")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False  # asked again at the next start; nothing was written
    services.user.name = services.settings.get(CLERK_NAME)  # the change log names the clerk
    return True


def _back_up_on_exit(services: Services) -> None:
    """An automatic copy when this session wrote anything (kept in the backups folder)."""
    try:
        services.backup.back_up_if_changed()
    except (StorageError, OSError) as exc:
        logging.getLogger(__name__).warning(
            "automatic backup on exit failed: %s", type(exc).__name__
        )


def _peak_rss_mb() -> float | None:
    """This process's own peak resident memory (Linux: VmHWM, which exec resets, unlike
    getrusage's maxrss that a forked child inherits from its parent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def run_gui_server(url: str, lang: str, smoke_test: bool, started_at: float) -> int:
    """The window on a PostgreSQL server's ledger: no file, no file lock (several clerks
    work at once); the schema is brought to head under the server's migration lock."""
    from desktop.store.server import open_server, shown

    app = _make_app()
    translators = install_translators(app, lang)  # noqa: F841 - must stay alive
    try:
        engine = open_server(url)
    except StorageError as exc:
        _message(smoke_test, error_text(exc))
        return 1
    try:
        services = build_services(engine)
        refused = _let_in(services, smoke_test, opened_with=None)
        if refused is not None:
            return refused
        return _show_window(app, services, Path(shown(url)), smoke_test, started_at)
    finally:
        engine.dispose()


def _show_window(
    app: QApplication, services: Services, db_path: Path, smoke_test: bool, started_at: float
) -> int:
    from desktop.gui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(parent=app)  # no window destroyed on a worker thread
    collector.start()
    try:
        return _run_window(app, services, db_path, smoke_test, started_at)
    finally:
        collector.stop()
        collector.deleteLater()


def _run_window(
    app: QApplication, services: Services, db_path: Path, smoke_test: bool, started_at: float
) -> int:
    from desktop.gui.changes import DataChanged
    from desktop.gui.main_window import MainWindow

    built_at = time.perf_counter()
    changes = DataChanged(services.recorder, app)  # every write announced to the pages
    window = MainWindow(services, db_path, QSettings(), changes=changes)
    window.show()
    logging.getLogger(__name__).info("the main window is open")
    if not smoke_test:
        window.backup_ui.start_reminders()  # a backup older than 7 days: remind now and on exit
        code = app.exec()
        _back_up_on_exit(services)
        return code
    model = window.persons_page.model
    deadline = QDeadlineTimer(int(SMOKE_WAIT_S * 1000))
    # The view asks for the visible rows when it paints; wait for that, not for a fixed time.
    while (
        (model.rowCount() and not model.is_page_loaded(0)) or model.count_pending()
    ) and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if model.rowCount():
        model.index(0, 0).data()  # nothing painted (no screen): fetch the page ourselves
    app.processEvents()
    shown_at = time.perf_counter()
    # The start page (提醒) loads its list on a worker once the window is up.
    reminders = window.reminders_page
    while reminders.loading() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if reminders.model.rowCount():
        reminders.model.index(0, 0).data()
    reminders_at = time.perf_counter()
    report = {
        "startup_s": round(shown_at - started_at, 4),
        "first_page_s": round(shown_at - built_at, 4),
        "rows": model.rowCount(),
        "reminders_s": round(reminders_at - built_at, 4),
        "reminders": reminders.model.rowCount(),
    }
    peak = _peak_rss_mb()
    if peak is not None:
        report["peak_rss_mb"] = peak
    print(json.dumps(report), flush=True)
    window.hide()  # not close(): a smoke test does not overwrite the clerk's window layout
    return 0
