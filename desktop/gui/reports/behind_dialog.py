"""The persons behind one number in a window of their own (the overview's rates below
target open it): double-click or Enter opens her record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.pages.persons_page import PersonTable
from desktop.gui.reports import behind_model as bm
from desktop.services.indicators.service import IndicatorService


class BehindDialog(QDialog):
    def __init__(self, indicators: IndicatorService, query: bm.BehindQuery, title: str,
                 open_person: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        self._open_person = open_person
        self.model = bm.BehindTableModel(indicators, self)
        self.model.set_query(query)
        self.view = PersonTable(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.doubleClicked.connect(self._activate)
        self.view.row_activated.connect(self._activate)
        self.label = QLabel(self.tr("{title}: %n person(s). Double-click one to open her "
                                    "record.", "", self.model.rowCount()).format(title=title), self)
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _activate(self, index: QModelIndex) -> None:
        person_id = self.model.data(index, bm.RowRole) if index.isValid() else None
        if person_id is not None:
            self._open_person(int(person_id))
