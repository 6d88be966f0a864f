"""The layers import in one direction only: gui -> services -> store -> domain, reports from
domain and store, and nothing below gui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop

ROOT = Path(desktop.__file__).parent
# Package -> the prefixes its modules must not import.
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "sqlmodel", "desktop.store", "desktop.services",
               "desktop.reports", "desktop.gui"),
    "store": ("PySide6", "desktop.services", "desktop.reports", "desktop.gui"),
    "services": ("PySide6", "desktop.gui"),
    "reports": ("PySide6", "desktop.services", "desktop.gui"),
}


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(package: str) -> None:
    modules = sorted((ROOT / package).rglob("*.py"))
    assert modules, package
    wrong = [f"{path.relative_to(ROOT)}: {name}" for path in modules for name in imported(path)
             if any(name == p or name.startswith(p + ".") for p in FORBIDDEN[package])]
    assert wrong == []
