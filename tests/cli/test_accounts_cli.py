"""Accounts on the command line: ``init --clerk --account``, ``accounts ...`` and ``--user``
on every command once the ledger has accounts (real subprocesses, real files)."""

from __future__ import annotations

import sqlite3

from tests.cli.test_cli import run


def _write(path, *lines):
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return str(path)


def _users(db):
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute(
            "select distinct user from change_log where entity = 'account' order by id")]


def test_a_ledger_without_accounts_needs_no_user(tmp_path):
    db = tmp_path / "ledger.db"
    done = run("--db", str(db), "init", "--office", "城关镇", "--clerk", "王会计")
    assert done.returncode == 0, done.stderr
    listed = run("--db", str(db), "accounts", "list")
    assert listed.returncode == 0, listed.stderr
    assert "没有账户" in listed.stdout or "no accounts" in listed.stdout
    refused = run("--db", str(db), "--user", "王会计", "reminders", "--as-of", "2026-11-28")
    assert refused.returncode == 2 and "--user" in refused.stderr


def test_init_with_an_account_then_every_command_signs_in(tmp_path):
    db = tmp_path / "ledger.db"
    secret = _write(tmp_path / "pw.txt", "wang-2026")
    done = run("--db", str(db), "--password-file", secret, "init", "--office", "城关镇",
               "--clerk", "王会计", "--account")
    assert done.returncode == 0, done.stderr
    # without --user: a usage error, in Chinese, nothing read
    missing = run("--db", str(db), "reminders", "--as-of", "2026-11-28")
    assert missing.returncode == 2
    assert "--user" in missing.stderr and "账户" in missing.stderr
    # no terminal and no password file: told how
    no_secret = run("--db", str(db), "--user", "王会计", "reminders")
    assert no_secret.returncode == 1 and "--password-file" in no_secret.stderr
    wrong = run("--db", str(db), "--user", "王会计", "--password-file",
                _write(tmp_path / "bad.txt", "nope-nope"), "reminders")
    assert wrong.returncode == 1 and "不正确" in wrong.stderr
    ok = run("--db", str(db), "--user", "王会计", "--password-file", secret,
             "reminders", "--as-of", "2026-11-28")
    assert ok.returncode == 0, ok.stderr
    # she adds a colleague: her own password, then the new one, from one file
    both = _write(tmp_path / "both.txt", "wang-2026", "li-2026")
    added = run("--db", str(db), "--user", "王会计", "--password-file", both,
                "accounts", "add", "李文书")
    assert added.returncode == 0, added.stderr
    listed = run("--db", str(db), "--user", "李文书", "--password-file",
                 _write(tmp_path / "li.txt", "li-2026"), "--lang", "en", "accounts", "list")
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["李文书", "王会计"]
    assert _users(db) == ["王会计"]  # at init the clerk named, then the signed-in account


def test_disable_and_passwd(tmp_path):
    db = tmp_path / "ledger.db"
    run("--db", str(db), "init", "--office", "城关镇", "--clerk", "王会计")
    first = run("--db", str(db), "--password-file", _write(tmp_path / "a.txt", "wang-2026"),
                "accounts", "add", "王会计")
    assert first.returncode == 0, first.stderr
    wang = ("--user", "王会计", "--password-file")
    run("--db", str(db), *wang, _write(tmp_path / "b.txt", "wang-2026", "li-2026"),
        "accounts", "add", "李文书")
    last = run("--db", str(db), *wang, _write(tmp_path / "c.txt", "wang-2026"),
               "accounts", "disable", "王会计")
    assert last.returncode == 0, last.stderr
    refused = run("--db", str(db), *wang, _write(tmp_path / "d.txt", "wang-2026"), "reminders")
    assert refused.returncode == 1 and "停用" in refused.stderr
    li = ("--user", "李文书", "--password-file")
    changed = run("--db", str(db), *li, _write(tmp_path / "e.txt", "li-2026", "li-neu-1"),
                  "accounts", "passwd", "李文书")
    assert changed.returncode == 0, changed.stderr
    again = run("--db", str(db), *li, _write(tmp_path / "f.txt", "li-neu-1"),
                "accounts", "disable", "李文书")
    assert again.returncode == 1 and "最后" in again.stderr


