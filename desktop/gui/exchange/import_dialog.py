"""导入: choose a workbook, see what it holds and what is wrong with it, then import it.

Checking, importing and saving the rejected rows run on a Worker; the bar below the lists
shows progress and Cancel stops the work (an import is rolled back: nothing is written).
The file choosers and the error boxes go through its ``Prompts`` (a scripted one in tests).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.values.exchange import ImportCancelled, ImportPreview, ImportResult
from desktop.gui.dialogs.prompts import DialogPrompts, Prompts
from desktop.gui.exchange import messages
from desktop.gui.exchange.preview_panel import PreviewPanel
from desktop.gui.workers import Worker
from desktop.services.exchange.service import ExchangeService

CHECK, IMPORT, SAVE = "check", "import", "save"


def _check(exchange, path: Path, update: bool, progress, should_stop,  # noqa: ANN001
           mapping: object = None) -> ImportPreview:
    return exchange.check(path, update, progress, should_stop, mapping=mapping)


def _import(exchange, preview: ImportPreview, progress, should_stop) -> ImportResult:  # noqa: ANN001
    return exchange.run_import(preview, progress, should_stop)


def _save(exchange, preview: ImportPreview, path: Path, _progress, _should_stop) -> int:  # noqa: ANN001
    return exchange.save_rejected(preview, path, QCoreApplication.translate)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult, after the transaction committed
    work_done = Signal(str)  # CHECK / IMPORT / SAVE ended (also when cancelled or failed)

    def __init__(self, exchange: ExchangeService, parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self.prompts: Prompts = prompts or DialogPrompts()  # the file choosers, error boxes
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.mapping: object = None  # her own workbook's mapping (导入其他格式的表格)
        self.import_result: ImportResult | None = None
        self.worker: Worker | None = None
        self._job = ""
        self._outcome: object = None
        self.setWindowTitle(self.tr("Import from Excel"))

        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.update_box = QCheckBox(self.tr("&Update persons already in the ledger with the "
                                            "values in the file"), self)
        self.update_box.setToolTip(self.tr(
            "Without this, rows of persons whose ID number is already in the ledger are "
            "rejected as duplicates."))
        self.panel = PreviewPanel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.save_button = QPushButton(self.tr("&Save rejected rows…"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self._lay_out()

        self.choose_button.clicked.connect(self.choose)
        self.update_box.toggled.connect(self._update_toggled)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_rejected)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.resize(960, 640)
        self._show_state()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.update_box)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(working)
        layout.addLayout(buttons)

    # -- the clerk's steps -----------------------------------------------------------
    def choose(self) -> bool:
        """Ask for the workbook and check it; False when the clerk chose nothing."""
        if self.worker is not None:
            return False
        path = messages.choose_workbook(self.prompts, self)
        if path is None:
            return False
        self.open_file(path)
        return True

    def open_file(self, path: Path) -> None:
        self.path = Path(path)
        self.import_result = None
        self.file_label.setText(self.tr("File: {path}").format(path=self.path))
        self.recheck()

    def recheck(self) -> None:
        if self.path is None or self.worker is not None:
            return
        self._set_preview(None)
        task = functools.partial(_check, self._exchange, self.path,
                                 self.update_box.isChecked(), mapping=self.mapping)
        self._start(CHECK, task, self.tr("Reading and checking the file…"))

    def start_import(self) -> bool:
        preview = self.preview
        if preview is None or not preview.has_work or self.worker is not None \
                or self.import_result is not None:
            return False
        task = functools.partial(_import, self._exchange, preview)
        self._start(IMPORT, task, self.tr("Importing… Cancel leaves the ledger as it was."))
        return True

    def save_rejected(self) -> bool:
        preview = self.preview
        if preview is None or not preview.rejected or self.worker is not None:
            return False
        suggested = preview.path.with_name(
            self.tr("{name} rejected rows.xlsx").format(name=preview.path.stem))
        path = messages.ask_save_path(self.prompts, self, self.tr("Save rejected rows"),
                                      str(suggested))
        if path is None:
            return False
        task = functools.partial(_save, self._exchange, preview, path)
        self._start(SAVE, task, self.tr("Writing the rejected rows to {name}…").format(
            name=path.name))
        return True

    def preview_ready(self) -> bool:
        """A checked file is shown and nothing runs."""
        return self.preview is not None and self.worker is None

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status_label.setText(self.tr("Stopping…"))

    def _update_toggled(self, _checked: bool) -> None:
        if self.import_result is None:
            self.recheck()  # the plan depends on it: persons already in the ledger

    # -- work off the UI thread ------------------------------------------------------
    def _start(self, job: str, task, text: str) -> None:  # noqa: ANN001
        self._job = job
        self._outcome = None
        self.worker = Worker(task, self)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_outcome)
        self.worker.failed.connect(self._on_outcome)
        self.worker.finished.connect(self._on_finished)
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.status_label.setText(text)
        self._show_state()
        self.worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _on_outcome(self, outcome: object) -> None:
        self._outcome = outcome

    def _on_finished(self) -> None:
        """The thread has ended; its outcome arrived before this."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        job, outcome, self._outcome = self._job, self._outcome, None
        if isinstance(outcome, ImportCancelled):
            self.status_label.setText(messages.exchange_error_text(outcome))
        elif isinstance(outcome, BaseException):
            self.status_label.setText("")
            messages.show_exchange_error(self.prompts, self, outcome)
            if job == IMPORT:  # e.g. the ledger changed since the check: check again
                self.recheck()
        elif job == CHECK:
            self._set_preview(outcome)  # type: ignore[arg-type]
        elif job == IMPORT:
            self._imported(outcome)  # type: ignore[arg-type]
        elif job == SAVE:
            rows = int(outcome)  # type: ignore[call-overload]
            self.status_label.setText(self.tr("%Ln rejected row(s) saved.", "", rows))
        self._show_state()
        self.work_done.emit(job)

    # -- what is shown ---------------------------------------------------------------
    def _set_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.panel.set_preview(preview)
        if preview is None:
            return
        if not preview.has_work:
            self.status_label.setText(self.tr("There is nothing in this file to import."))
            return
        adding, updating, rejected = preview.to_add, preview.to_update, preview.rejected
        self.status_label.setText(self.tr("Ready: %n row(s) to add", "", adding)
                                  + self.tr(", %n to update", "", updating)
                                  + self.tr(", %n rejected.", "", rejected))

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        added, updated = sum(result.added.values()), sum(result.updated.values())
        text = self.tr("Imported: %n row(s) added", "", added) + self.tr(
            ", %n updated.", "", updated)
        details = messages.sheet_list(result.added)
        if details:
            text += "\n" + self.tr("Added: {sheets}").format(sheets=details)
        details = messages.sheet_list(result.updated)
        if details:
            text += "\n" + self.tr("Updated: {sheets}").format(sheets=details)
        text += "\n" + self.tr("File › Import / export › Undo last import… takes it back.")
        self.status_label.setText(text)
        self.imported.emit(result)

    def _show_state(self) -> None:
        busy = self.worker is not None
        preview, done = self.preview, self.import_result is not None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy and self._job in (CHECK, IMPORT))
        self.choose_button.setEnabled(not busy)
        self.update_box.setEnabled(not busy and not done and self.path is not None)
        self.import_button.setEnabled(not busy and not done and preview is not None
                                      and preview.has_work)
        self.save_button.setEnabled(not busy and preview is not None and preview.rejected > 0)
        self.close_button.setEnabled(not (busy and self._job == IMPORT))
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)

    # -- closing ---------------------------------------------------------------------
    def reject(self) -> None:
        if self.worker is not None and self._job == IMPORT:
            return  # Cancel first: the import either finishes or is rolled back
        self._stop_work()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None and self._job == IMPORT:
            event.ignore()
            return
        self._stop_work()
        super().closeEvent(event)

    def _stop_work(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
