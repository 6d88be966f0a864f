"""Setting up a new ledger: the office (the root unit), its sub-units and the clerk, as the
first-run dialog and ``family-ledger init`` both do it, in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ConflictError, ValidationError
from desktop.services.people.units import UnitService
from desktop.services.settings import (
    CLERK_NAME,
    CLERK_PHONE,
    OFFICE_NAME,
    SETUP_DONE,
    SettingsService,
)
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Person

NO_OFFICE = QT_TRANSLATE_NOOP("errors", "Please enter the name of your office.")
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "errors", "This ledger is set up already ({office}, {persons} persons); nothing was changed. "
    "Choose another data file for a new ledger.")


@dataclass(frozen=True)
class OfficeSetup:
    office: str
    units: tuple[str, ...] = ()
    clerk: str = ""
    phone: str = ""


def clean(text: str) -> str:
    """Spaces collapsed, ends trimmed."""
    return " ".join(text.split())


def unique_names(names: Iterable[str]) -> tuple[str, ...]:
    """Blanks and repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for name in names:
        if clean(name):
            seen.setdefault(clean(name), None)
    return tuple(seen)


class SetupService:
    def __init__(self, factory: SessionFactory, units: UnitService, settings: SettingsService,
                 name_user: Callable[[str], None]) -> None:
        self._factory = factory
        self._units = units
        self._settings = settings
        self._name_user = name_user

    def persons(self) -> int:
        with self._factory() as session:
            return int(session.execute(select(func.count()).select_from(Person)).scalar_one())

    def refuse_if_set_up(self) -> None:
        """A ledger already in use (set up, or holding persons) is not set up again."""
        persons = self.persons()
        if self._settings.setup_done or persons:
            raise ConflictError(NOT_EMPTY, office=self._settings.get(OFFICE_NAME) or "-",
                                persons=persons)

    def set_up(self, setup: OfficeSetup) -> None:
        """Office, units and settings in one transaction. Units that exist already are reused,
        so that a second try after a problem does not fail on the first one's names."""
        office = clean(setup.office)
        if not office:
            raise ValidationError(NO_OFFICE, field="office")
        clerk = clean(setup.clerk)
        self._name_user(clerk)  # the change log names the clerk from the first entry
        with transaction(self._factory) as session:
            root = self._units.find_by_name(office)
            root_id = root.id if root is not None else self._units.add(office, None, session)
            for name in unique_names(setup.units):
                if name != office and self._units.find_by_name(name) is None:
                    self._units.add(name, root_id, session)
            self._settings.set_many({OFFICE_NAME: office, CLERK_NAME: clerk,
                                     CLERK_PHONE: clean(setup.phone), SETUP_DONE: "1"}, session)
