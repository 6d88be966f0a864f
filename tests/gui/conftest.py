"""GUI fixtures: a fresh ledger in tmp_path with a pinned date, units and a few women."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThread
from PySide6.QtWidgets import QApplication

from desktop.domain.enums import Category, MaritalStatus, RecordStatus
from desktop.domain.values.people import PersonDraft
from desktop.services.container import Services, build_services
from desktop.store.db import open_database
from desktop.store.models import Person
from tests.gui.helpers_records import ledger_with_her
from tests.helpers import make_id

TODAY = dt.date(2026, 11, 28)


def female_id(area: str, birth: dt.date, seq: int) -> str:
    return make_id(area, birth, seq)


@pytest.fixture(autouse=True)
def _windows_go_with_their_test(qapp) -> Iterator[None]:
    """Every window a test leaves (dialogs and tabs shown on their own included) is closed and
    destroyed on the GUI thread when the test ends, before the cycle collector runs: as in the
    app (desktop/gui/gui_gc.py), no automatic collection during the test, so no widget of an
    earlier test is destroyed by the collector, on a worker thread or in the middle of a test."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        for window in QApplication.topLevelWidgets():
            window.close()  # pages and windows wait for their workers here
            for thread in window.findChildren(QThread):
                thread.wait()  # and one a test started after closing ends before deletion
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        if enabled:
            gc.enable()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "ledger.db"


@pytest.fixture
def services(db_path) -> Iterator[Services]:
    engine = open_database(db_path, db_path.parent / "backups")
    yield build_services(engine, today=lambda: TODAY,
                         now=lambda: dt.datetime(2026, 11, 28, 9, 30))
    engine.dispose()


@dataclass
class Sample:
    services: Services
    units: dict[str, int]
    persons: dict[str, int]

    def add(self, name: str, unit: str, birth: dt.date, seq: int, **fields) -> int:
        self.persons[name] = add_person(self.services, name, self.units[unit], birth, seq, **fields)
        return self.persons[name]


def add_person(services: Services, name: str, unit_id: int, birth: dt.date, seq: int,
               area: str = "330102", **fields) -> int:
    draft = PersonDraft(name=name, id_number=female_id(area, birth, seq), unit_id=unit_id, **fields)
    return services.persons.create(draft)


def set_status(services: Services, person_id: int, status: RecordStatus) -> None:
    # No service changes the status yet (a later issue records moves and deaths).
    with services.factory() as session:
        person = session.get(Person, person_id)
        person.status = status.value
        person.status_date = TODAY
        session.commit()


@pytest.fixture
def sample(services) -> Sample:
    """城关镇 (东街社区, 西街社区) and 河西乡, with women in each."""
    u = services.units
    units = {"城关镇": u.add("城关镇")}
    units["东街社区"] = u.add("东街社区", units["城关镇"])
    units["西街社区"] = u.add("西街社区", units["城关镇"])
    units["河西乡"] = u.add("河西乡")
    persons = {
        "张秀英": add_person(services, "张秀英", units["东街社区"], dt.date(1990, 3, 12), 12,
                          marital_status=MaritalStatus.FIRST_MARRIAGE.value, phone="13800001234"),
        "李娜": add_person(services, "李娜", units["河西乡"], dt.date(1995, 7, 1), 23,
                         area="110101", category=Category.INFLOW.value),
        "王芳": add_person(services, "王芳", units["城关镇"], dt.date(1985, 1, 20), 34),
        "陈静": add_person(services, "陈静", units["西街社区"], dt.date(2000, 10, 5), 45,
                         category=Category.OUTFLOW.value),
        "赵丽": add_person(services, "赵丽", units["河西乡"], dt.date(1970, 5, 5), 56),
        "刘敏": add_person(services, "刘敏", units["东街社区"], dt.date(1992, 2, 2), 67),
    }
    set_status(services, persons["刘敏"], RecordStatus.MOVED)
    return Sample(services, units, persons)


@pytest.fixture
def ledger(tmp_path) -> Iterator[Services]:
    """A fresh ledger (today 2026-11-28) with one unit and one woman, ``ledger.her``."""
    services, engine = ledger_with_her(tmp_path)
    yield services
    engine.dispose()


@pytest.fixture
def qsettings(tmp_path) -> QSettings:
    """Settings in an ini file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


# Qt's offscreen platform warns on every top-level show; that is the test platform, not the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config, items) -> None:
    here = __file__.rsplit("/", 1)[0].rsplit("\\", 1)[0]
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
