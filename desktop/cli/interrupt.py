"""Ctrl+C (SIGINT) and SIGTERM in a command: raised as ``Interrupted`` where the work is, so
that open transactions roll back and partly written files are removed on the way out (the
services clean up on any exception); the command then says so and exits 128 + the signal's
number (130 for Ctrl+C, 143 for SIGTERM)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    def __init__(self, number: int = signal.SIGINT) -> None:
        super().__init__(number)
        self.number = number


def exit_code(exc: KeyboardInterrupt) -> int:
    return 128 + getattr(exc, "number", signal.SIGINT)


def _raise(number: int, _frame: FrameType | None) -> None:
    raise Interrupted(number)


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGINT and SIGTERM raise ``Interrupted`` inside the block."""
    previous = {number: signal.signal(number, _raise) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
