"""概况: the key figures of the month the clerk reports as tiles (marked while the month has
not ended) and three charts (QtCharts) over the last 12 complete months: births per month,
check-up coverage by month, contraception mix. Computed on a worker when shown after a change,
with a line saying what is being computed.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Method
from desktop.domain.report_periods import has_ended, reporting_month
from desktop.domain.values.indicators import Overview, RateKey
from desktop.gui.changes import DataChanged, StaleWatch
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.reports.figures_models import rate_label, rate_text
from desktop.gui.reports.period_label import period_label
from desktop.gui.workers import Worker
from desktop.i18n import enum_text
from desktop.services.container import Services
from desktop.services.indicators.service import IndicatorService

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

PAGE_KEY = "overview"
TILES = ("wra", "married", "births", "checkup", "contraception", "payments")


def _overview(indicators, as_of, _progress, _stop) -> Overview:  # noqa: ANN001
    return indicators.overview(as_of)


class Tile(QFrame):
    """A title and one big number."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { background: #f4f7fb; border: 1px solid #c9d3e0; border-radius: 6px; }")
        self.title = QLabel(title, self)
        self.title.setStyleSheet("color: #444; border: none;")
        self.value = QLabel("—", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #0b3d91; border: none;")
        self.detail = QLabel(self)
        self.detail.setStyleSheet("color: #666; border: none;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


def _chart_view(parent: QWidget, title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(170)  # two rows of charts, the tiles and the list fit 1100×700
    return view


def _month_label(day) -> str:  # noqa: ANN001
    """The month's number (the axis is titled 月份): 12 of them fit under a small chart at
    1100 pixels, where 10月, 11月 and 12月 were cut to "1…"."""
    return str(day.month)


class OverviewPage(QWidget):
    shown_overview = Signal()  # new figures and charts are on screen
    below_target_opened = Signal(str)  # a rate key: list the persons that keep it below

    def __init__(self, indicators: IndicatorService, today: Callable[[], dt.date],
                 parent: QWidget | None = None,
                 changes: DataChanged | None = None, prompts: Prompts | None = None,
                 opener: Callable[[int], None] | None = None) -> None:
        super().__init__(parent)
        self._indicators, self._today = indicators, today
        self._opener = opener or (lambda _person_id: None)  # the person editor
        self.prompts: Prompts = prompts or DialogPrompts()
        self.watch = StaleWatch(self, changes, self.refresh, stale=True)  # computed when shown
        self._pending = False
        self.worker: Worker | None = None
        self.overview: Overview | None = None

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel(self)  # what is being computed
        self.unfinished_label = QLabel(self)
        self.unfinished_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        titles = (self.tr("Women of reproductive age"), self.tr("Married WRA"),
                  self.tr("Births"), self.tr("Check-up coverage"),
                  self.tr("Contraceptive prevalence"), self.tr("Benefit payments"))
        self.tiles = {key: Tile(title, self) for key, title in zip(TILES, titles, strict=True)}
        self.births_chart = _chart_view(self, self.tr("Births per month (last 12 months)"))
        self.checkup_chart = _chart_view(self, self.tr("Check-up coverage by month (%)"))
        self.mix_chart = _chart_view(self, self.tr("Contraception of married WRA"))
        self.mix_chart.chart().legend().show()
        self.mix_chart.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)

        # The rates below their target first, each opening the persons behind it.
        self.below_label = QLabel(self)
        self.below_list = QListWidget(self)
        self.below_list.setMaximumHeight(110)
        self.below_list.setStyleSheet("color: #b00020;")
        self.below_list.itemActivated.connect(self._below_activated)
        self.below_list.itemDoubleClicked.connect(self._below_activated)
        self.below_target_opened.connect(self.open_below_target)
        self.behind_dialog = None

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.unfinished_label)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.progress)
        tiles = QGridLayout()
        for number, key in enumerate(TILES):
            tiles.addWidget(self.tiles[key], 0, number)
        charts = QGridLayout()
        charts.addWidget(self.births_chart, 0, 0)
        charts.addWidget(self.checkup_chart, 0, 1)
        charts.addWidget(self.mix_chart, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.below_label)
        layout.addWidget(self.below_list)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)

    def title(self) -> str:
        return self.tr("Overview")

    # -- public ----------------------------------------------------------------
    def refresh(self) -> None:
        self.watch.fresh()
        if self.worker is not None:
            self._pending = True
            return
        today = self._today()
        task = functools.partial(_overview, self._indicators, today)
        self.worker = Worker(task, self)
        self.worker.succeeded.connect(self.show_overview)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.status_label.setText(self.tr("Computing the overview for {period}…").format(
            period=period_label(reporting_month(today))))
        self.progress.show()
        self.worker.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.wait()  # shown on its own: no figures computed for a page that has gone
        super().closeEvent(event)

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.wait()

    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        figures = overview.figures
        self.heading.setText(self.tr("{period}: {start} to {end}").format(
            period=period_label(figures.period), start=figures.period.start.isoformat(),
            end=figures.period.end.isoformat()))
        ended = has_ended(figures.period, overview.as_of)
        self.unfinished_label.setText("" if ended else self.tr("This month has not ended yet"))
        if overview.births_by_month:
            first = overview.births_by_month[0][0]
            self.births_chart.chart().setTitle(self.tr(
                "Births per month (since {month})").format(month=f"{first:%Y-%m}"))
            self.checkup_chart.chart().setTitle(self.tr(
                "Check-up coverage by month (%, since {month})").format(month=f"{first:%Y-%m}"))
        checkup = figures.rates.get(RateKey.CHECKUP_COVERAGE)
        contraception = figures.rates.get(RateKey.CONTRACEPTIVE_PREVALENCE)
        self.tiles["wra"].set(f"{figures.wra_end:,}", self.tr("at the start: {n}").format(
            n=f"{figures.wra_start:,}"))
        self.tiles["married"].set(f"{figures.married_wra_end:,}")
        self.tiles["births"].set(f"{figures.births:,}", self.tr("boys {boys}, girls {girls}").format(
            boys=f"{figures.births_boys:,}", girls=f"{figures.births_girls:,}"))
        for key, rate_key, rate in (("checkup", RateKey.CHECKUP_COVERAGE, checkup),
                                    ("contraception", RateKey.CONTRACEPTIVE_PREVALENCE,
                                     contraception)):
            detail = f"{rate.num:,} / {rate.den:,}" if rate is not None else ""
            self.tiles[key].set(rate_text(rate_key, rate), detail)
        self.tiles["payments"].set(f"{figures.payments_count:,}", self.tr("{amount} yuan").format(
            amount=f"{figures.payments_amount_fen / 100:,.2f}"))
        self._show_below_target(overview)
        self._draw_births(overview)
        self._draw_checkups(overview)
        self._draw_mix(overview)
        self.shown_overview.emit()

    def _show_below_target(self, overview: Overview) -> None:
        figures = overview.figures
        self.below_list.clear()
        below = figures.below_target()
        self.below_list.setVisible(bool(below))
        self.below_label.setText(
            self.tr("Below target this month (double-click one to list the persons that keep "
                    "it below):") if below else self.tr("Every rate with a target meets it "
                                                        "this month."))
        for key in below:
            rate, target = figures.rates[key], figures.target(key)
            item = QListWidgetItem(self.tr("{rate}: {value} ({num} / {den}), target {target}")
                                   .format(rate=rate_label(key), value=rate_text(key, rate),
                                           num=f"{rate.num:,}", den=f"{rate.den:,}",
                                           target=target.percent_text() if target else ""))
            item.setData(Qt.ItemDataRole.UserRole, key.value)
            self.below_list.addItem(item)

    def _below_activated(self, item: QListWidgetItem) -> None:
        self.below_target_opened.emit(item.data(Qt.ItemDataRole.UserRole))

    def open_below_target(self, key: str) -> None:
        """The persons in the rate's denominator and not in its numerator, this month."""
        from desktop.domain.values.indicators import RateKey as Key
        from desktop.gui.reports.behind_dialog import BehindDialog
        from desktop.gui.reports.behind_model import BehindQuery

        if self.overview is None:
            return
        title = self.tr("{rate}, below its target").format(rate=rate_label(Key(key)))
        dialog = BehindDialog(self._indicators, BehindQuery(
            self.overview.figures.period, None, key, "miss"), title, self._opener, self)
        dialog.open()
        self.behind_dialog = dialog

    # -- charts ------------------------------------------------------------------
    def _draw_births(self, overview: Overview) -> None:
        chart = self.births_chart.chart()
        _reset(chart)
        bars = QBarSet(self.tr("Births"))
        bars.append([float(count) for _month, count in overview.births_by_month])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelColor(QColor("#333333"))
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([_month_label(month) for month, _count in overview.births_by_month])
        months.setTitleText(self.tr("Month"))
        values = QValueAxis()
        top = max([count for _m, count in overview.births_by_month] + [1])
        values.setRange(0, top + max(1, top // 5))
        values.applyNiceNumbers()  # 0, 100, 200 … rather than 0, 108, 217 …
        values.setLabelFormat("%d")
        _attach(chart, series, months, values)

    def _draw_checkups(self, overview: Overview) -> None:
        chart = self.checkup_chart.chart()
        _reset(chart)
        series = QLineSeries()
        series.setName(self.tr("Check-up coverage"))
        series.setPointsVisible(True)
        for number, point in enumerate(overview.checkup_by_month):
            if point.rate.value is not None:  # no one due: no point
                series.append(number, point.rate.value)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([_month_label(point.month) for point in overview.checkup_by_month])
        months.setTitleText(self.tr("Month"))
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d%%")
        _attach(chart, series, months, values)

    def _draw_mix(self, overview: Overview) -> None:
        chart = self.mix_chart.chart()
        _reset(chart)
        series = QPieSeries()
        total = sum(overview.contraception_mix.values())
        for code, count in sorted(overview.contraception_mix.items(), key=_by_count):
            if count <= 0:
                continue
            label = _method_text(code)
            share = 100.0 * count / total if total else 0.0
            piece = series.append(f"{label} {count:,} ({share:.1f}%)", count)
            piece.setLabelVisible(share >= 4)  # tiny slices: the legend names them
        chart.addSeries(series)

    def _failed(self, exc: BaseException) -> None:
        self.prompts.show_error(self, exc)

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.progress.hide()
        self.status_label.clear()
        if self._pending:
            self._pending = False
            self.refresh()


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def _method_text(code: str) -> str:
    try:
        return enum_text(Method(code))
    except ValueError:
        return code


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _attach(chart: QChart, series, x_axis, y_axis) -> None:  # noqa: ANN001
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)


def add_overview_page(window: MainWindow, services: Services,
                      changes: DataChanged | None = None) -> OverviewPage:
    page = OverviewPage(services.indicators, services.today, window, changes,
                        opener=window.open_person)
    window.add_page(PAGE_KEY, page.title(), page)
    return page
