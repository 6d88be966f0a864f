"""A command meeting a system or library failure prints one Chinese sentence naming the file
(no English errno or library text), exits 1 and leaves nothing half-written."""

from __future__ import annotations

import re

import pytest

from tests.cli.test_cli import run

ENGLISH = re.compile(r"[A-Za-z]*[a-z]{2,}")  # words; UTF-8, GBK and .xlsx are fine


def only_chinese(stderr: str, path) -> str:
    text = stderr.replace(str(path), "").replace("family-ledger", "")
    assert stderr.strip() and not ENGLISH.findall(text), stderr
    return stderr


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    db = tmp_path_factory.mktemp("errors") / "x.db"
    assert run("--db", str(db), "demo", "--persons", "10").returncode == 0
    return db


def test_export_into_a_missing_folder(ledger, tmp_path):
    out = tmp_path / "no" / "such" / "x.xlsx"
    done = run("--db", str(ledger), "export", "--out", str(out))
    assert done.returncode == 1
    assert "不存在" in only_chinese(done.stderr, out)
    assert not (tmp_path / "no").exists()


def test_export_onto_a_folder(ledger, tmp_path):
    done = run("--db", str(ledger), "export", "--out", str(tmp_path))
    assert done.returncode == 1
    assert "文件夹" in only_chinese(done.stderr, tmp_path)


def test_export_where_it_may_not_write(ledger):
    out = "/sys/family-ledger.xlsx"  # sysfs refuses a new file even to root
    done = run("--db", str(ledger), "export", "--out", out)
    assert done.returncode == 1
    assert "权限" in only_chinese(done.stderr, out)


@pytest.mark.parametrize(("name", "content", "words"), [
    ("坏.xlsx", b"hello", "不是有效的工作簿"),
    ("坏2.xlsx", b"PK\x03\x04garbage", "不是有效的工作簿"),
    ("乱码.csv", b"\xff\xfe\x00\x81\x30bad", "编码"),
])
def test_import_of_an_unreadable_file(ledger, tmp_path, name, content, words):
    bad = tmp_path / name
    bad.write_bytes(content)
    done = run("--db", str(ledger), "import", str(bad))
    assert done.returncode == 1
    assert words in only_chinese(done.stderr, bad)


def test_report_into_a_missing_folder(ledger, tmp_path):
    out = tmp_path / "gone" / "r.pdf"
    done = run("--db", str(ledger), "report", "monthly", "--month", "2026-01", "--out", str(out))
    assert done.returncode == 1
    assert "不存在" in only_chinese(done.stderr, out)


def test_a_data_file_that_is_a_folder(tmp_path):
    folder = tmp_path / "x.db"
    folder.mkdir()
    done = run("--db", str(folder), "reminders")
    assert done.returncode == 1
    only_chinese(done.stderr, folder)


def test_english_when_asked(ledger, tmp_path):
    out = tmp_path / "no" / "x.xlsx"
    done = run("--db", str(ledger), "--lang", "en", "export", "--out", str(out))
    assert done.returncode == 1 and "does not exist" in done.stderr
    assert "No such file or directory" not in done.stderr
