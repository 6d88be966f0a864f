"""Office settings kept in the database (printed on reports, used in the change log)."""

from __future__ import annotations

import json

from sqlmodel import Session

from desktop.domain.schedule import DEFAULT_INTERVALS
from desktop.domain.tr import QT_TRANSLATE_NOOP
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

    @property
    def setup_done(self) -> bool:
        return self.get(SETUP_DONE) == "1"


def _int_or_none(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None
