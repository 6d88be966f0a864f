"""The command line explains itself in Chinese: every command's --help, every option's
description and argparse's own words ("usage:", "the following arguments are required" …);
English with --lang en or FAMILY_LEDGER_LANG=en. Nothing a user reads names issues."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from desktop.cli.argparse_texts import ARGPARSE_TEXTS
from desktop.cli.language import (
    ARGPARSE_CONTEXT,
    Catalog,
    argparse_language,
    chosen_language,
    columns,
    wrap,
)
from desktop.cli.main import parser_for
from desktop.domain.values.registers import Register
from desktop.domain.values.reminders import ReminderKind
from tests.cli.test_cli import run

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z][A-Za-z_0-9]*")
# Words that are syntax or names, not prose: formats, file kinds, product and variable names.
ALLOWED = {"YYYY", "MM", "DD", "N", "S", "xlsx", "xls", "ods", "et", "csv", "json", "pdf", "PDF",
           "JSON", "CSV", "Excel", "WPS", "Ctrl", "C", "h", "FAMILY_LEDGER_DB", "FAMILY_LEDGER_LANG",
           "zh_CN", "en", "table", "keep", "encrypt", "delete", "family", "ledger",
           "PostgreSQL", "postgresql"}
ALLOWED |= {r.value for r in Register} | {k.value for k in ReminderKind}


def every_parser(parser: argparse.ArgumentParser, path=()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from every_parser(sub, (*path, name))


@pytest.fixture(scope="module")
def chinese():
    catalog = Catalog("zh_CN")
    with argparse_language(catalog):
        parser = parser_for("zh_CN")
        helps = {path: sub.format_help() for path, sub in every_parser(parser)}
    return parser, helps


def syntax_words(parser: argparse.ArgumentParser) -> set[str]:
    """Option names and command names as typed: not prose."""
    words = set()
    for action in parser._actions:
        for option in action.option_strings:
            words.update(WORD.findall(option))
        if isinstance(action, argparse._SubParsersAction):
            for name in action.choices:
                words.update(WORD.findall(name))
    return words


def test_every_option_and_command_is_described(chinese):
    parser, _helps = chinese
    missing = []
    for path, sub in every_parser(parser):
        for action in sub._actions:
            if action.help == argparse.SUPPRESS:
                continue
            if isinstance(action, argparse._SubParsersAction):
                missing += [f"{' '.join(path)} {c.dest}" for c in action._choices_actions
                            if not c.help]
                continue
            if not action.help:
                missing.append(f"{' '.join(path)} {action.option_strings or action.dest}")
        if path and not sub.description:
            missing.append(" ".join(path))
    assert missing == []


def test_every_help_is_chinese_without_english_words(chinese):
    parser, helps = chinese
    assert len(helps) >= 25  # every command, sub-command and action of a command
    english = {}
    syntax = set().union(*(syntax_words(sub) for _path, sub in every_parser(parser)))
    for path, text in helps.items():
        known = ALLOWED | syntax
        words = {w for w in WORD.findall(text) if w not in known}
        if words or not CJK.search(text):
            english[" ".join(path) or "family-ledger"] = sorted(words)
    assert english == {}


def test_help_lines_fit_the_terminal(chinese):
    _parser, helps = chinese
    too_wide = [line for text in helps.values() for line in text.splitlines()
                if columns(line) > 100]  # argparse's width is the terminal's, here 80 - 2
    assert too_wide == []


def test_wrap_breaks_chinese_between_characters():
    lines = wrap("提醒所针对的日期，格式 YYYY-MM-DD（默认今天）", 20)
    assert all(columns(line) <= 20 for line in lines[:-1]) and len(lines) > 1
    assert "".join(lines).replace(" ", "") == "提醒所针对的日期，格式YYYY-MM-DD（默认今天）"
    assert not any(line.startswith(("，", "）")) for line in lines)


def argparse_words() -> list[str]:
    """What the running Python's argparse passes through gettext."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("_", "ngettext"):
            count = 2 if node.func.id == "ngettext" else 1
            found += [a.value for a in node.args[:count] if isinstance(a, ast.Constant)]
    return found


