"""The persons of a verification sample and their results (对 / 错 / not entered) as a
table: one row per person, one column per item checked."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain.idnumber import mask
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.samples import ITEMS, SampleRow

Index = QModelIndex | QPersistentModelIndex
FIXED = (QT_TRANSLATE_NOOP("sample", "No."), QT_TRANSLATE_NOOP("sample", "Name"),
         QT_TRANSLATE_NOOP("sample", "ID number"), QT_TRANSLATE_NOOP("sample", "Unit"))
FIRST_ITEM = len(FIXED)
COLOURS = {True: QColor("#e3f1e4"), False: QColor("#f9d9dc")}


def result_text(value: bool | None) -> str:
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("sample", "Right")
    return QCoreApplication.translate("sample", "Wrong")


class SampleModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[SampleRow] = []

    def set_rows(self, rows: list[SampleRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def update_row(self, row: int, value: SampleRow) -> None:
        self.rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @staticmethod
    def item_of(column: int) -> str | None:
        number = column - FIRST_ITEM
        return ITEMS[number][0] if 0 <= number < len(ITEMS) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_ITEM + len(ITEMS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIRST_ITEM:
            return QCoreApplication.translate("sample", FIXED[section])
        if section < self.columnCount():
            return QCoreApplication.translate("sample", ITEMS[section - FIRST_ITEM][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        item = self.item_of(column)
        if item is None:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return (str(row.position), row.name, mask(row.id_number), row.unit_name)[column]
        value = row.results.get(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return result_text(value)
        if role == Qt.ItemDataRole.BackgroundRole and value is not None:
            return COLOURS[value]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
