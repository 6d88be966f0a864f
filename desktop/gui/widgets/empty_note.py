"""A sentence in the middle of an empty list saying what comes next ("本期没有死亡登记"), with
buttons for the next step when there are any. It shows whenever the view's model has no rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EmptyNote(QWidget):
    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(view.viewport())
        self._view = view
        self.label = QLabel(text, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #555555; font-size: 14px;")
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(self.buttons)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_visibility)
        self.update_visibility()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        if self.buttons.count() == 2:
            self.buttons.addStretch(1)
        return button

    def update_visibility(self, *_args: object) -> None:
        empty = self._view.model().rowCount() == 0 and bool(self.label.text())
        self.setVisible(empty)
        if empty:
            self.setGeometry(self._view.viewport().rect())
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._view.viewport().rect())
        return False


class LedgerNote(EmptyNote):
    """The empty list of a page over the whole ledger: for a new ledger, what to do first
    (导入表格 / 新建人员); else ``otherwise`` (nothing matches the filters)."""

    def __init__(self, view: QAbstractItemView, otherwise: str) -> None:
        super().__init__(view, "")
        self.otherwise = otherwise
        self.import_button = self.add_button(self.tr("Import a workbook…"))
        self.new_button = self.add_button(self.tr("New person…"))

    def set_ledger_empty(self, empty: bool) -> None:
        self.set_text(self.tr(
            "The ledger is empty. Import the workbook of the women you look after, or enter "
            "them one by one.") if empty else self.otherwise)
        self.import_button.setVisible(empty)
        self.new_button.setVisible(empty)
        self.update_visibility()
