"""Build the services once, for the GUI or the CLI (no globals)."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from desktop.config import backup_dir_for, server_backup_dir, server_mappings_dir
from desktop.domain.kinds import KINDS
from desktop.services.accounts.service import AccountService, Clerk
from desktop.services.care.benefits import BenefitService
from desktop.services.care.checkups import CheckupService
from desktop.services.care.contraception import ContraceptionService
from desktop.services.care.pregnancies import PregnancyService
from desktop.services.care.services_given import ServiceRecordService
from desktop.services.exchange.mapping.service import MAPPINGS_FOLDER, MappingService
from desktop.services.exchange.service import ExchangeService
from desktop.services.indicators.closing import ClosingService
from desktop.services.indicators.sampling import SampleService
from desktop.services.indicators.service import IndicatorService
from desktop.services.people.children import ChildService
from desktop.services.people.life_events import LifeEventService
from desktop.services.people.person_list import PersonListService
from desktop.services.people.persons import PersonService
from desktop.services.people.recycle_bin import RecycleBinService
from desktop.services.people.timeline import TimelineService
from desktop.services.people.units import UnitService
from desktop.services.registers.data_checks import DataCheckService
from desktop.services.registers.documents import DocumentService
from desktop.services.registers.export import RegisterExportService
from desktop.services.registers.service import RegisterService
from desktop.services.reminders.service import ReminderService
from desktop.services.safety.backup import BackupService
from desktop.services.safety.changelog import ChangeRecorder, HistoryService
from desktop.services.safety.encryption import EncryptionService
from desktop.services.safety.others import OtherWrites
from desktop.services.safety.security import SecurityService
from desktop.services.settings import CLERK_NAME, SettingsService
from desktop.services.setup import SetupService
from desktop.store.db import SessionFactory, make_session_factory


class CurrentUser:
    """Name written into the change log: the signed-in account's, else the clerk from
    settings, else the login name."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.account = ""  # set by signing in; the settings' clerk name does not change it

    def __call__(self) -> str:
        if self.account:
            return self.account
        if self.name:
            return self.name
        try:
            return getpass.getuser()
        except Exception:  # no login name on some systems
            return ""


@dataclass
class Services:
    engine: Engine
    factory: SessionFactory
    user: CurrentUser
    recorder: ChangeRecorder
    settings: SettingsService
    units: UnitService
    persons: PersonService
    person_list: PersonListService
    history: HistoryService
    pregnancies: PregnancyService
    life_events: LifeEventService
    timeline: TimelineService
    contraception: ContraceptionService
    checkups: CheckupService
    service_records: ServiceRecordService
    benefits: BenefitService
    registers: RegisterService
    register_export: RegisterExportService
    data_checks: DataCheckService
    children: ChildService
    recycle_bin: RecycleBinService
    backup: BackupService
    today: Callable[[], dt.date]
    security: SecurityService
    exchange: ExchangeService
    mappings: MappingService
    reminders: ReminderService
    indicators: IndicatorService
    documents: DocumentService
    closing: ClosingService
    samples: SampleService
    encryption: EncryptionService
    setup: SetupService
    accounts: AccountService
    others: OtherWrites | None  # a server: other clerks' writes, polled (None on a file)

    def sign_in(self, name: str, password: str) -> None:
        """Her account's password checked (SignInError if not); the change log names her
        from now on."""
        self.clerk().sign_in(name, password)

    def clerk(self) -> Clerk:
        """Who is signed in, and signing in again (the lock screen)."""
        return Clerk(self.accounts, self.user)


def build_services(
    engine: Engine,
    today: Callable[[], dt.date] = dt.date.today,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now().replace(microsecond=0),
    db_path: Path | None = None,
    backup_dir: Path | None = None,
) -> Services:
    factory = make_session_factory(engine)
    db_path = db_path or Path(str(engine.url.database)).absolute()
    mappings_dir = db_path.parent / MAPPINGS_FOLDER
    if engine.dialect.name == "postgresql":  # a server: no file, its folders in the data folder
        backup_dir = backup_dir or server_backup_dir(engine.url.host, engine.url.database)
        mappings_dir = server_mappings_dir(engine.url.host, engine.url.database)
    settings = SettingsService(factory)
    user = CurrentUser(settings.get(CLERK_NAME))
    recorder = ChangeRecorder(user, now)
    units = UnitService(factory, recorder)
    registers = RegisterService(engine, units, lambda: recorder.generation)
    records = (factory, recorder, today, now)
    pregnancies, life_events = PregnancyService(*records), LifeEventService(*records)
    contraception, benefits = ContraceptionService(*records), BenefitService(*records)
    checkups, service_records = CheckupService(*records), ServiceRecordService(*records)
    children = ChildService(*records)
    persons = PersonService(factory, recorder, today, now)
    person_list = PersonListService(engine, units, today, lambda: recorder.generation)
    backup = BackupService(engine, factory, recorder, db_path,
                           backup_dir or backup_dir_for(db_path), now)
    indicators = IndicatorService(engine, factory, settings, units, today, recorder)
    security = SecurityService(factory, settings, recorder)
    services = Services(
        engine=engine,
        factory=factory,
        user=user,
        recorder=recorder,
        settings=settings,
        units=units,
        persons=persons,
        person_list=person_list,
        history=HistoryService(factory),
        pregnancies=pregnancies,
        life_events=life_events,
        timeline=TimelineService(factory),
        contraception=contraception,
        checkups=checkups,
        service_records=service_records,
        benefits=benefits,
        registers=registers,
        register_export=RegisterExportService(registers, factory, recorder, now),
        data_checks=DataCheckService(factory, today),
        children=children,
        recycle_bin=RecycleBinService(engine, {}),
        backup=backup,
        today=today,
        security=security,
        exchange=ExchangeService(engine, factory, recorder, today, now,
                                 before_change=lambda: backup.back_up(logged=False).path,
                                 log_backup=backup.log_backup),
        mappings=MappingService(mappings_dir, today,
                                lambda: sorted(units.names().values())),
        reminders=ReminderService(engine, factory, recorder, settings, units, today, now),
        indicators=indicators,
        samples=SampleService(engine, factory, settings, recorder, today, now),
        documents=DocumentService(
            engine=engine, factory=factory, recorder=recorder, settings=settings, units=units,
            persons=persons, person_list=person_list, registers=registers, contraception=contraception,
            checkups=checkups, pregnancies=pregnancies, today=today, now=now),
        closing=ClosingService(engine, factory, indicators, units, recorder, user, now),
        encryption=EncryptionService(engine, factory, settings, recorder, security, db_path),
        setup=SetupService(factory, units, settings, lambda name: setattr(user, "name", name)),
        accounts=AccountService(factory, recorder, now),
        others=OtherWrites(factory) if engine.dialect.name == "postgresql" else None,
    )
    backup.sealing = services.encryption.backup_sealing
    # Each deleted record goes back through the service of its kind, with that kind's checks.
    services.recycle_bin = RecycleBinService(
        engine, {kind: getattr(services, info.restorer) for kind, info in KINDS.items()})
    return services
