"""报表 › 结账: close the period shown (after printing it), reopen it with a reason, the
months already closed, and for a closed period the corrections made since with
统计误差率. The figures above show the stored ones while the period is closed."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.idnumber import mask
from desktop.domain.values.closing import ClosedReport, ClosureRow, Correction
from desktop.domain.values.indicators import RateKey
from desktop.gui.dialogs.field_labels import entity_label, field_label, value_text
from desktop.gui.reports.figures_models import COUNTS, rate_label, rate_text

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1  # the person's id
BAD = "color: #b00020;"


class CorrectionsModel(QAbstractTableModel):
    """One row per logged change of a corrected person (her first row names her)."""

    COL_NAME, COL_ID, COL_RECORD, COL_CHANGE, COL_MOVES = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Correction, int]] = []

    def set_corrections(self, corrections: list[Correction]) -> None:
        self.beginResetModel()
        self._rows = [(c, i) for c in corrections for i in range(max(1, len(c.changes)))]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("ID number"), self.tr("Record"),
                self.tr("Field: old → new"), self.tr("Figures it moves"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        correction, number = self._rows[index.row()]
        if role == RowRole:
            return correction.person_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        first = number == 0
        change = correction.changes[number] if correction.changes else None
        column = index.column()
        if column == self.COL_NAME:
            return correction.name if first else ""
        if column == self.COL_ID:
            return mask(correction.id_number) if first else ""
        if column == self.COL_RECORD:
            return entity_label(change.entity) if change else ""
        if column == self.COL_CHANGE:
            if change is None:
                return ""
            if not change.field:
                return action_label(change.action)
            return self.tr("{field}: {old} → {new}").format(
                field=field_label(change.field),
                old=value_text(change.field, change.old) if change.old else "—",
                new=value_text(change.field, change.new) if change.new else "—")
        return moves_text(correction.moves) if first else ""


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("ClosingPanel", "added"),
        "delete": QCoreApplication.translate("ClosingPanel", "deleted"),
        "restore": QCoreApplication.translate("ClosingPanel", "restored"),
    }.get(action, action)


def figure_label(key: str) -> str:
    """A figure key of a correction (a count, or "rate:num"/"rate:den")."""
    if ":" in key:
        rate, part = key.split(":", 1)
        name = rate_label(RateKey(rate))
        return (QCoreApplication.translate("ClosingPanel", "{rate}, numerator") if part == "num"
                else QCoreApplication.translate("ClosingPanel", "{rate}, denominator")
                ).format(rate=name)
    for count_key, label, _measure in COUNTS:
        if count_key == key:
            return QCoreApplication.translate("figures", label)
    return key


def moves_text(moves: dict[str, int]) -> str:
    return "; ".join(f"{figure_label(k)} {v:+d}" for k, v in moves.items())


def period_label(row: ClosureRow) -> str:
    if row.kind == "month":
        return QCoreApplication.translate("ClosingPanel", "{year}-{month:02d}").format(
            year=row.start.year, month=row.start.month)
    return f"{row.start.isoformat()} – {row.end.isoformat()}"


class ClosingPanel(QWidget):
    """Asks the page to close or reopen; shows what the page gives it."""

    close_requested = Signal()
    reopen_requested = Signal()
    current_toggled = Signal(bool)
    open_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.closed_months = QLabel(self)
        self.closed_months.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close this period…"), self)
        self.close_button.setToolTip(self.tr(
            "After printing the report you hand in: its figures and the persons behind them "
            "are stored and print the same whatever is corrected later."))
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.current_check = QCheckBox(self.tr("Show today's figures instead"), self)
        self.error_label = QLabel(self)
        self.corrections = CorrectionsModel(self)
        self.corrections_view = QTableView(self)
        self.corrections_view.setModel(self.corrections)
        self.corrections_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.corrections_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.corrections_view.verticalHeader().hide()
        self.corrections_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.corrections_view.horizontalHeader().setStretchLastSection(True)
        self.open_button = QPushButton(self.tr("Open her record"), self)

        top = QHBoxLayout()  # one line while nothing is closed: the figures keep the height
        top.addWidget(self.status)
        top.addWidget(self.closed_months, 1)
        top.addWidget(self.current_check)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.corrections_view)
        layout.addLayout(bottom)

        self.close_button.clicked.connect(self.close_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.current_check.toggled.connect(self.current_toggled)
        self.open_button.clicked.connect(self._open_selected)
        self.corrections_view.doubleClicked.connect(self._open_selected)
        self.show_state(None, None, [], available=False)

    def show_state(self, closure: ClosureRow | None, report: ClosedReport | None,
                   closed: list[ClosureRow], available: bool = True) -> None:
        """``closure``: the closing in force for the period shown; ``report``: its stored
        report (None while today's figures are shown); ``closed``: every closed period."""
        self.close_button.setEnabled(available and closure is None)
        self.reopen_button.setEnabled(closure is not None)
        self.current_check.setEnabled(closure is not None)
        if closure is None:
            self.status.setText(self.tr("This period is not closed.") if available else "")
            self.status.setStyleSheet("")
        else:
            at = closure.closed_at.strftime("%Y-%m-%d %H:%M")
            self.status.setText(self.tr(
                "Closed on {at} by {by}: the figures above are the ones handed in.").format(
                at=at, by=closure.closed_by or "—") if report is not None else self.tr(
                "Closed on {at}; the figures above are today's, not the ones handed in.").format(
                at=at))
            self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.closed_months.setText(self.tr("Closed periods: {list}").format(
            list=", ".join(period_label(r) for r in closed)) if closed else
            self.tr("No period is closed yet."))
        corrections = report.corrections if report is not None else []
        self.corrections.set_corrections(corrections)
        self.corrections_view.setVisible(bool(corrections))
        self.open_button.setVisible(bool(corrections))
        self.error_label.setVisible(report is not None)
        if report is None:
            self.error_label.clear()
            return
        self.error_label.setText(self.tr(
            "Statistical error: {rate} ({count} corrections since closing)").format(
            rate=f"{report.error.num:,} / {report.error.den:,} = "
                 f"{rate_text('statistical_error', report.error)}", count=len(corrections)))
        self.error_label.setStyleSheet(BAD if report.error.num else "")

    def _open_selected(self) -> None:
        rows = self.corrections_view.selectionModel().selectedRows()
        index = rows[0] if rows else self.corrections_view.currentIndex()
        person_id = self.corrections.data(index, RowRole) if index.isValid() else None
        if person_id is not None:
            self.open_person.emit(int(person_id))
