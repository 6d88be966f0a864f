"""kill -9 while writing, 50 times. Not in the default run:
    QT_QPA_PLATFORM=offscreen python -m pytest tests/faults/test_kill_many.py -m perf -s
"""

import pytest

from tests.faults.kill_loop import kill_loop

pytestmark = pytest.mark.perf


def test_kill_50_times_while_writing(tmp_path):
    result = kill_loop(tmp_path / "ledger.db", iterations=50, seed=5)
    print(result)
    assert result["kills"] == 50
