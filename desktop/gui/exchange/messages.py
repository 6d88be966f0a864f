"""Texts and small questions of the Excel exchange (import dialog and File menu entries).

The exchange service raises LedgerErrors whose templates are in the ``exchange`` context
(cancelled, changed since, nothing to undo) as well as the shared ``errors`` ones, so the
message is looked up in ``exchange`` first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.errors import LedgerError
from desktop.gui.dialogs.prompts import Prompts
from desktop.i18n import error_text


def exchange_error_text(exc: BaseException) -> str:
    """The clerk's message for an error of the exchange, in the installed language."""
    if isinstance(exc, LedgerError):
        text = QCoreApplication.translate("exchange", exc.template)
        if text != exc.template:  # found in "exchange"; else the shared "errors" texts
            try:
                return text.format(**exc.params)
            except (KeyError, IndexError, ValueError):
                return text
    return error_text(exc)


def show_exchange_error(prompts: Prompts, parent: QWidget | None, exc: BaseException) -> None:
    prompts.show_error(parent, exc, QCoreApplication.translate("exchange_ui", "Import and export"),
                       exchange_error_text(exc))


def choose_workbook(prompts: Prompts, parent: QWidget | None) -> Path | None:
    """The file to import: a workbook, or a CSV with one 人员 sheet."""
    return prompts.choose_file(
        parent, QCoreApplication.translate("exchange_ui", "Import from Excel"),
        QCoreApplication.translate(
            "exchange_ui", "Workbooks (*.xlsx *.xls *.ods *.csv);;Excel workbook (*.xlsx);;All files (*)"),
        "import")


def ask_save_path(prompts: Prompts, parent: QWidget | None, title: str,
                  suggested: str) -> Path | None:
    """Where to write a workbook; ``.xlsx`` is added when the clerk left it off."""
    return prompts.ask_save_path(
        parent, title, suggested,
        QCoreApplication.translate("exchange_ui", "Excel workbook (*.xlsx)"), ".xlsx", "exchange")


def sheet_list(counts: dict[str, int]) -> str:
    """``人员 120, 子女 35`` for the sheets with rows."""
    return QCoreApplication.translate("exchange_ui", ", ").join(
        f"{sheet} {n}" for sheet, n in counts.items() if n)
