"""No widget, dialog or model of ours hides a Qt method under an attribute or method of its
own (``self.actions`` on a widget, ``self.result`` on a dialog, a ``move()`` or ``find()``):
Qt and PySide call those names themselves, and a shadowed one breaks far from its cause."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

from PySide6.QtCore import QObject

import desktop.gui

# Qt's virtual methods that our classes override on purpose, with Qt's meaning.
OVERRIDES = {
    "accept", "reject", "data", "setData", "rowCount", "columnCount", "headerData", "flags",
    "sort", "canFetchMore", "fetchMore", "run", "eventFilter", "sizeHint", "minimumSizeHint",
    "index", "parent", "tabSizeHint",
}
# Classes that override a Qt method on purpose, keeping its meaning for every caller.
OVERRIDDEN_BY = {
    # text() is the full ID number while the screen shows it masked
    "desktop.gui.widgets.masked_edit.MaskedLineEdit": {"text", "setText"},
}


def _qt_names(cls: type) -> set[str]:
    names: set[str] = set()
    for base in cls.__mro__:
        if base.__module__.startswith("PySide6"):
            names |= set(vars(base))
    return names


def _classes() -> list[tuple[str, ast.ClassDef, type]]:
    root = Path(desktop.gui.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        module = importlib.import_module(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            cls = getattr(module, node.name, None) if isinstance(node, ast.ClassDef) else None
            if inspect.isclass(cls) and issubclass(cls, QObject) and cls.__module__ == name:
                found.append((f"{name}.{node.name}", node, cls))
    return found


def test_the_scan_sees_our_qt_classes() -> None:
    names = {name for name, _node, _cls in _classes()}
    assert "desktop.gui.main_window.MainWindow" in names
    assert "desktop.gui.pages.reminders_page.RemindersPage" in names
    assert len(names) > 50


def test_no_attribute_or_method_shadows_a_qt_one() -> None:
    shadowing = []
    for name, node, cls in _classes():
        qt = _qt_names(cls) - OVERRIDDEN_BY.get(name, set())
        for sub in ast.walk(node):
            if (isinstance(sub, ast.Attribute) and isinstance(sub.ctx, ast.Store)
                    and isinstance(sub.value, ast.Name) and sub.value.id == "self"
                    and sub.attr in qt):
                shadowing.append(f"{name}: self.{sub.attr} (line {sub.lineno})")
        for item in node.body:
            if (isinstance(item, ast.FunctionDef) and item.name in qt
                    and not item.name.startswith("_") and item.name not in OVERRIDES
                    and not item.name.endswith("Event")):
                shadowing.append(f"{name}: def {item.name}() (line {item.lineno})")
            if isinstance(item, ast.Assign | ast.AnnAssign):
                targets = item.targets if isinstance(item, ast.Assign) else [item.target]
                shadowing += [f"{name}: {t.id} (line {item.lineno})" for t in targets
                              if isinstance(t, ast.Name) and t.id in qt]
    assert shadowing == []
