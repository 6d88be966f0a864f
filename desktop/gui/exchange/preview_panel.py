"""The import dialog's preview: counts per sheet, the sortable problem list and the full text
of the selected problem (long reasons do not fit in a table cell)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.values.exchange import REASON_COLUMN, ImportPreview
from desktop.gui.exchange.problem_table import (
    COL_COLUMN,
    COL_REASON,
    COL_ROW,
    COL_SHEET,
    COL_VALUE,
    ProblemTableModel,
    SheetCountsModel,
)

SHOWN_CHANGES = 5000  # lines of the change list; the count says how many in all


def _table(model, parent: QWidget) -> QTableView:  # noqa: ANN001
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # compact lines
    view.horizontalHeader().setHighlightSections(False)
    return view


COUNT_LINES = 5  # per-sheet count lines shown above the problems


class PreviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_model = SheetCountsModel(self)
        self.counts_view = _table(self.counts_model, self)
        self.counts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems_label = QLabel(self)
        self.problem_model = ProblemTableModel(self)
        self.problem_view = _table(self.problem_model, self)
        self.problem_view.setSortingEnabled(True)
        self.problem_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        header = self.problem_view.horizontalHeader()
        # Sized once per file, not on every sort: ResizeToContents costs 0.6 s a sort at 50,000.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_VALUE, 170)
        self.detail_label = QLabel(self)  # the selected problem in full
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(self.tr(
            "Rows with a problem are skipped as a whole. Save them with “Save rejected rows…”, "
            "correct them in Excel (see the {column} column) and import that file again."
        ).format(column=REASON_COLUMN), self)
        self.hint_label.setWordWrap(True)
        self.problem_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.changes_label = QLabel(self)
        self.changes_view = QPlainTextEdit(self)  # per record, each field an update changes
        self.changes_view.setReadOnly(True)
        self.changes_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.changes_view.setMaximumBlockCount(SHOWN_CHANGES + 1)
        # rows imported as they are, with what 数据核查 will flag
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_view = QPlainTextEdit(self)
        self.warnings_view.setReadOnly(True)
        self.warnings_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.warnings_view.setMaximumBlockCount(SHOWN_CHANGES + 1)
        self.warnings_view.setMaximumHeight(120)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts_view)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_view, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings_view)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes_view)
        self.set_preview(None)

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.counts_model.set_counts(preview.sheets if preview else ())
        self.problem_model.set_problems(preview.problems if preview else ())
        self.problem_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column in (COL_SHEET, COL_ROW, COL_COLUMN):
            self.problem_view.resizeColumnToContents(column)
        self._fit_counts()
        self.detail_label.setText("")
        self.detail_label.setVisible(False)
        count = len(preview.problems) if preview else 0
        self.problems_label.setText(
            "" if preview is None else self.tr("Problems found: %n", "", count) if count
            else self.tr("No problems found."))
        self.hint_label.setVisible(preview is not None and preview.rejected > 0)
        self._show_changes(preview.changes if preview else ())
        self._show_warnings(preview.warnings if preview else ())

    def _show_warnings(self, warnings: tuple) -> None:
        lines = [w.line(QCoreApplication.translate(w.context, w.reason))
                 for w in warnings[:SHOWN_CHANGES]]
        if len(warnings) > SHOWN_CHANGES:
            lines.append(self.tr("… and %n more", "", len(warnings) - SHOWN_CHANGES))
        self.warnings_view.setPlainText("\n".join(lines))
        self.warnings_label.setText(self.tr(
            "Imported as they are, with a warning (数据核查 will list them): %n", "",
            len(warnings)))
        self.warnings_label.setVisible(bool(warnings))
        self.warnings_view.setVisible(bool(warnings))

    def _show_changes(self, changes: tuple) -> None:
        blank = self.tr("(blank)")
        lines = [change.line(blank) for change in changes[:SHOWN_CHANGES]]
        if len(changes) > SHOWN_CHANGES:
            lines.append(self.tr("… and %n more changes", "", len(changes) - SHOWN_CHANGES))
        self.changes_view.setPlainText("\n".join(lines))
        self.changes_label.setText(self.tr("Fields the update changes (old → new): %n", "",
                                           len(changes)))
        self.changes_label.setVisible(bool(changes))
        self.changes_view.setVisible(bool(changes))

    def _fit_counts(self) -> None:
        """As tall as its lines, at most five (more scroll): the problems keep the room."""
        view = self.counts_view
        rows = min(max(view.model().rowCount(), 1), COUNT_LINES)
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        view.setFixedHeight(height + rows * view.verticalHeader().defaultSectionSize())
        view.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if view.model().rowCount() > COUNT_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        problem = self.problem_model.problem(current.row()) if current.isValid() else None
        self.detail_label.setVisible(problem is not None)
        if problem is None:
            self.detail_label.setText("")
            return
        template = QCoreApplication.translate(problem.context, problem.reason)
        self.detail_label.setText(problem.line(template))  # as the CLI prints it
