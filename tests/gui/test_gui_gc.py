"""The cycle collector runs on the GUI thread only: a window in a reference cycle is never
destroyed on a worker thread (where Qt crashes), and garbage is still collected."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from desktop.gui.gui_gc import GuiThreadCollector
from desktop.gui.workers import Worker


class Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture
def collections() -> Iterator[list[tuple[str, int]]]:
    """(thread name, objects collected) of every collection that found something."""
    seen: list[tuple[str, int]] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["collected"]:
            seen.append((threading.current_thread().name, info["collected"]))

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def _allocate_cycles(progress, should_stop) -> int:  # on the worker: what a report allocates
    for _ in range(50_000):
        pair: list[object] = []
        pair.append(pair)
    return 0


def test_a_worker_that_allocates_collects_nothing_the_gui_thread_does(qtbot, collections):
    gc.enable()  # as in the app before the window shows
    collector = GuiThreadCollector(interval_ms=10_000)  # the timer is not waited for here
    collector.start()
    try:
        assert not gc.isenabled()
        page = Page()
        earlier = weakref.ref(page)
        del page  # garbage now, in a cycle
        worker = Worker(_allocate_cycles)
        with qtbot.waitSignal(worker.finished, timeout=30_000):
            worker.start()
        worker.wait()
        assert collections == []  # 50,000 cycles made there, and not one collection there
        assert earlier() is not None  # not destroyed on the worker
        found = collector.collect_due()
        assert found > 0 and earlier() is None  # destroyed here, on the GUI thread
        assert collections and {name for name, _count in collections} == {"MainThread"}
    finally:
        collector.stop()
    assert gc.isenabled()  # the automatic collection is back when the collector stops


def test_the_timer_collects_without_being_asked(qtbot, collections):
    collector = GuiThreadCollector(interval_ms=20)
    collector.start()
    try:
        _allocate_cycles(None, None)
        qtbot.waitUntil(lambda: bool(collections), timeout=5_000)
        assert {name for name, _count in collections} == {"MainThread"}
    finally:
        collector.stop()
