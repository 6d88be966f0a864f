"""The arguments of ``init``, ``demo`` and ``check`` (argparse only: no Qt).

Their runners: ``desktop.cli.init`` and ``desktop.cli.ledger``.
"""

from __future__ import annotations

from desktop.cli.common_args import Commands
from desktop.domain.tr import QT_TRANSLATE_NOOP


def add_commands(sub: Commands) -> None:
    _add_init(sub)
    _add_demo(sub)
    sub.add_parser(
        "check", help=QT_TRANSLATE_NOOP("cli-help", "check the data file without changing it")
    )


def _add_init(sub: Commands) -> None:
    init = sub.add_parser(
        "init",
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "create an empty ledger: the office, its units and the clerk (as on the first start)",
        ),
    )
    init.add_argument(
        "--office",
        required=True,
        metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"),
        help=QT_TRANSLATE_NOOP("cli-help", "the office's name, printed on reports and slips"),
    )
    init.add_argument(
        "--units",
        metavar=QT_TRANSLATE_NOOP("cli-help", "A,B,..."),
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "its units (villages, communities), separated by commas; more can be added later",
        ),
    )
    init.add_argument(
        "--clerk",
        metavar=QT_TRANSLATE_NOOP("cli-help", "NAME"),
        help=QT_TRANSLATE_NOOP(
            "cli-help", "the clerk's name, printed on slips and written in the change log"
        ),
    )


def _add_demo(sub: Commands) -> None:
    demo = sub.add_parser(
        "demo", help=QT_TRANSLATE_NOOP("cli-help", "fill the data file with made-up demo records")
    )
    demo.add_argument(
        "--persons",
        type=int,
        required=True,
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli-help", "how many women to make up"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=QT_TRANSLATE_NOOP(
            "cli-help",
            "start of the random numbers: the same seed makes the same records (default 1)",
        ),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli-help", "add them even if the file holds records"),
    )
