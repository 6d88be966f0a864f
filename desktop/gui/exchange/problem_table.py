"""The import check's problems as a sortable table, and the counts per sheet.

The problems come from the service as one tuple (a bad file can give thousands of lines; they
are held in memory, a few small strings each). Reason texts are translated when first shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.domain.values.exchange import SHEETS, Problem, SheetCounts
from desktop.gui.models.list_model import Index, ListTableModel

COL_SHEET, COL_ROW, COL_COLUMN, COL_VALUE, COL_REASON = range(5)
COLUMN_COUNT = 5
RowRole = Qt.ItemDataRole.UserRole + 1  # the row number as Excel shows it
ProblemRole = Qt.ItemDataRole.UserRole + 2  # the Problem itself

_SHEET_ORDER = {name: i for i, name in enumerate(SHEETS)}


def reason_text(problem: Problem) -> str:
    """The problem's reason in the installed language, filled in."""
    return problem.text(QCoreApplication.translate(problem.context, problem.reason))


class ProblemTableModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reasons: dict[int, str] = {}  # id(problem) -> translated reason
        self._templates: dict[tuple[str, str], str] = {}  # (context, reason) -> translated
        self._headers = (self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
                         self.tr("Reason"))

    def set_problems(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self._set_items(problems)

    def _items_changed(self) -> None:
        self._reasons, self._templates = {}, {}

    def problem(self, row: int) -> Problem | None:
        return self.item(row)

    def cell_text(self, row: int, column: int) -> str:
        p = self._items[row]
        if column == COL_SHEET:
            return p.sheet
        if column == COL_ROW:
            return str(p.row) if p.row else ""
        if column == COL_COLUMN:
            return p.column
        if column == COL_VALUE:
            return p.value
        return self._reason(p)

    def _reason(self, p: Problem) -> str:
        text = self._reasons.get(id(p))
        if text is None:
            template = self._templates.get((p.context, p.reason))
            if template is None:  # a file has a few dozen kinds of reason, not one per line
                template = QCoreApplication.translate(p.context, p.reason)
                self._templates[(p.context, p.reason)] = template
            text = self._reasons[id(p)] = p.text(template)
        return text

    # -- Qt model --------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (COL_VALUE, COL_REASON):
            return self.cell_text(index.row(), index.column())  # long texts the column cuts
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return self._items[index.row()].row
        if role == ProblemRole:
            return self._items[index.row()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sheets in the format's order, rows as numbers; ties keep sheet and row order."""
        if not 0 <= column < COLUMN_COUNT or not self._items:
            return

        def where(p: Problem) -> tuple[int, int]:
            return _SHEET_ORDER.get(p.sheet, len(SHEETS)), p.row

        def key(i: int) -> tuple:
            p = self._items[i]
            if column == COL_SHEET:
                return where(p)
            if column == COL_ROW:
                return p.row, _SHEET_ORDER.get(p.sheet, len(SHEETS))
            return self.cell_text(i, column), where(p)

        self.layoutAboutToBeChanged.emit()
        order_of = sorted(range(len(self._items)), key=key,
                          reverse=order == Qt.SortOrder.DescendingOrder)
        new_row = {old: new for new, old in enumerate(order_of)}
        self._items = [self._items[i] for i in order_of]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(old_indexes, [
            self.index(new_row[i.row()], i.column()) for i in old_indexes])
        self.layoutChanged.emit()


COUNT_SHEET, COUNT_ROWS, COUNT_ADD, COUNT_UPDATE, COUNT_UNCHANGED, COUNT_REJECTED = range(6)
COUNT_COLUMNS = 6


class SheetCountsModel(ListTableModel):
    """One line per sheet of the file and a total line: what the import will do."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = False  # the last line sums the others
        self._headers = (self.tr("Sheet"), self.tr("Rows read"), self.tr("To add"),
                         self.tr("To update"), self.tr("Unchanged"), self.tr("Rejected"))

    def set_counts(self, sheets: tuple[SheetCounts, ...] | list[SheetCounts]) -> None:
        rows = [(s.sheet, s.rows, s.to_add, s.to_update, s.unchanged, s.rejected) for s in sheets]
        self._total = len(rows) > 1
        if self._total:
            totals = [sum(r[c] for r in rows) for c in range(1, COUNT_COLUMNS)]
            rows.append((self.tr("Total"), *totals))
        self._set_items(rows)

    def row_values(self, row: int) -> tuple[str, int, int, int, int, int]:
        return self._items[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        value = self._items[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != COUNT_SHEET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._total and index.row() == len(self._items) - 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == RowRole:
            return index.row()
        return None
