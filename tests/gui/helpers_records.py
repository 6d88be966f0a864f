"""Helpers for the record tab tests: a ledger with one woman and a stand-in for exec()."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from desktop.domain.values.people import PersonDraft
from desktop.gui.dialogs.editor_services import EditorServices
from desktop.gui.records.registry import build_record_tab
from tests.gui.helpers_dialogs import click, make_id, open_services
from tests.gui.scripted_prompts import ScriptedPrompts


def ledger_with_her(tmp_path):
    """(services, engine) with one woman, ``services.her``; dispose the engine after."""
    services, engine = open_services(tmp_path)
    unit = services.units.add("Office")
    services.her = services.persons.create(PersonDraft(
        name="张秀英", id_number=make_id("330102", dt.date(1990, 3, 7), 12), unit_id=unit))
    return services, engine


class Clerk:
    """Stands in for the modal loop: fills the real dialog with ``fill`` and clicks a button."""

    def __init__(self, qtbot, fill, ok: bool = True) -> None:
        self.qtbot, self.fill, self.ok = qtbot, fill, ok
        self.dialogs = []

    def __call__(self, dialog) -> bool:
        # Not given to qtbot: the tab owns the dialog and deletes it after use.
        self.dialogs.append(dialog)
        dialog.show()
        self.fill(dialog)
        button = dialog.ok_button() if self.ok else dialog.buttons.button(
            dialog.buttons.StandardButton.Cancel)
        click(self.qtbot, button)
        return dialog.result() == dialog.DialogCode.Accepted


def make_tab(qtbot, cls, services, prompts: ScriptedPrompts | None = None):
    """A record tab on its own, on ``services.her``; ``tab.prompts`` scripts its questions
    (none answered at first: a question or an error box fails the test)."""
    tab = build_record_tab(cls, EditorServices.of(services), prompts=prompts or ScriptedPrompts())
    qtbot.addWidget(tab)
    tab.set_person(services.her)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def rows(tab):
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def tick(qtbot, box) -> None:
    """Click the box's indicator (a form row stretches the widget beyond its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def choose(combo, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))
