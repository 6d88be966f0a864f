"""Bad cells of the exchange format: each reported as SHEET:ROW:COLUMN: reason, nothing written."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.domain.values.exchange import ImportCancelled
from tests.helpers import fresh_services, man_id, woman_id

B = dt.date(1990, 5, 6)
ID1, ID2, ID3, ID4 = (woman_id(B, s) for s in (2, 12, 22, 32))
PERSON_HEAD = ["姓名", "身份证号", "单位", "婚姻状况", "结婚日期", "登记日期", "备注", "怪列"]


def _book(path: Path, persons: list[list], children: list[list] | None = None,
          followups: list[list] | None = None) -> Path:
    book = Workbook()
    book.active.title = "单位"
    book["单位"].append(["名称", "上级单位"])
    book["单位"].append(["一村", None])
    sheet = book.create_sheet("人员")
    sheet.append(PERSON_HEAD)
    for row in persons:
        sheet.append(row)
    if children is not None:
        kids = book.create_sheet("子女")
        kids.append(["母亲身份证号", "姓名", "性别", "出生日期"])
        for row in children:
            kids.append(row)
    if followups is not None:
        sheet = book.create_sheet("孕情随访")
        sheet.append(["身份证号", "登记日期", "随访日期"])
        for row in followups:
            sheet.append(row)
    book.save(path)
    return path


@pytest.mark.data_file
def test_every_kind_of_bad_cell_is_reported_exactly(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    unit = services.units.add("老单位")
    from tests.helpers import draft
    services.persons.create(draft("王芳", B, unit, seq=42))
    stored = woman_id(B, 42)
    wrong_check = ID1[:17] + ("0" if ID1[17] != "0" else "1")
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in ID3[:6]) + " " + ID3[6:9] + "\u200b" + ID3[9:]
    lower_x = woman_id(dt.date(1988, 1, 1), 3)  # may or may not end in X
    rows = [
        ["甲", int(ID1), "一村", None, None, None, None, "x"],  # 2 numeric ID
        ["乙", wrong_check, "一村", None, None, None, None, None],  # 3 check digit
        ["丙", man_id(B), "一村", None, None, None, None, None],  # 4 male ID
        ["丁", ID2, "一村", "已婚", "03/13/2025", None, None, None],  # 5 enum + date form
        ["戊", ID2, "一村", "初婚", "13/3/2025", "45729", None, None],  # 6 dup of 5, dates
        ["己", ID4, "二村", "初婚", "2025年13月1日", None, None, None],  # 7 unit, no such date
        [None, stored, "一村", None, None, None, None, None],  # 8 missing name
        ["庚", stored, "一村", None, None, None, None, None],  # 9 already registered
        [" 辛 ", full_width, "一村", "初婚", "2015/3/13", "2016.1.2", None, None],  # 10 fine
        ["壬", lower_x.lower(), "一村", None, None, dt.date(2020, 1, 1), None, None],  # 11 fine
    ]
    path = _book(tmp_path / "bad.xlsx", rows,
                 children=[[woman_id(dt.date(1991, 1, 1), 52), "小", "男", "2015-01-01"]],
                 followups=[[ID3, "2024-01-01", "2024-02-01"]])
    before = hashlib.sha256((tmp_path / "ledger.db").read_bytes()).hexdigest()
    preview = services.exchange.check(path)
    lines = [p.line() for p in preview.problems]
    assert lines == [
        "人员:1:怪列: Unknown column: it is ignored.",
        "人员:2:身份证号: The ID number is stored as a number, so Excel has already lost its "
        "last digits: format the column as Text and type the number again.",
        "人员:3:身份证号: The check character of the ID number is wrong: please compare it "
        "with the card.",
        "人员:4:身份证号: This ID number belongs to a man (the 17th digit is odd); the register "
        "is for women. Please check the number.",
        "人员:5:婚姻状况: Unknown value: use one of 未婚 / 初婚 / 再婚 / 离婚 / 丧偶.",
        "人员:5:结婚日期: Not a date: type it as 2025-03-13, 2025/3/13, 2025.3.13 or 2025年3月13日.",
        "人员:6:结婚日期: Not a date: type it as 2025-03-13, 2025/3/13, 2025.3.13 or 2025年3月13日.",
        "人员:6:登记日期: A number is not a date: format the cell as Date, or type the date as "
        "2025-03-13.",
        "人员:7:结婚日期: There is no such date.",
        "人员:8:姓名: Please fill in this cell.",
        "人员:9:身份证号: This ID number is already registered (for 王芳); import with update "
        "to change her record.",
        "子女:2:母亲身份证号: No person with this ID number in the file or in the database.",
        "孕情随访:2:登记日期: No pregnancy registered on this date for this ID number in the "
        "file or in the database.",
    ]
    counts = {c.sheet: (c.to_add, c.to_update, c.rejected) for c in preview.sheets}
    assert counts["人员"] == (2, 0, 8)
    # Nothing written by the check.
    assert hashlib.sha256((tmp_path / "ledger.db").read_bytes()).hexdigest() == before


def test_duplicate_rows_both_rejected_and_unknown_unit(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    rows = [["甲", ID1, "一村", None, None, None, None, None],
            ["乙", ID1, "一村", None, None, None, None, None],
            ["丙", ID2, "二村", None, None, None, None, None]]
    preview = services.exchange.check(_book(tmp_path / "d.xlsx", rows))
    lines = [p.line() for p in preview.problems if p.row > 1]
    assert lines == [
        "人员:2:身份证号: The same ID number is also on row 3; both rows are skipped.",
        "人员:3:身份证号: The same ID number is also on row 2; both rows are skipped.",
        "人员:4:单位: Unknown unit: add it on sheet 单位 or in the ledger first.",
    ]


def test_a_missing_required_column_is_reported_not_a_crash(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    book = Workbook()
    book.active.title = "人员"
    book["人员"].append(["姓名", "单位"])  # no 身份证号
    book["人员"].append(["甲", "一村"])
    book.save(tmp_path / "m.xlsx")
    preview = services.exchange.check(tmp_path / "m.xlsx")
    assert [p.line() for p in preview.problems] == [
        "人员:1:身份证号: The required column 身份证号 is missing.",
    ]
    assert [(s.sheet, s.rows, s.to_add, s.rejected) for s in preview.sheets] == [("人员", 1, 0, 1)]


@pytest.mark.data_file
def test_cancelled_import_leaves_the_file_byte_for_byte(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    rows = [[f"人{i}", woman_id(B, i), "一村", None, None, None, None, None] for i in range(2, 40)]
    preview = services.exchange.check(_book(tmp_path / "ok.xlsx", rows))
    db = tmp_path / "ledger.db"
    services.engine.dispose()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(ImportCancelled):
        services.exchange.run_import(preview, should_stop=lambda: True)
    services.engine.dispose()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert services.persons.count_all() == 0


def test_undo_removes_adds_and_restores_updates(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    unit = services.units.add("一村")
    from tests.helpers import draft
    pid = services.persons.create(draft("旧名", B, unit, seq=2, notes="旧"))
    rows = [["新名", ID1, "一村", None, None, None, "新", None],
            ["乙", ID2, "一村", None, None, None, None, None]]
    path = _book(tmp_path / "u.xlsx", rows)
    preview = services.exchange.check(path, update=True)
    assert (preview.to_add, preview.to_update) == (1, 1)
    services.exchange.run_import(preview)
    assert services.persons.get(pid).draft.name == "新名"
    assert services.persons.count_all() == 2
    last = services.exchange.last_import()
    assert last is not None and last.file == "u.xlsx" and last.added == 1 and last.updated == 1
    result = services.exchange.undo_last_import()
    assert (result.removed, result.restored) == (1, 1)
    record = services.persons.get(pid)
    assert (record.draft.name, record.draft.notes) == ("旧名", "旧")
    assert services.persons.count_all() == 1
    assert services.exchange.last_import() is None


def test_undo_refused_after_a_later_change(tmp_path: Path) -> None:
    from desktop.errors import ConflictError

    services = fresh_services(tmp_path)
    preview = services.exchange.check(_book(tmp_path / "a.xlsx", [
        ["甲", ID1, "一村", None, None, None, None, None]]))
    services.exchange.run_import(preview)
    pid = services.persons.find_id_number(ID1)[0]
    record = services.persons.get(pid)
    record.draft.notes = "改过"
    services.persons.update(pid, record.draft)
    with pytest.raises(ConflictError):
        services.exchange.undo_last_import()


@pytest.mark.data_file
def test_failing_import_leaves_the_file_byte_for_byte(tmp_path: Path, monkeypatch) -> None:

    services = fresh_services(tmp_path)
    rows = [[f"人{i}", woman_id(B, i), "一村", None, None, None, None, None] for i in range(2, 40)]
    preview = services.exchange.check(_book(tmp_path / "ok.xlsx", rows,
                                            children=[[woman_id(B, 2), "小", "女", "2015-01-01"]]))
    db = tmp_path / "ledger.db"
    services.engine.dispose()
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    def broken(self) -> None:
        raise RuntimeError("disk went away")

    from desktop.services.exchange import write as exchange_import

    monkeypatch.setattr(exchange_import.Writer, "_recount", broken)  # after every insert
    with pytest.raises(RuntimeError):
        services.exchange.run_import(preview)
    services.engine.dispose()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert services.exchange.last_import() is None


@pytest.mark.data_file
def test_a_records_insert_failing_on_the_writer_thread_leaves_the_file_byte_for_byte(
        tmp_path: Path, monkeypatch) -> None:
    """A sheet's records go in on a second thread: its failure reaches the import, which
    rolls everything back."""
    import threading

    from desktop.services.exchange import write as exchange_import
    from desktop.store.models import Child
    from desktop.store.sql import table_of

    services = fresh_services(tmp_path)
    rows = [[f"人{i}", woman_id(B, i), "一村", None, None, None, None, None] for i in range(2, 40)]
    preview = services.exchange.check(_book(tmp_path / "ok.xlsx", rows,
                                            children=[[woman_id(B, 2), "小", "女", "2015-01-01"]]))
    db = tmp_path / "ledger.db"
    services.engine.dispose()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    real, threads = exchange_import.prepared_insert, []

    def failing(session, table, columns):  # noqa: ANN001, ANN202
        run = real(session, table, columns)
        if table.name != table_of(Child).name:
            return run

        def broken(rows) -> None:  # noqa: ANN001
            threads.append(threading.current_thread().name)
            raise OSError(28, "No space left on device")
        return broken

    monkeypatch.setattr(exchange_import, "prepared_insert", failing)
    with pytest.raises(OSError, match="No space"):
        services.exchange.run_import(preview)
    assert threads == ["import-writer"]
    services.engine.dispose()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert services.exchange.last_import() is None
    assert services.persons.count_all() == 0


def test_the_check_reads_every_sheet_and_can_be_cancelled(tmp_path: Path) -> None:
    """Sheets load on a thread ahead of the check; every one is still read, in order, and a
    cancelled check stops without waiting for the rest."""
    services = fresh_services(tmp_path)
    rows = [[f"人{i}", woman_id(B, i), "一村", None, None, None, None, None] for i in range(2, 40)]
    book = _book(tmp_path / "three.xlsx", rows, children=[[ID1, "小明", "男", "2020-01-02"]],
                 followups=[[ID1, "2026-01-02", "2026-02-03"]])
    seen: list[tuple[int, int]] = []
    preview = services.exchange.check(book, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]  # 单位, 人员, 子女, 孕情随访
    read = {c.sheet: c.rows for c in preview.sheets}
    assert (read["单位"], read["人员"], read["子女"], read["孕情随访"]) == (1, 38, 1, 1)
    calls = iter([False, True])
    with pytest.raises(ImportCancelled):
        services.exchange.check(book, should_stop=lambda: next(calls, True))


def test_an_update_whose_birth_date_disagrees_with_her_id_imports_with_a_warning(
        tmp_path: Path) -> None:
    from desktop.services.exchange.rules import BIRTH_ID
    from tests.helpers import draft
    services = fresh_services(tmp_path)
    unit = services.units.add("一村")
    services.persons.create(draft("甲", B, unit, seq=2))
    book = Workbook()
    book.active.title = "单位"
    book["单位"].append(["名称", "上级单位"])
    book["单位"].append(["一村", None])
    sheet = book.create_sheet("人员")
    sheet.append(["姓名", "身份证号", "单位", "出生日期"])
    sheet.append(["甲", ID1, "一村", B + dt.timedelta(days=1)])
    path = tmp_path / "w.xlsx"
    book.save(path)
    preview = services.exchange.check(path, update=True)
    assert preview.rejected == 0
    assert [(w.sheet, w.row, w.column, w.reason) for w in preview.warnings] == [
        ("人员", 2, "出生日期", BIRTH_ID)]
