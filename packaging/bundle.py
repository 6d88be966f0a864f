"""What the frozen app contains: the lists the PyInstaller spec uses and tests/test_packaging.py checks.

Collected generically (the whole ``desktop`` package, every file under ``resources/``), so a
module or resource added later is bundled without editing this file.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
RESOURCES = ROOT / "resources"
MIGRATIONS = PACKAGE / "store" / "migrations"
ENTRY = Path(__file__).resolve().parent / "entry.py"

APP_ID = "family-ledger"  # folder, console executable, icon and .desktop names
GUI_EXE = "FamilyLedger"  # Windows only: the windowed executable the shortcuts start
ICON_SIZES = (16, 32, 48, 64, 128, 256)

# Source-only files under resources/ that the app never reads. The .ts stays: printed forms
# take the Chinese of a few service texts from it (desktop/reports/zh.py), without Qt.
RESOURCE_SKIP_SUFFIXES: tuple[str, ...] = ()
RESOURCE_SKIP_NAMES = ("screenshot.png",)

# Qt modules the app imports (checked by tests/test_packaging.py against the code).
QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtCharts")

# PySide6 modules that must not come in through a hook or a stray import: the bulk of Qt.
QT_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets",
    "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml", "QtAsyncio", "QtCanvasPainter",
)
# Python packages never needed at run time (tests, tools, GUI toolkits we do not use).
PY_EXCLUDED = (
    "tkinter", "_tkinter", "unittest", "pydoc_data", "pytest", "_pytest", "hypothesis",
    "pytestqt", "ruff", "pypdf", "IPython", "matplotlib", "numpy", "PyQt5", "PyQt6",
    # pydantic's hook collects its mypy plugin, which drags in mypy itself
    "mypy", "pydantic.mypy",
)

# Qt files the hooks collect that the app never loads (matched on the path in the bundle):
# the virtual keyboard input plugin pulls in QML and Quick (~17 MB), the PDF image-format
# plugin pulls in QtPdf (pypdfium2 renders our previews), and translations of Qt into
# languages the app does not offer.
DROPPED_BINARIES = (
    r"Qt6(Quick|Qml|VirtualKeyboard|Pdf)",
    r"virtualkeyboard",
    r"imageformats/(lib)?qpdf\.",
    # Linux: the GTK 3 theme plugin would bring the build machine's whole GTK stack along
    r"platformthemes/(lib)?qgtk3\.",
)
QT_TRANSLATIONS = r"PySide6/(Qt/)?translations/"  # Linux wheels: Qt/translations; Windows: translations
KEPT_LANGUAGES = ("zh_CN",)


def keep_binary(destination: str) -> bool:
    """False for the Qt libraries and plugins listed in DROPPED_BINARIES."""
    path = destination.replace("\\", "/")
    return not any(re.search(pattern, path) for pattern in DROPPED_BINARIES)


def keep_data(destination: str) -> bool:
    """Qt's own translations only in the languages the app offers."""
    path = destination.replace("\\", "/")
    if not re.search(QT_TRANSLATIONS, path):
        return True
    return any(path.endswith(f"_{lang}.qm") for lang in KEPT_LANGUAGES)


def excludes() -> list[str]:
    return [f"PySide6.{name}" for name in QT_EXCLUDED] + list(PY_EXCLUDED)


def _is_bundled_resource(path: Path) -> bool:
    return (path.is_file() and path.suffix not in RESOURCE_SKIP_SUFFIXES
            and path.name not in RESOURCE_SKIP_NAMES and "__pycache__" not in path.parts)


def resource_files() -> list[Path]:
    """Every file under resources/ the app may read (fonts, licences, .qm, icons, ...)."""
    return sorted(p for p in RESOURCES.rglob("*") if _is_bundled_resource(p))


def migration_files() -> list[Path]:
    """Alembic reads its scripts from disk, so they go in as files, not only as bytecode."""
    return sorted(p for p in MIGRATIONS.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


def package_data_files() -> list[Path]:
    """Non-Python files inside the package (templates and the like added later)."""
    return sorted(p for p in PACKAGE.rglob("*")
                  if p.is_file() and p.suffix not in (".py", ".pyc", ".pyo")
                  and "__pycache__" not in p.parts and MIGRATIONS not in p.parents)


# Libraries that read their own data files by path and have no PyInstaller hook doing it:
# reportlab loads its Vera fonts from reportlab/fonts (desktop/reports/styles.py uses them).
THIRD_PARTY_DATA = ("reportlab",)


def third_party_files(package: str) -> list[tuple[Path, Path]]:
    """(file, folder relative to site-packages) for a library's non-Python files."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(package)
    folder = Path(next(iter(spec.submodule_search_locations)))
    return [(p, p.parent.relative_to(folder.parent)) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix not in (".py", ".pyc", ".pyi")
            and "__pycache__" not in p.parts]


def datas() -> list[tuple[str, str]]:
    """(source file, destination folder inside the bundle) pairs for Analysis(datas=...)."""
    pairs = []
    for path in resource_files() + migration_files() + package_data_files():
        pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    for package in THIRD_PARTY_DATA:
        pairs += [(str(path), str(folder)) for path, folder in third_party_files(package)]
    return pairs


def package_modules() -> list[str]:
    """Every module of the desktop package, so lazily imported pages are always in."""
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts or MIGRATIONS in path.parents:
            continue
        if path.name == "__main__.py":  # runs the app when imported; ENTRY does that
            continue
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules.append(".".join(parts))
    return modules


# Imported by name at run time (dialects, plugins), so the analysis cannot see them.
EXTRA_HIDDEN = (
    "sqlalchemy.dialects.sqlite",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "logging.config",
)


def hidden_imports() -> list[str]:
    qt = [f"PySide6.{name}" for name in QT_USED]  # in even while a page imports Qt lazily
    return package_modules() + qt + list(EXTRA_HIDDEN)


def icon_file(suffix: str, size: int | None = None) -> Path:
    name = APP_ID if size is None else f"{APP_ID}-{size}"
    return RESOURCES / "icons" / f"{name}.{suffix}"


def version() -> str:
    """desktop.__version__ read from the source, without importing the app (nor Qt)."""
    namespace: dict[str, object] = {}
    source = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    exec(compile(source, "desktop/__init__.py", "exec"), namespace)  # noqa: S102 - our own file
    return str(namespace["__version__"])


def is_windows() -> bool:
    return sys.platform == "win32"
