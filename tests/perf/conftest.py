"""The benchmarks' tables, printed once at the end of the run (``-m perf``).

A benchmark module keeps its figures in ``RESULTS`` and defines ``print_table(write)``;
after the tests, each module that ran and measured something prints its table here, so
no test has to be named to run last and a test run with ``-k`` still shows what it measured.
"""

from __future__ import annotations

from types import ModuleType

import pytest

_MODULES: dict[str, ModuleType] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        module = getattr(item, "module", None)
        if module is not None and hasattr(module, "print_table"):
            _MODULES.setdefault(module.__name__, module)


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # noqa: ANN001
    measured = [m for m in _MODULES.values() if getattr(m, "RESULTS", None)]
    if not measured:
        return
    terminalreporter.section("benchmarks")
    for module in measured:
        module.print_table(terminalreporter.write_line)
        terminalreporter.write_line("")
