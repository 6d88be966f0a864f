"""Owner-only files: the data file, its backups, logs and their folders (Linux/macOS).

On Windows the user's profile folders already keep other users out; there the calls do
nothing. ``owner_only_process`` sets the process umask so that whatever SQLite, logging or
a copy creates is 0600 / 0700 without each caller thinking of it; the helpers below also
set the mode where a file or folder is created, for callers that did not go through a
front end.
"""

from __future__ import annotations

import os
from pathlib import Path

POSIX = os.name == "posix"


def owner_only_process() -> None:
    if POSIX:
        os.umask(0o077)


def private_file(path: Path) -> None:
    """Make a file the ledger created readable by its owner only (best effort)."""
    if POSIX:
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass


def private_dir(path: Path) -> None:
    """Create the folder (and its missing parents) owner-only; an existing one is left."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    path.mkdir(parents=True, exist_ok=True)
    if POSIX:
        for folder in missing:
            try:
                os.chmod(folder, 0o700)
            except OSError:
                pass


def create_private(path: Path) -> None:
    """Create an empty file owner-only before anything is written into it; it must not exist."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
