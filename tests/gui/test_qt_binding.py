"""Guards against known defects of the Qt binding that would crash the app, not just a test."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_emitting_a_signal_keeps_the_reference_count_of_true(qapp):
    # PySide6 6.12.0 returned True from emit() without a new reference; after ~1000 emits
    # Python 3.11 aborts with "bool_dealloc: deallocating True or False".
    emitter = Emitter()
    received: list[int] = []
    emitter.changed.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True)
    for i in range(20):
        emitter.changed.emit(i)
    gc.collect()
    assert len(received) == 20
    assert sys.getrefcount(True) - before > -10  # a few emits only: more would abort the run
