"""openpyxl's temporary files go beside the file being written, not to the system temp folder.

openpyxl writes each sheet to a temporary file first (``openpyxl.*`` in the system temp
folder), and a killed export leaves it there with the register's personal data. Here its
temporary files are made in the target folder (else the data folder) under the ledger's
recognisable temporary name, owner-only, and so removed at the next start, backup or
restore if the process is killed (desktop/store/leftovers.py).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store import leftovers
from desktop.store.private import create_private

_here = threading.local()


@contextmanager
def temp_files_in(folder: Path) -> Iterator[None]:
    """openpyxl's temporary files of this thread go to ``folder`` while inside."""
    _install()
    before = getattr(_here, "folder", None)
    _here.folder = folder
    try:
        yield
    finally:
        _here.folder = before


def _install() -> None:
    from openpyxl.worksheet import _writer

    if getattr(_writer.create_temporary_file, "family_ledger", False):
        return
    original = _writer.create_temporary_file

    def create_temporary_file(suffix: str = "") -> str:
        folder = getattr(_here, "folder", None) or leftovers.home()
        if folder is None:
            return original(suffix)
        path = leftovers.part_for(folder / f"openpyxl{suffix}")
        create_private(path)
        _writer.ALL_TEMP_FILES.append(str(path))
        return str(path)

    # a mark on the function object, which mypy does not let a def carry
    create_temporary_file.family_ledger = True  # type: ignore[attr-defined]
    _writer.create_temporary_file = create_temporary_file
