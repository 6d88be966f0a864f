"""Which life event may follow which, and the person's status after a sequence of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desktop.domain.enums import EventKind, RecordStatus
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError

STATUS_AFTER = {
    EventKind.MOVED_AWAY: RecordStatus.MOVED,
    EventKind.RETURNED: RecordStatus.ACTIVE,
    EventKind.DECEASED: RecordStatus.DECEASED,
}


def check_next(status: RecordStatus, kind: EventKind) -> None:
    """Refuse an event that cannot follow the current status."""
    if kind is EventKind.TRANSFERRED and status is RecordStatus.MOVED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "She is recorded as moved away; record her return first."),
            field="kind",
        )
    if status is RecordStatus.DECEASED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "She is recorded as deceased; no event can follow."),
            field="kind",
        )
    if kind is EventKind.MOVED_AWAY and status is not RecordStatus.ACTIVE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "She is already recorded as moved away."), field="kind"
        )
    if kind is EventKind.RETURNED and status is not RecordStatus.MOVED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Only a person who moved away can return."), field="kind"
        )


def replay(events: Iterable[tuple[EventKind, dt.date]]) -> tuple[RecordStatus, dt.date | None]:
    """Status and status date after ``events`` in date order; raises on an invalid sequence.

    With no events she is active with no status date. A transfer between units
    (单位调动) keeps her status and its date.
    """
    status, since, latest = RecordStatus.ACTIVE, None, None
    for kind, day in events:
        check_next(status, kind)
        if latest is not None and day < latest:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The date {date} is before her latest event ({latest})."),
                field="date", date=day.isoformat(), latest=latest.isoformat(),
            )
        latest = day
        if kind in STATUS_AFTER:
            status, since = STATUS_AFTER[kind], day
    return status, since
