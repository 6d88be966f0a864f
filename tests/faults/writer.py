"""Writes persons through the services until killed: ``python -m tests.faults.writer DB START``.

Prints each number after its transactions were committed, so the test knows what must survive.
Holds the lock as the app does, so a kill leaves a stale lock too.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.domain.values.people import PersonDraft
from desktop.lock import DataLock
from desktop.services.container import build_services
from desktop.store.db import open_database
from tests.helpers import make_id


def main(path: Path, start: int) -> None:
    app = QCoreApplication([sys.argv[0]])  # noqa: F841 - QLockFile wants an application
    lock = DataLock(path)  # kept in a name: a dropped QLockFile unlocks at once
    lock.acquire()
    services = build_services(open_database(path))
    unit = services.units.add(f"单位{start}")
    number = start
    while True:
        birth = dt.date(1975, 1, 1) + dt.timedelta(days=number)
        draft = PersonDraft(name=f"测试{number}", id_number=make_id("330102", birth, number),
                            unit_id=unit, phone="13800001234")
        person = services.persons.create(draft)
        # grow and shrink rows, so that pages split and merge
        services.persons.update(person, replace(draft, notes="x" * (number % 500)))
        print(number, flush=True)
        number += 1
    lock.release()  # never reached: the test kills the process


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
