"""Where a save dialog starts: the folder last used for that kind of file, else the clerk's
Documents folder; never the program's own folder (an installed program's folder is often
read-only, and files left there are lost with an update)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

import desktop

KEY = "save_folders/{kind}"


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _program_folders() -> list[Path]:
    return [Path(desktop.__file__).resolve().parent.parent, Path(sys.executable).resolve().parent]


def _inside_program(folder: Path) -> bool:
    folder = folder.resolve()
    return any(folder == p or p in folder.parents for p in _program_folders())


def start_folder(kind: str, settings: QSettings | None = None) -> Path:
    settings = settings if settings is not None else QSettings()
    saved = settings.value(KEY.format(kind=kind))
    if isinstance(saved, str) and saved:
        folder = Path(saved)
        if folder.is_dir() and not _inside_program(folder):
            return folder
    return documents()


def start_path(kind: str, name: str, settings: QSettings | None = None) -> str:
    """The suggested file ``name`` in the folder a dialog for ``kind`` should start in."""
    return str(start_folder(kind, settings) / name)


def remember(kind: str, path: Path, settings: QSettings | None = None) -> None:
    """The folder of a file the clerk chose: the next dialog for ``kind`` starts there."""
    settings = settings if settings is not None else QSettings()
    settings.setValue(KEY.format(kind=kind), str(path.parent))
