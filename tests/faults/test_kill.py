"""kill -9 while writing, 5 times (tests/faults/test_kill_many.py: 50 times, marked perf)."""

from tests.faults.kill_loop import kill_loop


def test_kill_while_writing_leaves_a_whole_file(tmp_path):
    result = kill_loop(tmp_path / "ledger.db", iterations=5, seed=11)
    print(result)
    assert result["kills"] == 5 and result["persons"] >= 5