def test_office_password_and_account_password_from_one_file(tmp_path):
    """The office password's line first, then hers (the rule in the README)."""
    db = tmp_path / "ledger.db"
    run("--db", str(db), "init", "--office", "城关镇", "--clerk", "王会计")
    office = _write(tmp_path / "office.txt", "office-pw")
    done = run("--db", str(db), "--password-file", office, "password", "set", "--no-encrypt")
    assert done.returncode == 0, done.stderr
    added = run("--db", str(db), "--password-file",
                _write(tmp_path / "o2.txt", "office-pw", "wang-2026"), "accounts", "add", "王会计")
    assert added.returncode == 0, added.stderr
    ok = run("--db", str(db), "--user", "王会计", "--password-file",
             _write(tmp_path / "o3.txt", "office-pw", "wang-2026"), "reminders",
             "--as-of", "2026-11-28")
    assert ok.returncode == 0, ok.stderr
    short = run("--db", str(db), "--user", "王会计", "--password-file", office, "reminders")
    assert short.returncode == 1 and "2" in short.stderr  # the file needs 2 lines


def test_five_wrong_passwords_make_the_next_command_wait(tmp_path):
    db = tmp_path / "ledger.db"
    secret = _write(tmp_path / "pw.txt", "wang-2026")
    done = run("--db", str(db), "--password-file", secret, "init", "--office", "城关镇",
               "--clerk", "王会计", "--account")
    assert done.returncode == 0, done.stderr
    bad = _write(tmp_path / "bad.txt", "nope-nope")
    for _ in range(4):
        wrong = run("--db", str(db), "--user", "王会计", "--password-file", bad, "reminders")
        assert wrong.returncode == 1 and "不正确" in wrong.stderr
    fifth = run("--db", str(db), "--user", "王会计", "--password-file", bad, "reminders")
    assert fifth.returncode == 1
    assert "连续 5 次密码错误" in fifth.stderr and "秒后再试" in fifth.stderr
    # the right password a moment later (another process): still refused, the wait said
    right = run("--db", str(db), "--user", "王会计", "--password-file", secret,
                "reminders", "--as-of", "2026-11-28")
    assert right.returncode == 1 and "秒后再试" in right.stderr


def test_a_disabled_account_is_enabled_again_and_the_list_shows_the_last_sign_in(tmp_path):
    db = tmp_path / "ledger.db"
    both = _write(tmp_path / "both.txt", "wang-2026", "li-2026")
    wang = _write(tmp_path / "wang.txt", "wang-2026")
    assert run("--db", str(db), "--password-file", wang, "init", "--office", "城关镇",
               "--clerk", "王会计", "--account").returncode == 0
    assert run("--db", str(db), "--user", "王会计", "--password-file", both,
               "accounts", "add", "李文书").returncode == 0
    assert run("--db", str(db), "--user", "王会计", "--password-file", wang,
               "accounts", "disable", "李文书").returncode == 0
    li = _write(tmp_path / "li.txt", "li-2026")
    refused = run("--db", str(db), "--user", "李文书", "--password-file", li, "reminders")
    assert refused.returncode == 1
    enabled = run("--db", str(db), "--user", "王会计", "--password-file", wang,
                  "accounts", "enable", "李文书")
    assert enabled.returncode == 0, enabled.stderr
    assert "可以重新登录" in enabled.stdout
    listed = run("--db", str(db), "--user", "李文书", "--password-file", li,
                 "accounts", "list")
    assert listed.returncode == 0, listed.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in listed.stdout.splitlines()}
    assert rows["李文书"][2] == "可以登录"
    assert rows["李文书"][3][:4].isdigit()  # her sign-in of a moment ago
    assert _enabling_logged(db)


def _enabling_logged(db) -> bool:
    """The change log has the enabling: disabled_at from a date back to nothing."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select old_value, new_value from change_log "
                            "where entity = 'account' and field = 'disabled_at'").fetchall()
    return any(old and new is None for old, new in rows)
