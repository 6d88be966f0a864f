"""The password on the command line, run as the clerk's scripts would run it."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import select
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader

from desktop.store import crypt
from tests.cli.test_cli import run

PW = "Geheim-2026"


def _cli(db, *args, env=None):
    return run("--db", str(db), "--lang", "en", *args, env=env)


def _write(path, *lines):
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return str(path)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def protected(tmp_path_factory):
    """A demo ledger, then ``password set`` from a file: encrypted."""
    folder = tmp_path_factory.mktemp("cli-pw")
    db = folder / "ledger.db"
    assert _cli(db, "demo", "--persons", "30").returncode == 0
    assert _cli(db, "backup").returncode == 0  # a plain backup, named after encrypting
    pw = _write(folder / "pw.txt", PW)
    done = _cli(db, "password", "set", "--password-file", pw)
    assert done.returncode == 0, done.stderr
    assert "encrypted" in done.stdout and "still plain" in done.stdout
    assert "family-ledger-" in done.stdout  # the plain backup is named
    return folder, db, pw


def test_set_encrypts_and_check_says_what_the_file_is(protected):
    folder, db, pw = protected
    assert db.read_bytes()[:16] != crypt.SQLITE_HEADER
    described = _cli(db, "check")
    assert described.returncode == 1
    assert "a Family Ledger data file, encrypted" in described.stdout
    assert "not a database" not in described.stdout + described.stderr
    assert "--password-file" in described.stderr
    checked = _cli(db, "--password-file", pw, "check")
    assert checked.returncode == 0, checked.stderr
    assert "30 persons, integrity check passed" in checked.stdout


def test_without_a_terminal_or_a_file_it_exits_at_once(protected):
    _folder, db, _pw = protected
    before = _digest(db)
    started = time.perf_counter()
    done = _cli(db, "reminders")
    assert done.returncode == 1 and "--password-file" in done.stderr
    assert time.perf_counter() - started < 60  # it did not wait for input
    assert done.stdout == "" and _digest(db) == before


def test_a_wrong_password_changes_nothing_and_is_counted(protected, tmp_path):
    folder, db, _pw = protected
    wrong = _write(tmp_path / "wrong.txt", "not-it")
    before = _digest(db), _digest(crypt.key_path(db))
    tries = folder / "logs" / "password-tries.json"
    for n in (1, 2):
        done = _cli(db, "--password-file", wrong, "export", "--out", str(tmp_path / "x.xlsx"))
        assert done.returncode == 1
        assert done.stderr.strip().splitlines() == ["The password is not correct. Nothing was "
                                                    "changed."]
        assert json.loads(tries.read_text())["failures"] == n
    assert not (tmp_path / "x.xlsx").exists()
    assert (_digest(db), _digest(crypt.key_path(db))) == before
    assert "not-it" not in (folder / "logs" / "family-ledger.log").read_text(encoding="utf-8")


def test_after_five_wrong_tries_the_next_waits(protected, tmp_path):
    folder, db, pw = protected
    tries = folder / "logs" / "password-tries.json"
    tries.write_text(json.dumps({"failures": 5, "last": time.time() - 26}))
    started = time.perf_counter()
    done = _cli(db, "--password-file", pw, "reminders", "--as-of", "2026-11-01")
    assert done.returncode == 0, done.stderr
    assert "wait" in done.stderr
    assert time.perf_counter() - started >= 3.5
    assert not tries.exists()  # the right password clears the count


def test_change_then_the_old_password_fails(protected, tmp_path):
    folder, db, pw = protected
    both = _write(tmp_path / "change.txt", PW, "Neu-2026!")
    done = _cli(db, "password", "change", "--password-file", both)
    assert done.returncode == 0, done.stderr
    assert _cli(db, "--password-file", pw, "reminders").returncode == 1
    new = _write(tmp_path / "new.txt", "Neu-2026!")
    assert _cli(db, "--password-file", new, "reminders", "--as-of", "2026-11-01"
                ).returncode == 0
    back = _write(tmp_path / "back.txt", "Neu-2026!", PW)
    assert _cli(db, "password", "change", "--password-file", back).returncode == 0


def test_recovery_sheet_then_recover(protected, tmp_path):
    folder, db, pw = protected
    sheet = tmp_path / "sheet.pdf"
    done = _cli(db, "--password-file", pw, "recovery-sheet", "--out", str(sheet))
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "恢复码" in text and "无法恢复" in text
    code = next(word for word in text.split() if word.count("-") == 5)
    bad = _write(tmp_path / "bad-code.txt", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    new = _write(tmp_path / "new.txt", "Recovered-1")
    refused = _cli(db, "recover", "--code-file", bad, "--password-file", new)
    assert refused.returncode == 1 and "recovery code is not correct" in refused.stderr
    good = _write(tmp_path / "code.txt", code.lower())
    done = _cli(db, "recover", "--code-file", good, "--password-file", new)
    assert done.returncode == 0, done.stderr
    assert _cli(db, "--password-file", pw, "reminders").returncode == 1
    assert _cli(db, "--password-file", new, "reminders", "--as-of", "2026-11-01"
                ).returncode == 0
    back = _write(tmp_path / "back.txt", "Recovered-1", PW)
    assert _cli(db, "password", "change", "--password-file", back).returncode == 0


def test_an_encrypted_backup_restores_on_a_fresh_folder(protected, tmp_path):
    folder, db, pw = protected
    stick = tmp_path / "stick"
    stick.mkdir()
    assert _cli(db, "--password-file", pw, "backup", "--to", str(stick)).returncode == 0
    (copy,) = stick.glob("family-ledger-*.db")
    assert crypt.key_path(copy).is_file()
    other = tmp_path / "other" / "ledger.db"
    other.parent.mkdir()
    done = _cli(other, "--password-file", pw, "restore", str(copy), "--yes")
    assert done.returncode == 0, done.stderr
    checked = _cli(other, "--password-file", pw, "check")
    assert checked.returncode == 0 and "30 persons" in checked.stdout


def test_smoke_test_stops_at_the_lock(protected):
    _folder, db, _pw = protected
    done = _cli(db, "--smoke-test")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"locked": True}


def test_the_terminal_prompt_does_not_echo(protected):
    _folder, db, _pw = protected
    leader, follower = pty.openpty()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db), "--lang", "en",
                             "reminders", "--as-of", "2026-11-01"], stdin=follower,
                            stdout=follower, stderr=follower, env=env, start_new_session=True)
    os.close(follower)
    seen = b""
    deadline = time.time() + 60
    while b"Password" not in seen and time.time() < deadline:
        if select.select([leader], [], [], 1)[0]:
            seen += os.read(leader, 4096)
    os.write(leader, PW.encode() + b"\n")
    while proc.poll() is None and time.time() < deadline:
        if select.select([leader], [], [], 1)[0]:
            try:
                seen += os.read(leader, 65536)
            except OSError:
                break
    proc.wait(timeout=60)
    os.close(leader)
    assert proc.returncode == 0, seen.decode(errors="replace")
    assert PW.encode() not in seen


def test_password_remove_leaves_a_plain_file(tmp_path):
    db = tmp_path / "ledger.db"
    assert _cli(db, "demo", "--persons", "5").returncode == 0
    pw = _write(tmp_path / "pw.txt", "pw-plain")
    done = _cli(db, "password", "set", "--no-encrypt", "--password-file", pw)
    assert done.returncode == 0 and crypt.is_plain(db)
    assert _cli(db, "reminders").returncode == 1  # still asked for
    assert _cli(db, "--password-file", pw, "password", "encrypt").returncode == 0
    assert not crypt.is_plain(db)
    assert _cli(db, "password", "remove", "--password-file", pw).returncode == 0
    assert crypt.is_plain(db) and not crypt.key_path(db).exists()
    assert _cli(db, "reminders", "--as-of", "2026-11-01").returncode == 0
