"""The window's poll for other clerks' writes on a server that hangs: the server's processes
are stopped (SIGSTOP) while the window keeps working, then let go again."""

from __future__ import annotations

import datetime as dt
import os
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from desktop.services.container import build_services
from desktop.store.server import open_server
from tests.helpers import TODAY, draft
from tests.pg_server import PgServer, start_cluster

pytestmark = pytest.mark.postgresql


def _server_processes(folder: Path) -> list[int]:
    """The postmaster of the cluster in ``folder`` and every process it started."""
    postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [postmaster]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


@contextmanager
def hung(folder: Path) -> Iterator[None]:
    """The server stops answering (its processes stopped, its sockets still open)."""
    stopped = _server_processes(folder)
    for pid in stopped:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)


@pytest.fixture
def own_server(pg_server: PgServer) -> Iterator[PgServer]:
    """A server this test may stop: the session's when the tests started it (one test at a
    time per worker), else one of its own."""
    if pg_server.folder is not None:
        yield pg_server
        return
    folder = Path(tempfile.mkdtemp(prefix="family-ledger-hung-"))
    server = start_cluster(folder / "cluster")
    try:
        server.prepare_template()
        yield server
    finally:
        server.stop()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_a_hung_server_does_not_hold_the_window(own_server, qtbot, tmp_path):
    from desktop.gui.changes import ServerPoll

    url = own_server.create()
    services = build_services(open_server(url), today=lambda: TODAY, backup_dir=tmp_path)
    try:
        button = QPushButton("保存")
        qtbot.addWidget(button)
        clicks: list[bool] = []
        button.clicked.connect(lambda: clicks.append(True))
        button.show()
        qtbot.waitExposed(button)
        poll = ServerPoll(services.others, button, interval_ms=100)
        qtbot.waitUntil(lambda: not poll.waiting, timeout=10_000)  # the counter as it is
        heard: list[frozenset[str]] = []
        poll.changed.connect(heard.append)
        ticks: list[float] = []
        beat = QTimer(button)
        beat.setInterval(50)
        beat.timeout.connect(lambda: ticks.append(time.monotonic()))
        beat.start()
        assert folder_of(own_server).exists()
        with hung(folder_of(own_server)):
            qtbot.waitUntil(lambda: poll.waiting, timeout=5_000)  # a poll went out
            started = time.monotonic()
            qtbot.wait(1500)  # ~15 polls due meanwhile: none piles up on the first
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert clicks == [True]  # the click was handled while the server hung
            assert poll.waiting
            assert not poll.poll()  # the timer's polls are left out, not queued
            assert [t.name for t in threading.enumerate()].count("server-poll") == 1
            during = [t for t in ticks if t >= started]
            assert len(during) >= 15  # the event loop kept turning (50 ms beat)
            gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
            assert max(gaps) < 0.5
        qtbot.waitUntil(lambda: not poll.waiting, timeout=20_000)  # the server answers again
        unit = services.units.add("一村")
        services.persons.create(draft("张秀英", dt.date(1990, 3, 4), unit))
        qtbot.waitUntil(lambda: any("person" in e for e in heard), timeout=10_000)
        poll.stop()
        beat.stop()
    finally:
        services.engine.dispose()
        own_server.drop(url)


def folder_of(server: PgServer) -> Path:
    assert server.folder is not None
    return server.folder

