"""At 0 bytes free the clerk reads that the disk is full, not that the folder is not writable.

The full disk is a small tmpfs mounted in a mount namespace of the test's own (``unshare``),
filled to the last byte after the data file was put on it; skipped where namespaces are not
available.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import fresh_services

SCRIPT = """
set -e
mount -t tmpfs -o size=2m tmpfs "$DISK"
cp "$LEDGER" "$DISK/ledger.db"
dd if=/dev/zero of="$DISK/fill" bs=4k 2>/dev/null || true
df -k "$DISK" >&2
exec "$PYTHON" -m desktop --db "$DISK/ledger.db" --lang en backup
"""


def _namespaces() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _namespaces(), reason="no user and mount namespaces here")
def test_a_full_disk_is_called_full(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    services.units.add("一村")
    services.engine.dispose()
    disk = tmp_path / "disk"
    disk.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DISK": str(disk),
           "LEDGER": str(tmp_path / "ledger.db"), "PYTHON": sys.executable}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", SCRIPT], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "The disk holding the data file is full" in done.stderr, done.stderr
    assert "writable" not in done.stderr
