"""核对抽查, the monthly verification sample: what the service hands to the page, the
checking sheet and the CLI (shared/indicators.md, 核对抽查)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.tr import QT_TRANSLATE_NOOP

# The items checked, in the sheet's order; the English source for the screen, the Chinese
# for the printed sheet.
ITEMS: tuple[tuple[str, str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("sample", "Name"), "姓名"),
    ("id_number", QT_TRANSLATE_NOOP("sample", "ID number"), "身份证号"),
    ("marital", QT_TRANSLATE_NOOP("sample", "Marital status"), "婚姻状况"),
    ("children", QT_TRANSLATE_NOOP("sample", "Children"), "子女数"),
    ("contraception", QT_TRANSLATE_NOOP("sample", "Contraception"), "现节育措施"),
    ("address", QT_TRANSLATE_NOOP("sample", "Current address"), "现居住地"),
    ("phone", QT_TRANSLATE_NOOP("sample", "Phone"), "联系电话"),
)
ITEM_KEYS: tuple[str, ...] = tuple(key for key, _, _ in ITEMS)


@dataclass(frozen=True)
class SampleInfo:
    id: int
    month: str  # YYYY-MM
    drawn_on: dt.date
    seed: int
    size: int
    population: int  # active persons on drawn_on
    checked: int = 0  # persons with every item entered
    correct: int = 0  # of those, persons with every item right


@dataclass(frozen=True)
class SampleRow:
    """One person of a sample: what the sheet prints and the results entered."""

    position: int
    person_id: int
    name: str
    id_number: str  # full; the sheet and the screen mask it
    unit_name: str
    marital_status: str  # code
    children: int
    contraception: str  # the method code of her open record, "" if none
    address: str
    phone: str
    results: dict[str, bool | None] = field(default_factory=dict)  # item -> 对 / 错 / not yet

    @property
    def entered(self) -> bool:
        return all(self.results.get(key) is not None for key in ITEM_KEYS)

    @property
    def wrong(self) -> list[str]:
        return [key for key in ITEM_KEYS if self.results.get(key) is False]
