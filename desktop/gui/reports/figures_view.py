"""The figures on screen: counts, rates, per-unit table, balance line; and the persons
behind the number the clerk clicks (a count, a numerator or a denominator)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.idnumber import mask
from desktop.domain.values.indicators import Figures, RateKey
from desktop.gui.pages.persons_page import PersonTable
from desktop.gui.reports import behind_model as bm
from desktop.gui.reports.figures_models import (
    COUNTS,
    CountsModel,
    MeasureRole,
    RatesModel,
    UnitsModel,
    rate_label,
)

BAD = "color: #b00020; font-weight: bold;"
GOOD = "color: #1b5e20;"


def _table(parent: QWidget, model) -> QTableView:  # noqa: ANN001
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    # A few dozen cells: fitting them to their contents costs nothing.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)
    return view


class FiguresView(QWidget):
    open_person = Signal(int)
    open_person_on = Signal(int, str)  # her record on a tab (a balance breaker: her events)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = CountsModel(self)
        self.rates = RatesModel(self)
        self.units = UnitsModel(self)
        self.behind = bm.BehindTableModel(services.indicators, self,
                                          getattr(services, "closing", None))
        self.counts_view = _table(self, self.counts)
        self.rates_view = _table(self, self.rates)
        self.units_view = _table(self, self.units)
        for view in (self.counts_view, self.rates_view):  # the names take the spare width
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.balance_label = QLabel(self)
        self.balance_label.setWordWrap(True)
        self.breakers = QListWidget(self)
        self.open_breaker_button = QPushButton(self.tr("Open her record to correct it"), self)
        self.behind_title = QLabel(self.tr("Click a number to list the persons behind it."), self)
        self.behind_title.setWordWrap(True)
        self.behind_view = PersonTable(self)
        self.behind_view.setModel(self.behind)
        self.behind_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.behind_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.behind_view.setAlternatingRowColors(True)
        self.behind_view.verticalHeader().hide()
        self.behind_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.behind_view.horizontalHeader().setStretchLastSection(True)
        self._size_columns()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.counts_view, 1)
        left_layout.addWidget(self.balance_label)
        left_layout.addWidget(self.breakers)
        left_layout.addWidget(self.open_breaker_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.rates_view)
        right_layout.addWidget(QLabel(self.tr("By unit (sub-units included)"), self))
        right_layout.addWidget(self.units_view, 3)  # a line per unit: room for several
        right_layout.addWidget(self.behind_title)
        right_layout.addWidget(self.behind_view, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.counts_view.clicked.connect(self._cell_clicked)
        self.rates_view.clicked.connect(self._cell_clicked)
        self.behind_view.doubleClicked.connect(self._activate)
        self.behind_view.row_activated.connect(self._activate)
        self.breakers.itemActivated.connect(self._breaker_activated)
        self.open_breaker_button.clicked.connect(self._open_breaker)
        self.set_figures(None)

    # -- public ----------------------------------------------------------------
    def figures(self) -> Figures | None:
        return self.counts.figures

    def set_figures(self, figures: Figures | None, closure_id: int | None = None) -> None:
        """``closure_id``: the figures are a closed period's stored ones; the persons behind
        them are then the stored ones too."""
        self.closure_id = closure_id
        for model in (self.counts, self.rates, self.units):
            model.set_figures(figures)
        # As tall as the rates shown: the per-unit table below gets the rest.
        rows = self.rates.rowCount() or len(RateKey)
        # At most as tall as its rows; on a small screen it scrolls (the window must fit 700).
        self.rates_view.setMaximumHeight(self._rows_height(self.rates_view, rows))
        self.rates_view.setMinimumHeight(self._rows_height(self.rates_view, min(rows, 5)))
        self.behind.set_query(None)
        self.behind_title.setText(self.tr("Click a number to list the persons behind it."))
        self._show_balance(figures)

    def list_behind(self, measure: str, part: str = "num") -> int:
        """List the persons behind ``measure`` (a count name or a rate key) and ``part``."""
        figures = self.figures()
        if figures is None:
            return 0
        self.behind.set_query(bm.BehindQuery(figures.period, figures.unit_id, measure, part,
                                             self.closure_id))
        count = self.behind.rowCount()
        self.behind_title.setText(self.tr("{what}: %n person(s)", "", count).format(
            what=self._describe(measure, part)))
        return count

    # -- helpers ---------------------------------------------------------------
    def _describe(self, measure: str, part: str) -> str:
        if measure in RateKey._value2member_map_:
            name = rate_label(RateKey(measure))
            if part == "miss":
                return self.tr("{rate}, below its target: in the denominator, not in the "
                               "numerator").format(rate=name)
            return (self.tr("{rate}, numerator") if part == "num"
                    else self.tr("{rate}, denominator")).format(rate=name)
        for _key, label, counted in COUNTS:
            if counted == measure:
                return QCoreApplication.translate("figures", label)
        return measure

    def _cell_clicked(self, index: QModelIndex) -> None:
        measure = index.data(MeasureRole)
        if measure:
            self.list_behind(*measure)

    def _activate(self, index: QModelIndex) -> None:
        person_id = self.behind.data(index, bm.RowRole) if index.isValid() else None
        if person_id is not None:
            self.open_person.emit(int(person_id))

    def _breaker_activated(self, item: QListWidgetItem) -> None:
        """Her record on the life events tab, where a move-away or death gets its date."""
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.open_person_on.emit(int(person_id), "events")

    def _open_breaker(self) -> None:
        item = self.breakers.currentItem() or self.breakers.item(0)
        if item is not None:
            self._breaker_activated(item)

    def _show_balance(self, figures: Figures | None) -> None:
        self.breakers.clear()
        self.breakers.setVisible(bool(figures and figures.balance_breakers))
        self.open_breaker_button.setVisible(bool(figures and figures.balance_breakers))
        if figures is None:
            self.balance_label.clear()
            return
        line = self.tr("WRA at start {start} + entries {entries} − exits {exits} = {total}; "
                       "WRA at end {end}").format(
            start=f"{figures.wra_start:,}", entries=f"{figures.entries:,}",
            exits=f"{figures.exits:,}",
            total=f"{figures.wra_start + figures.entries - figures.exits:,}",
            end=f"{figures.wra_end:,}")
        if figures.balance_ok:
            self.balance_label.setText(self.tr("Balance holds: {line}").format(line=line))
            self.balance_label.setStyleSheet(GOOD)
            return
        self.balance_label.setText(self.tr(
            "Warning: the balance does not hold ({line}). A record was probably changed "
            "without a date or behind the period; check the persons below.").format(line=line))
        self.balance_label.setStyleSheet(BAD)
        for breaker in figures.balance_breakers:
            reason = QCoreApplication.translate("indicators", breaker.reason)
            item = QListWidgetItem(f"{breaker.name}  {mask(breaker.id_number)}  {reason}")
            item.setData(Qt.ItemDataRole.UserRole, breaker.person_id)
            self.breakers.addItem(item)

    @staticmethod
    def _rows_height(view: QTableView, rows: int) -> int:
        return (view.horizontalHeader().sizeHint().height()
                + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth() + 2)

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        for column, sample in ((bm.COL_NAME, "欧阳秀英"), (bm.COL_ID_NUMBER, "330102********123X"),
                               (bm.COL_UNIT, "城关镇东街社区"), (bm.COL_DAY, "2026-10-31")):
            self.behind_view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.behind_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
