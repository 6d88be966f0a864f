"""The findings of the data checks as a table. The list is small and bounded: the service
returns at most a few hundred findings per check, so it is held in memory."""

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

from desktop.domain.values.data_checks import CHECK_TITLES, CONTEXT, Finding
from desktop.i18n import enum_text

COL_CHECK = 0
COL_NAME = 1
COL_ID_NUMBER = 2
COL_DATE = 3
COL_DETAIL = 4
COLUMN_COUNT = 5

RowRole = Qt.ItemDataRole.UserRole + 1  # the id of the record the finding is about
FindingRole = Qt.ItemDataRole.UserRole + 2  # the Finding itself

Index = QModelIndex | QPersistentModelIndex


def detail_text(finding: Finding) -> str:
    """The finding's sentence in the installed language."""
    params = {k: enum_text(v) if isinstance(v, Enum) else v for k, v in finding.params.items()}
    text = QCoreApplication.translate(CONTEXT, finding.text)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def check_title(check: str) -> str:
    return QCoreApplication.translate(CONTEXT, CHECK_TITLES.get(check, check))


class FindingTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._texts: list[tuple[str, ...]] = []
        self._headers = (self.tr("Check"), self.tr("Name"), self.tr("ID number"), self.tr("Date"),
                         self.tr("Details"))

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self._texts = [self._row_texts(f) for f in self._findings]
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (COL_CHECK, COL_DETAIL):
                return None  # tips for the long texts a column may cut
            return self._texts[index.row()][index.column()]
        if role == RowRole:
            return self._findings[index.row()].record_id
        if role == FindingRole:
            return self._findings[index.row()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    @staticmethod
    def _row_texts(f: Finding) -> tuple[str, ...]:
        return (check_title(f.check), f.person_name, f.id_number,
                f.date.isoformat() if f.date else "", detail_text(f))
