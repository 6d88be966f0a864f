"""报表 › 核对抽查: draw the month's verification sample, print its checking sheet, enter
the results person by person and item by item from the keyboard (arrows to move, Space
for 对 → 错 → not entered, Y / N, Delete), see 信息准确率 follow. A wrong item offers to
open her record, where it is corrected; the sample keeps what was found."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.values.indicators import Rate, RateKey
from desktop.domain.values.samples import SampleInfo
from desktop.errors import LedgerError
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.reports.figures_models import met_text, rate_text
from desktop.gui.reports.report_output import ask_report_path
from desktop.gui.reports.report_services import ReportServices
from desktop.gui.reports.sample_model import FIRST_ITEM, SampleModel, result_text
from desktop.services.settings import CLERK_NAME, OFFICE_NAME

NEXT = {None: True, True: False, False: None}  # Space: 对 -> 错 -> not entered


class ResultTable(QTableView):
    """Arrows move; Space, Y / 1, N / 2 and Delete set the current cell's result."""

    result_key = Signal(QModelIndex, object)  # the cell, and True / False / None / "cycle"
    open_requested = Signal(QModelIndex)

    KEYS = {Qt.Key.Key_Space: "cycle", Qt.Key.Key_Y: True, Qt.Key.Key_1: True,
            Qt.Key.Key_N: False, Qt.Key.Key_2: False, Qt.Key.Key_Delete: None,
            Qt.Key.Key_Backspace: None}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self.KEYS and self.currentIndex().isValid():
            self.result_key.emit(self.currentIndex(), self.KEYS[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SampleDialog(QDialog):
    def __init__(self, services: ReportServices, open_person: Callable[[int], None],
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._open_person = open_person
        self.prompts: Prompts = prompts or DialogPrompts()
        self.info: SampleInfo | None = None
        self.setWindowTitle(self.tr("Verification sample"))
        self.resize(980, 620)
        today = services.today()
        self.month_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setMaximumDate(QDate(today.year, today.month, 1))
        self.draw_button = QPushButton(self.tr("&Draw"), self)
        self.redraw_button = QPushButton(self.tr("Draw &again…"), self)
        self.sheet_button = QPushButton(self.tr("&Checking sheet (PDF)…"), self)
        self.open_button = QPushButton(self.tr("&Open her record"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.hint = QLabel(self.tr(
            "Arrows move; Space sets right → wrong → not entered; Y right, N wrong, Delete "
            "clears; Enter opens her record."), self)
        self.hint.setStyleSheet("color: #555;")
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #b00020;")
        self.model = SampleModel(self)
        self.table = ResultTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Month"), self))
        top.itemAt(0).widget().setBuddy(self.month_edit)  # type: ignore[union-attr]
        top.addWidget(self.month_edit)
        for button in (self.draw_button, self.redraw_button, self.sheet_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)

        self.month_edit.dateChanged.connect(self.load)
        self.draw_button.clicked.connect(self.draw)
        self.redraw_button.clicked.connect(self.redraw)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.open_button.clicked.connect(self.open_current)
        self.table.result_key.connect(self._key)
        self.table.open_requested.connect(self.open_current)
        self.table.doubleClicked.connect(self.open_current)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.load()

    # -- the month's sample ---------------------------------------------------------
    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def load(self) -> None:
        try:
            self.info = self.services.samples.current(self.month())
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
            return
        self.model.set_rows(self.services.samples.rows(self.info.id) if self.info else [])
        self._show_summary()
        if self.info is not None:
            self.table.setCurrentIndex(self.model.index(0, 4))
            self.table.setFocus()

    def draw(self) -> bool:
        return self._draw(redraw=False, reason="")

    def redraw(self) -> bool:
        if self.info is None:
            return self.draw()
        reason = self.prompts.ask_text(self, self.tr("Draw again"), self.tr(
            "The month already has its sample; drawing again replaces it (the results "
            "entered stay with the old one). Why draw again?"))
        if not reason or not reason.strip():
            return False
        return self._draw(redraw=True, reason=reason.strip())

    def _draw(self, redraw: bool, reason: str) -> bool:
        try:
            self.services.samples.draw(self.month(), redraw=redraw, reason=reason)
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
            return False
        self.load()
        return True

    def save_sheet(self) -> bool:
        if self.info is None and not self.draw():
            return False
        assert self.info is not None
        path = ask_report_path(self.prompts, self, self.tr("Save the checking sheet"),
                               f"核对抽查表-{self.info.month}.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return False
        from desktop.reports.checking_sheet import write_checking_sheet

        settings = self.services.settings
        try:
            write_checking_sheet(self.info, self.model.rows, path,
                                 office_name=settings.get(OFFICE_NAME),
                                 clerk_name=settings.get(CLERK_NAME),
                                 printed_on=self.services.today(),
                                 font_path=settings.pdf_font_path())
        except (LedgerError, OSError) as exc:
            self.prompts.show_error(self, exc)
            return False
        self.status.setText(self.tr("The checking sheet was saved to {path}.").format(path=path))
        self.prompts.open_file(path)
        return True

    # -- results -----------------------------------------------------------------------
    def set_result(self, row: int, column: int, value: bool | None | str) -> bool:
        """Enter one result (``"cycle"``: the next of 对 → 错 → not entered)."""
        item = self.model.item_of(column)
        if self.info is None or item is None or not 0 <= row < len(self.model.rows):
            return False
        person = self.model.rows[row]
        if value == "cycle":
            value = NEXT[person.results.get(item)]
        try:
            self.services.samples.set_result(self.info.id, person.person_id, item,
                                             value)  # type: ignore[arg-type]
        except LedgerError as exc:
            self.prompts.show_error(self, exc)
            return False
        person = self.services.samples.rows(self.info.id)[row]
        self.model.update_row(row, person)
        self.info = self.services.samples.current(self.month())
        self._show_summary()
        self._current_changed(self.table.currentIndex())
        return True

    def _key(self, index: QModelIndex, value: object) -> None:
        if self.set_result(index.row(), index.column(), value) and value is not None \
                and value != "cycle" and index.column() + 1 < self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(index.row(), index.column() + 1))

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < len(self.model.rows):
            self._open_person(self.model.rows[index.row()].person_id)

    def _current_changed(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()] if index.isValid() and \
            index.row() < len(self.model.rows) else None
        wrong = row.wrong if row is not None else []
        self.open_button.setEnabled(row is not None)
        if wrong:
            names = "、".join(self.model.headerData(FIRST_ITEM + n, Qt.Orientation.Horizontal)
                             for n in _positions(wrong))
            self.status.setText(self.tr(
                "{name}: {items} {wrong}. Press Enter or “Open her record” to correct it; "
                "the sample keeps what was found.").format(
                name=row.name, items=names, wrong=result_text(False)))  # type: ignore[union-attr]
        else:
            self.status.clear()

    def _show_summary(self) -> None:
        info = self.info
        self.redraw_button.setEnabled(info is not None)
        self.draw_button.setEnabled(info is None)
        if info is None:
            self.summary.setText(self.tr("No sample was drawn for {month}.").format(
                month=self.month()))
            return
        rate = Rate(info.correct, info.checked)
        target = self.services.settings.targets().get(RateKey.INFORMATION_ACCURACY.value)
        met = target.met(rate) if target is not None else None
        text = self.tr("{month}: {size} of {population} active persons, drawn on {day}. "
                       "Information accuracy {num} / {den} = {value}").format(
            month=info.month, size=f"{info.size:,}", population=f"{info.population:,}",
            day=info.drawn_on.isoformat(), num=f"{rate.num:,}", den=f"{rate.den:,}",
            value=rate_text(RateKey.INFORMATION_ACCURACY, rate))
        if target is not None:
            text += self.tr(" (target {target}: {met})").format(
                target=target.percent_text(), met=met_text(met) or "—")
        self.summary.setText(text)

    def accuracy(self) -> Fraction | None:
        info = self.info
        return None if info is None or info.checked == 0 else Fraction(info.correct, info.checked)


def _positions(wrong: list[str]) -> list[int]:
    from desktop.domain.values.samples import ITEM_KEYS

    return [ITEM_KEYS.index(item) for item in wrong]
