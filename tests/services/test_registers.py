"""The six registers in SQL: date edges, unit subtree, search, recycle bin, order, paging."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.values.registers import (
    CHILD_DEATH_TAB,
    COLUMNS,
    ITEM_DISEASE,
    ITEM_IUD,
    ITEM_PREGNANT,
    TABS,
    Register,
    RegisterQuery,
)
from tests.helpers import fresh_services
from tests.register_sample import OCT_FROM, OCT_TO, fill_registers

D = dt.date


@pytest.fixture
def sample(tmp_path):
    return fill_registers(fresh_services(tmp_path))


def rows(sample, register, start=OCT_FROM, end=OCT_TO, **kw):
    query = RegisterQuery(Register(register), start, end, **kw)
    found = sample.services.registers.page(query, 0, 100)
    assert sample.services.registers.count(query) == len(found)
    return found


def col(register, key, row):
    keys = [c.key for c in COLUMNS[Register(register)]]
    return row.values[keys.index(key)]


def names(found, key="name", register=None):
    return [r.values[0] for r in found] if register is None else [col(register, key, r) for r in found]


def test_every_row_has_a_value_per_column_and_opens_its_tab(sample):
    for register in Register:
        for row in rows(sample, register, D(2000, 1, 1), D(2026, 11, 28)):
            assert len(row.values) == len(COLUMNS[register])
            assert row.tab in (TABS[register], CHILD_DEATH_TAB if register == Register.DEATHS else "")
            assert row.person_id in sample.persons.values()


def test_births_in_october_with_report_delay(sample):
    found = rows(sample, "births")
    assert names(found, "child_name", "births") == ["张小明", "王宝"]  # 10-01, 10-31
    first = found[0]
    assert first.person_id == sample.persons["张秀英"]
    assert first.record_id == sample.child_id("张秀英", "张小明")
    assert col("births", "id_number", first) == sample.ids["张秀英"]  # the front ends mask it
    assert col("births", "unit", first) == "东街社区"
    assert col("births", "sex", first) == "M"
    assert col("births", "birth_order", first) == 2  # born after 张小红 (2018)
    assert col("births", "reported_on", first) == D(2026, 10, 21)
    assert col("births", "days_to_report", first) == 20
    assert col("births", "days_to_report", found[1]) is None  # not reported yet
    assert found[0].tab == "children"


def test_date_edges_are_included_and_the_days_outside_are_not(sample):
    assert names(rows(sample, "births", D(2026, 10, 2), D(2026, 10, 30)), "child_name", "births") == []
    assert names(rows(sample, "births", D(2026, 9, 30), D(2026, 9, 30)), "child_name", "births") == ["李小"]
    assert [r.record_id for r in rows(sample, "contraception")] == [
        sample.records["con_wang"], sample.records["con_zhang"]]
    assert [r.record_id for r in rows(sample, "contraception", D(2026, 11, 1), D(2026, 11, 1))] == [
        sample.records["con_li"]]
    assert [r.record_id for r in rows(sample, "services")] == [
        sample.records["svc_li"], sample.records["svc_zhang"]]


def test_checkups_leave_out_the_recycle_bin_and_deleted_persons(sample):
    found = rows(sample, "checkups")
    assert [r.record_id for r in found] == [
        sample.records["chk_zhang"], sample.records["chk_wang"], sample.records["chk_li"]]
    assert col("checkups", "items", found[0]) == ("pregnancy", ITEM_IUD)
    assert col("checkups", "items", found[1]) == (ITEM_PREGNANT,)
    li = found[2]
    assert col("checkups", "items", li) == (ITEM_DISEASE,)
    assert (col("checkups", "result", li), col("checkups", "note", li),
            col("checkups", "source", li)) == ("abnormal", "炎症", "hospital")
    sample.services.checkups.restore("checkup", sample.records["chk_zhang_deleted"],
                                     sample.persons["张秀英"])
    assert len(rows(sample, "checkups")) == 4  # the count cache follows the write


def test_pregnancies_show_expected_delivery_and_weeks(sample):
    found = rows(sample, "pregnancies")
    assert [r.record_id for r in found] == [sample.records["pre_zhang"]]  # 陈静 is deleted
    row = found[0]
    assert col("pregnancies", "lmp", row) == D(2026, 8, 20)
    assert col("pregnancies", "edd", row) == D(2026, 8, 20) + dt.timedelta(days=280)
    assert col("pregnancies", "weeks", row) == "8+0"  # 56 days
    assert col("pregnancies", "outcome", row) is None


def test_deaths_list_women_and_children_together(sample):
    found = rows(sample, "deaths")
    assert [(col("deaths", "whom", r), col("deaths", "deceased", r)) for r in found] == [
        ("self", "王芳"), ("child", "张小红")]
    assert [r.record_id for r in found] == [sample.records["death_wang"], sample.records["child_death"]]
    assert [r.tab for r in found] == ["events", "child_death"]  # a child: among her children
    assert col("deaths", "death_date", found[0]) == D(2026, 10, 20)
    assert col("deaths", "note", found[0]) == "病故"
    assert col("deaths", "name", found[1]) == "张秀英"  # the mother's line
    assert rows(sample, "deaths", D(2026, 10, 21), D(2026, 10, 30)) == []


def test_unit_filter_takes_in_sub_units(sample):
    town = sample.units["城关镇"]
    assert names(rows(sample, "births", unit_id=town), "child_name", "births") == ["张小明", "王宝"]
    assert names(rows(sample, "births", unit_id=sample.units["东街社区"]), "child_name",
                 "births") == ["张小明"]
    assert rows(sample, "births", unit_id=sample.units["河西乡"]) == []
    assert [r.values[0] for r in rows(sample, "checkups", unit_id=sample.units["河西乡"])] == ["李娜"]


@pytest.mark.parametrize(("text", "expected"), [
    ("zxy", ["张秀英"]), ("ZhangX", ["张秀英"]), ("秀", ["张秀英"]), ("wf", ["王芳"]),
    ("1101", ["李娜"]), ("19850120", ["王芳"]), ("nobody", []), ("%", []),
])
def test_search_by_initials_pinyin_name_or_id(sample, text, expected):
    assert names(rows(sample, "checkups", text=text)) == expected


def test_search_finds_a_child_by_name_in_births_and_deaths(sample):
    assert names(rows(sample, "births", text="王宝"), "child_name", "births") == ["王宝"]
    assert names(rows(sample, "deaths", text="小红"), "deceased", "deaths") == ["张小红"]


def test_same_day_sorts_by_name_and_pages_do_not_overlap(sample):
    svc = sample.services
    for name, seq in (("赵丽", 56), ("安琪", 57), ("周敏", 58)):
        sample.person(name, "河西乡", D(1992, 2, 2), seq)
        svc.checkups.add(sample.persons[name], _checkup(OCT_TO))
    query = RegisterQuery(Register.CHECKUPS, OCT_TO, OCT_TO)
    assert svc.registers.count(query) == 4
    everyone = [r.values[0] for r in svc.registers.page(query, 0, 10)]
    assert everyone == ["安琪", "李娜", "赵丽", "周敏"]  # anqi, lina, zhaoli, zhoumin
    paged = [r.values[0] for offset in (0, 2) for r in svc.registers.page(query, offset, 2)]
    assert paged == everyone
    streamed = [r.values[0] for chunk in svc.registers.stream(query, chunk=3) for r in chunk]
    assert streamed == everyone


def _checkup(day):
    from desktop.domain.values.care import CheckupDraft

    return CheckupDraft(day, check_iud=True)
