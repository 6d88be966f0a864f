"""The recycle bin's two lists (persons, records) as table models fetched a page at a time:
the view asks for the next page when the clerk scrolls to the end."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop.domain.idnumber import mask
from desktop.domain.values.recycle_bin import CONTEXT, BinRecord
from desktop.gui.models.list_model import Index, ListTableModel
from desktop.i18n import enum_text, record_kind_text
from desktop.services.people.person_list import PersonListService
from desktop.services.people.recycle_bin import RecycleBinService

RowRole = Qt.ItemDataRole.UserRole + 1  # the record id (the person id in the persons list)
PersonRole = Qt.ItemDataRole.UserRole + 2
EntityRole = Qt.ItemDataRole.UserRole + 3  # change-log entity name: person, checkup, child...

PAGE_SIZE = 200


def _stamp(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def details_text(record: BinRecord) -> str:
    params = {k: enum_text(v) if isinstance(v, Enum) else v for k, v in record.params.items()}
    text = QCoreApplication.translate(CONTEXT, record.text)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


class PagedModel(ListTableModel):
    """Rows as tuples: (texts, record id, person id, entity), a page more as the view asks."""

    def __init__(self, headers: tuple[str, ...], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._headers = headers
        self._more = False

    def _fetch(self, offset: int, limit: int) -> list[tuple[tuple[str, ...], int, int, str]]:
        raise NotImplementedError

    def reload(self) -> None:
        rows = self._fetch(0, PAGE_SIZE)
        self._more = len(rows) == PAGE_SIZE
        self._set_items(rows)

    def key(self, row: int) -> tuple[str, int, int]:
        """(entity, record id, person id) of a row."""
        _texts, record_id, person_id, entity = self._items[row]
        return entity, record_id, person_id

    # -- Qt model --------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self._fetch(len(self._items), PAGE_SIZE)
        self._more = len(rows) == PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(rows) - 1)
            self._items.extend(rows)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        texts, record_id, person_id, entity = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()] if 0 <= index.column() < len(texts) else None
        if role == RowRole:
            return record_id
        if role == PersonRole:
            return person_id
        if role == EntityRole:
            return entity
        return None


# Persons list
COL_NAME = 0
COL_ID_NUMBER = 1
COL_DELETED = 2


class DeletedPersonModel(PagedModel):
    def __init__(self, person_list: PersonListService, parent=None) -> None:  # noqa: ANN001
        self._person_list = person_list
        super().__init__((self.tr("Name"), self.tr("ID number"), self.tr("Deleted at")),
                         parent)
        self.reload()

    def _fetch(self, offset: int, limit: int) -> list[tuple[tuple[str, ...], int, int, str]]:
        return [((name, mask(number), _stamp(deleted_at)), person_id, person_id, "person")
                for person_id, name, number, deleted_at
                in self._person_list.deleted(offset=offset, limit=limit)]


# Records list
COL_KIND = 0
COL_PERSON = 1
COL_PERSON_ID_NUMBER = 2
COL_DATE = 3
COL_DETAILS = 4
COL_RECORD_DELETED = 5


class DeletedRecordModel(PagedModel):
    def __init__(self, recycle_bin: RecycleBinService, parent=None) -> None:  # noqa: ANN001
        self._recycle_bin = recycle_bin
        super().__init__((self.tr("Kind"), self.tr("Name"), self.tr("ID number"),
                                    self.tr("Date"), self.tr("Details"), self.tr("Deleted at")),
                         parent)
        self.reload()

    def _fetch(self, offset: int, limit: int) -> list[tuple[tuple[str, ...], int, int, str]]:
        return [(self._texts(r), r.record_id, r.person_id, r.entity)
                for r in self._recycle_bin.page(offset, limit)]

    @staticmethod
    def _texts(r: BinRecord) -> tuple[str, ...]:
        kind = record_kind_text(r.entity)
        return (kind, r.person_name, r.id_number, r.date.isoformat() if r.date else "",
                details_text(r), _stamp(r.deleted_at))
