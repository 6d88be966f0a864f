"""The office password's commands on a server's ledger: they set, change and remove the
password that guards the window and, with encryption on, the server's backup dumps; with
accounts, the password file's lines in the README's order (office password, then hers)."""

from __future__ import annotations

import pytest

from desktop.services.container import build_services
from desktop.store import crypt, dump_crypt, server
from tests.server.test_server_cli import run

pytestmark = pytest.mark.postgresql


def _lines(tmp_path, name, *lines):
    path = tmp_path / name
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return str(path)


def _services(url):
    return build_services(server.open_server(url))


def _backup(tmp_path, url, folder, *secret_args):
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    done = run(tmp_path, "--db", url, *secret_args, "backup", "--to", str(folder))
    dumps = list(folder.glob("family-ledger-server-*.dump"))
    return done, dumps


def test_set_change_decrypt_and_remove_on_the_server(tmp_path, pg_url):
    first = _lines(tmp_path, "a", "Amt-Kennwort-42")
    done = run(tmp_path, "--db", pg_url, "--password-file", first, "password", "set")
    assert done.returncode == 0, done.stderr
    assert "backups are encrypted" in done.stdout
    services = _services(pg_url)
    try:
        assert services.security.has_password() and services.encryption.is_encrypted()
    finally:
        services.engine.dispose()
    done, dumps = _backup(tmp_path, pg_url, tmp_path / "out", "--password-file", first)
    assert done.returncode == 0, done.stderr
    assert dump_crypt.is_encrypted_dump(dumps[0])

    both = _lines(tmp_path, "b", "Amt-Kennwort-42", "Neues-Kennwort-7")
    done = run(tmp_path, "--db", pg_url, "--password-file", both, "password", "change")
    assert done.returncode == 0, done.stderr
    refused, dumps = _backup(tmp_path, pg_url, tmp_path / "out", "--password-file", first)
    assert refused.returncode == 1 and dumps == []  # the old one no longer opens the key
    new = _lines(tmp_path, "c", "Neues-Kennwort-7")
    wrong = run(tmp_path, "--db", pg_url, "--password-file", first, "password", "decrypt")
    assert wrong.returncode == 1 and "not correct" in wrong.stderr
    done = run(tmp_path, "--db", pg_url, "--password-file", new, "password", "decrypt")
    assert done.returncode == 0, done.stderr
    done, dumps = _backup(tmp_path, pg_url, tmp_path / "out")  # plain: no password asked
    assert done.returncode == 0, done.stderr
    assert not dump_crypt.is_encrypted_dump(dumps[0])
    done = run(tmp_path, "--db", pg_url, "--password-file", new, "password", "remove")
    assert done.returncode == 0, done.stderr
    services = _services(pg_url)
    try:
        assert not services.security.has_password()
    finally:
        services.engine.dispose()
        crypt.KEYS.forget_all()


def test_with_accounts_and_encryption_the_office_line_comes_first(tmp_path, pg_url):
    account = _lines(tmp_path, "acc", "wang-2026")
    assert run(tmp_path, "--db", pg_url, "--password-file", account,
               "accounts", "add", "王会计").returncode == 0
    office_then_hers = _lines(tmp_path, "both", "Amt-Kennwort-42", "wang-2026")
    done = run(tmp_path, "--db", pg_url, "--user", "王会计", "--password-file",
               _lines(tmp_path, "set", "Amt-Kennwort-42", "wang-2026"), "password", "set")
    assert done.returncode == 0, done.stderr
    done, dumps = _backup(tmp_path, pg_url, tmp_path / "out", "--user", "王会计",
                          "--password-file", office_then_hers)
    assert done.returncode == 0, done.stderr
    assert dump_crypt.is_encrypted_dump(dumps[0])
    hers_then_office = _lines(tmp_path, "swapped", "wang-2026", "Amt-Kennwort-42")
    refused, dumps = _backup(tmp_path, pg_url, tmp_path / "out", "--user", "王会计",
                             "--password-file", hers_then_office)
    assert refused.returncode == 1 and dumps == []
