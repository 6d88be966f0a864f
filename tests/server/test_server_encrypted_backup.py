"""A server ledger whose office turned encryption on: its pg_dump backups are encrypted
(AES-256-GCM, the key wrapped under the office password and the recovery code, carried in
the dump), restore with either secret into an empty database, and refuse a wrong secret,
a changed byte or a file cut short. On a real PostgreSQL server."""

from __future__ import annotations

import pytest

from desktop.errors import StorageError, ValidationError
from desktop.services.container import build_services
from desktop.services.safety.encryption import normalize_code
from desktop.store import crypt, dump_crypt, server, server_backup
from desktop.store.copy import count_rows
from tests.helpers import TODAY
from tests.register_sample import fill_registers

pytestmark = pytest.mark.postgresql

PASSWORD = "Amt-Kennwort-42"
FAST = crypt.KdfParams(time_cost=1, memory_cost=8192, parallelism=1)


@pytest.fixture
def office(tmp_path, pg_server):
    url = pg_server.create()
    services = build_services(server.open_server(url), today=lambda: TODAY,
                              backup_dir=tmp_path / "backups")
    services.encryption._kdf = FAST  # Argon2id at test cost; the format is the same
    fill_registers(services)
    services.encryption.set_password(PASSWORD, encrypt=True)
    yield services
    crypt.KEYS.forget_all()
    services.engine.dispose()
    pg_server.drop(url)


def a_name(services) -> str:
    from sqlalchemy import select

    from desktop.store.models import Person

    with services.engine.connect() as conn:
        return str(conn.scalar(select(Person.name).limit(1)))


def test_the_dump_is_encrypted_and_restores_with_the_password(office, pg_server, tmp_path):
    assert office.encryption.is_encrypted()
    info = office.backup.back_up()
    data = info.path.read_bytes()
    assert data.startswith(dump_crypt.MAGIC) and b"PGDMP" not in data
    assert a_name(office).encode() not in data  # no one's name readable in the file
    assert not list(info.path.parent.glob("*.part"))
    [listed] = office.backup.list_backups()  # unlocked in this process: checked
    assert listed.ok

    crypt.KEYS.forget_all()  # another PC: nothing unlocked
    assert server_backup.dump_key(info.path, "wrong password") is None
    key = server_backup.dump_key(info.path, PASSWORD)
    assert key is not None
    target_url = pg_server.create(template=None)
    target = server.make_server_engine(target_url)
    with pytest.raises(StorageError):  # without its key: refused, nothing written
        server_backup.restore_dump(info.path, target)
    server_backup.restore_dump(info.path, target, key)
    restored, now = count_rows(target), count_rows(office.engine)
    assert {**restored, "change_log": 0} == {**now, "change_log": 0} and now["checkup"] > 0
    target.dispose()
    pg_server.drop(target_url)


def test_the_recovery_code_opens_it_and_the_lock_comes_first(office, pg_server):
    code = office.encryption.new_recovery_code(PASSWORD)
    info = office.backup.back_up()
    crypt.KEYS.forget_all()
    with pytest.raises(crypt.LockedError):  # a backup before the password is typed: refused
        office.backup.back_up()
    assert len(office.backup.list_backups()) == 1  # nothing half-written left
    assert office.encryption.unlock_backups(PASSWORD)
    crypt.KEYS.forget_all()
    key = server_backup.dump_key(info.path, normalize_code(code.lower()), crypt.RECOVERY_SLOT)
    assert key is not None
    target_url = pg_server.create(template=None)
    target = server.make_server_engine(target_url)
    server_backup.restore_dump(info.path, target, key)
    assert count_rows(target)["person"] == count_rows(office.engine)["person"]
    target.dispose()
    pg_server.drop(target_url)


def test_a_changed_or_cut_dump_is_refused(office, tmp_path):
    info = office.backup.back_up()
    key = server_backup.dump_key(info.path, PASSWORD)
    data = info.path.read_bytes()
    changed = tmp_path / "family-ledger-server-20261128-090001.dump"
    changed.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    cut = tmp_path / "family-ledger-server-20261128-090002.dump"
    cut.write_bytes(data[: len(data) // 2])
    for bad in (changed, cut):
        with pytest.raises(StorageError):
            server_backup.verify_dump(bad, key)


def test_password_changes_keep_the_key_and_turning_it_off_writes_plain_dumps(office):
    first = office.backup.back_up()
    office.encryption.change_password(PASSWORD, "Neues-Kennwort-7")
    crypt.KEYS.forget_all()
    assert not office.encryption.unlock_backups(PASSWORD)
    assert office.encryption.unlock_backups("Neues-Kennwort-7")
    assert server_backup.verify_dump(first.path) > 10  # the same key: earlier dumps open
    with pytest.raises(ValidationError):
        office.encryption.decrypt(PASSWORD)
    office.encryption.decrypt("Neues-Kennwort-7")
    assert not office.encryption.is_encrypted()
    plain = office.backup.back_up()
    assert plain.path.read_bytes().startswith(b"PGDMP")


def test_the_command_line_asks_for_the_password_to_back_up_and_to_restore(
        office, pg_server, tmp_path):
    from tests.server.test_server_cli import run

    url = office.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    code = office.encryption.new_recovery_code(PASSWORD)
    folder = tmp_path / "out"
    folder.mkdir()
    refused = run(tmp_path, "--db", url, "backup", "--to", str(folder))  # no terminal, no file
    assert refused.returncode == 1 and "--password-file" in refused.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nicht das Kennwort\n", encoding="utf-8")
    refused = run(tmp_path, "--db", url, "--password-file", str(wrong), "backup", "--to",
                  str(folder))
    assert refused.returncode == 1 and not list(folder.iterdir())
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    done = run(tmp_path, "--db", url, "--password-file", str(secret), "backup", "--to",
               str(folder))
    assert done.returncode == 0, done.stderr
    [dump] = folder.glob("family-ledger-server-*.dump")
    assert dump_crypt.is_encrypted_dump(dump)

    target_url = pg_server.create(template=None)
    refused = run(tmp_path, "--db", target_url, "--password-file", str(wrong), "restore",
                  str(dump))
    assert refused.returncode == 1 and "Nothing was changed" in refused.stderr
    by_code = tmp_path / "code.txt"
    by_code.write_text(code.lower().replace("-", " ") + "\n", encoding="utf-8")
    done = run(tmp_path, "--db", target_url, "--password-file", str(by_code), "restore",
               str(dump))
    assert done.returncode == 0, done.stderr
    target = server.make_server_engine(target_url)
    assert count_rows(target)["person"] == count_rows(office.engine)["person"]
    target.dispose()
    pg_server.drop(target_url)
