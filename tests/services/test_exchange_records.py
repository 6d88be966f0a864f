"""Records in the exchange workbook: references, blank 孩次, status, duplicates, csv."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.errors import ConflictError
from tests.helpers import fresh_services, woman_id

B = dt.date(1990, 5, 6)
ID1 = woman_id(B, 2)


def _book(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


SHEETS = {
    "单位": [["名称", "上级单位"], ["一村", "镇"], ["镇", None]],
    "人员": [["姓名", "身份证号", "单位", "状态", "状态日期"], ["甲", ID1, "一村", "迁出", "2025-06-01"]],
    "子女": [["母亲身份证号", "姓名", "性别", "出生日期", "孩次"],
             [ID1, "老二", "男", "2020-01-01", None], [ID1, "老大", "女", "2015-01-01", None]],
    "孕情": [["身份证号", "登记日期", "末次月经", "结局", "结局日期"],
             [ID1, "2019-05-01", "2019-04-01", "活产", "2020-01-01"]],
    "孕情随访": [["身份证号", "登记日期", "随访日期", "情况"], [ID1, "2019/5/1", "2019.6.1", "好"]],
    "扶助项目": [["身份证号", "项目", "标准金额", "发放周期", "开始日期"],
                 [ID1, "独生子女保健费", 10, "月", "2020-01-01"]],
    "发放记录": [["身份证号", "项目", "期间", "金额", "发放日期"],
                 [ID1, "独生子女保健费", "2020-02", "10.00", "2020-02-10"],
                 [ID1, "独生子女保健费", "2019-02", "10.00", "2020-02-10"]],
}


def test_records_find_their_person_pregnancy_and_enrolment(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    preview = services.exchange.check(_book(tmp_path / "r.xlsx", SHEETS))
    assert [p.line() for p in preview.problems] == [
        "发放记录:3:期间: She has no enrolment in this programme covering this period."]
    services.exchange.run_import(preview)
    pid = services.persons.find_id_number(ID1)[0]
    record = services.persons.get(pid)
    assert [(c.name, c.birth_order) for c in record.draft.children] == [("老大", 1), ("老二", 2)]
    assert (record.status, record.status_date) == ("moved", dt.date(2025, 6, 1))
    assert [e.kind for e in services.life_events.list_for_person(pid)] == ["moved_away"]
    pregnancy = services.pregnancies.list_for_person(pid)[0]
    assert [f.note for f in services.pregnancies.followups(pregnancy.id)] == ["好"]
    benefit = services.benefits.list_for_person(pid)[0]
    assert [(p.period, p.amount_fen) for p in benefit.payments] == [("2020-02", 1000)]
    with pytest.raises(ConflictError):  # a checked file goes in once
        services.exchange.run_import(preview)
    # Again: every record is now a duplicate of a stored one.
    again = services.exchange.check(_book(tmp_path / "r2.xlsx", {k: v for k, v in SHEETS.items()
                                                                  if k != "人员"}))
    assert again.to_add == 0 and {p.sheet for p in again.problems} >= {"子女", "孕情", "孕情随访"}


def test_csv_in_gb18030_is_one_person_sheet(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    services.units.add("一村")
    path = tmp_path / "roster.csv"
    lower = ID1.lower()
    path.write_bytes(f"姓名,身份证号,单位\n张秀英,{lower},一村\n".encode("gb18030"))
    preview = services.exchange.check(path)
    assert preview.problems == () and preview.to_add == 1
    services.exchange.run_import(preview)
    assert services.persons.find_id_number(ID1) is not None


def test_rejected_rows_workbook_imports_again_once_corrected(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    services = fresh_services(tmp_path)
    services.units.add("一村")
    path = _book(tmp_path / "bad.xlsx", {"人员": [["姓名", "身份证号", "单位", "登记日期"],
                                                   ["甲", ID1, "一村", "13/3/2025"]]})
    preview = services.exchange.check(path)
    out = tmp_path / "rejected.xlsx"
    assert services.exchange.save_rejected(preview, out) == 1
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("人员").to_python()
    assert rows[0] == ["姓名", "身份证号", "单位", "登记日期", "原因"]
    assert rows[1][:4] == ["甲", ID1, "一村", "13/3/2025"] and rows[1][4].startswith("登记日期: Not a date")
    fixed = _book(tmp_path / "fixed.xlsx", {"人员": [rows[0], [*rows[1][:3], "2025-03-13", rows[1][4]]]})
    again = services.exchange.check(fixed)
    assert again.problems == () and again.to_add == 1


def test_a_child_is_linked_to_her_pregnancy_by_its_registration_date(tmp_path: Path) -> None:
    from sqlalchemy import select

    from desktop.store.models import Child
    from desktop.store.records import Pregnancy

    services = fresh_services(tmp_path)
    sheets = {
        "单位": SHEETS["单位"], "人员": SHEETS["人员"],
        "子女": [["母亲身份证号", "姓名", "性别", "出生日期", "孕情登记日期"],
                 [ID1, "老二", "男", "2020-01-01", "2019-05-01"],
                 [ID1, "老大", "女", "2015-01-01", None],
                 [ID1, "老三", "女", "2021-01-01", "2019-06-01"]],  # no such pregnancy
        "孕情": SHEETS["孕情"],
    }
    preview = services.exchange.check(_book(tmp_path / "link.xlsx", sheets))
    assert [p.line() for p in preview.problems] == [
        "子女:4:孕情登记日期: No pregnancy registered on this date for this ID number in the "
        "file or in the database."]
    services.exchange.run_import(preview)
    with services.factory() as s:
        links = dict(s.execute(select(Child.name, Child.pregnancy_id)).all())
        pregnancy = s.execute(select(Pregnancy.id)).scalar_one()
    assert links == {"老二": pregnancy, "老大": None}
    out = tmp_path / "out.xlsx"
    services.exchange.export(out, full_ids=True)
    from openpyxl import load_workbook

    rows = list(load_workbook(out)["子女"].iter_rows(values_only=True))
    column = rows[0].index("孕情登记日期")
    assert sorted(str(r[column])[:10] for r in rows[1:]) == ["2019-05-01", "None"]


def test_pregnant_found_at_a_checkup_comes_in_and_needs_the_pregnancy_check(tmp_path: Path) -> None:
    from sqlalchemy import select

    from desktop.store.records import Checkup

    services = fresh_services(tmp_path)
    sheets = {
        "单位": SHEETS["单位"],
        "人员": [["姓名", "身份证号", "单位", "类别", "婚育证明编号"], ["甲", ID1, "一村", "流入", "HY-2024-017"]],
        "三查": [["身份证号", "检查日期", "查孕", "查环", "查出怀孕"],
                 [ID1, "2024-03-01", "是", "否", "是"], [ID1, "2024-06-01", "否", "是", "是"]],
    }
    preview = services.exchange.check(_book(tmp_path / "p.xlsx", sheets))
    assert [p.line().split(":")[:3] for p in preview.problems] == [["三查", "3", "查出怀孕"]]
    services.exchange.run_import(preview)
    with services.factory() as s:
        assert s.execute(select(Checkup.date, Checkup.pregnant)).all() == [
            (dt.date(2024, 3, 1), True)]
    pid = services.persons.find_id_number(ID1)[0]
    assert services.persons.get(pid).draft.marriage_cert_no == "HY-2024-017"


def test_a_load_that_rebuilds_the_indexes_links_the_same_records(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every table taking rows is loaded without its indexes (as a county's first load is)
    and gets them back in the import's transaction; the links come out the same."""
    from sqlalchemy import event, inspect

    from desktop.store import bulk
    from desktop.store.kinds import MODELS
    from desktop.store.sql import table_of

    monkeypatch.setattr(bulk, "REBUILD_AT", 1)
    services = fresh_services(tmp_path)
    dropped: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("DROP INDEX"):
            dropped.append(statement)

    event.listen(services.engine, "before_cursor_execute", seen)
    services.exchange.run_import(services.exchange.check(_book(tmp_path / "r.xlsx", SHEETS)))
    event.remove(services.engine, "before_cursor_execute", seen)
    assert any("change_log" in s for s in dropped) and any("payment" in s for s in dropped)
    pid = services.persons.find_id_number(ID1)[0]
    children = services.persons.get(pid).draft.children
    assert [(c.name, c.birth_order) for c in children] == [("老大", 1), ("老二", 2)]
    pregnancy = services.pregnancies.list_for_person(pid)[0]
    assert [f.note for f in services.pregnancies.followups(pregnancy.id)] == ["好"]
    assert [p.period for p in services.benefits.list_for_person(pid)[0].payments] == ["2020-02"]
    with services.engine.connect() as conn:
        for model in MODELS.values():
            table = table_of(model)
            assert (sorted(str(i["name"]) for i in inspect(conn).get_indexes(table.name))
                    == sorted(str(i.name) for i in table.indexes)), table.name
