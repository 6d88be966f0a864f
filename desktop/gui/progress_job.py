"""Long work behind a progress dialog, and the full-ID question every file output asks.

ProgressJob is what register export, reminder printing, the exchange export/undo and the
backup share: one Worker at a time, a window-modal progress dialog (with or without Cancel),
and one ``ended`` signal carrying the outcome once the thread has ended.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.gui.workers import Task, Worker


def ask_full_ids(parent: QWidget | None) -> bool | None:
    """False: masked ID numbers (the usual); True: full ones; None: cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("export", "ID numbers in the file"))
    box.setText(QCoreApplication.translate(
        "export", "Write the ID numbers masked (330102********1234) or in full?"))
    masked = box.addButton(QCoreApplication.translate("export", "Masked"),
                           QMessageBox.ButtonRole.AcceptRole)
    full = box.addButton(QCoreApplication.translate("export", "Full numbers…"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(masked)
    box.exec()
    clicked = box.clickedButton()
    return False if clicked is masked else True if clicked is full else None


def choose_full_ids(ask: Callable[[QWidget | None], bool | None],
                    confirm: Callable[[QWidget | None, str, str], bool],
                    parent: QWidget | None, title: str, warning: str) -> bool | None:
    """Masked or full ID numbers; full ones only after the clerk confirmed ``warning``.
    None when she cancelled either question."""
    full = ask(parent)
    if full is None or (full and not confirm(parent, title, warning)):
        return None
    return full


class ProgressJob(QObject):
    ended = Signal(object)  # the task's result, or the exception that ended it

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self._outcome: object = None

    def is_running(self) -> bool:
        return self.worker is not None

    def start(self, task: Task, text: str, can_cancel: bool = True) -> None:
        assert self.worker is None, "one job at a time: check is_running() first"
        self._outcome = None
        self.worker = Worker(task, self)
        self.progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, self._parent)
        if not can_cancel:  # e.g. one short transaction: stopping it would gain nothing
            self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_outcome)
        self.worker.failed.connect(self._on_outcome)
        self.worker.finished.connect(self._on_finished)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def wait(self, cancel: bool = True) -> None:
        """Block until the thread has ended (the window closes); ask it to stop first."""
        if self.worker is not None:
            if cancel:
                self.worker.cancel()
            self.worker.wait()

    # -- from the worker (queued into the UI thread) ---------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _on_outcome(self, outcome: object) -> None:
        self._outcome = outcome

    def _on_finished(self) -> None:
        """After the thread has ended (its results arrived before this)."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        outcome, self._outcome = self._outcome, None
        self.ended.emit(outcome)
