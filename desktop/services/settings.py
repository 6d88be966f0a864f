"""Office settings kept in the database (printed on reports, used in the change log)."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from sqlmodel import Session

from desktop.domain.schedule import DEFAULT_INTERVALS
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.indicators import (
    DEFAULT_TARGETS,
    STATISTICAL_ERROR,
    TARGET_KEYS,
    Target,
)
from desktop.domain.values.reminders import DEFAULT_HORIZON_DAYS
from desktop.errors import ValidationError
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Setting

OFFICE_NAME = "office_name"
CLERK_NAME = "clerk_name"
CLERK_PHONE = "clerk_phone"
SETUP_DONE = "setup_done"
# Reminders
CHECKUP_INTERVALS = "checkup_intervals"  # JSON {"key": 3, "general": 12, ...}: group -> months
PAYMENT_DUE_MONTH = "payment_due_month"  # month a yearly programme is paid in, 1..12
REMINDER_HORIZON = "reminder_horizon_days"  # reminders due within this many days are listed
SERVICE_PLACE = "service_place"  # where she should come (printed on slips)
DEFAULT_PAYMENT_MONTH = 12
MAX_INTERVAL_MONTHS = 120
MAX_HORIZON_DAYS = 366
# Printed documents: a TrueType font file (.ttf/.ttc, "file.ttc#1" for another
# face) used instead of the bundled one; blank or unusable: the bundled font.
PDF_FONT_PATH = "pdf_font_path"
# Targets (考核目标): JSON {"<rate key>": "95" | ""}, percent; a key not stored: the default.
RATE_TARGETS = "rate_targets"
# 核对抽查: the share of the active persons drawn (percent) and its bounds.
SAMPLE_SIZE = "sample_size"  # JSON {"percent": "5", "min": 20, "max": 200}
DEFAULT_SAMPLE = {"percent": "5", "min": 20, "max": 200}
MAX_SAMPLE = 5000


class SettingsService:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory

    def get(self, key: str, default: str = "") -> str:
        with self._factory() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_many(self, values: dict[str, str], session: Session | None = None) -> None:
        if session is not None:
            self._write(session, values)
            return
        with transaction(self._factory) as s:
            self._write(s, values)

    @staticmethod
    def _write(session: Session, values: dict[str, str]) -> None:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value

    # -- reminder settings -------------------------------------------------------
    def checkup_intervals(self) -> dict[str, int]:
        """Group code -> months between check-ups; the defaults fill what is not set."""
        intervals = dict(DEFAULT_INTERVALS)
        try:
            stored = json.loads(self.get(CHECKUP_INTERVALS) or "{}")
        except ValueError:  # edited by hand: fall back to the defaults
            stored = {}
        if isinstance(stored, dict):
            for group, months in stored.items():
                if isinstance(months, int) and 1 <= months <= MAX_INTERVAL_MONTHS:
                    intervals[str(group)] = months
        return intervals

    def set_checkup_intervals(self, intervals: dict[str, int]) -> None:
        """Replace the intervals (groups may be added); each 1 to 120 months."""
        clean: dict[str, int] = {}
        for group, months in intervals.items():
            code = str(group).strip()
            if not code:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Please name the group."),
                                      field=CHECKUP_INTERVALS)
            if isinstance(months, bool) or not isinstance(months, int) \
                    or not 1 <= months <= MAX_INTERVAL_MONTHS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The interval of group {group} must be "
                                                "1 to {limit} months."),
                    field=CHECKUP_INTERVALS, group=code, limit=MAX_INTERVAL_MONTHS)
            clean[code] = months
        self.set_many({CHECKUP_INTERVALS: json.dumps(clean, ensure_ascii=False, sort_keys=True)})

    def payment_due_month(self) -> int:
        value = _int_or_none(self.get(PAYMENT_DUE_MONTH))
        return value if value is not None and 1 <= value <= 12 else DEFAULT_PAYMENT_MONTH

    def set_payment_due_month(self, month: int) -> None:
        if not 1 <= month <= 12:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The month must be 1 to 12."),
                                  field=PAYMENT_DUE_MONTH)
        self.set_many({PAYMENT_DUE_MONTH: str(month)})

    def reminder_horizon_days(self) -> int:
        value = _int_or_none(self.get(REMINDER_HORIZON))
        if value is not None and 0 <= value <= MAX_HORIZON_DAYS:
            return value
        return DEFAULT_HORIZON_DAYS

    def set_reminder_horizon_days(self, days: int) -> None:
        if not 0 <= days <= MAX_HORIZON_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The number of days must be 0 to {limit}."),
                field=REMINDER_HORIZON, limit=MAX_HORIZON_DAYS)
        self.set_many({REMINDER_HORIZON: str(days)})

    def service_place(self) -> str:
        return self.get(SERVICE_PLACE)

    def set_service_place(self, place: str) -> None:
        place = place.strip()
        if len(place) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This field holds at most {limit} characters."),
                field=SERVICE_PLACE, limit=200)
        self.set_many({SERVICE_PLACE: place})

    def pdf_font_path(self) -> str | None:
        """The font chosen for PDFs, or None for the bundled one."""
        return self.get(PDF_FONT_PATH).strip() or None

    # -- targets (考核目标) and the verification sample's size ----------------------
    def target_texts(self) -> dict[str, str]:
        """Rate key -> target in percent as the clerk typed it ("" = blank, no mark)."""
        texts = dict.fromkeys(TARGET_KEYS, "")
        texts.update(DEFAULT_TARGETS)
        stored = _json_dict(self.get(RATE_TARGETS))
        for key, value in stored.items():
            if key in texts and isinstance(value, str) and (not value or _percent(value)):
                texts[key] = value
        return texts

    def targets(self) -> dict[str, Target | None]:
        """Rate key -> Target (None: blank); 统计误差率 is "at most"."""
        out: dict[str, Target | None] = {}
        for key, text in self.target_texts().items():
            value = _percent(text)
            out[key] = None if value is None else Target(value / 100,
                                                         at_most=key == STATISTICAL_ERROR)
        return out

    def set_targets(self, texts: dict[str, str]) -> None:
        self.set_many({RATE_TARGETS: self.targets_value(texts)})

    def targets_value(self, texts: dict[str, str]) -> str:
        """The stored form of the targets (checked): each blank or a percent 0 to 100 with
        at most two decimals; keys not given keep their value."""
        clean = self.target_texts()
        for key, text in texts.items():
            if key not in clean:
                continue
            text = text.strip().rstrip("%").strip()
            if text and _percent(text) is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A target is a percent from 0 to 100, with "
                                                "at most two decimals, or blank."),
                    field=key)
            clean[key] = text
        return json.dumps(clean, sort_keys=True)

    def sample_size(self) -> tuple[Fraction, int, int]:
        """(share of the active persons, at least, at most) for 核对抽查."""
        stored = {**DEFAULT_SAMPLE, **_json_dict(self.get(SAMPLE_SIZE))}
        share = _percent(str(stored["percent"])) or Fraction(5)
        low, high = stored["min"], stored["max"]
        if not (isinstance(low, int) and isinstance(high, int) and 1 <= low <= high <= MAX_SAMPLE):
            low, high = DEFAULT_SAMPLE["min"], DEFAULT_SAMPLE["max"]
        return share / 100, low, high

    def set_sample_size(self, percent: str, low: int, high: int) -> None:
        self.set_many({SAMPLE_SIZE: self.sample_size_value(percent, low, high)})

    @staticmethod
    def sample_size_value(percent: str, low: int, high: int) -> str:
        """The stored form of the sample's size rule (checked)."""
        value = _percent(percent.strip().rstrip("%").strip())
        if value is None or value == 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The share drawn is a percent above 0 and up to "
                                            "100."), field=SAMPLE_SIZE)
        if not 1 <= low <= high <= MAX_SAMPLE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The sample holds at least 1 and at most {limit} "
                                            "persons, the least not above the most."),
                field=SAMPLE_SIZE, limit=MAX_SAMPLE)
        return json.dumps({"percent": percent.strip().rstrip("%").strip(), "min": low,
                           "max": high})

    @property
    def setup_done(self) -> bool:
        return self.get(SETUP_DONE) == "1"


_PERCENT = re.compile(r"^[0-9]{1,3}(\.[0-9]{1,2})?$")


def _json_dict(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:  # edited by hand: the defaults
        return {}
    return value if isinstance(value, dict) else {}


def _percent(text: str) -> Fraction | None:
    """A percent 0 to 100 with at most two decimals, exactly; None if not one."""
    text = text.strip()
    if not _PERCENT.match(text):
        return None
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return Fraction(value) if 0 <= value <= 100 else None


def _int_or_none(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None
