"""Screenshots of the clerk's screens, offscreen, at the sizes she has: 提醒, 报表, 概况, the
person editor and the lock screen, at 1100×700 (the default window) and 1366×768.

    QT_QPA_PLATFORM=offscreen python -m tests.gui.screens.take_screens \
        --db county.db --out /tmp/screens [--today 2026-12-03] [--readme]

``--db`` is copied first (never written); without it a 3,000-woman demo ledger is made.
``--readme`` also writes resources/screenshot.png (提醒 at 1100×700). Not a test: look at
the pictures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZES = ((1100, 700), (1366, 768))
ROOT = Path(__file__).resolve().parents[3]


def wait(app: QApplication, done, limit: float = 120.0) -> None:  # noqa: ANN001
    started = time.perf_counter()
    while not done() and time.perf_counter() - started < limit:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def save(widget: QWidget, out: Path, name: str, size: tuple[int, int]) -> Path:
    path = out / f"{name}_{size[0]}x{size[1]}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "ledger-screens")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 3))
    parser.add_argument("--readme", action="store_true")
    args = parser.parse_args(argv)

    from desktop.app import _make_app
    from desktop.gui.dialogs.editor_services import EditorServices
    from desktop.gui.dialogs.person_editor import PersonEditor
    from desktop.gui.lock_screen import LockScreen
    from desktop.gui.main_window import MainWindow
    from desktop.i18n import install_translators
    from desktop.services.container import build_services
    from desktop.store.db import open_database

    app = _make_app()
    translators = install_translators(app, "zh_CN")  # noqa: F841 - must stay alive
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ledger-screens-"))
    db = work / "ledger.db"
    if args.db is not None:
        shutil.copy(args.db, db)
    services = build_services(open_database(db, work / "backups"), today=lambda: args.today)
    if args.db is None:
        from desktop.services.demo.service import generate_demo

        generate_demo(services, 3000, seed=1)
    services.security.set_password("screens1")
    settings = QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, db, settings)
    window.show()
    for size in SIZES:
        window.resize(*size)
        window.show_page("reminders")
        wait(app, lambda: not window.reminders_page.loading())
        shot = save(window, args.out, "reminders", size)
        if args.readme and size == SIZES[0]:
            shutil.copy(shot, ROOT / "resources" / "screenshot.png")
        window.show_page("reports")
        wait(app, lambda: window.report_page.worker is None and window.report_page.figures())
        save(window, args.out, "reports", size)
        window.show_page("overview")
        wait(app, lambda: window.overview_page.worker is None and window.overview_page.overview)
        save(window, args.out, "overview", size)
        first = window.reminders_page.model.reminder_at(0)
        editor = PersonEditor(EditorServices.of(services), first.person_id if first else None, window)
        editor.resize(min(editor.width(), size[0] - 40), min(editor.height(), size[1] - 40))
        editor.show()
        wait(app, lambda: False, 0.3)
        save(editor, args.out, "editor", size)
        editor.show_tab("checkups")  # a record page: its table at this width
        wait(app, lambda: False, 0.3)
        save(editor, args.out, "editor_records", size)
        editor.close()
        lock = LockScreen(services.security)
        lock.resize(*size)
        lock.show()
        wait(app, lambda: False, 0.2)
        save(lock, args.out, "lock", size)
        lock._unlocked = True
        lock.close()
    window.close()
    services.engine.dispose()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
