"""The findings of the data checks as a table. The list is small and bounded: the service
returns at most a few hundred findings per check, so it is held in memory."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.values.data_checks import CHECK_TITLES, CONTEXT, Finding
from desktop.gui.models.list_model import Index, ListTableModel
from desktop.i18n import enum_text

COL_CHECK = 0
COL_NAME = 1
COL_ID_NUMBER = 2
COL_DATE = 3
COL_DETAIL = 4
COLUMN_COUNT = 5

RowRole = Qt.ItemDataRole.UserRole + 1  # the id of the record the finding is about
FindingRole = Qt.ItemDataRole.UserRole + 2  # the Finding itself


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


class FindingTableModel(ListTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._texts: list[tuple[str, ...]] = []
        self._headers = (self.tr("Check"), self.tr("Name"), self.tr("ID number"), self.tr("Date"),
                         self.tr("Details"))

    def set_findings(self, findings: list[Finding]) -> None:
        self._set_items(findings)

    def _items_changed(self) -> None:
        self._texts = [self._row_texts(f) for f in self._items]

    def finding(self, row: int) -> Finding | None:
        return self.item(row)

    # -- Qt model --------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (COL_CHECK, COL_DETAIL):
                return None  # tips for the long texts a column may cut
            return self._texts[index.row()][index.column()]
        if role == RowRole:
            return self._items[index.row()].record_id
        if role == FindingRole:
            return self._items[index.row()]
        return None

    @staticmethod
    def _row_texts(f: Finding) -> tuple[str, ...]:
        return (check_title(f.check), f.person_name, f.id_number,
                f.date.isoformat() if f.date else "", detail_text(f))
