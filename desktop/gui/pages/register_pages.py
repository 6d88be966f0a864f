"""The six register pages in the main window's navigation.

Each page is built the first time it is shown or asked for: building one counts its
register for this month, and the clerk usually starts on the person register.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.values.registers import TITLES, Register
from desktop.gui.changes import DataChanged
from desktop.gui.pages.register_page import CONTEXT, RegisterPage
from desktop.services.container import Services

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

# Navigation order, as the issue lists the pages.
ORDER = (Register.BIRTHS, Register.CONTRACEPTION, Register.DEATHS, Register.CHECKUPS,
         Register.PREGNANCIES, Register.SERVICES)


def page_key(register: Register) -> str:
    return f"register_{register.value}"


class RegisterPages(Mapping[Register, RegisterPage]):
    """register -> its page, built on first use in place of a placeholder in the stack."""

    def __init__(self, window: MainWindow, services: Services,
                 changes: DataChanged | None = None) -> None:
        self._window = window
        self._services = services
        self._changes = changes
        self._built: dict[Register, RegisterPage] = {}
        self._holders: dict[Register, QWidget] = {}
        for register in ORDER:
            holder = QWidget(window)
            title = QCoreApplication.translate(CONTEXT, TITLES[register])
            window.add_page(page_key(register), title, holder)
            self._holders[register] = holder
        window.stack.currentChanged.connect(self._shown)

    def built(self) -> list[RegisterPage]:
        return list(self._built.values())

    def __getitem__(self, register: Register) -> RegisterPage:
        page = self._built.get(register)
        if page is None:
            page = self._build(Register(register))
        return page

    def __iter__(self) -> Iterator[Register]:
        return iter(ORDER)

    def __len__(self) -> int:
        return len(ORDER)

    def _shown(self, index: int) -> None:
        widget = self._window.stack.widget(index)
        for register, holder in self._holders.items():
            if holder is widget:
                self._build(register)
                return

    def _build(self, register: Register) -> RegisterPage:
        stack = self._window.stack
        holder = self._holders.pop(register)
        s = self._services
        page = RegisterPage(register, s.registers, s.register_export, s.units, s.today,
                            self._window, self._changes)
        page.open_record.connect(self._window.open_record)
        index = stack.indexOf(holder)
        current = stack.currentIndex() == index
        self._built[register] = page
        stack.blockSignals(True)  # the swap is not a page change
        stack.insertWidget(index, page)
        stack.removeWidget(holder)
        if current:
            stack.setCurrentWidget(page)
        stack.blockSignals(False)
        holder.deleteLater()
        return page


def add_register_pages(window: MainWindow, services: Services,
                       changes: DataChanged | None = None) -> RegisterPages:
    """Add the pages to the navigation; row activation opens the editor on the record."""
    return RegisterPages(window, services, changes)
