"""What the printed documents read: a person's card, the roster of the person
register's current query and a register's rows, streamed in SQL pages; and the change-log
entry when a document leaves with full ID numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, select
from sqlmodel import col

from desktop.domain.dates import age_on
from desktop.domain.enums import RecordStatus, StatusFilter
from desktop.domain.values.care import CheckupRecord
from desktop.domain.values.documents import (
    CardCheckup,
    CardChild,
    CardContraception,
    CardPregnancy,
    PersonCard,
)
from desktop.domain.values.people import PersonQuery, PersonRow
from desktop.domain.values.registers import (
    ITEM_DISEASE,
    ITEM_IUD,
    ITEM_PREGNANCY,
    ITEM_PREGNANT,
    RegisterQuery,
    RegisterRow,
)
from desktop.services.care.checkups import CheckupService
from desktop.services.care.contraception import ContraceptionService
from desktop.services.care.pregnancies import PregnancyService
from desktop.services.people.person_list import AGE_LIMIT, PersonListService
from desktop.services.people.persons import PersonService
from desktop.services.people.units import UnitService
from desktop.services.registers.service import RegisterService
from desktop.services.safety.changelog import ChangeRecorder
from desktop.services.settings import OFFICE_NAME, SettingsService
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Child

ROSTER_CHUNK = 2000


class DocumentService:
    def __init__(self, *, engine: Engine, factory: SessionFactory, recorder: ChangeRecorder,
                 settings: SettingsService, units: UnitService, persons: PersonService,
                 person_list: PersonListService, registers: RegisterService,
                 contraception: ContraceptionService, checkups: CheckupService,
                 pregnancies: PregnancyService, today: Callable[[], dt.date],
                 now: Callable[[], dt.datetime]) -> None:
        self._engine = engine
        self._factory = factory
        self._recorder = recorder
        self._settings = settings
        self._units = units
        self._persons = persons
        self._person_list = person_list
        self._registers = registers
        self._contraception = contraception
        self._checkups = checkups
        self._pregnancies = pregnancies
        self._today = today
        self._now = now

    def card(self, person_id: int) -> PersonCard:
        """Her archive card; NotFoundError when she is gone (or in the recycle bin)."""
        record = self._persons.get(person_id)
        d = record.draft
        today = self._today()
        age = age_on(record.birth_date, today)
        status = record.status
        if status == RecordStatus.ACTIVE.value and age >= AGE_LIMIT:
            status = StatusFilter.AGED_OUT.value
        with self._factory() as session:
            deaths = dict(session.execute(
                select(col(Child.id),
                       col(Child.death_date)).where(col(Child.person_id) == person_id)).all())
        children = tuple(
            CardChild(c.name, c.sex, c.birth_date, c.birth_order, c.id_number,
                      c.birth_registered_on, c.reported_on, deaths.get(c.id))
            for c in d.children)
        methods = tuple(
            CardContraception(r.method, r.start_date, r.end_date, r.place)
            for r in sorted(self._contraception.list_for_person(person_id),
                            key=lambda r: (r.start_date, r.id), reverse=True))
        checkups = tuple(
            CardCheckup(r.date, _items(r), r.result, r.source, r.place, r.note)
            for r in sorted(self._checkups.list_for_person(person_id),
                            key=lambda r: (r.date, r.id), reverse=True))
        pregnancies = tuple(
            CardPregnancy(p.registered_on, p.lmp, p.edd, p.outcome, p.outcome_date,
                          p.followup_count)
            for p in self._pregnancies.list_for_person(person_id))
        return PersonCard(
            office_name=self._settings.get(OFFICE_NAME), printed_on=today, person_id=person_id,
            name=d.name, id_number=d.id_number, birth_date=record.birth_date, age=age,
            ethnicity=d.ethnicity, phone=d.phone, household_address=d.household_address,
            current_address=d.current_address,
            unit_name=self._units.names().get(d.unit_id or 0, ""), category=d.category,
            registered_on=d.registered_on, origin=d.origin, arrival_date=d.arrival_date,
            employer=d.employer, marital_status=d.marital_status, marriage_date=d.marriage_date,
            spouse_name=d.spouse_name, spouse_id_number=d.spouse_id_number,
            spouse_work_unit=d.spouse_work_unit, spouse_phone=d.spouse_phone,
            checkup_group=d.checkup_group, one_child_cert_no=d.one_child_cert_no,
            one_child_cert_date=d.one_child_cert_date, notes=d.notes, status=status,
            status_date=record.status_date, children=children, contraception=methods,
            checkups=checkups, pregnancies=pregnancies,
        )

    def roster_count(self, query: PersonQuery) -> int:
        return self._person_list.count(query)

    def roster_rows(self, query: PersonQuery, chunk: int = ROSTER_CHUNK) -> Iterator[list[PersonRow]]:
        """The person register's rows for ``query`` in display order, ``chunk`` at a time."""
        return self._person_list.stream(query, chunk)

    def register_rows(self, query: RegisterQuery) -> Iterator[list[RegisterRow]]:
        return self._registers.stream(query)

    def register_count(self, query: RegisterQuery) -> int:
        return self._registers.count(query)

    def log_full_ids(self, document: str, path: Path | str, rows: int,
                     person_id: int | None = None) -> None:
        """A document with full ID numbers left the database: say when, what and where to
        (call after writing it; masked documents need no entry)."""
        with transaction(self._factory) as session:
            self._recorder.record_export(session, (
                ("document", document), ("full_ids", "yes"), ("rows", rows),
                ("file", str(path))), person_id)


def _items(record: CheckupRecord) -> tuple[str, ...]:
    items = []
    if record.check_pregnancy:
        items.append(ITEM_PREGNANT if record.pregnant else ITEM_PREGNANCY)
    if record.check_iud:
        items.append(ITEM_IUD)
    if record.check_disease:
        items.append(ITEM_DISEASE)
    return tuple(items)
