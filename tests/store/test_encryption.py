"""Encryption at rest on real files: what is on disk, what opens it and what does not."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.errors import NotALedgerFileError, StorageError, ValidationError
from desktop.services.container import build_services
from desktop.services.demo.service import generate_demo
from desktop.services.safety.encryption import (
    CODE_ALPHABET,
    new_recovery_code,
    normalize_code,
)
from desktop.services.safety.restore import restore_file
from desktop.store import conversion, crypt
from desktop.store.backup import verify
from desktop.store.check import check_file
from desktop.store.db import SQLITE_HEADER, open_database

FAST = crypt.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def _fresh_keyring():
    crypt.KEYS.forget_all()
    yield
    crypt.KEYS.forget_all()


def _first_person(services):
    with services.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT name, id_number, phone FROM person WHERE phone <> '' LIMIT 1").fetchone()


def _ledger(tmp_path, persons=40):
    services = build_services(open_database(tmp_path / "ledger.db"))
    services.encryption._kdf = FAST
    generate_demo(services, persons, seed=5)
    return services


def _secrets_in(raw: bytes, person) -> list[str]:
    return [value for value in person if value and value.encode("utf-8") in raw]


def test_encrypted_file_and_backup_reveal_nothing(tmp_path):
    services = _ledger(tmp_path)
    person = _first_person(services)
    db = services.encryption.db_path
    assert _secrets_in(db.read_bytes(), person) == list(person)  # plain: all there
    services.encryption.set_password("秘密-pass1")
    raw = db.read_bytes()
    assert raw[:16] != SQLITE_HEADER
    assert _secrets_in(raw, person) == []
    (tmp_path / "stick").mkdir()
    backup = services.backup.back_up(tmp_path / "stick")
    assert crypt.key_path(backup.path).is_file()
    assert _secrets_in(backup.path.read_bytes(), person) == []
    assert backup.persons == 40
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM person").fetchone()
    if shutil.which("sqlite3"):
        done = subprocess.run(["sqlite3", str(db), "select name from person"],
                              capture_output=True, text=True)
        assert done.returncode != 0 and person[0] not in done.stdout


def test_password_and_recovery_code_open_it_and_an_old_password_does_not(tmp_path):
    services = _ledger(tmp_path, 10)
    db = services.encryption.db_path
    services.encryption.set_password("first-pw")
    code = services.encryption.new_recovery_code("first-pw")
    services.encryption.change_password("first-pw", "second-pw")
    services.engine.dispose()
    crypt.KEYS.forget_all()
    with pytest.raises(crypt.LockedError):
        open_database(db)
    assert crypt.unlock(db, "first-pw") is None
    assert crypt.unlock(db, code, crypt.RECOVERY_SLOT) is not None  # unchanged by the change
    crypt.KEYS.forget_all()
    assert crypt.unlock(db, "second-pw") is not None
    engine = open_database(db)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM person").scalar() == 10
    engine.dispose()


def test_recover_sets_a_new_password_and_is_logged(tmp_path):
    services = _ledger(tmp_path, 5)
    db = services.encryption.db_path
    services.encryption.set_password("forgotten")
    code = services.encryption.new_recovery_code("forgotten")
    services.engine.dispose()
    crypt.KEYS.forget_all()
    with pytest.raises(ValidationError):
        services.encryption.recover("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "new-one")
    services.encryption.recover(code.lower().replace("-", " "), "new-one")  # as typed
    crypt.KEYS.forget_all()
    assert crypt.unlock(db, "forgotten") is None
    assert crypt.unlock(db, "new-one") is not None
    assert services.security.verify("new-one")  # the lock screen's check follows
    with services.engine.connect() as conn:
        actions = [r[0] for r in conn.exec_driver_sql(
            "SELECT action FROM change_log WHERE entity='security' ORDER BY id")]
    assert actions[-1] == "recover" and "encrypt" in actions
    assert "forgotten" not in str(actions)


def test_a_plain_ledger_with_a_password_also_has_a_recovery_code(tmp_path):
    services = _ledger(tmp_path, 3)
    services.encryption.set_password("plain-pw", encrypt=False)
    assert crypt.is_plain(services.encryption.db_path)
    code = services.encryption.new_recovery_code("plain-pw")
    services.encryption.recover(code, "newer-pw")
    assert services.security.verify("newer-pw") and not services.security.verify("plain-pw")


def test_remove_password_decrypts_in_place(tmp_path):
    services = _ledger(tmp_path, 8)
    db = services.encryption.db_path
    services.encryption.set_password("pw-1234")
    with pytest.raises(ValidationError):
        services.encryption.remove_password("wrong")
    assert not crypt.is_plain(db)
    services.encryption.remove_password("pw-1234")
    assert crypt.is_plain(db) and not crypt.key_path(db).exists()
    assert check_file(db).persons == 8
    assert not services.security.has_password()


def test_backup_restored_on_a_fresh_folder_opens_with_the_password(tmp_path):
    services = _ledger(tmp_path, 12)
    services.encryption.set_password("usb-stick")
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = services.backup.back_up(stick)
    services.engine.dispose()
    crypt.KEYS.forget_all()  # another PC: nothing unlocked
    with pytest.raises(crypt.LockedError):
        verify(backup.path)
    assert crypt.unlock(backup.path, "usb-stick") is not None
    other = tmp_path / "other-pc" / "ledger.db"
    other.parent.mkdir()
    restore_file(other, backup.path, other.parent / "backups")
    assert not crypt.is_plain(other) and crypt.key_path(other).is_file()
    crypt.KEYS.forget_all()
    assert crypt.unlock(other, "usb-stick") is not None
    assert check_file(other).persons == 12


def test_a_backup_alone_without_its_key_file_is_named_for_what_it_may_be(tmp_path):
    services = _ledger(tmp_path, 2)
    services.encryption.set_password("pw-pw")
    copy = tmp_path / "copy.db"
    shutil.copyfile(services.encryption.db_path, copy)
    with pytest.raises(NotALedgerFileError) as raised:
        check_file(copy)
    assert raised.value.params["key"] == "copy.db.key"


def test_plain_backups_are_named_and_can_be_encrypted(tmp_path):
    services = _ledger(tmp_path, 6)
    services.backup.auto_dir.mkdir(parents=True, exist_ok=True)
    old = services.backup.back_up()
    services.encryption.set_password("pw-9999")
    assert services.encryption.plain_backups(services.backup.auto_dir) == [old.path]
    services.encryption.encrypt_backups([old.path])
    assert services.encryption.plain_backups(services.backup.auto_dir) == []
    assert not crypt.is_plain(old.path)
    assert verify(old.path)[1]["person"] == 6


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(CODE_ALPHABET), min_size=24, max_size=24),
       st.sampled_from([" ", "-", "", "  "]), st.booleans())
def test_a_recovery_code_reads_back_however_it_is_typed(chars, sep, lower):
    code = normalize_code("".join(chars))
    typed = sep.join(code.split("-"))
    assert normalize_code(typed.lower() if lower else typed) == code


def test_recovery_codes_are_new_each_time_and_readable():
    codes = {new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(c) == 29 and set(c.replace("-", "")) <= set(CODE_ALPHABET) for c in codes)


@settings(max_examples=15, deadline=None)
@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_only_the_secret_a_slot_was_sealed_with_opens_it(right, other):
    keys, key = crypt.new_key_file()
    keys.slots["password"] = crypt.wrap(right, key, keys.key_id, "password", FAST)
    assert crypt.unwrap(keys, "password", right) == key
    if other != right:
        assert crypt.unwrap(keys, "password", other) is None
    assert crypt.unwrap(keys, "recovery", right) is None  # a slot for its own secret only


def test_a_conversion_the_system_refuses_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    services = _ledger(tmp_path, 4)
    services.encryption.set_password("pw-5678", encrypt=False)
    db = services.encryption.db_path
    before = db.read_bytes()
    real_replace = conversion.os.replace

    def refuse(src, dst):  # as Windows does while another program has the file open
        if str(dst) == str(db):
            raise PermissionError(13, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(conversion.os, "replace", refuse)
    with pytest.raises(StorageError):
        services.encryption.encrypt("pw-5678")
    assert db.read_bytes() == before
    assert not crypt.key_path(db).exists() and crypt.leftovers(db) == []
    assert check_file(db).persons == 4
