"""Normalised search keys, stored beside a name so that ``zxy`` finds 张秀英."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Common surnames whose reading differs from the character's usual one.
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "区": "ou", "解": "xie", "朴": "piao",
    "查": "zha", "盖": "ge", "乐": "yue", "员": "yun", "覃": "qin", "翟": "zhai",
    "缪": "miao", "尉": "yu", "长": "chang", "祭": "zhai", "种": "chong", "繁": "po",
}


@lru_cache(maxsize=65536)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name, lower-case ASCII without spaces."""
    name = unicodedata.normalize("NFKC", name or "").strip()
    if not name:
        return "", ""
    # Imported here: loading pypinyin's phrase tables costs ~0.2 s, needed only when writing.
    from pypinyin import Style, lazy_pinyin

    # Letters and digits one syllable each. pypinyin accepts a list from ``errors`` (its docs
    # say so) but its stubs only admit a str.
    syllables = lazy_pinyin(
        name, style=Style.NORMAL,
        errors=lambda s: list(s.lower())  # type: ignore[arg-type,return-value]
    )
    if name[0] in _SURNAME_READINGS and syllables:
        syllables[0] = _SURNAME_READINGS[name[0]]
    syllables = [s.replace("ü", "v").lower() for s in syllables if s.strip()]
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables if s)
    return full, initials


def normalize_query(text: str) -> str:
    """What the clerk typed, ready for a LIKE pattern (lower case, no spaces)."""
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(text.split()).lower()


def like_escape(text: str) -> str:
    """Escape LIKE wildcards with backslash (use ``escape='\\\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
