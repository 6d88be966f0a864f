"""Wrong passwords in a row, counted beside the data (shared by the window and the commands).

After ``MAX_TRIES`` wrong ones in a row the next try waits ``WAIT_S`` seconds from the last
one. The file holds a count and a time, nothing else; a right password removes it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

MAX_TRIES = 5
WAIT_S = 30.0
FILE_NAME = "password-tries.json"


class Tries:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = folder / FILE_NAME
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def wait_seconds(self) -> float:
        """How long the next try has to wait (0: at once)."""
        failures, last = self._read()
        if failures < MAX_TRIES:
            return 0.0
        return max(0.0, last + WAIT_S - self._clock())

    def failed(self) -> None:
        failures, _last = self._read()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"failures": failures + 1, "last": self._clock()}),
                                 encoding="utf-8")
        except OSError:
            pass  # a read-only folder: no count, the password is still checked

    def succeeded(self) -> None:
        try:
            self.path.unlink()
        except OSError:
            pass
