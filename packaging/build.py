"""Build the one-folder app with PyInstaller, then smoke-test the frozen program.

    python packaging/build.py                  # build + smoke test (dist/family-ledger/)
    python packaging/build.py --skip-build     # smoke-test the existing dist/family-ledger/
    python packaging/build.py --installer      # Windows: also the Inno Setup installer
    python packaging/build.py --test-installer # Windows: install silently, smoke-test, uninstall

The smoke test runs the frozen executable itself: ``demo --persons 200`` into a fresh data file,
``--smoke-test`` twice (offscreen; the first is the cold start after the build), ``check`` and
``--version``. Any failure exits non-zero, so CI never publishes an untested build.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import version_info  # noqa: E402
from bundle import APP_ID, GUI_EXE, ROOT, icon_file, is_windows, version  # noqa: E402

HERE = Path(__file__).resolve().parent
SPEC = HERE / "family-ledger.spec"
ISS = HERE / "installer.iss"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
INSTALLER_DIR = DIST / "installer"
DEMO_PERSONS = 200
TIMEOUT_S = 600
ISCC_DEFAULT = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


class BuildFailed(Exception):
    pass


def exe_name(name: str) -> str:
    return f"{name}.exe" if is_windows() else name


def frozen_dir() -> Path:
    return DIST / APP_ID


def build() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    run(command, "PyInstaller", timeout=3600, echo=True)


def run(command: list[str], what: str, timeout: float = TIMEOUT_S,
        env: dict[str, str] | None = None, echo: bool = False) -> tuple[str, float]:
    """Run, return (stdout, wall seconds); raise BuildFailed with the output on failure."""
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=not echo, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout, env=env, cwd=ROOT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildFailed(f"{what}: {exc}") from exc
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise BuildFailed(f"{what} exited with {done.returncode}\n{done.stdout or ''}"
                          f"{done.stderr or ''}")
    return done.stdout or "", wall


def smoke_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("FAMILY_LEDGER_DB", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Settings and logs of the run stay in the temporary folder, not in the builder's profile.
    env["XDG_CONFIG_HOME"] = str(data_dir / "config")
    env["XDG_DATA_HOME"] = str(data_dir / "data")
    return env


def smoke_report(stdout: str) -> dict:
    for line in reversed(stdout.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise BuildFailed(f"--smoke-test printed no timings:\n{stdout}")


def evict_from_cache(folder: Path) -> bool:
    """Drop the bundle's files from the OS page cache (Linux, no root needed), so the first
    start reads them from disk like the first start after an installation."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())  # dirty pages cannot be dropped
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return True


def smoke_run(base: list[str], label: str, env: dict[str, str]) -> dict:
    out, wall = run([*base, "--smoke-test"], f"--smoke-test ({label})", env=env)
    return {"run": label, "wall_s": round(wall, 3), **smoke_report(out)}


def smoke_test(folder: Path) -> dict:
    """Run the frozen console executable like a clerk's first day; return the figures."""
    exe = folder / exe_name(APP_ID)
    if not exe.is_file():
        raise BuildFailed(f"no executable at {exe}")
    with tempfile.TemporaryDirectory(prefix="family-ledger-smoke-") as tmp:
        data = Path(tmp)
        db = data / "ledger.db"
        env = smoke_env(data)
        base = [str(exe), "--db", str(db)]
        evicted = evict_from_cache(folder)
        runs = [smoke_run(base, "first start, new file" + (", cold cache" if evicted else ""),
                          env)]
        _, demo_wall = run([*base, "demo", "--persons", str(DEMO_PERSONS)], "demo", env=env)
        runs.append(smoke_run(base, "demo data, 1st", env))
        runs.append(smoke_run(base, "demo data, 2nd", env))
        for figures in runs[1:]:  # the register lists women, so fewer rows than persons
            if not figures["rows"]:
                raise BuildFailed("the smoke test showed no rows after the demo data")
        _, check_wall = run([*base, "check"], "check", env=env)
        shown, _ = run([str(exe), "--version"], "--version", env=env)
        if version() not in shown:
            raise BuildFailed(f"--version printed {shown!r}, expected {version()}")
        if is_windows():  # the windowed executable the shortcuts start
            run([str(folder / exe_name(GUI_EXE)), "--db", str(db), "--smoke-test"],
                "windowed --smoke-test", env=env)
    return {"runs": runs, "demo_s": round(demo_wall, 2), "check_s": round(check_wall, 2)}


