"""The optional password (an Argon2id hash in the setting table) and the idle time before locking."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError
from desktop.services.safety.changelog import ChangeRecorder
from desktop.services.settings import SettingsService
from desktop.store.db import SessionFactory, transaction

PASSWORD_HASH = "password_hash"
IDLE_MINUTES = "idle_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240
MIN_PASSWORD_LENGTH = 4
ENTITY = "security"


class SecurityService:
    def __init__(self, factory: SessionFactory, settings: SettingsService,
                 recorder: ChangeRecorder, hasher: PasswordHasher | None = None) -> None:
        self._factory = factory
        self._settings = settings
        self._recorder = recorder
        self._hasher = hasher or PasswordHasher()  # argon2-cffi's default is Argon2id

    # -- password --------------------------------------------------------------
    def has_password(self) -> bool:
        return bool(self._settings.get(PASSWORD_HASH))

    def verify(self, password: str) -> bool:
        stored = self._settings.get(PASSWORD_HASH)
        if not stored:
            return False
        try:
            return self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def set_password(self, new: str, old: str = "") -> None:
        """Set or change the password; changing needs the current one."""
        self._check_old(old)
        self.check_new(new)
        action = "update" if self.has_password() else "create"
        self._write(self._hasher.hash(new), action)

    @staticmethod
    def check_new(new: str) -> None:
        if len(new) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The password needs at least {count} characters."),
                field="password", count=MIN_PASSWORD_LENGTH)

    def clear_password(self, old: str) -> None:
        if not self.has_password():
            return
        self._check_old(old)
        self._write("", "delete")

    def _check_old(self, old: str) -> None:
        if self.has_password() and not self.verify(old):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The current password is not correct."),
                field="old_password")

    def _write(self, value: str, action: str) -> None:
        with transaction(self._factory) as session:
            self._settings.set_many({PASSWORD_HASH: value}, session)
            # The log says that the password changed, never what it is.
            self._recorder.record(session, entity=ENTITY, entity_id=0, action=action,
                                  field="password")

    # -- idle time -------------------------------------------------------------
    def idle_minutes(self) -> int:
        raw = self._settings.get(IDLE_MINUTES)
        try:
            value = int(raw)
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return min(max(value, 0), MAX_IDLE_MINUTES)

    def set_idle_minutes(self, minutes: int) -> None:
        """0 means never lock on idle."""
        if not 0 <= minutes <= MAX_IDLE_MINUTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The idle time is between 0 and {max} minutes."),
                field="idle_minutes", max=MAX_IDLE_MINUTES)
        old = self.idle_minutes()
        if old == minutes and self._settings.get(IDLE_MINUTES):
            return
        with transaction(self._factory) as session:
            self._settings.set_many({IDLE_MINUTES: str(minutes)}, session)
            self._recorder.record(session, entity=ENTITY, entity_id=0, action="update",
                                  field=IDLE_MINUTES, old=old, new=minutes)

    # -- office details (settings dialog) -------------------------------------------
    def set_office_details(self, values: dict[str, str]) -> None:
        """Office, clerk and phone settings, each change logged."""
        before = {key: self._settings.get(key) for key in values}
        if before == values:
            return
        with transaction(self._factory) as session:
            self._settings.set_many(values, session)
            self._recorder.record_fields(session, entity="settings", entity_id=0,
                                         person_id=None, before=before, after=values)

    # -- full ID numbers -------------------------------------------------------
    def record_full_id_shown(self, person_id: int, field: str = "id_number") -> None:
        """Showing a full ID number on screen (hers, or her spouse's with ``field`` =
        "spouse_id_number") is an explicit, logged act."""
        with transaction(self._factory) as session:
            self._recorder.record(session, entity="person", entity_id=person_id,
                                  person_id=person_id, action="show_id", field=field)
