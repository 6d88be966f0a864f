"""A combo box over the unit tree, indented by depth."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services.people.units import UnitNode


class UnitCombo(QComboBox):
    """Item data is the unit id; the optional first item ("all units") has data None."""

    def __init__(self, parent: QWidget | None = None, *, include_all: bool = False) -> None:
        super().__init__(parent)
        self._include_all = include_all

    def set_units(self, nodes: list[UnitNode]) -> None:
        keep = self.current_unit_id()
        self.blockSignals(True)
        self.clear()
        if self._include_all:
            self.addItem(self.tr("All units"), None)
        for node in nodes:
            self.addItem("\u3000" * node.depth + node.name, node.id)
        self.blockSignals(False)
        self.set_current_unit_id(keep)

    def current_unit_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_current_unit_id(self, unit_id: int | None) -> None:
        index = self.findData(unit_id) if unit_id is not None else (0 if self._include_all else -1)
        if index < 0 and self.count() and not self._include_all:
            index = -1
        self.setCurrentIndex(max(index, 0) if self._include_all else index)
