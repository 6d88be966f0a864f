"""The arguments of ``backup`` and ``restore`` (argparse only: no Qt).

Their runner: ``desktop.cli.safety``.
"""

from __future__ import annotations

from desktop.cli.common_args import Commands
from desktop.domain.tr import QT_TRANSLATE_NOOP


def add_commands(sub: Commands) -> None:
    backup = sub.add_parser(
        "backup", help=QT_TRANSLATE_NOOP("cli-help", "write a verified copy of the data file")
    )
    backup.add_argument(
        "--to",
        dest="target",
        metavar=QT_TRANSLATE_NOOP("cli-help", "FOLDER"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "the folder for the copy, created if missing (default: the automatic backups folder)",
        ),
    )
    restore = sub.add_parser(
        "restore", help=QT_TRANSLATE_NOOP("cli-help", "replace the data file by a backup")
    )
    restore.add_argument(
        "file",
        metavar=QT_TRANSLATE_NOOP("cli-help", "FILE"),
        help=QT_TRANSLATE_NOOP("cli-help", "the backup to restore"),
    )
    restore.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli-help", "restore without asking (the current data file is backed up first)"
        ),
    )
