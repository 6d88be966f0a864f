"""Long work off the UI thread: one helper that maps progress, success and failure to signals.

The task is a plain (Qt-free) function from the services:
``task(progress: Callable[[int, int], None], should_stop: Callable[[], bool]) -> result``.
Signals are emitted from the worker thread and delivered queued to receivers in the UI
thread, so slots may touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)

Task = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Worker(QThread):
    """Run ``task`` once on its own thread. Keep a reference until ``finished``."""

    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the task's result
    failed = Signal(object)  # the exception (ExportCancelled and the like included)

    def __init__(self, task: Task, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task = task
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next check; it then fails with its own error."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:  # on the worker thread
        try:
            result = self._task(self._report, self._stop.is_set)
        except Exception as exc:  # handed to the UI thread, which shows it
            if not hasattr(exc, "template"):  # not a clerk's message: note the kind only
                log.error("background task failed: %s", type(exc).__name__)
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)
