"""The register's table model: paged SQL rows, masked IDs, SQL sorting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.domain.enums import StatusFilter
from desktop.domain.values.people import PersonQuery
from desktop.gui.models import person_table as pt
from desktop.gui.models.person_table import PersonTableModel


def column(model: PersonTableModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, services, sample):
    model = PersonTableModel(services.person_list, services.today, PersonQuery(status=StatusFilter.ALL))
    assert model.rowCount() == 6
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester
    qtmodeltester.check(model, force_py=True)
    model.sort(pt.COL_AGE, Qt.SortOrder.DescendingOrder)
    model.set_query(PersonQuery(text="zxy"))
    qtmodeltester.check(model, force_py=True)


def test_empty_database_gives_an_empty_valid_model(qtmodeltester, services):
    model = PersonTableModel(services.person_list, services.today)
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_columns_show_masked_id_age_and_translated_codes(services, sample):
    model = PersonTableModel(services.person_list, services.today)
    rows = {model.index(r, pt.COL_NAME).data(): r for r in range(model.rowCount())}
    r = rows["张秀英"]
    cell = lambda col: model.index(r, col).data()  # noqa: E731
    assert cell(pt.COL_ID_NUMBER) == "330102********1242"
    assert cell(pt.COL_AGE) == "36"  # born 1990-03-12, today pinned to 2026-11-28
    assert cell(pt.COL_UNIT) == "东街社区"
    assert cell(pt.COL_CATEGORY) == "Resident"
    assert cell(pt.COL_MARITAL) == "First marriage"
    assert cell(pt.COL_CHILDREN) == "0"
    assert cell(pt.COL_STATUS) == "Registered"
    assert model.index(r, 0).data(pt.RowRole) == sample.persons["张秀英"]
    assert model.headerData(pt.COL_ID_NUMBER, Qt.Orientation.Horizontal) == "ID number"


def test_status_column_shows_derived_and_stored_status(services, sample):
    model = PersonTableModel(services.person_list, services.today, PersonQuery(status=StatusFilter.ALL))
    status = dict(zip(column(model, pt.COL_NAME), column(model, pt.COL_STATUS), strict=True))
    assert status["赵丽"] == "Aged out"
    assert status["刘敏"] == "Moved away"
    assert status["王芳"] == "Registered"


def test_sort_by_column_reorders_in_sql(services, sample):
    model = PersonTableModel(services.person_list, services.today)
    by_name = column(model, pt.COL_NAME)
    assert by_name == ["陈静", "李娜", "王芳", "张秀英"]  # pinyin order
    model.sort(pt.COL_AGE, Qt.SortOrder.AscendingOrder)
    ages = [int(a) for a in column(model, pt.COL_AGE)]
    assert ages == sorted(ages) and ages[0] == 26
    assert model.query().sort == "age"
    model.sort(pt.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert column(model, pt.COL_NAME) == list(reversed(by_name))


def test_rows_are_fetched_in_bounded_pages(qtbot, services, sample, monkeypatch):
    for i in range(30):
        sample.add(f"测试{i:02d}", "河西乡", dt.date(1991, 1, 1) + dt.timedelta(days=i), 10 + i)
    monkeypatch.setattr(pt, "PAGE_SIZE", 4)
    monkeypatch.setattr(pt, "MAX_PAGES", 3)
    calls: list[tuple[int, int]] = []
    real_page = services.person_list.page

    def spy(query, offset, limit):
        calls.append((offset, limit))
        return real_page(query, offset, limit)

    monkeypatch.setattr(services.person_list, "page", spy)
    model = PersonTableModel(services.person_list, services.today)
    # The first page is read at once; the exact count follows from the event loop.
    assert calls == [(0, 4)] and model.count_pending() and model.rowCount() == 4
    with qtbot.waitSignal(model.count_known) as counted:
        pass
    assert counted.args == [34] and not model.count_pending() and model.rowCount() == 34
    assert model.index(33, pt.COL_NAME).data()
    assert calls == [(0, 4), (32, 4)]
    names = column(model, pt.COL_NAME)
    assert len(set(names)) == 34
    assert all(limit == 4 for _, limit in calls)
    assert sum(model.is_page_loaded(p) for p in range(9)) == 3  # older pages were dropped


def test_refresh_sees_new_rows(services, sample):
    model = PersonTableModel(services.person_list, services.today)
    assert model.rowCount() == 4
    sample.add("孙倩", "河西乡", dt.date(1999, 9, 9), 88)
    model.refresh()
    assert model.rowCount() == 5
    assert "孙倩" in column(model, pt.COL_NAME)


def test_count_that_follows_the_first_page_keeps_the_model_consistent(
        qtbot, qtmodeltester, services, sample, monkeypatch):
    for i in range(10):
        sample.add(f"测试{i:02d}", "河西乡", dt.date(1991, 1, 1) + dt.timedelta(days=i), 10 + i)
    monkeypatch.setattr(pt, "PAGE_SIZE", 4)
    model = PersonTableModel(services.person_list, services.today)
    qtmodeltester.check(model)  # stays connected: the insertion below is checked too
    assert model.count_pending() and model.rowCount() == 4
    with qtbot.waitSignal(model.count_known):
        pass
    assert model.rowCount() == 14
    assert len(set(column(model, pt.COL_NAME))) == 14
    # Rows deleted between the first page and the count: the model shrinks to the truth.
    ids = [model.person_id(r) for r in range(14)]
    services.persons.delete(ids[0])
    model.refresh()
    assert model.count_pending() and model.rowCount() == 4
    for person_id in ids[1:12]:
        services.persons.delete(person_id)
    with qtbot.waitSignal(model.count_known) as counted:
        pass
    assert counted.args == [2] and model.rowCount() == 2
    assert column(model, pt.COL_NAME) == [services.persons.get(i).draft.name for i in ids[12:]]
