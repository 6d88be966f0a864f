"""What the settings dialog (设置) uses, picked from the container by ``SettingsServices.of``
(a module of its own: the main window builds it at start without loading the dialog)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from desktop.services.accounts.service import AccountService, Clerk
from desktop.services.safety.backup import BackupService
from desktop.services.safety.encryption import EncryptionService
from desktop.services.safety.security import SecurityService
from desktop.services.settings import SettingsService

if TYPE_CHECKING:
    from desktop.services.container import CurrentUser, Services


@dataclass(frozen=True)
class SettingsServices:
    """What 设置 changes: the office details, targets and reminders (settings, written through
    security), the password and encryption (with the plain backups and the recovery sheet
    after it), the clerk's name in the change log, and which ledger is open (数据库)."""

    settings: SettingsService
    security: SecurityService
    encryption: EncryptionService
    backup: BackupService
    today: Callable[[], dt.date]
    user: CurrentUser
    engine: Engine
    accounts: AccountService
    clerk: Clerk

    @classmethod
    def of(cls, services: Services) -> SettingsServices:
        s = services
        return cls(s.settings, s.security, s.encryption, s.backup, s.today, s.user, s.engine,
                   s.accounts, s.clerk())
