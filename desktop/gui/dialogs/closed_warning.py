"""The warning before a save that changes a closed report (结账): which closed period,
which figure, from what to what. Saving is never refused; the correction is then listed
with the closed report (found from the change log)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.values.people import PersonDraft
from desktop.gui.reports.closing_panel import figure_label

log = logging.getLogger(__name__)
Change = tuple[dt.date, str, int]  # day, figure key, by how much


def draft_changes(before: PersonDraft | None, after: PersonDraft) -> list[Change]:
    """The dated figures a save of her record moves: births added, moved or removed."""
    old = {c.id: c.birth_date for c in (before.children if before else []) if c.id is not None}
    out: list[Change] = []
    kept = set()
    for child in after.children:
        if child.birth_date is None:
            continue
        if child.id is None or child.id not in old:
            out.append((child.birth_date, "births", 1))
            continue
        kept.add(child.id)
        if old[child.id] != child.birth_date and old[child.id] is not None:
            out += [(old[child.id], "births", -1), (child.birth_date, "births", 1)]
    out += [(day, "births", -1) for cid, day in old.items() if cid not in kept and day]
    return out


def warning_lines(closing, changes: Iterable[Change]) -> list[str]:  # noqa: ANN001
    """One line per closed report a change moves: 2026年10月 报表：出生人数 2 → 3."""
    totals: dict[tuple[dt.date, str], int] = {}
    for day, key, delta in changes:
        totals[(day, key)] = totals.get((day, key), 0) + delta
    lines = []
    for (day, key), delta in sorted(totals.items()):
        if not delta:
            continue
        for closure, _key, old, new in closing.preview(day, key, delta):
            lines.append(QCoreApplication.translate(
                "ClosedWarning", "This changes the closed report of {period}: {figure} "
                "{old} → {new}").format(period=_period(closure), figure=figure_label(key),
                                        old=old, new=new))
    return lines


def transfer_lines(closing, day: dt.date | None) -> list[str]:  # noqa: ANN001
    """A move between units dated inside a closed period moves its per-unit figures."""
    if day is None:
        return []
    return [QCoreApplication.translate(
        "ClosedWarning", "This changes the per-unit figures of the closed report of {period}"
    ).format(period=_period(closure)) for closure in closing.containing([day])]


def confirm_closed(parent: QWidget, confirm: Callable[[QWidget, str, str], bool],
                   lines: list[str]) -> bool:
    """Ask before saving a change to closed reports; True: save (also when nothing moves)."""
    if not lines:
        return True
    text = "\n".join(lines) + "\n\n" + QCoreApplication.translate(
        "ClosedWarning", "Save anyway? The closed report keeps its figures and lists this "
        "correction beside them.")
    if not confirm(parent, QCoreApplication.translate("ClosedWarning", "A closed report changes"),
                   text):
        return False
    log.info("a change to a closed report was confirmed")  # no personal data
    return True


def _period(closure) -> str:  # noqa: ANN001
    if closure.kind == "month":
        return QCoreApplication.translate("ClosedWarning", "{year}-{month:02d}").format(
            year=closure.start.year, month=closure.start.month)
    return f"{closure.start.isoformat()} – {closure.end.isoformat()}"

