"""The change log viewer: every change, newest first, filtered by date, record and action.

Read-only: the log is append-only in the app (nothing here edits or deletes a row).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.gui.models.change_log_table import (
    ACTION_LABELS,
    COL_RECORD,
    COL_TIME,
    ChangeLogModel,
    PersonRole,
    action_label,
    record_label,
)
from desktop.gui.widgets.date_field import DateField
from desktop.i18n import error_text
from desktop.services.safety.changelog import HistoryFilters, HistoryService


class ChangeLogDialog(QDialog):
    """``open_person(person_id)`` is called on a double-click on a person's entry."""

    def __init__(self, history: HistoryService, parent: QWidget | None = None,
                 open_person: Callable[[int], None] | None = None) -> None:
        super().__init__(parent)
        self._open_person = open_person
        self.setWindowTitle(self.tr("Change log"))
        self.resize(1040, 600)
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.entity_combo = QComboBox(self)
        self.entity_combo.addItem(self.tr("All records"), "")
        for entity in history.entities():
            self.entity_combo.addItem(record_label(entity), entity)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("All actions"), "")
        for action in ACTION_LABELS:
            self.action_combo.addItem(action_label(action), action)
        self.apply_button = QPushButton(self.tr("&Show"), self)
        self.apply_button.clicked.connect(self.apply_filters)
        self.message = QLabel(self)

        self.model = ChangeLogModel(history, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()  # the full time and whom it is about, not cut off
        self.view.setColumnWidth(COL_TIME, metrics.horizontalAdvance("2026-12-03 09:30:00") + 24)
        self.view.setColumnWidth(COL_RECORD, metrics.horizontalAdvance(
            "三查 · 欧阳秀英 330102********123X") + 24)
        self.view.doubleClicked.connect(self._double_clicked)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("From"), self.date_from), (self.tr("To"), self.date_to),
                              (self.tr("Record"), self.entity_combo),
                              (self.tr("Action"), self.action_combo)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.apply_filters()

    def filters(self) -> HistoryFilters:
        """The typed filters; ValidationError for a date that cannot be read."""
        start, end = self.date_from.date("date_from"), self.date_to.date("date_to")
        return HistoryFilters(date_from=start, date_to=end,
                              entity=self.entity_combo.currentData() or "",
                              action=self.action_combo.currentData() or "")

    def apply_filters(self) -> None:
        try:
            filters = self.filters()
        except ValidationError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error_text(exc))
            return
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(self.tr("The first day is after the last day."))
            return
        self.model.set_filters(filters)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("%Ln entries", "", self.model.rowCount()))

    def _double_clicked(self, index: QModelIndex) -> None:
        person_id = index.data(PersonRole)
        if person_id is not None and self._open_person is not None:
            self._open_person(int(person_id))
            self.model.refresh()  # the editor may have added entries

    def rows_text(self) -> list[list[str]]:
        """What the table shows (first rows only matter in tests)."""
        m = self.model
        return [[m.data(m.index(r, c)) or "" for c in range(m.columnCount())]
                for r in range(m.rowCount())]

