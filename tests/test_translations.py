"""Chinese first: the zh_CN translation is complete, current with the code, and compiled."""

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

# packaging/ is a folder of build scripts, not a package (and "packaging" is a PyPI name).
_spec = importlib.util.spec_from_file_location(
    "translations_tool", Path(__file__).resolve().parent.parent / "packaging" / "translations.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


def messages(ts_path):
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def translated_text(message):
    """The translation of a message; plural (numerus) messages have one form in Chinese."""
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms[0] if forms else (translation.text or "")


def test_every_message_has_a_finished_chinese_translation():
    missing = []
    for context, message in messages(tool.TS):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not translated_text(message).strip():
            missing.append(f"{context}: {source}")
    assert missing == []


def test_placeholders_survive_translation():
    wrong = []
    for context, message in messages(tool.TS):
        source = message.findtext("source") or ""
        text = translated_text(message)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source} -> {text}")
    assert wrong == []


def test_ts_file_is_current_with_the_code(tmp_path):
    copy = tmp_path / "current.ts"
    shutil.copy(tool.TS, copy)
    tool.lupdate(copy)
    new = [f"{c}: {m.findtext('source')}" for c, m in messages(copy)
           if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]
    assert new == [], "run: python packaging/translations.py update, then translate"


def test_compiled_qm_matches_the_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(tool.QM))
    stale = []
    for context, message in messages(tool.TS):
        source = message.findtext("source")
        expected = translated_text(message)
        n = 1 if message.get("numerus") == "yes" else -1
        if translator.translate(context, source, None, n) != expected:
            stale.append(f"{context}: {source}")
    assert stale == [], "run: python packaging/translations.py release"


@pytest.mark.parametrize("context, source", [("errors", "Please enter the name."),
                                             ("enums", "Inflow")])
def test_known_strings_are_chinese(qapp, context, source):
    translator = QTranslator()
    translator.load(str(tool.QM))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in translator.translate(context, source))


def test_no_translation_wrappers_hide_strings_from_lupdate():
    """lupdate extracts literal tr()/translate()/QT_TRANSLATE_NOOP calls only: a helper such as
    `def _tr(text): return translate("ctx", text)` leaves its strings untranslated for ever."""
    root = Path(__file__).resolve().parent.parent / "desktop"
    wrappers = [f"{path.relative_to(root)}:{n}" for path in root.rglob("*.py")
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if re.match(r"\s*def _?tr\(", line)]
    assert wrappers == []
