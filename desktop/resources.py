"""Find bundled resources from the source tree or from a frozen (PyInstaller) app.

Nothing here imports Qt: reports/ use the font path too.
"""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FILE = "DroidSansFallbackFull.ttf"
FONT_FAMILY = "Droid Sans Fallback"
FONT_LICENCE_FILE = "LICENSE-DroidSansFallback.txt"
ICON_NAME = "family-ledger"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def resource_root() -> Path:
    """resources/ beside the package, or inside the frozen bundle (PyInstaller's _MEIPASS,
    which is the _internal folder of a one-folder build)."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    if getattr(sys, "frozen", False):  # another freezer: resources next to the executable
        return Path(sys.executable).resolve().parent / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def font_path() -> Path:
    return resource_path("fonts", FONT_FILE)


def font_licence_path() -> Path:
    return resource_path("fonts", FONT_LICENCE_FILE)


def icon_path(size: int | None = None, suffix: str = "png") -> Path:
    """The app icon: one PNG size, or the .svg / .ico when size is None."""
    name = ICON_NAME if size is None else f"{ICON_NAME}-{size}"
    return resource_path("icons", f"{name}.{suffix}")


def icon_paths() -> list[Path]:
    """Every PNG size that exists, smallest first (a window icon picks the best fit)."""
    return [p for p in (icon_path(size) for size in ICON_SIZES) if p.is_file()]
