"""Chinese for the few English templates a printed form receives from the services (the
reasons of a balance breaker). Read from the translation source shipped in resources/;
without it (or without an entry) the English text is printed rather than nothing."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from desktop.resources import resource_path

TS_FILE = "family_ledger_zh_CN.ts"


def chinese(context: str, source: str) -> str:
    return _table().get((context, source)) or source


@functools.cache
def _table() -> dict[tuple[str, str], str]:
    path = resource_path("translations", TS_FILE)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            text = message.find("translation")
            if text is not None and text.text and text.get("type") not in ("unfinished", "obsolete"):
                out[(name, message.findtext("source", ""))] = text.text
    return out
