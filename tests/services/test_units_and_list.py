"""Units tree rules and the register's SQL filtering, sorting and paging."""

import datetime as dt

import pytest

from desktop.domain.enums import StatusFilter
from desktop.domain.values.people import PersonQuery
from desktop.errors import ConflictError, ValidationError
from tests.helpers import draft, fresh_services


@pytest.fixture
def svc(tmp_path):
    s = fresh_services(tmp_path)
    s.root = s.units.add("城关镇")
    s.east = s.units.add("东街社区", s.root)
    s.west = s.units.add("西街社区", s.root)
    s.lane = s.units.add("一巷", s.east)
    return s


def test_tree_is_depth_first(svc):
    assert [(n.name, n.depth) for n in svc.units.tree()] == [
        ("城关镇", 0), ("东街社区", 1), ("一巷", 2), ("西街社区", 1)]


def test_move_under_own_subunit_is_refused(svc):
    with pytest.raises(ConflictError):
        svc.units.move(svc.east, svc.lane)


def test_delete_only_when_empty(svc):
    svc.persons.create(draft("张秀英", dt.date(1990, 3, 7), svc.lane))
    with pytest.raises(ConflictError):
        svc.units.delete(svc.lane)
    with pytest.raises(ConflictError):
        svc.units.delete(svc.east)  # has a sub-unit
    svc.units.delete(svc.west)
    assert "西街社区" not in [n.name for n in svc.units.tree()]


def test_duplicate_and_blank_unit_names_refused(svc):
    with pytest.raises(ValidationError):
        svc.units.add("东街社区")
    with pytest.raises(ValidationError):
        svc.units.rename(svc.west, "   ")


def _fill(svc):
    svc.persons.create(draft("张秀英", dt.date(1990, 3, 7), svc.lane, seq=2, phone="13912345678"))
    svc.persons.create(draft("王丽", dt.date(1985, 1, 2), svc.west, seq=4, category="inflow"))
    svc.persons.create(draft("李芳", dt.date(1970, 6, 1), svc.east, seq=6))  # 56: aged out
    svc.persons.create(draft("赵敏", dt.date(2000, 12, 1), svc.east, seq=8))


def names(svc, **kw):
    return [r.name for r in svc.person_list.page(PersonQuery(**kw), 0, 100)]


def test_search_by_initials_pinyin_name_id_and_phone(svc):
    _fill(svc)
    assert names(svc, text="zxy") == ["张秀英"]
    assert names(svc, text="ZHANGX") == ["张秀英"]
    assert names(svc, text="秀") == ["张秀英"]
    assert names(svc, text="19850102") == ["王丽"]
    assert names(svc, text="1234 5678") == ["张秀英"]
    assert names(svc, text="%") == []


def test_unit_filter_includes_subunits(svc):
    _fill(svc)
    assert sorted(names(svc, unit_id=svc.east)) == sorted(["张秀英", "赵敏"])
    assert svc.person_list.count(PersonQuery(unit_id=svc.root)) == 3


def test_status_filters_split_aged_out(svc):
    _fill(svc)
    assert names(svc, status=StatusFilter.AGED_OUT) == ["李芳"]
    assert "李芳" not in names(svc)
    assert len(names(svc, status=StatusFilter.ALL)) == 4
    row = svc.person_list.page(PersonQuery(status=StatusFilter.AGED_OUT), 0, 1)[0]
    assert row.status == "aged_out"


def test_sorting_in_sql(svc):
    _fill(svc)
    assert names(svc, sort="name") == ["王丽", "张秀英", "赵敏"]
    assert names(svc, sort="name", descending=True) == ["赵敏", "张秀英", "王丽"]
    assert names(svc, sort="age") == ["赵敏", "张秀英", "王丽"]  # youngest first
    # codes sort in the order the clerk knows them: 常住 before 流入
    assert names(svc, sort="category") == ["张秀英", "赵敏", "王丽"]
    assert names(svc, sort="category", descending=True)[0] == "王丽"


def test_paging_returns_consecutive_windows(svc):
    for i in range(30):
        svc.persons.create(draft(f"测试{i:02d}", dt.date(1990, 1, 1) + dt.timedelta(days=i), svc.west, seq=2))
    q = PersonQuery(sort="age")
    whole = [r.id for r in svc.person_list.page(q, 0, 100)]
    paged = [r.id for off in range(0, 30, 7) for r in svc.person_list.page(q, off, 7)]
    assert paged == whole and len(whole) == 30
