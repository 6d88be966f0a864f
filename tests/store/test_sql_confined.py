"""SQL is built with SQLAlchemy everywhere, and a database's own words stay in store/.

Outside desktop/store/ no module runs SQL text (``text()``, ``exec_driver_sql``) or names
SQLite's own functions and statements; each has a helper in store/ that is compiled per
dialect. The scan reads the code, so it fails as soon as one creeps back in.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from sqlalchemy import Date, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite

from desktop.store import date_sql
from desktop.store.sql import all_digits, unindexed

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
SQLITE_WORDS = re.compile(
    r"\b(julianday|printf|GLOB|PRAGMA|sqlite3|sqlite_master|strftime)\b|func\.date\b")


def _outside_store() -> list[Path]:
    return [p for p in sorted(DESKTOP.rglob("*.py")) if "store" not in p.relative_to(DESKTOP).parts]


def test_the_scan_sees_the_services():
    names = {p.relative_to(DESKTOP).as_posix() for p in _outside_store()}
    assert "services/reminders/sql.py" in names and "services/exchange/write.py" in names
    assert not any(name.startswith("store/") for name in names)


@pytest.mark.parametrize("path", _outside_store(), ids=lambda p: p.relative_to(DESKTOP).as_posix())
def test_no_sql_text_and_no_sqlite_words_outside_store(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("exec_driver_sql", "text") and _is_sqlalchemy_text(node, name):
                found.append(f"line {node.lineno}: {name}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQLITE_WORDS.search(node.value):
                found.append(f"line {node.lineno}: {node.value[:40]!r}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            if any(m == "sqlite3" or m.startswith("sqlite3.") for m in modules):
                found.append(f"line {node.lineno}: import sqlite3")
        elif isinstance(node, ast.Attribute) and node.attr in ("julianday", "printf", "strftime",
                                                               "date") \
                and isinstance(node.value, ast.Name) and node.value.id == "func":
            found.append(f"line {node.lineno}: func.{node.attr}")
    assert found == []


def _is_sqlalchemy_text(node: ast.Call, name: str) -> bool:
    """exec_driver_sql always; text() only as SQLAlchemy's (widgets have .text() too): a
    call with one string argument."""
    if name == "exec_driver_sql":
        return True
    return len(node.args) == 1 and not node.keywords and (
        isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp))


def test_the_helpers_speak_each_dialect():
    day = bindparam("day", type_=Date)
    stmt = select(date_sql.add_months(day, 1), date_sql.shift_days(day, 2),
                  date_sql.days_between(day, day), date_sql.compact_date(day),
                  all_digits(bindparam("n"), 17), unindexed(bindparam("d", type_=Date)) > day)
    lite = str(stmt.compile(dialect=sqlite.dialect()))
    pg = str(stmt.compile(dialect=postgresql.dialect()))
    for word in ("date(", "julianday", "strftime", "GLOB", "+?"):
        assert word in lite
        assert word not in pg
    assert "make_interval" in pg and "to_char" in pg and "~" in pg
