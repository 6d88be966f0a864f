"""kill -9 while the data file is encrypted or decrypted in place, at several moments:
what is left is the old file or the new one, whole, with every row."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.services.container import build_services
from desktop.services.demo.service import generate_demo
from desktop.store import crypt
from desktop.store.backup import verify
from desktop.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]


def _convert(path: Path, action: str, key: bytes, key_id: str, delay: float | None) -> bool:
    """True when the converter was killed before it finished."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "tests.faults.converter", str(path), action,
                             key.hex(), key_id], stdout=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    if delay is not None:
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    out = proc.stdout.read()
    proc.wait(timeout=60)
    proc.stdout.close()
    return "done" not in out


def _state(path: Path) -> tuple[str, dict[str, int]]:
    kind = "plain" if crypt.is_plain(path) else "encrypted"
    _revision, counts = verify(path)  # integrity check, schema, counts (with the key)
    return kind, counts


def test_kill_during_conversion_leaves_a_whole_file(tmp_path):
    path = tmp_path / "ledger.db"
    services = build_services(open_database(path))
    generate_demo(services, 1500, seed=3)
    services.engine.dispose()
    keys, key = crypt.new_key_file()
    crypt.KEYS.remember(keys.key_id, key)
    _kind, expected = _state(path)
    started = time.perf_counter()
    assert not _convert(path, "encrypt", key, keys.key_id, None)  # once through: the length
    span = time.perf_counter() - started
    assert _state(path) == ("encrypted", expected)
    chance = random.Random(7)
    seen = set()
    moments = [0.0, 0.05] + [chance.uniform(0.1, span) for _ in range(6)]
    for n, delay in enumerate(moments):
        action = "decrypt" if crypt.is_encrypted(path) else "encrypt"
        killed = _convert(path, action, key, keys.key_id, delay)
        kind, counts = _state(path)
        assert counts == expected, (n, delay)
        seen.add((action, killed, kind))
        # The next opening (as the app does, holding the lock) clears what the kill left.
        open_database(path).dispose()
        assert crypt.leftovers(path) == []
        assert _state(path) == (kind, expected)
    print(sorted(seen))
    assert any(killed for _a, killed, _k in seen), seen  # some kills did land mid-way
    crypt.KEYS.forget_all()
