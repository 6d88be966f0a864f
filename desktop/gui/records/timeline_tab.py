"""The timeline tab: all her events, newest first (what happened lately is what the clerk
looks for), read-only; double-click opens the record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.values.pregnancy import TimelineEntry
from desktop.gui.dialogs.prompts import Prompts
from desktop.gui.records.rows_model import RowsModel, make_view
from desktop.i18n import enum_text
from desktop.services.people.timeline import CONTEXT, TimelineService

COL_DATE, COL_EVENT, COL_DETAILS = range(3)


class TimelineTab(QWidget):
    """``open_record(tab key, record id)`` asks the editor to show that record."""

    key = "timeline"
    changed = Signal()  # never emitted: the timeline writes nothing
    open_record = Signal(str, int)

    def __init__(self, timeline: TimelineService, parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:  # noqa: ARG002 (it asks nothing)
        super().__init__(parent)
        self._timeline = timeline
        self.person_id: int | None = None
        # RowRole gives the record id (None for her own fields); ids of different tables may
        # repeat, so lines are opened by position, never looked up by id.
        self.model = RowsModel(self._headers, self._cell, _record_id, self)
        self.view = make_view(self.model, self)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        hint = QLabel(self.tr("Double-click a line to open its record."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(hint)

    def title(self) -> str:
        return self.tr("Timeline")

    def _headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Event"), self.tr("Details")]

    @staticmethod
    def _cell(entry: TimelineEntry, column: int) -> str:
        if column == COL_DATE:
            return entry.date.isoformat()
        if column == COL_EVENT:
            return QCoreApplication.translate(CONTEXT, entry.label)
        parts = [enum_text(entry.code) if entry.code else "", entry.text]
        return " · ".join(part for part in parts if part)

    # -- protocol --------------------------------------------------------------
    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.reload()

    def select_record(self, record_id: int) -> None:
        """Nothing of its own to select: the timeline shows other tabs' records."""

    def reload(self) -> None:
        entries = self._timeline.for_person(self.person_id) \
            if self.person_id is not None else []
        self.model.set_rows(list(reversed(entries)))  # newest first

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Records written on other tabs since the last load show up when she looks here.
        if self.person_id is not None:
            self.reload()
        super().showEvent(event)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry: TimelineEntry = self.model.row_at(index.row())
        if entry.tab is not None and entry.record_id is not None:
            self.open_record.emit(entry.tab, entry.record_id)


def _record_id(entry: TimelineEntry) -> int | None:
    return entry.record_id
