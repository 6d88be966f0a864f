"""Keep the zh_CN translation current.

    python packaging/translations.py update   # pyside6-lupdate (keeps translations) + lrelease
    python packaging/translations.py release  # only rebuild the .qm from the .ts

Translate new entries in resources/translations/family_ledger_zh_CN.ts (Qt Linguist, or any
editor: fill <translation> and drop type="unfinished"), then run ``release``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "family_ledger_zh_CN.ts"
QM = TS.with_suffix(".qm")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def lupdate(ts: Path, *extra: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", *extra, "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                   capture_output=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        lupdate(TS)
    lrelease(TS, QM)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
