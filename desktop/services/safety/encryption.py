"""The password that protects the data itself, and the recovery code (see store/crypt.py).

With encryption on, the data file and the backups the app writes are SQLCipher files; the
password and the recovery code each unseal the data key in the key file beside them. With
encryption off (``--no-encrypt``) the password guards the window and the commands only.
The Argon2id hash in the settings stays the check for the lock screen in both cases.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError
from desktop.services.safety.changelog import ChangeRecorder
from desktop.services.safety.security import ENTITY, PASSWORD_HASH, SecurityService
from desktop.services.settings import OFFICE_NAME, PDF_FONT_PATH, SettingsService
from desktop.store import conversion, crypt
from desktop.store.db import SessionFactory, transaction

RECOVERY_HASH = "recovery_hash"  # a plain ledger's recovery code (an Argon2id hash)
# A server ledger with encryption on: its backups' data key wrapped under the password and
# the recovery code (a key file's JSON, kept in the ledger instead of beside a file)
DUMP_KEYS = "server_dump_keys"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper
CODE_GROUPS, GROUP_LENGTH = 6, 4  # 24 characters, 120 bits


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * GROUP_LENGTH))
    return "-".join(chars[i:i + GROUP_LENGTH] for i in range(0, len(chars), GROUP_LENGTH))


def normalize_code(text: str) -> str:
    """As typed or read from a file: case, spaces and dashes do not matter."""
    chars = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(chars[i:i + GROUP_LENGTH] for i in range(0, len(chars), GROUP_LENGTH))


def wrong_password() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("errors", "The current password is not correct."),
                           field="old_password")


def wrong_code() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "errors", "The recovery code is not correct. Nothing was changed."), field="code")


def recover_key(db_path: Path, code: str) -> bytes:
    """Unlock an encrypted file with its recovery code (before it is opened)."""
    key = crypt.unlock(db_path, normalize_code(code), crypt.RECOVERY_SLOT)
    if key is None:
        raise wrong_code()
    return key


class EncryptionService:
    def __init__(self, engine: Engine, factory: SessionFactory, settings: SettingsService,
                 recorder: ChangeRecorder, security: SecurityService, db_path: Path,
                 kdf: crypt.KdfParams | None = None) -> None:
        self._engine = engine
        self._factory = factory
        self._settings = settings
        self._recorder = recorder
        self._security = security
        self.db_path = db_path
        self._kdf = kdf or crypt.KdfParams()
        self._hasher = PasswordHasher()

    def on_server(self) -> bool:
        return self._engine.dialect.name == "postgresql"

    def is_encrypted(self) -> bool:
        """A data file encrypted; on a server, its backups encrypted."""
        if self.on_server():
            return bool(self._settings.get(DUMP_KEYS))
        return crypt.is_encrypted(self.db_path)

    # -- the password --------------------------------------------------------------------
    def set_password(self, new: str, encrypt: bool = True) -> None:
        """A first password; with ``encrypt`` the file is converted in place."""
        if self._security.has_password():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A password is set already; change it instead."), field="password")
        self._security.set_password(new)
        if encrypt:
            self.encrypt(new)

    def change_password(self, old: str, new: str) -> None:
        """The old password stops working at once; the recovery code keeps working."""
        if not self.verify(old):
            raise wrong_password()
        if self.is_encrypted():
            self.unlock_backups(old)
            self._reseal_password(self._data_key(), new)
        self._security.set_password(new, old)

    def remove_password(self, old: str) -> None:
        """Back to an open file (decrypted in place) without a password."""
        if not self.verify(old):
            raise wrong_password()
        if self.is_encrypted():
            self.decrypt(old)
        self._security.clear_password(old)
        self._settings.set_many({RECOVERY_HASH: ""})

    def verify(self, password: str) -> bool:
        if self.is_encrypted() and not self.on_server():
            keys = crypt.read_key_file(crypt.key_path(self.db_path))
            return keys is not None and crypt.unwrap(keys, crypt.PASSWORD_SLOT, password) is not None
        return self._security.verify(password)

    def unlock_backups(self, password: str) -> bool:
        """A server ledger with encryption on: its backups' key unlocked for this process
        by the office password (at start, on the lock screen). True when it opened."""
        if not (self.on_server() and self.is_encrypted()):
            return False
        keys = self._keys()
        key = crypt.unwrap(keys, crypt.PASSWORD_SLOT, password)
        if key is not None:
            crypt.KEYS.remember(keys.key_id, key)
        return key is not None

    def backup_sealing(self) -> tuple[crypt.KeyFile, bytes] | None:
        """What a server backup is encrypted with (None: encryption is off or this is a
        data file, whose backups follow the file). LockedError before the password."""
        if not (self.on_server() and self.is_encrypted()):
            return None
        return self._keys(), self._data_key()

    def sync_after_unlock(self, password: str) -> None:
        """After the key file opened an encrypted file: the lock screen's hash follows it
        (a restored backup or a change cut off may have left an older one)."""
        if password and not self._security.verify(password):
            with transaction(self._factory) as session:
                self._settings.set_many({PASSWORD_HASH: self._hasher.hash(password)}, session)

    # -- encryption on and off ----------------------------------------------------------
    def encrypt(self, password: str) -> None:
        if self.is_encrypted():
            return
        if not self._security.verify(password):
            raise wrong_password()
        keys, key = crypt.new_key_file()
        keys.slots[crypt.PASSWORD_SLOT] = crypt.wrap(password, key, keys.key_id,
                                                     crypt.PASSWORD_SLOT, self._kdf)
        if self.on_server():  # the server keeps its own files: its backups are encrypted
            crypt.KEYS.remember(keys.key_id, key)
            self._settings.set_many({DUMP_KEYS: _key_json(keys), RECOVERY_HASH: ""})
            self._log("encrypt")
            return
        self._engine.dispose()
        conversion.encrypt_in_place(self.db_path, keys, key)
        # A plain file's recovery code cannot be carried over: a new sheet is printed.
        self._settings.set_many({RECOVERY_HASH: ""})
        self._log("encrypt")

    def decrypt(self, password: str) -> None:
        if not self.is_encrypted():
            return
        if not self.verify(password):
            raise wrong_password()
        if self.on_server():  # backups written from now on are plain; earlier ones stay
            self._settings.set_many({DUMP_KEYS: ""})
            self._log("decrypt")
            return
        self._engine.dispose()
        conversion.decrypt_in_place(self.db_path, self._data_key())
        self._log("decrypt")

    def plain_backups(self, folder: Path) -> list[Path]:
        """Backups in ``folder`` still in the plain form (named to the clerk after encrypting)."""
        from desktop.services.safety.backup import backups_in

        return [p for _t, p in backups_in(folder) if crypt.is_plain(p)]

    def encrypt_backups(self, paths: list[Path]) -> None:
        """Encrypt plain backups with the data file's key (each keeps its name)."""
        keys = crypt.read_key_file(crypt.key_path(self.db_path))
        if keys is None:
            return
        key = self._data_key()
        for path in paths:
            if crypt.is_plain(path):
                conversion.encrypt_in_place(path, keys, key)

    # -- the recovery code --------------------------------------------------------------
    def new_recovery_code(self, password: str) -> str:
        """A new code (the one on an earlier sheet stops working); print it at once."""
        if not self.verify(password):
            raise wrong_password()
        code = new_recovery_code()
        self._store_code(code)
        return code

    def write_recovery_sheet(self, password: str, out: Path, today: dt.date) -> Path:
        """A new code printed to ``out`` (PDF), then made the one that works; logged."""
        from desktop.reports.recovery_sheet import RecoverySheet, write_recovery_sheet_pdf

        if not self.verify(password):
            raise wrong_password()
        code = new_recovery_code()
        sheet = RecoverySheet(code, self._settings.get(OFFICE_NAME), self.db_path.name, today)
        write_recovery_sheet_pdf(sheet, out, self._settings.get(PDF_FONT_PATH) or None)
        try:
            self._store_code(code)
        except BaseException:
            Path(out).unlink(missing_ok=True)  # a sheet whose code does not work: none
            raise
        return Path(out)

    def _store_code(self, code: str) -> None:
        if self.is_encrypted():
            keys = self._keys()
            keys.slots[crypt.RECOVERY_SLOT] = crypt.wrap(code, self._data_key(), keys.key_id,
                                                         crypt.RECOVERY_SLOT, self._kdf)
            self._write_keys(keys)
        else:
            self._settings.set_many({RECOVERY_HASH: self._hasher.hash(code)})
        self._log("new_code")  # change_log.action holds 10 characters (a server keeps to it)

    def has_recovery_code(self) -> bool:
        if self.is_encrypted():
            return crypt.RECOVERY_SLOT in self._keys().slots
        return bool(self._settings.get(RECOVERY_HASH))

    def recover(self, code: str, new: str) -> None:
        """The password was forgotten: the recovery code sets ``new``; logged."""
        code = normalize_code(code)
        if self.is_encrypted() and self.on_server():
            keys = self._keys()
            key = crypt.unwrap(keys, crypt.RECOVERY_SLOT, code)
            if key is None:
                raise wrong_code()
            crypt.KEYS.remember(keys.key_id, key)
        elif self.is_encrypted():
            recover_key(self.db_path, code)  # raises on a wrong code
        elif not self._check_plain_code(code):
            raise wrong_code()
        self._security.check_new(new)
        if self.is_encrypted():
            self._reseal_password(self._data_key(), new)
        with transaction(self._factory) as session:
            self._settings.set_many({PASSWORD_HASH: self._hasher.hash(new)}, session)
            self._recorder.record(session, entity=ENTITY, entity_id=0, action="recover",
                                  field="password")

    def _check_plain_code(self, code: str) -> bool:
        stored = self._settings.get(RECOVERY_HASH)
        try:
            return bool(stored) and self._hasher.verify(stored, code)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    # -- helpers ------------------------------------------------------------------------
    def _keys(self) -> crypt.KeyFile:
        if self.on_server():
            return _key_from_json(self._settings.get(DUMP_KEYS))
        keys = crypt.read_key_file(crypt.key_path(self.db_path))
        if keys is None:
            raise crypt.missing_key_error(self.db_path)
        return keys

    def _write_keys(self, keys: crypt.KeyFile) -> None:
        if self.on_server():
            self._settings.set_many({DUMP_KEYS: _key_json(keys)})
        else:
            crypt.write_key_file(crypt.key_path(self.db_path), keys)

    def _data_key(self) -> bytes:
        if self.on_server():
            key_id = self._keys().key_id
            found = crypt.KEYS.get(key_id)
            if found is None:
                raise crypt.LockedError(QT_TRANSLATE_NOOP(
                    "errors", "The server's backups are encrypted: unlock with the office "
                              "password first."))
            return found
        key = crypt.key_for(self.db_path)
        assert key is not None
        return key

    def _reseal_password(self, key: bytes, new: str) -> None:
        self._security.check_new(new)
        keys = self._keys()
        keys.slots[crypt.PASSWORD_SLOT] = crypt.wrap(new, key, keys.key_id, crypt.PASSWORD_SLOT,
                                                     self._kdf)
        self._write_keys(keys)

    def _log(self, action: str) -> None:
        with transaction(self._factory) as session:
            self._recorder.record(session, entity=ENTITY, entity_id=0, action=action,
                                  field="encryption")


def _key_json(keys: crypt.KeyFile) -> str:
    return json.dumps({"format": crypt.KEY_FORMAT, "key_id": keys.key_id, "slots": keys.slots})


def _key_from_json(text: str) -> crypt.KeyFile:
    try:
        data = json.loads(text)
        return crypt.KeyFile(str(data["key_id"]), dict(data["slots"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise crypt.missing_key_error(Path("server")) from exc
