"""导入其他格式的表格: her own workbook mapped onto the import format, seen as it will be stored.

Her sheets one at a time: which of ours it is, the row of its headers, one extra date form;
her columns on the left, each with a drop-down of ours (guesses filled in); the distinct
values of the chosen column with what each becomes (fixed lists, yes/no, units); below, the
first rows as they will be stored and their problems, redrawn at every change. The mapping
can be loaded from and saved to a JSON file (the CLI takes the same file); on 下一步 it is
kept beside the ledger and offered again for a workbook with the same headers. The dialog
reads nothing itself: ``Services.mappings`` does, and ``Prompts`` asks the questions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.values.exchange import SHEETS, Problem
from desktop.gui.dialogs.prompts import Prompts
from desktop.services.exchange.columns import BOOL, COLUMNS, ENUM, VOCAB, by_header
from desktop.services.exchange.mapping.guess import translatable
from desktop.services.exchange.mapping.preview import SheetPreview
from desktop.services.exchange.mapping.service import MappingService, OpenBook
from desktop.services.exchange.mapping.spec import (
    MAX_HEADER_ROW,
    MAX_HEADER_ROWS,
    Mapping,
    SheetMap,
    date_form_ok,
)
from desktop.services.exchange.values import cell_text

DATE_FORMS = ("", "%Y%m%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y%m%d%H%M%S")
PROBLEM_BRUSH = QBrush(QColor(255, 228, 225))


def choose_table(prompts: Prompts, parent: QWidget | None) -> Path | None:
    """Her file: any workbook or csv."""
    return prompts.choose_file(
        parent, QCoreApplication.translate("mapping", "Import another kind of table"),
        QCoreApplication.translate(
            "mapping", "Tables (*.xlsx *.xls *.ods *.et *.csv);;All files (*)"))


def choose_mapping_file(prompts: Prompts, parent: QWidget | None) -> Path | None:
    return prompts.choose_file(
        parent, QCoreApplication.translate("mapping", "Load a mapping"),
        QCoreApplication.translate("mapping", "Mappings (*.json);;All files (*)"))


def problem_text(problem: Problem) -> str:
    reason = problem.text(QCoreApplication.translate(problem.context, problem.reason))
    return f"{problem.column}: {reason}" if problem.column else reason


class MappingDialog(QDialog):
    def __init__(self, mappings: MappingService, prompts: Prompts, book: OpenBook,
                 mapping: Mapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mappings, self._prompts, self._book = mappings, prompts, book
        self.mapping = mapping
        self.last_preview: SheetPreview | None = None
        self._headers: list[str] = []
        self._header_row = 1
        self._units = mappings.units()
        self.setWindowTitle(self.tr("Import another kind of table"))
        self._build()
        self.sheet_box.addItems(book.names)
        self.sheet_box.currentIndexChanged.connect(self._show_sheet)
        self.target_box.currentIndexChanged.connect(self._target_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.header_rows_spin.valueChanged.connect(self._header_changed)
        self.dates_box.currentTextChanged.connect(self._dates_changed)
        self.columns.currentCellChanged.connect(lambda row, *_: self._show_values(row))
        self.load_button.clicked.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.next_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        first = next((i for i, n in enumerate(book.names) if n in mapping.sheets), 0)
        self.sheet_box.setCurrentIndex(first)
        self._show_sheet()
        self.resize(1100, 720)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_label = QLabel(self.tr("File: {path}").format(path=self._book.path), self)
        self.sheet_box = QComboBox(self)
        self.target_box = QComboBox(self)
        self.target_box.addItem(self.tr("(not imported)"), "")
        for sheet in SHEETS:
            self.target_box.addItem(sheet, sheet)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, MAX_HEADER_ROW)
        self.header_rows_spin = QSpinBox(self)
        self.header_rows_spin.setRange(1, MAX_HEADER_ROWS)
        self.header_rows_spin.setToolTip(self.tr(
            "2 when a row of group names (such as 基本情况 over 姓名 and 身份证号) is above "
            "the column names: her columns are then named like 基本情况/姓名."))
        self.dates_box = QComboBox(self)
        self.dates_box.setEditable(True)
        self.dates_box.addItems(DATE_FORMS)
        self.dates_box.setToolTip(self.tr(
            "One more way her dates are written, in Python strptime codes: %Y%m%d reads "
            "20260305. The usual forms (2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日) and "
            "Excel date cells are always read."))
        form = QFormLayout()
        form.addRow(self.tr("Her &sheet:"), self.sheet_box)
        form.addRow(self.tr("&Imported as:"), self.target_box)
        form.addRow(self.tr("&Headers on row:"), self.header_spin)
        form.addRow(self.tr("Header rows (with &group names above):"), self.header_rows_spin)
        form.addRow(self.tr("Extra &date form:"), self.dates_box)
        self.columns = self._table([self.tr("Her column"), self.tr("Imported as"),
                                    self.tr("First value")])
        self.values_label = QLabel(self.tr("Choose a column to translate its values."), self)
        self.values_label.setWordWrap(True)
        self.values = self._table([self.tr("Her value"), self.tr("Rows"), self.tr("Becomes")])
        self.preview = self._table([])
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.load_button = QPushButton(self.tr("&Load mapping…"), self)
        self.save_button = QPushButton(self.tr("Sa&ve mapping…"), self)
        self.next_button = QPushButton(self.tr("&Next: check and import…"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self._lay_out(form)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _lay_out(self, form: QFormLayout) -> None:
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(form)
        left_box.addWidget(self.columns, 1)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.values_label)
        right_box.addWidget(self.values, 1)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(right)
        below = QWidget(self)
        below_box = QVBoxLayout(below)
        below_box.setContentsMargins(0, 0, 0, 0)
        below_box.addWidget(QLabel(self.tr("The first rows as they will be stored:"), self))
        below_box.addWidget(self.preview, 1)
        below_box.addWidget(self.problems_label)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(below)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    # -- her sheet ---------------------------------------------------------------------
    @property
    def sheet_name(self) -> str:
        return self.sheet_box.currentText()

    def _sheet(self) -> SheetMap | None:
        return self.mapping.sheets.get(self.sheet_name)

    def _show_sheet(self) -> None:
        sheet = self._sheet()
        self._header_row, rows, self._headers = self._mappings.headers(
            self._book, self.sheet_name, sheet)
        with QSignalBlocker(self.target_box), QSignalBlocker(self.header_spin), \
                QSignalBlocker(self.header_rows_spin), QSignalBlocker(self.dates_box):
            self.target_box.setCurrentIndex(max(self.target_box.findData(
                sheet.target if sheet else ""), 0))
            self.header_spin.setValue(self._header_row)
            self.header_rows_spin.setMaximum(min(MAX_HEADER_ROWS, self._header_row))
            self.header_rows_spin.setValue(rows)
            self.dates_box.setCurrentText(sheet.dates if sheet else "")
        enabled = sheet is not None
        for widget in (self.header_spin, self.header_rows_spin, self.dates_box, self.columns,
                       self.values):
            widget.setEnabled(enabled)
        self._fill_columns()
        self._show_values(self.columns.currentRow())
        self.refresh()

    def _target_changed(self) -> None:
        target = self.target_box.currentData()
        if not target:
            self.mapping.sheets.pop(self.sheet_name, None)
        else:
            self.mapping.sheets[self.sheet_name] = self._mappings.guess_sheet(
                self._book, self.sheet_name, target)
        self._show_sheet()

    def _header_changed(self) -> None:
        sheet = self._sheet()
        if sheet is None:
            return
        row = self.header_spin.value()
        guessed = self._mappings.guess_sheet(self._book, self.sheet_name, sheet.target, row,
                                             min(self.header_rows_spin.value(), row))
        guessed.dates = sheet.dates or guessed.dates
        guessed.values = {**guessed.values, **sheet.values}
        self.mapping.sheets[self.sheet_name] = guessed
        self._show_sheet()

    def _dates_changed(self, text: str) -> None:
        sheet = self._sheet()
        if sheet is not None:
            form = text.strip()
            sheet.dates = form if date_form_ok(form) else ""
            self.refresh()
            if form and not sheet.dates:
                self.problems_label.setText(self.tr(
                    "{form} is not a date form: it needs %Y, %m and %d (20260305 is "
                    "%Y%m%d).").format(form=form) + "\n" + self.problems_label.text())

    # -- her columns -------------------------------------------------------------------
    def _fill_columns(self) -> None:
        sheet = self._sheet()
        first = self._first_values()
        self.columns.setRowCount(len(self._headers))
        ours = [c.header for c in COLUMNS[sheet.target]] if sheet else []
        for row, header in enumerate(self._headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            box = QComboBox(self.columns)
            box.addItem(self.tr("(not imported)"), "")
            for name in ours:
                box.addItem(name, name)
            if sheet is not None:
                box.setCurrentIndex(max(box.findData(sheet.columns.get(header, "")), 0))
            box.setEnabled(sheet is not None and bool(header))
            box.currentIndexChanged.connect(lambda _i, r=row: self._column_changed(r))
            self.columns.setCellWidget(row, 1, box)
            self.columns.setItem(row, 2, QTableWidgetItem(first[row] if row < len(first) else ""))

    def _first_values(self) -> list[str]:
        grid = self._book.grid(self.sheet_name)
        for number, cells in grid.head(self._header_row + 5):
            if number > self._header_row and any(str(c).strip() for c in cells):
                return [cell_text(c) for c in cells]
        return []

    def column_box(self, header: str) -> QComboBox:
        """The drop-down of her column ``header`` (tests drive it like the clerk)."""
        row = self._headers.index(header)
        widget = self.columns.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _column_changed(self, row: int) -> None:
        sheet = self._sheet()
        if sheet is None:
            return
        header = self._headers[row]
        target = self.column_box(header).currentData()
        for other, mine in list(sheet.columns.items()):
            if mine == target and other != header:  # one of hers per column of ours
                del sheet.columns[other]
                with QSignalBlocker(self.column_box(other)):
                    self.column_box(other).setCurrentIndex(0)
        if target:
            sheet.columns[header] = target
        else:
            sheet.columns.pop(header, None)
        self.columns.setCurrentCell(row, 0)
        self._show_values(row)
        self.refresh()

    # -- her values --------------------------------------------------------------------
    def _show_values(self, row: int) -> None:
        sheet = self._sheet()
        self.values.setRowCount(0)
        header = self._headers[row] if 0 <= row < len(self._headers) else ""
        col = by_header(sheet.target).get(sheet.columns.get(header, "")) if sheet else None
        if sheet is None or col is None or not translatable(col):
            self.values_label.setText(self.tr(
                "Choose a column imported as a list of fixed values (such as 婚姻状况), "
                "yes/no or 单位 to translate its values."))
            return
        self.values_label.setText(self.tr("Values of {column} and what each becomes "
                                          "(blank: as written):").format(column=header))
        found = self._mappings.distinct(self._book, self.sheet_name, self._header_row, row)
        words = sheet.values_for(header)
        choices = self._choices(col)
        self.values.setRowCount(len(found))
        for index, (value, count) in enumerate(found):
            self.values.setItem(index, 0, QTableWidgetItem(value))
            self.values.setItem(index, 1, QTableWidgetItem(str(count)))
            box = QComboBox(self.values)
            box.setEditable(True)
            box.addItems(["", *choices])
            box.setCurrentText(words.get(value, ""))
            box.currentTextChanged.connect(
                lambda text, h=header, v=value: self._value_changed(h, v, text))
            self.values.setCellWidget(index, 2, box)

    def _choices(self, col) -> list[str]:  # noqa: ANN001 - a Col
        if col.kind == ENUM:
            return list(VOCAB[col.vocab])
        if col.kind == BOOL:
            return ["是", "否"]
        return list(self._units)

    def value_box(self, value: str) -> QComboBox:
        """The "becomes" box of one of her values in the shown column (tests)."""
        for row in range(self.values.rowCount()):
            item = self.values.item(row, 0)
            if item is not None and item.text() == value:
                widget = self.values.cellWidget(row, 2)
                assert isinstance(widget, QComboBox)
                return widget
        raise KeyError(value)

    def _value_changed(self, header: str, value: str, text: str) -> None:
        sheet = self._sheet()
        if sheet is None:
            return
        ours = sheet.columns.get(header, "")
        key = ours if header not in sheet.values and ours in sheet.values else header
        words = sheet.values.setdefault(key, {})
        if text.strip():
            words[value] = text.strip()
        else:
            words.pop(value, None)
        self.refresh()

    # -- the preview -------------------------------------------------------------------
    def refresh(self) -> None:
        sheet = self._sheet()
        if sheet is None:
            self.last_preview = None
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.problems_label.setText(self.tr("This sheet is not imported."))
            self._enable()
            return
        try:
            shown = self._mappings.preview(self._book, self.sheet_name, sheet, self._units)
        except Exception as exc:  # a sheet over the limits, a damaged file: said, not raised
            self._prompts.show_error(self, exc)
            return
        self.last_preview = shown
        self._fill_preview(shown)
        lines = [problem_text(p) for p in shown.problems]
        self.problems_label.setText("\n".join(lines))
        self._enable()

    def _fill_preview(self, shown: SheetPreview) -> None:
        table = self.preview
        table.setColumnCount(len(shown.columns) + 2)
        table.setHorizontalHeaderLabels([self.tr("Row"), *shown.columns, self.tr("Problems")])
        table.setRowCount(len(shown.rows))
        for index, row in enumerate(shown.rows):
            texts = [str(row.number), *row.cells,
                     "；".join(problem_text(p) for p in row.problems)]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if row.problems:
                    item.setBackground(PROBLEM_BRUSH)
                table.setItem(index, column, item)

    def _enable(self) -> None:
        self.next_button.setEnabled(bool(self.mapping.sheets))

    # -- the mapping as a file ---------------------------------------------------------
    def load(self) -> bool:
        path = choose_mapping_file(self._prompts, self)
        if path is None:
            return False
        try:
            self.mapping = self._mappings.load(path)
        except Exception as exc:  # a bad file: said, the mapping shown stays
            self._prompts.show_error(self, exc)
            return False
        self._show_sheet()
        return True

    def save(self) -> Path | None:
        suggested = self._book.path.with_name(self.tr("{name} mapping.json").format(
            name=self._book.path.stem))
        path = self._prompts.ask_save_path(self, self.tr("Save mapping"), str(suggested),
                                           self.tr("Mappings (*.json)"), ".json")
        if path is None:
            return None
        try:
            return self._mappings.save(self.mapping, path)
        except OSError as exc:
            self._prompts.show_error(self, exc)
            return None

    def accept(self) -> None:
        if not self.mapping.sheets:
            return
        try:  # offered again for a workbook with the same headers
            self._mappings.remember(self._book, self.mapping)
        except Exception as exc:  # not kept: the import still goes on
            self._prompts.show_error(self, exc)
        super().accept()
