"""System and library failures reach the clerk as Chinese sentences naming the file, with no
English errno or library text inside (real failures where the machine can make them)."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import zipfile

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.i18n import error_text, install_translators
from desktop.system_errors import Reason, file_error, reason_of

ENGLISH = re.compile(r"[A-Za-z]*[a-z]{2,}")  # words; not UTF-8, GBK


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def caught(work):
    try:
        work()
    except BaseException as exc:  # noqa: BLE001 - the test wants whatever the library raised
        return exc
    raise AssertionError("nothing was raised")


def sentence(exc, path) -> str:
    text = error_text(file_error(exc, path))
    assert str(path) in text
    assert not ENGLISH.findall(text.replace(str(path), "")), text
    return text


def test_missing_file(chinese, tmp_path):
    gone = tmp_path / "无此文件.xlsx"
    text = sentence(caught(lambda: gone.open("rb")), gone)
    assert "不存在" in text


def test_a_folder_where_a_file_belongs(chinese, tmp_path):
    text = sentence(caught(lambda: tmp_path.open("rb")), tmp_path)
    assert "文件夹" in text


def test_a_file_where_a_folder_belongs(chinese, tmp_path):
    blocker = tmp_path / "f"
    blocker.write_text("x")
    text = sentence(caught(lambda: (blocker / "sub").mkdir()), blocker / "sub")
    assert "不是文件夹" in text


@pytest.mark.parametrize(("code", "words"), [
    (errno.EACCES, "权限"), (errno.EPERM, "权限"), (errno.ENOSPC, "磁盘已满"),
    (errno.EROFS, "只读"), (errno.EIO, "磁盘读写出错"), (errno.ENAMETOOLONG, "名称过长")])
def test_errno_as_the_system_raises_it(chinese, tmp_path, code, words):
    """The OSError the system raises for these (a full or read-only disk cannot be made
    on a test machine): errno, its English strerror and the file name."""
    target = tmp_path / "备份.db"
    exc = OSError(code, os.strerror(code), str(target))
    assert words in sentence(exc, target)


def test_disk_full_for_real(chinese, tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    def write():
        with open("/dev/full", "wb") as full:
            full.write(b"x" * 100_000)
    text = sentence(caught(write), "/dev/full")
    assert "磁盘已满" in text


def test_an_unknown_errno_names_its_code_only(chinese, tmp_path):
    exc = OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(tmp_path))
    assert f"代码 {errno.EXDEV}" in sentence(exc, tmp_path)


def test_damaged_zip(chinese, tmp_path):
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    text = sentence(caught(lambda: zipfile.ZipFile(bad)), bad)
    assert "不是有效的工作簿" in text


def test_calamine_invalid_zip(chinese, tmp_path):
    from python_calamine import CalamineWorkbook

    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"hello")
    exc = caught(lambda: CalamineWorkbook.from_path(str(bad)))
    assert "不是有效的工作簿" in sentence(exc, bad)


def test_undecodable_text(chinese, tmp_path):
    text = sentence(caught(lambda: b"\xff\xfe\x00bad".decode("gb18030")), tmp_path / "a.csv")
    assert "编码" in text


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: p.write_text("hello " * 200), "已损坏或不是数据库文件"),
    (lambda p: p.mkdir(), "无法打开"),
])
def test_sqlite_errors(chinese, tmp_path, make, words):
    target = tmp_path / "x.db"
    make(target)

    def query():
        with sqlite3.connect(target) as conn:
            conn.execute("select * from sqlite_master").fetchall()
    assert words in sentence(caught(query), target)


def test_sqlalchemy_wraps_the_driver_error(chinese, tmp_path):
    from sqlalchemy import create_engine, text

    target = tmp_path / "x.db"
    target.write_text("hello " * 200)
    engine = create_engine(f"sqlite:///{target}")
    exc = caught(lambda: engine.connect().execute(text("select 1 from sqlite_master")))
    engine.dispose()
    assert "已损坏或不是数据库文件" in sentence(exc, target)


def test_reason_keeps_its_english_source_for_logs_and_english():
    reason = reason_of(OSError(errno.ENOENT, "No such file or directory", "x"))
    assert isinstance(reason, Reason) and reason == "the file or folder does not exist"
    assert str(file_error(OSError(errno.ENOSPC, "x"))) == \
        "The operation failed: the disk is full; free some space, then try again. " \
        "Nothing was saved."


def test_reason_inside_a_feature_message(chinese, tmp_path):
    """Services put the reason into their own messages: it is translated there too."""
    from desktop.errors import StorageError
    from desktop.services.exchange.service import CANNOT_WRITE

    exc = caught(lambda: (tmp_path / "no" / "x.xlsx").open("wb"))
    text = error_text(StorageError(CANNOT_WRITE, path="x.xlsx", reason=reason_of(exc)))
    assert text == "无法写入文件 x.xlsx：文件或文件夹不存在"
