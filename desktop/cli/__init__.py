"""The command line over the same services as the GUI: one module per command group."""

from desktop.cli.main import main

__all__ = ["main"]
