"""Runs a command in this process and presses Ctrl+C half-way through its work: a real
SIGINT sent to itself from the progress callback of the import or of the backup copy.

    python -m tests.cli.interrupt_driver SIGNAL ARGS...   (exit code: the command's)
"""

from __future__ import annotations

import os
import signal
import sys

from desktop.services.exchange.service import ExchangeService
from desktop.services.safety.backup import BackupService


def interrupting(number: int):
    sent = []

    def progress(done: int, total: int) -> None:
        if not sent and done * 2 >= total:
            sent.append(True)
            os.kill(os.getpid(), number)

    return progress


def main() -> int:
    number = getattr(signal, sys.argv[1])
    real_import, real_backup = ExchangeService.run_import, BackupService.back_up

    def run_import(self, preview, progress=None, should_stop=None):  # noqa: ANN001, ANN202
        return real_import(self, preview, interrupting(number), should_stop)

    def back_up(self, target_dir=None, progress=None, logged=True):  # noqa: ANN001, ANN202
        return real_backup(self, target_dir, interrupting(number), logged)

    ExchangeService.run_import = run_import
    BackupService.back_up = back_up
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
