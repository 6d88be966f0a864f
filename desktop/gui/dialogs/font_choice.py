"""The font of printed documents: the bundled one, or a Chinese system font of this PC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.reports import system_fonts


class FontChoice(QComboBox):
    def __init__(self, current: str | None, parent: QWidget | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Bundled font (Droid Sans Fallback)"), "")
        found = system_fonts.available(folder) if folder else system_fonts.available()
        for label, value in found:
            self.addItem(QCoreApplication.translate("fonts", label), value)
        if current and self.findData(current) < 0:  # set by hand or the file has gone
            self.addItem(current, current)
        self.setCurrentIndex(max(self.findData(current or ""), 0))

    def value(self) -> str:
        return str(self.currentData() or "")
