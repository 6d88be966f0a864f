"""The figures on screen: counts, rates (num / den = percent) and the per-unit table.

Small tables over one Figures value (a few dozen cells). A cell that can be answered for
person by person carries its (measure, part) in MeasureRole; RowRole is the row's key.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.indicators import (
    RATE_LABELS,
    SEX_RATIO_RANGE,
    Figures,
    Rate,
    RateKey,
)

RowRole = Qt.ItemDataRole.UserRole + 1  # the count's or rate's key
MeasureRole = Qt.ItemDataRole.UserRole + 2  # (measure, part) of a clickable cell, else None
CONTEXT = "figures"
NO_RATE = "—"
Index = QModelIndex | QPersistentModelIndex

# key, label, measure behind it (None: not listed person by person)
COUNTS: tuple[tuple[str, str, str | None], ...] = (
    ("wra_start", QT_TRANSLATE_NOOP("figures", "WRA at the start"), "wra_start"),
    ("entries", QT_TRANSLATE_NOOP("figures", "Entries"), "entries"),
    ("exits", QT_TRANSLATE_NOOP("figures", "Exits"), "exits"),
    ("wra_end", QT_TRANSLATE_NOOP("figures", "WRA at the end"), "wra_end"),
    ("married_wra_end", QT_TRANSLATE_NOOP("figures", "Married WRA at the end"), "married_wra_end"),
    ("inflow_wra_end", QT_TRANSLATE_NOOP("figures", "Inflow WRA at the end"), "inflow_wra_end"),
    ("outflow_wra_end", QT_TRANSLATE_NOOP("figures", "Outflow WRA at the end"), "outflow_wra_end"),
    ("births", QT_TRANSLATE_NOOP("figures", "Births"), "births"),
    ("births_boys", QT_TRANSLATE_NOOP("figures", "Births: boys"), "births_boys"),
    ("births_girls", QT_TRANSLATE_NOOP("figures", "Births: girls"), "births_girls"),
    ("order_1", QT_TRANSLATE_NOOP("figures", "Births: first child"), None),
    ("order_2", QT_TRANSLATE_NOOP("figures", "Births: second child"), None),
    ("order_3+", QT_TRANSLATE_NOOP("figures", "Births: third child or later"), None),
    ("pregnancies_registered", QT_TRANSLATE_NOOP("figures", "Pregnancies registered"),
     "pregnancies_registered"),
    ("deaths", QT_TRANSLATE_NOOP("figures", "Deaths"), "deaths"),
    ("payments_count", QT_TRANSLATE_NOOP("figures", "Benefit payments"), "payments"),
    ("payments_amount", QT_TRANSLATE_NOOP("figures", "Amount paid (yuan)"), "payments"),
)


def count_value(figures: Figures, key: str) -> str:
    if key.startswith("order_"):
        return f"{figures.births_order.get(key.removeprefix('order_'), 0):,}"
    if key == "payments_amount":
        return f"{figures.payments_amount_fen / 100:,.2f}"
    return f"{getattr(figures, key):,}"  # counts with thousands separators, as everywhere


def rate_text(key: RateKey | str, rate: Rate | None) -> str:
    """One decimal; a percent sign except for the sex ratio (boys per 100 girls)."""
    value = rate.value if rate is not None else None
    if value is None:
        return NO_RATE
    return f"{value:.1f}" if key == RateKey.SEX_RATIO else f"{value:.1f}%"


def rate_label(key: RateKey) -> str:
    return QCoreApplication.translate("indicators", RATE_LABELS[key])


MET_COLOURS = {True: QColor("#1b5e20"), False: QColor("#b00020")}


def met_text(met: bool | None) -> str:
    """达标 / 未达标 / nothing (no target, or a zero denominator)."""
    if met is None:
        return ""
    if met:
        return QCoreApplication.translate("figures", "Met")
    return QCoreApplication.translate("figures", "Not met")


def target_text(figures: Figures, key: RateKey) -> str:
    if key == RateKey.SEX_RATIO:
        low, high = SEX_RATIO_RANGE
        return QCoreApplication.translate("figures", "normal {low}–{high}").format(
            low=low, high=high)
    target = figures.target(key)
    return "" if target is None else target.percent_text()


class _FiguresTable(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.figures: Figures | None = None

    def set_figures(self, figures: Figures | None) -> None:
        self.beginResetModel()
        self.figures = figures
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    @staticmethod
    def _link(text: str, role: int, measure: tuple[str, str] | None):  # noqa: ANN205
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == MeasureRole:
            return measure
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if measure is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#0b57d0")  # a link: click lists the persons
        if measure is not None and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("figures", "Click to list the persons behind this number")
        if measure is not None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setUnderline(True)
            return font
        return None


class CountsModel(_FiguresTable):
    COL_LABEL, COL_VALUE = range(2)
    HEADERS = (QT_TRANSLATE_NOOP("figures", "Count"), QT_TRANSLATE_NOOP("figures", "Number"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.figures is None else len(COUNTS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or self.figures is None or index.row() >= len(COUNTS):
            return None
        key, label, measure = COUNTS[index.row()]
        if role == RowRole:
            return key
        if index.column() == self.COL_LABEL:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(CONTEXT, label)
            return None
        behind = (measure, "num") if measure is not None else None
        return self._link(count_value(self.figures, key), role, behind)


class RatesModel(_FiguresTable):
    COL_LABEL, COL_NUM, COL_DEN, COL_RATE, COL_TARGET, COL_MET = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("figures", "Indicator"), QT_TRANSLATE_NOOP("figures", "Numerator"),
               QT_TRANSLATE_NOOP("figures", "Denominator"), QT_TRANSLATE_NOOP("figures", "Rate"),
               QT_TRANSLATE_NOOP("figures", "Target"), QT_TRANSLATE_NOOP("figures", "Met"))

    def keys(self) -> list[RateKey]:
        if self.figures is None:
            return []
        return [key for key in RateKey if key in self.figures.rates]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys())

    def row_of(self, key: RateKey) -> int:
        return self.keys().index(key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        keys = self.keys()
        if not index.isValid() or index.row() >= len(keys):
            return None
        key = keys[index.row()]
        rate = self.figures.rates[key]  # type: ignore[union-attr]
        if role == RowRole:
            return key.value
        column = index.column()
        if column == self.COL_LABEL:
            return rate_label(key) if role == Qt.ItemDataRole.DisplayRole else None
        if column == self.COL_NUM:
            return self._link(f"{rate.num:,}", role, (key.value, "num"))
        if column == self.COL_DEN:
            return self._link(f"{rate.den:,}", role, (key.value, "den"))
        if column == self.COL_TARGET:
            if role == Qt.ItemDataRole.DisplayRole:
                return target_text(self.figures, key)  # type: ignore[arg-type]
            return int(Qt.AlignmentFlag.AlignCenter) \
                if role == Qt.ItemDataRole.TextAlignmentRole else None
        if column == self.COL_MET:
            met = self.figures.met(key)  # type: ignore[union-attr]
            if role == Qt.ItemDataRole.ForegroundRole and met is not None:
                return MET_COLOURS[met]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.DisplayRole:
                return met_text(met)
            if met is False and role == MeasureRole:  # the persons that keep it below
                return (key.value, "miss")
            if met is False and role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "figures", "Click to list the persons that keep it below its target")
            return None
        return self._link(rate_text(key, rate), role, None)


class UnitsModel(_FiguresTable):
    (COL_UNIT, COL_WRA_START, COL_WRA_END, COL_MARRIED, COL_MOVED_IN, COL_MOVED_OUT,
     COL_BIRTHS) = range(7)
    RATE_COLUMNS = tuple(RateKey)
    HEADERS = (QT_TRANSLATE_NOOP("figures", "Unit"), QT_TRANSLATE_NOOP("figures", "WRA at start"),
               QT_TRANSLATE_NOOP("figures", "WRA at end"), QT_TRANSLATE_NOOP("figures", "Married WRA"),
               QT_TRANSLATE_NOOP("figures", "Moved in"), QT_TRANSLATE_NOOP("figures", "Moved out"),
               QT_TRANSLATE_NOOP("figures", "Births"))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS) + len(self.RATE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        rate_no = section - len(self.HEADERS)
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= rate_no < len(self.RATE_COLUMNS)):
            return rate_label(self.RATE_COLUMNS[rate_no])
        return super().headerData(section, orientation, role)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.figures is None else len(self.figures.units)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or self.figures is None or index.row() >= len(self.figures.units):
            return None
        unit = self.figures.units[index.row()]
        if role == RowRole:
            return unit.unit_id
        column = index.column()
        if column == self.COL_UNIT:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return self.tr("{unit} (itself)").format(unit=unit.unit_name) if unit.own \
                else unit.unit_name
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        key = self.RATE_COLUMNS[column - len(self.HEADERS)] if column >= len(self.HEADERS) \
            else None
        rate = unit.rates.get(key) if key is not None else None
        met = self.figures.met(key, rate) if key is not None and rate is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and met is not None:
            return MET_COLOURS[met]
        if role == Qt.ItemDataRole.ToolTipRole and met is not None:
            return met_text(met)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if key is None:
            counts = (unit.wra_start, unit.wra_end, unit.married_wra_end, unit.moved_in,
                      unit.moved_out, unit.births)
            return f"{counts[column - 1]:,}"
        mark = {True: " ✓", False: " ✗"}.get(met, "")  # type: ignore[arg-type]
        return rate_text(key, rate) + mark
