"""The command line's language: Chinese by default, English with ``--lang en`` (or the
``FAMILY_LEDGER_LANG`` environment variable), for its help as for its messages.

The parsers are written with English help marked ``QT_TRANSLATE_NOOP("cli-help", …)``;
``localize`` translates a built parser tree in place (help, descriptions, metavars) from the
same Qt catalog as the rest of the program. argparse's own words ("usage:", "options", "the
following arguments are required", "invalid choice" …) come from ``gettext`` calls inside
argparse; ``argparse_language`` answers them from the catalog's "argparse" context while the
parser is built and used. No QCoreApplication is needed (the window creates its own later).
"""

from __future__ import annotations

import argparse
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QTranslator

from desktop.i18n import CATALOG, DEFAULT_LANGUAGE, LANGUAGES
from desktop.resources import resource_path

ENV_LANG = "FAMILY_LEDGER_LANG"
HELP_CONTEXT = "cli-help"
ARGPARSE_CONTEXT = "argparse"


def chosen_language(argv: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """``--lang X`` / ``--lang=X`` on the command line, else the environment variable, else
    Chinese. An unknown value falls back (argparse then says what is allowed)."""
    wanted = (os.environ if environ is None else environ).get(ENV_LANG, "")
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            wanted = argv[i + 1]
        elif arg.startswith("--lang="):
            wanted = arg.split("=", 1)[1]
    return wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE


class Catalog:
    """The program's translations read directly (no application object needed)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translator = QTranslator()
        if lang != "en":
            self._translator.load(str(resource_path("translations", f"{CATALOG}_{lang}.qm")))

    def text(self, context: str, source: str) -> str:
        """The translation, or the English source where there is none."""
        if not source:
            return source
        return self._translator.translate(context, source) or source


def columns(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


NO_LINE_START = frozenset("，。、；：！？）》」』”’")
_PIECES = re.compile(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+")


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns: Chinese breaks between any two characters, other
    words at spaces."""
    lines: list[str] = []
    line = ""
    for piece in _PIECES.findall(" ".join(text.split())):
        if line and columns(line + piece.rstrip()) > width and piece not in NO_LINE_START:
            lines.append(line.rstrip())
            line = piece.lstrip()
        else:
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout measured in terminal columns, so Chinese help wraps and lines up;
    a description or epilog keeps its own line breaks."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for paragraph in text.splitlines()
                         for line in (wrap(paragraph, width - len(indent)) or [""]))

    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        header = self._format_action_invocation(action)
        extra = columns(header) - len(header)
        prefix = " " * self._current_indent + header
        if extra <= 0 or not text.startswith(prefix) or text[len(prefix):].startswith("\n"):
            return text
        rest = text[len(prefix):]
        if rest.startswith(" " * (extra + 2)):
            return prefix + rest[extra:]
        help_position = min(self._action_max_length + 2, self._max_help_position)
        return prefix + "\n" + " " * help_position + rest.lstrip(" ")


def localize(parser: argparse.ArgumentParser, catalog: Catalog) -> None:
    """Translate the help of a parser and of every sub-command below it, in place. A
    sub-command's help becomes the description of its own ``--help`` too."""
    def translated(text: str | None) -> str | None:
        return catalog.text(HELP_CONTEXT, text) if text else text

    parser.formatter_class = HelpFormatter
    parser.description = translated(parser.description)
    parser.epilog = translated(parser.epilog)
    for action in parser._actions:
        if action.help not in (None, argparse.SUPPRESS):
            action.help = translated(action.help)
        if isinstance(action.metavar, str):
            action.metavar = translated(action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for choice in action._choices_actions:
                choice.help = translated(choice.help)
            for name, sub in action.choices.items():
                if sub.description is None and helps.get(name):
                    sub.description = helps[name]
                localize(sub, catalog)


@contextmanager
def argparse_language(catalog: Catalog) -> Iterator[None]:
    """argparse's own words from the catalog while the parser is built and used."""
    if catalog.lang == "en":
        yield
        return
    original = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(message: str) -> str:
        return catalog.text(ARGPARSE_CONTEXT, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        text = catalog.text(ARGPARSE_CONTEXT, singular if n == 1 else plural)
        return text

    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = original  # type: ignore[attr-defined]
