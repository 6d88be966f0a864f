"""The arguments of ``move-to`` (argparse only: no Qt).

Its runner: ``desktop.cli.server``.
"""

from __future__ import annotations

from desktop.cli.common_args import Commands
from desktop.domain.tr import QT_TRANSLATE_NOOP


def add_commands(sub: Commands) -> None:
    move = sub.add_parser(
        "move-to",
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "copy the ledger into an empty PostgreSQL database (postgresql://...) "
            "or a new data file, verified; the original is not changed",
        ),
    )
    move.add_argument(
        "target",
        metavar=QT_TRANSLATE_NOOP("cli-help", "URL|FILE"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "an empty PostgreSQL database (postgresql://user@server/database) "
            "or a data file that does not exist yet",
        ),
    )
    move.add_argument(
        "--since",
        metavar=QT_TRANSLATE_NOOP("cli-help", "YYYY-MM"),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "compare the monthly reports from this month on "
            "(default: every month from the first record's)",
        ),
    )
