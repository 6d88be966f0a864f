"""The whole change log as a table, read page by page (newest first, ID numbers masked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.gui.dialogs.field_labels import entity_label, field_label, value_text
from desktop.services.safety.changelog import HistoryFilters, HistoryService, LogRow

Index = QModelIndex | QPersistentModelIndex

COL_TIME, COL_USER, COL_RECORD, COL_ACTION, COL_FIELD, COL_OLD, COL_NEW = range(7)
COLUMNS = 7
PAGE_SIZE = 200
RowRole = Qt.ItemDataRole.UserRole + 1  # the change-log row id
PersonRole = Qt.ItemDataRole.UserRole + 2  # the person the entry belongs to, or None
EMPTY = "—"

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("ChangeLogModel", "Created"), "update": QT_TRANSLATE_NOOP("ChangeLogModel", "Changed"),
    "delete": QT_TRANSLATE_NOOP("ChangeLogModel", "Deleted"), "restore": QT_TRANSLATE_NOOP("ChangeLogModel", "Restored"),
    "show_id": QT_TRANSLATE_NOOP("ChangeLogModel", "Full ID number shown"),
    "auto": QT_TRANSLATE_NOOP("ChangeLogModel", "Automatic backup"),
}
# What "create" means for the records that are acts rather than data.
CREATE_LABELS = {
    "import": QT_TRANSLATE_NOOP("ChangeLogModel", "Imported"), "export": QT_TRANSLATE_NOOP("ChangeLogModel", "Exported"),
    "backup": QT_TRANSLATE_NOOP("ChangeLogModel", "Backed up"), "demo": QT_TRANSLATE_NOOP("ChangeLogModel", "Demo data added"),
    "reminder_postponement": QT_TRANSLATE_NOOP("ChangeLogModel", "Postponed"),
}


def action_label(action: str, entity: str = "") -> str:
    text = CREATE_LABELS.get(entity) if action == "create" else None
    text = text or ACTION_LABELS.get(action)
    return QCoreApplication.translate("ChangeLogModel", text) if text else action


def record_label(entity: str) -> str:
    if entity == "person":
        return QCoreApplication.translate("ChangeLogModel", "Person")
    if entity == "security":
        return QCoreApplication.translate("ChangeLogModel", "Password and lock")
    return entity_label(entity)


class ChangeLogModel(QAbstractTableModel):
    def __init__(self, history: HistoryService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._filters = HistoryFilters()
        self._count = 0
        self._pages: dict[int, list[LogRow]] = {}
        self.pages_read = 0  # for tests: pages fetched from the database

    def set_filters(self, filters: HistoryFilters) -> None:
        self.beginResetModel()
        self._filters = filters
        self._pages.clear()
        self._count = self._history.count(filters)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filters(self._filters)

    def _row(self, row: int) -> LogRow | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._history.page(self._filters, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            self.pages_read += 1
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("User"), self.tr("Record"), self.tr("Action"),
                self.tr("Field"), self.tr("Old value"), self.tr("New value"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # read-only

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        entry = self._row(index.row())
        if entry is None:
            return None
        if role == RowRole:
            return entry.id
        if role == PersonRole:
            return entry.person_id if entry.person_id is not None else (
                entry.entity_id if entry.entity == "person" else None)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == COL_TIME:
            return entry.at.strftime("%Y-%m-%d %H:%M:%S")
        if column == COL_USER:
            return entry.user
        if column == COL_RECORD:  # the kind of record, and whose: name and masked ID
            kind = record_label(entry.entity)
            if not entry.person or entry.entity == "person":
                return entry.person or kind
            return f"{kind} · {entry.person}"
        if column == COL_ACTION:
            return action_label(entry.action, entry.entity)
        if column == COL_FIELD:
            return field_label(entry.field) if entry.field else ""
        value = entry.old_value if column == COL_OLD else entry.new_value
        return EMPTY if value in (None, "") else value_text(entry.field, value)