def folder_size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 1_000_000, 1)


def iscc_path() -> Path:
    found = shutil.which("ISCC") or shutil.which("iscc")
    return Path(found) if found else ISCC_DEFAULT


def chinese_isl(iscc: Path) -> Path:
    """ChineseSimplified.isl: a copy in packaging/ (what CI downloads), else Inno Setup's own."""
    for candidate in (HERE / "ChineseSimplified.isl",
                      iscc.parent / "Languages" / "ChineseSimplified.isl",
                      iscc.parent / "Languages" / "Unofficial" / "ChineseSimplified.isl"):
        if candidate.is_file():
            return candidate
    raise BuildFailed("ChineseSimplified.isl not found; see packaging/README.md (installer language)")


def iscc_command(iscc: Path, source: Path, output: Path, isl: Path) -> list[str]:
    """The version comes from desktop/__init__.py; installer.iss has no number of its own."""
    numbers = ".".join(str(n) for n in version_info.numbers(version()))
    return [str(iscc), f"/DAppVersion={version()}", f"/DFileVersion={numbers}",
            f"/DAppSource={source}", f"/DOutputDir={output}", f"/DIconFile={icon_file('ico')}",
            f"/DChineseIsl={isl}", str(ISS)]


def installer_file() -> Path:
    return INSTALLER_DIR / f"FamilyLedger-Setup-{version()}.exe"


def make_installer() -> Path:
    iscc = iscc_path()
    if not iscc.is_file():
        raise BuildFailed(f"Inno Setup's ISCC not found (looked for {iscc}); see packaging/README.md")
    run(iscc_command(iscc, frozen_dir(), INSTALLER_DIR, chinese_isl(iscc)), "ISCC", echo=True)
    if not installer_file().is_file():
        raise BuildFailed(f"ISCC did not write {installer_file()}")
    return installer_file()


def try_installer(setup: Path) -> dict:
    """Install per-user into a temporary folder (no administrator), smoke-test, uninstall."""
    with tempfile.TemporaryDirectory(prefix="family-ledger-install-") as tmp:
        target = Path(tmp) / "app"
        run([str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
             f"/DIR={target}", "/TASKS=", f"/LOG={Path(tmp) / 'install.log'}"], "installer")
        figures = smoke_test(target)
        uninstaller = target / "unins000.exe"
        run([str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"], "uninstaller")
        deadline = time.monotonic() + 60  # the uninstaller finishes in a child process
        while (target / exe_name(APP_ID)).exists() and time.monotonic() < deadline:
            time.sleep(1)
        if (target / exe_name(APP_ID)).exists():
            raise BuildFailed("the uninstaller left the program in place")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build and smoke-test the frozen Family Ledger.")
    parser.add_argument("--skip-build", action="store_true", help="test the existing dist/")
    parser.add_argument("--installer", action="store_true", help="Windows: run Inno Setup")
    parser.add_argument("--test-installer", action="store_true",
                        help="Windows: install the installer silently and smoke-test that")
    args = parser.parse_args(argv)
    report: dict = {"version": version(), "platform": sys.platform}
    try:
        if not args.skip_build:
            started = time.perf_counter()
            build()
            report["build_s"] = round(time.perf_counter() - started, 1)
        report["size_mb"] = folder_size_mb(frozen_dir())
        report["smoke"] = smoke_test(frozen_dir())
        if args.installer or args.test_installer:
            setup = installer_file() if args.skip_build and installer_file().is_file() \
                else make_installer()
            report["installer"] = str(setup)
            report["installer_mb"] = round(setup.stat().st_size / 1_000_000, 1)
            if args.test_installer:
                report["installed_smoke"] = try_installer(setup)
    except BuildFailed as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    DIST.mkdir(parents=True, exist_ok=True)
    (DIST / "build-report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))
    print(f"OK: {frozen_dir()} ({report['size_mb']} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
