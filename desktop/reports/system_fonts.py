"""Chinese system fonts a clerk may choose for printed documents instead of the bundled one.

Only TrueType outlines work in reportlab, so the usual Windows fonts are listed (SimSun's
collection included); a file that is missing on this PC is not offered.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.domain.tr import QT_TRANSLATE_NOOP

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"

# (English source label, translatable in context "fonts"; file name; face in a collection)
CANDIDATES: tuple[tuple[str, str, int], ...] = (
    (QT_TRANSLATE_NOOP("fonts", "SimSun"), "simsun.ttc", 0),
    (QT_TRANSLATE_NOOP("fonts", "SimHei"), "simhei.ttf", 0),
    (QT_TRANSLATE_NOOP("fonts", "FangSong"), "simfang.ttf", 0),
    (QT_TRANSLATE_NOOP("fonts", "KaiTi"), "simkai.ttf", 0),
    (QT_TRANSLATE_NOOP("fonts", "Microsoft YaHei"), "msyh.ttc", 0),
)


def spec(path: Path, face: int = 0) -> str:
    """The settings value: a path, with ``#N`` for a face of a collection other than 0."""
    return f"{path}#{face}" if face else str(path)


def available(folder: Path = _WINDOWS_FONTS) -> list[tuple[str, str]]:
    """(label, settings value) of the candidate fonts present in ``folder``."""
    found = []
    for label, name, face in CANDIDATES:
        path = folder / name
        if path.is_file():
            found.append((label, spec(path, face)))
    return found
