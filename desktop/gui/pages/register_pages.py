"""The six register pages in the main window's navigation (issue 3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.pages.register_page import RegisterPage
from desktop.services.container import Services
from desktop.services.register_types import Register

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

# Navigation order, as the issue lists the pages.
ORDER = (Register.BIRTHS, Register.CONTRACEPTION, Register.DEATHS, Register.CHECKUPS,
         Register.PREGNANCIES, Register.SERVICES)


def page_key(register: Register) -> str:
    return f"register_{register.value}"


def add_register_pages(window: MainWindow, services: Services) -> dict[Register, RegisterPage]:
    """Build the pages, add them to the navigation, wire row activation to the editor."""
    pages: dict[Register, RegisterPage] = {}
    for register in ORDER:
        page = RegisterPage(services, register, window)
        page.open_record.connect(window.open_record)
        window.add_page(page_key(register), page.title(), page)
        pages[register] = page
    return pages
