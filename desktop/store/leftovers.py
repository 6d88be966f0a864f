"""Temporary files of a write that may be cut off: a recognisable name in the target
folder, and removal of what a killed process left at the next start, backup or restore.

A file is written as ``.family-ledger-part-<pid>-<random>-<name>.part`` beside its final name
(never in the system temp folder) and renamed into place when complete. The folders such
files were started in are noted in ``.family-ledger-parts`` beside the data file, so that a
killed export to a USB stick is cleaned up too. Only leftovers of processes that are gone
are removed: a second process writing at the same moment keeps its file.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import uuid
from pathlib import Path

PREFIX = ".family-ledger-part-"
NOTES = ".family-ledger-parts"
_NAME = re.compile(r"^\.family-ledger-part-(\d+)-")
_home: Path | None = None  # the data folder of this process (set when the file is opened)


def set_home(folder: Path) -> None:
    global _home
    _home = folder


def home() -> Path | None:
    return _home


def part_for(path: Path) -> Path:
    """The temporary name to write ``path`` under; its folder is noted for the clean-up."""
    _note(path.parent)
    return path.with_name(f"{PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}-{path.name}.part")


def _note(folder: Path) -> None:
    if _home is None:
        return
    notes = _home / NOTES
    try:
        folder = folder.resolve()
        known = notes.read_text(encoding="utf-8").splitlines() if notes.exists() else []
        if str(folder) not in known and folder != _home.resolve():
            with notes.open("a", encoding="utf-8") as out:
                out.write(f"{folder}\n")
    except OSError:
        pass  # the clean-up of that folder is best effort


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # ctypes.windll exists there only
        raise NotImplementedError("a Windows process check")
    import ctypes

    handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
    ctypes.windll.kernel32.CloseHandle(handle)
    return code.value == 259  # STILL_ACTIVE


def clean(*folders: Path | None) -> list[Path]:
    """Remove the leftovers of dead processes in these folders, the data folder and the
    folders noted there; returns what was removed."""
    places = {f for f in folders if f is not None}
    if _home is not None:
        places.add(_home)
        notes = _home / NOTES
        try:
            places.update(Path(line) for line in notes.read_text(encoding="utf-8").splitlines()
                          if line.strip())
        except OSError:
            pass
    removed: list[Path] = []
    for folder in places:
        try:
            entries = list(folder.glob(PREFIX + "*"))
        except OSError:
            continue
        for entry in entries:
            match = _NAME.match(entry.name)
            if match is None or _alive(int(match.group(1))):
                continue
            try:
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
                removed.append(entry)
            except OSError:
                pass
    return removed
