"""The background worker: progress, result and errors arrive in the UI thread; cancel stops."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from desktop.errors import ValidationError
from desktop.gui.workers import Worker


class Recorder:
    """Collects what the worker reports, with the thread each slot ran on."""

    def __init__(self) -> None:
        self.progress: list[tuple[int, int]] = []
        self.threads: set[object] = set()

    def on_progress(self, done: int, total: int) -> None:
        self.progress.append((done, total))
        self.threads.add(QThread.currentThread())


def counting_task(progress, should_stop):
    ran_on.append(threading.get_ident())
    for done in range(0, 4):
        progress(done, 3)
    return "finished"


ran_on: list[int] = []


def test_result_and_progress_reach_the_ui_thread(qtbot):
    worker = Worker(counting_task)
    seen = Recorder()
    worker.progress.connect(seen.on_progress)
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as done:
        worker.start()
    assert done.args == ["finished"]
    qtbot.waitUntil(worker.isFinished)
    assert seen.progress == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert seen.threads == {QThread.currentThread()}  # slots ran in the UI thread
    assert ran_on[-1] != threading.get_ident()  # the task did not


def failing_task(progress, should_stop):
    raise ValidationError("Please fill in this field.", field="name")


def test_an_error_is_handed_over_not_raised(qtbot):
    worker = Worker(failing_task)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
    assert isinstance(failed.args[0], ValidationError)
    qtbot.waitUntil(worker.isFinished)


class Stopped(Exception):
    pass


def test_cancel_stops_the_task_at_its_next_check(qtbot):
    started = threading.Event()

    def endless(progress, should_stop):
        started.set()
        while not should_stop():
            started.wait(0.001)
        raise Stopped()

    worker = Worker(endless)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
        assert started.wait(5)
        worker.cancel()
    assert isinstance(failed.args[0], Stopped) and worker.is_cancelled()
    qtbot.waitUntil(worker.isFinished)


@pytest.fixture(autouse=True)
def _clear():
    ran_on.clear()
