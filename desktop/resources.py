"""Find bundled resources from the source tree or from a frozen (PyInstaller) app."""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FILE = "DroidSansFallbackFull.ttf"
FONT_FAMILY = "Droid Sans Fallback"


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def font_path() -> Path:
    return resource_path("fonts", FONT_FILE)