def test_every_word_of_argparse_is_marked_and_translated():
    words = argparse_words()
    assert "usage: " in words and "the following arguments are required: %s" in words
    assert sorted(set(words) - set(ARGPARSE_TEXTS)) == []
    catalog = Catalog("zh_CN")
    placeholder = re.compile(r"%\(\w+\)[sr]|%[sr]")
    wrong = []
    for source in ARGPARSE_TEXTS:
        text = catalog.text(ARGPARSE_CONTEXT, source)
        ours, theirs = placeholder.findall(text), placeholder.findall(source)
        named_subset = all("(" in p for p in theirs) and set(ours) <= set(theirs)
        if not CJK.search(text) or (sorted(ours) != sorted(theirs) and not named_subset):
            wrong.append((source, text))  # a named one may be left out (the type's name)
    assert wrong == []


def test_argparse_is_left_as_it_was():
    before = argparse._("usage: ")  # type: ignore[attr-defined]
    with argparse_language(Catalog("zh_CN")):
        assert argparse._("usage: ") == "用法："  # type: ignore[attr-defined]
    assert argparse._("usage: ") == before  # type: ignore[attr-defined]


@pytest.mark.parametrize(("argv", "environ", "lang"), [
    ([], {}, "zh_CN"), (["--lang", "en"], {}, "en"), (["--lang=en", "check"], {}, "en"),
    ([], {"FAMILY_LEDGER_LANG": "en"}, "en"),
    (["--lang", "zh_CN"], {"FAMILY_LEDGER_LANG": "en"}, "zh_CN"),
    (["--lang", "fr"], {}, "zh_CN"), (["import", "--", "--lang", "en"], {}, "zh_CN")])
def test_language_choice(argv, environ, lang):
    assert chosen_language(argv, environ) == lang


def test_help_as_a_process_chinese_and_english():
    chinese = run("--help")
    assert chinese.returncode == 0
    assert chinese.stdout.startswith("用法：family-ledger") and "选项" in chinese.stdout
    assert "显示此帮助信息后退出" in chinese.stdout and "show this help" not in chinese.stdout
    english = run("--lang", "en", "report", "monthly", "--help")
    assert english.returncode == 0 and english.stdout.startswith("usage: family-ledger report")
    assert "the month of the report" in english.stdout
    by_env = run("slips", "--help", env={"FAMILY_LEDGER_LANG": "en"})
    assert "(default today)" in by_env.stdout


@pytest.mark.parametrize(("args", "words"), [
    (("init",), "缺少必需的参数：--office"),
    (("reminders", "--format", "xml"), "无效的选择：'xml'"),
    (("frob",), "无效的选择：'frob'"),
    (("check", "--zz"), "无法识别的参数：--zz"),
    (("demo", "--persons", "x"), "无效的值：'x'"),
    (("report",), "缺少必需的参数"),
    (("backup", "--to"), "需要一个值"),
])
def test_usage_errors_in_chinese(tmp_path, args, words):
    done = run("--db", str(tmp_path / "x.db"), *args)
    assert done.returncode == 2
    assert words in done.stderr and "用法：" in done.stderr and "错误：" in done.stderr
    assert "usage" not in done.stderr and "error" not in done.stderr
    assert not (tmp_path / "x.db").exists()


def test_usage_errors_in_english_when_asked(tmp_path):
    done = run("--lang", "en", "--db", str(tmp_path / "x.db"), "init")
    assert done.returncode == 2
    assert "the following arguments are required: --office" in done.stderr


ISSUE = re.compile(r"\bissues?\s*#?\s*\d+|#\d+\b|问题\s*\d+", re.IGNORECASE)


def test_no_issue_numbers_where_users_look(chinese):
    _parser, helps = chinese
    texts = {f"help {' '.join(p)}": t for p, t in helps.items()}
    for path in [ROOT / "README.md", ROOT / "packaging" / "README.md",
                 ROOT / "resources" / "translations" / "family_ledger_zh_CN.ts",
                 *sorted((ROOT / "docs").glob("*.md"))]:
        texts[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    found = {name: ISSUE.findall(text) for name, text in texts.items() if ISSUE.search(text)}
    assert found == {}
