"""Python's cycle collector runs on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is
reached, often a worker computing a report. A window or page that Python owns and that sits in
a reference cycle is then destroyed there: on the wrong thread, in the middle of the worker's
work, after the collector has already emptied its Python attributes. Qt does not survive that
(event filters called on emptied objects, models read while being destroyed, crashes).

``GuiThreadCollector`` switches the automatic collection off and collects on a timer of the
GUI thread instead, with the same thresholds, so garbage is still bounded by about a second of
allocations and no Qt object is ever destroyed by the collector off the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """While it lives (and ``start()`` was called), cycles are collected on the GUI thread."""

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds, as the automatic
        collector would; returns the number of objects found unreachable."""
        first, second, third = gc.get_count()
        if first <= self._thresholds[0]:
            return 0
        if second <= self._thresholds[1]:
            return gc.collect(0)
        if third <= self._thresholds[2]:
            return gc.collect(1)
        return gc.collect(2)
