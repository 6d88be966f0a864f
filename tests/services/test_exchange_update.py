"""An update changes only what the file says: columns present, cells not blank, （清空） clears."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.idnumber import mask
from tests.helpers import draft, fresh_services, woman_id

B = dt.date(1990, 5, 6)
ID = woman_id(B, 2)
FULL = dict(phone="13800000001", household_address="户籍街1号", current_address="现住街2号",
            category="inflow", arrival_date=dt.date(2020, 1, 1), marital_status="first_marriage",
            marriage_date=dt.date(2015, 6, 1), spouse_name="李强", spouse_phone="13900000002",
            employer="纺织厂", notes="老备注", registered_on=dt.date(2019, 1, 1))


def ledger(tmp_path: Path):
    services = fresh_services(tmp_path)
    unit = services.units.add("一村")
    services.units.add("二村")
    pid = services.persons.create(draft("王芳", B, unit, **FULL))
    return services, pid


def stored(services, pid: int) -> dict:
    return dataclasses.asdict(services.persons.get(pid).draft)


def csv_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_three_column_update_changes_only_those_columns(tmp_path: Path) -> None:
    services, pid = ledger(tmp_path)
    before = stored(services, pid)
    path = csv_file(tmp_path / "u.csv", f"姓名,身份证号,单位\n王芳芳,{ID},二村\n")
    preview = services.exchange.check(path, update=True)
    assert preview.problems == () and preview.to_update == 1
    assert [(c.column, c.old, c.new) for c in preview.changes] == [
        ("姓名", "王芳", "王芳芳"), ("单位", "一村", "二村")]
    assert preview.changes[0].who == f"王芳 ({mask(ID)})"
    services.exchange.run_import(preview)
    after = stored(services, pid)
    assert after.pop("name") == "王芳芳" and after.pop("unit_id") != before.pop("unit_id")
    before.pop("name")
    assert after == before  # phone, addresses, spouse, dates, 类别, 婚姻状况 all kept


def test_blank_cells_leave_values_and_the_clear_word_clears_them(tmp_path: Path) -> None:
    services, pid = ledger(tmp_path)
    path = csv_file(tmp_path / "u.csv", "姓名,身份证号,单位,联系电话,现居住地址,婚姻状况,配偶电话,备注\n"
                                        f"王芳,{ID},一村,,（清空）,,(清空),新备注\n")
    preview = services.exchange.check(path, update=True)
    assert preview.problems == ()
    assert [(c.column, c.old, c.new) for c in preview.changes] == [
        ("现居住地址", "现住街2号", ""), ("配偶电话", "13900000002", ""), ("备注", "老备注", "新备注")]
    services.exchange.run_import(preview)
    after = stored(services, pid)
    assert after["phone"] == "13800000001" and after["marital_status"] == "first_marriage"
    assert after["current_address"] == "" and after["spouse_phone"] == "" and after["notes"] == "新备注"


def test_the_clear_word_in_a_required_column_rejects_the_row(tmp_path: Path) -> None:
    services, _pid = ledger(tmp_path)
    path = csv_file(tmp_path / "u.csv", f"姓名,身份证号,单位\n（清空）,{ID},一村\n")
    preview = services.exchange.check(path, update=True)
    assert [(p.column, p.text()) for p in preview.problems] == [
        ("姓名", "This column cannot be cleared.")]


def test_a_new_person_with_the_clear_word_gets_a_blank_value(tmp_path: Path) -> None:
    services, _pid = ledger(tmp_path)
    other = woman_id(B, 12)
    path = csv_file(tmp_path / "n.csv", f"姓名,身份证号,单位,联系电话\n李娜,{other},一村,（清空）\n")
    preview = services.exchange.check(path, update=True)
    assert preview.problems == () and preview.to_add == 1
    services.exchange.run_import(preview)


@pytest.mark.data_file
def test_the_cli_prints_each_change_in_a_dry_run(tmp_path: Path) -> None:
    services, _pid = ledger(tmp_path)
    services.engine.dispose()
    path = csv_file(tmp_path / "u.csv", f"姓名,身份证号,单位,联系电话\n王芳,{ID},一村,（清空）\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "ledger.db"),
                           "--lang", "en", "import", str(path), "--dry-run", "--update"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"人员:2: 王芳 ({mask(ID)}): 联系电话: 13800000001 → (blank)" in done.stdout
    assert "人员: 1 rows, 0 to add, 1 to update, 0 rejected" in done.stdout
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "ledger.db"),
                           "--lang", "en", "import", str(path), "--update"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"Backed up the data first to {tmp_path / 'backups'}" in done.stdout


@pytest.mark.data_file
def test_a_verified_backup_is_written_before_an_import_changes_anything(tmp_path: Path) -> None:
    from desktop.store.backup import verify

    services, _pid = ledger(tmp_path)
    with services.engine.connect() as conn:
        persons = conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
    path = csv_file(tmp_path / "n.csv", f"姓名,身份证号,单位\n李娜,{woman_id(B, 12)},一村\n")
    result = services.exchange.run_import(services.exchange.check(path, update=True))
    assert result.backup is not None and result.backup.parent == tmp_path / "backups"
    _revision, counts = verify(result.backup)
    assert counts["person"] == persons  # the state before the import
    nothing = csv_file(tmp_path / "same.csv", f"姓名,身份证号,单位\n李娜,{woman_id(B, 12)},一村\n")
    preview = services.exchange.check(nothing, update=True)
    assert not preview.has_work
    assert services.exchange.run_import(preview).backup is None
    assert len(list((tmp_path / "backups").glob("family-ledger-*.db"))) == 1


def test_an_update_moves_the_version_of_what_it_changes(tmp_path: Path) -> None:
    """A form read before the import learns of it: its save is refused, not overwriting."""
    from desktop.errors import StaleRecordError

    services, pid = ledger(tmp_path)
    other = services.persons.create(draft("李娜", B, services.units.find_by_name("一村").id,
                                          seq=12))
    read = services.persons.get(pid)
    untouched = services.persons.get(other)
    path = csv_file(tmp_path / "u.csv", f"姓名,身份证号,单位,联系电话\n王芳,{ID},一村,13600000009\n")
    services.exchange.run_import(services.exchange.check(path, update=True))
    assert services.persons.get(pid).version == read.version + 1
    assert services.persons.get(other).version == untouched.version  # not in the file
    read.draft.notes = "表单里的备注"
    with pytest.raises(StaleRecordError):
        services.persons.update(pid, read.draft, version=read.version)
    assert services.persons.get(pid).draft.phone == "13600000009"


def test_an_update_reads_the_stored_records_a_few_persons_at_a_time(tmp_path: Path,
                                                                    monkeypatch) -> None:
    """Rows in any order (here reversed, persons interleaved) still find their stored
    records when these are read two persons at a time; no read asks for more."""
    from openpyxl import load_workbook

    from desktop.domain.values.exchange import PERSONS, SHEETS, UNITS
    from desktop.services.demo.service import generate_demo
    from desktop.services.exchange import db as exchange_db

    services = fresh_services(tmp_path)
    generate_demo(services, 40, seed=5)
    path = tmp_path / "all.xlsx"
    services.exchange.export(path, full_ids=True)
    book = load_workbook(path)
    for name in SHEETS:
        if name in (UNITS, PERSONS) or name not in book.sheetnames:
            continue
        sheet = book[name]
        rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
        for target, values in zip(sheet.iter_rows(min_row=2), reversed(rows), strict=True):
            for cell, value in zip(target, values, strict=True):
                cell.value = value
    book.save(path)
    asked: list[int] = []
    read = exchange_db.DbView.records

    def records(self, sheet, pids):  # noqa: ANN001, ANN202
        asked.append(len(pids))
        return read(self, sheet, pids)

    monkeypatch.setattr(exchange_db, "CHUNK", 2)
    monkeypatch.setattr(exchange_db.DbView, "records", records)
    preview = services.exchange.check(path, update=True)
    assert [p.line() for p in preview.problems] == []
    counts = {c.sheet: c for c in preview.sheets}
    records_sheets = [n for n in SHEETS if n in counts and n not in (UNITS, PERSONS)]
    assert sum(counts[n].rows for n in records_sheets) > 100
    for name in records_sheets:  # every row found its stored record: nothing new, no change
        assert (counts[name].to_add, counts[name].to_update) == (0, 0), name
        assert counts[name].unchanged == counts[name].rows, name
    assert asked and max(asked) <= 2
