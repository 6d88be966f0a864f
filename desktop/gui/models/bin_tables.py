"""The recycle bin's two lists (persons, records) as table models fetched a page at a time:
the view asks for the next page when the clerk scrolls to the end."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.idnumber import mask
from desktop.domain.values.recycle_bin import CONTEXT, BinRecord
from desktop.i18n import enum_text, record_kind_text
from desktop.services.container import Services

RowRole = Qt.ItemDataRole.UserRole + 1  # the record id (the person id in the persons list)
PersonRole = Qt.ItemDataRole.UserRole + 2
EntityRole = Qt.ItemDataRole.UserRole + 3  # change-log entity name: person, checkup, child...

PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


def _stamp(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def details_text(record: BinRecord) -> str:
    params = {k: enum_text(v) if isinstance(v, Enum) else v for k, v in record.params.items()}
    text = QCoreApplication.translate(CONTEXT, record.text)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


class PagedModel(QAbstractTableModel):
    """Rows as tuples: (texts, record id, person id, entity)."""

    def __init__(self, services: Services, headers: tuple[str, ...], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._services = services
        self._headers = headers
        self._rows: list[tuple[tuple[str, ...], int, int, str]] = []
        self._more = False

    def _fetch(self, offset: int, limit: int) -> list[tuple[tuple[str, ...], int, int, str]]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(0, PAGE_SIZE)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def key(self, row: int) -> tuple[str, int, int]:
        """(entity, record id, person id) of a row."""
        _texts, record_id, person_id, entity = self._rows[row]
        return entity, record_id, person_id

    # -- Qt model --------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self._fetch(len(self._rows), PAGE_SIZE)
        self._more = len(rows) == PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        texts, record_id, person_id, entity = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()] if 0 <= index.column() < len(texts) else None
        if role == RowRole:
            return record_id
        if role == PersonRole:
            return person_id
        if role == EntityRole:
            return entity
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


# Persons list
COL_NAME = 0
COL_ID_NUMBER = 1
COL_DELETED = 2


class DeletedPersonModel(PagedModel):
    def __init__(self, services: Services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, (self.tr("Name"), self.tr("ID number"), self.tr("Deleted at")),
                         parent)
        self.reload()

    def _fetch(self, offset: int, limit: int) -> list[tuple[tuple[str, ...], int, int, str]]:
        return [((name, mask(number), _stamp(deleted_at)), person_id, person_id, "person")
                for person_id, name, number, deleted_at
                in self._services.person_list.deleted(offset=offset, limit=limit)]


# Records list
COL_KIND = 0
COL_PERSON = 1
COL_PERSON_ID_NUMBER = 2
COL_DATE = 3
COL_DETAILS = 4
COL_RECORD_DELETED = 5


class DeletedRecordModel(PagedModel):
    def __init__(self, services: Services, parent=None) -> None:  # noqa: ANN001
        super().__init__(services, (self.tr("Kind"), self.tr("Name"), self.tr("ID number"),
                                    self.tr("Date"), self.tr("Details"), self.tr("Deleted at")),
                         parent)
        self.reload()

    def _fetch(self, offset: int, limit: int) -> list[tuple[tuple[str, ...], int, int, str]]:
        return [(self._texts(r), r.record_id, r.person_id, r.entity)
                for r in self._services.recycle_bin.page(offset, limit)]

    @staticmethod
    def _texts(r: BinRecord) -> tuple[str, ...]:
        kind = record_kind_text(r.entity)
        return (kind, r.person_name, r.id_number, r.date.isoformat() if r.date else "",
                details_text(r), _stamp(r.deleted_at))
