"""The release build's inputs, checked without running PyInstaller (packaging/README.md).

A module, resource or migration the frozen app would miss fails here, in the normal run.
"""

from __future__ import annotations

import configparser
import importlib
import importlib.util
import re
import shutil
import struct
import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

import desktop
from desktop import resources

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle  # noqa: E402
import version_info  # noqa: E402


def _load(name: str):
    """packaging/build.py by its path: a ``build`` package elsewhere must not shadow it."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load("build")


class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT while the spec runs."""

    def __init__(self, calls: list, kind: str):
        self.calls, self.kind = calls, kind

    def __call__(self, *args, **kwargs):
        self.calls.append((self.kind, args, kwargs))
        return SimpleNamespace(binaries=[], datas=[("x", "y", "DATA")], pure=[], scripts=[],
                               args=args, kwargs=kwargs)


@pytest.fixture
def spec_calls(tmp_path):
    calls: list = []
    namespace = {"SPECPATH": str(PACKAGING), "workpath": str(tmp_path),
                 **{kind: _Recorder(calls, kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")}}
    code = compile((PACKAGING / "family-ledger.spec").read_text(encoding="utf-8"),
                   "family-ledger.spec", "exec")
    exec(code, namespace)  # noqa: S102 - our own build file
    return {kind: [c for c in calls if c[0] == kind] for kind in ("Analysis", "EXE", "COLLECT")}


def test_the_spec_builds_from_the_shared_lists(spec_calls):
    (_, args, analysis), = spec_calls["Analysis"]
    assert args[0] == [str(bundle.ENTRY)] and bundle.ENTRY.is_file()
    assert analysis["datas"] == bundle.datas()
    assert analysis["hiddenimports"] == bundle.hidden_imports()
    assert analysis["excludes"] == bundle.excludes()
    names = [kwargs["name"] for _, _, kwargs in spec_calls["EXE"]]
    assert names[0] == bundle.APP_ID
    for _, _, kwargs in spec_calls["EXE"]:
        assert Path(kwargs["icon"]).is_file()
        assert kwargs["upx"] is False
    (_, _, collect), = spec_calls["COLLECT"]
    assert collect["name"] == bundle.APP_ID


def test_every_datas_source_exists_and_keeps_its_place():
    pairs = bundle.datas()
    ours = [(s, d) for s, d in pairs  # a .venv inside the checkout holds reportlab's
            if Path(s).is_relative_to(ROOT / "desktop") or Path(s).is_relative_to(ROOT / "resources")]
    for source, _ in pairs:
        assert Path(source).is_file(), source
    for source, destination in ours:
        assert Path(source).parent.relative_to(ROOT) == Path(destination)
    bundled = {Path(source).relative_to(ROOT).as_posix() for source, _ in ours}
    expected = {
        "resources/fonts/DroidSansFallbackFull.ttf",
        "resources/fonts/LICENSE-DroidSansFallback.txt",
        "resources/translations/family_ledger_zh_CN.qm",
        "resources/icons/family-ledger.svg",
        "resources/icons/family-ledger.ico",
        "desktop/store/migrations/env.py",
        "desktop/store/migrations/script.py.mako",
        *(f"resources/icons/family-ledger-{size}.png" for size in bundle.ICON_SIZES),
    }
    assert expected <= bundled
    versions = sorted((ROOT / "desktop/store/migrations/versions").glob("*.py"))
    assert versions and {v.relative_to(ROOT).as_posix() for v in versions} <= bundled
    assert not any(name.endswith(".pyc") for name in bundled)
    # desktop/reports/zh.py reads the .ts: the balance reasons of a printed report in Chinese
    assert "resources/translations/family_ledger_zh_CN.ts" in bundled


def test_the_pdf_fonts_of_reportlab_go_where_reportlab_looks():
    """desktop/reports/styles.py reads the Vera fonts beside reportlab's own modules."""
    import reportlab

    from desktop.reports import styles

    folder = Path(reportlab.__file__).parent / "fonts"
    pairs = set(bundle.datas())
    for name in styles._LATIN_FILES.values():
        assert (str(folder / name), str(Path("reportlab") / "fonts")) in pairs


def test_resource_path_finds_everything_in_a_frozen_layout(tmp_path, monkeypatch):
    """Copy the datas where PyInstaller puts them, then look them up as the frozen app does."""
    for source, destination in bundle.datas():
        target = tmp_path / destination
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_root() == tmp_path / "resources"
    assert resources.font_path().is_file()
    assert resources.font_licence_path().is_file()
    assert resources.resource_path("translations", "family_ledger_zh_CN.qm").is_file()
    assert len(resources.icon_paths()) == len(resources.ICON_SIZES)
    assert resources.icon_path(None, "ico").is_file()
    assert (tmp_path / "desktop/store/migrations/env.py").is_file()


def test_resource_path_from_the_source_tree():
    assert resources.resource_root() == ROOT / "resources"
    assert resources.font_path().is_file() and resources.font_licence_path().is_file()
    assert resources.ICON_SIZES == bundle.ICON_SIZES
    assert resources.icon_paths() == [bundle.icon_file("png", s) for s in bundle.ICON_SIZES]


@pytest.mark.parametrize("module", bundle.hidden_imports())
def test_every_hidden_import_imports(module):
    importlib.import_module(module)


def test_the_package_list_is_generic():
    modules = bundle.package_modules()
    for path in (ROOT / "desktop").rglob("*.py"):
        if "migrations" in path.parts or path.name == "__main__.py":
            continue
        dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        assert dotted in modules


def test_the_qt_modules_the_code_imports_are_kept():
    used = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= set(bundle.QT_USED), used - set(bundle.QT_USED)
    assert not used & set(bundle.QT_EXCLUDED)
    for library in ("PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Charts.so.6",
                    "PySide6\\Qt6PrintSupport.dll", "PySide6/Qt/plugins/platforms/qwindows.dll",
                    "PySide6/Qt/plugins/imageformats/libqico.so"):
        assert bundle.keep_binary(library), library
    assert not bundle.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert bundle.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not bundle.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_data("PySide6\\translations\\qtbase_de.qm")  # Windows wheel
    assert bundle.keep_data("PySide6\\translations\\qtbase_zh_CN.qm")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icons_exist_in_every_size():
    assert "<svg" in bundle.icon_file("svg").read_text(encoding="utf-8")
    for size in bundle.ICON_SIZES:
        assert _png_size(bundle.icon_file("png", size)) == (size, size)
    data = bundle.icon_file("ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sides = {(struct.unpack("<B", data[6 + 16 * i:7 + 16 * i])[0] or 256) for i in range(count)}
    assert sides == set(bundle.ICON_SIZES)


def test_the_version_comes_from_the_package():
    assert bundle.version() == desktop.__version__
    text = version_info.text("FamilyLedger")
    assert f"'FileVersion', '{desktop.__version__}'" in text
    assert str(version_info.numbers(desktop.__version__)) in text
    assert version_info.numbers("1.2.3rc1") == (1, 2, 3, 0)
    assert version_info.numbers("2.0") == (2, 0, 0, 0)
    command = build.iscc_command(Path("ISCC.exe"), Path("dist"), Path("out"), Path("zh.isl"))
    assert f"/DAppVersion={desktop.__version__}" in command
    assert command[-1] == str(PACKAGING / "installer.iss")


def _iss() -> str:
    data = (PACKAGING / "installer.iss").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Inno Setup reads Chinese text from UTF-8 with a BOM"
    return data.decode("utf-8-sig")


def test_the_installer_is_per_user_chinese_and_keeps_the_data():
    iss = _iss()
    assert re.search(r"^AppVersion=\{#AppVersion\}\s*$", iss, re.M)
    assert not re.search(r"^#define AppVersion", iss, re.M)  # only from the command line
    assert re.search(r"^PrivilegesRequired=lowest\s*$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\", iss, re.M)
    assert 'MessagesFile: "{#ChineseIsl}"' in iss
    assert "[UninstallDelete]" not in iss.replace("No [UninstallDelete]", "")
    assert "Tasks: desktopicon" in iss and "{group}" in iss
    assert "FamilyLedger.exe" in iss and bundle.GUI_EXE == "FamilyLedger"


def test_the_linux_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "family-ledger.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    for key in ("Name", "Exec", "Icon", "Type"):
        assert section.get(key), key
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0].endswith(bundle.APP_ID)
    assert section["Icon"] == bundle.APP_ID == resources.ICON_NAME
    assert section["Name[zh_CN]"] == desktop.APP_NAME_ZH


def _requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_constraints_pin_every_runtime_and_build_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for line in (PACKAGING / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, pinned = line.partition("==")
            assert pinned, f"not pinned: {line}"
            pins[name.lower().replace("_", "-")] = pinned
    wanted = project["dependencies"] + project["optional-dependencies"]["build"]
    missing = {_requirement_name(r) for r in wanted} - set(pins)
    assert not missing
    assert pins["pyside6-essentials"] == pins["pyside6-addons"]


def test_the_windows_workflow_builds_and_tests_the_installer():
    workflow = (ROOT / ".github/workflows/windows-build.yml").read_text(encoding="utf-8")
    for needed in ("windows-latest", "3.11", "packaging/constraints.txt", "innosetup",
                   "packaging/build.py", "--test-installer", "upload-artifact"):
        assert needed in workflow, needed
