"""The SQL month arithmetic (store.date_sql.add_months) and the reminder rules agree with
the domain functions (hypothesis): month ends, leap days, year ends."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, Integer, bindparam, create_engine, select

from desktop.domain.dates import add_months
from desktop.domain.schedule import next_checkup_due, turning_50_date
from desktop.domain.values.care import CheckupDraft
from desktop.domain.values.reminders import ReminderKind, ReminderQuery
from desktop.store import date_sql
from tests.services.reminder_helpers import check, ledger, woman

D = dt.date
# months as an SQL expression (a column of the query), and as a number known in Python
SQL = select(date_sql.add_months(bindparam("day", type_=Date), bindparam("months", type_=Integer)))


@pytest.fixture
def conn(backend, request):
    """A connection to the test's database: SQLite in memory, or the PostgreSQL server."""
    if backend == "sqlite":
        engine = create_engine("sqlite://")
    else:
        from desktop.store.server import make_server_engine

        engine = make_server_engine(request.getfixturevalue("pg_server").url("postgres"))
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def sql_add_months(conn, day: dt.date, months: int) -> dt.date:
    return conn.scalar(SQL, {"day": day, "months": months})


@given(day=st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31)),
       months=st.integers(min_value=-600, max_value=600))
@settings(max_examples=500, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sql_add_months_is_add_months(conn, day, months):
    assert sql_add_months(conn, day, months) == add_months(day, months)


@given(day=st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31)),
       months=st.integers(min_value=-600, max_value=600))
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sql_add_months_by_a_known_number_is_add_months(conn, day, months):
    # a number known in Python takes another form (a constant modifier); the compiled
    # statement is cached per shape, so each value must still give its own answer
    stmt = select(date_sql.add_months(bindparam("day", type_=Date), months))
    assert conn.scalar(stmt, {"day": day}) == add_months(day, months)


@given(day=st.dates(min_value=D(1900, 3, 1), max_value=D(2199, 12, 31)),
       days=st.integers(min_value=-3000, max_value=3000))
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sql_shift_and_difference_of_days(conn, day, days):
    at = bindparam("day", type_=Date)
    shifted, between = conn.execute(select(
        date_sql.shift_days(at, days),
        date_sql.days_between(date_sql.shift_days(at, days), at)), {"day": day}).one()
    assert shifted == day + dt.timedelta(days=days)
    assert between == days


@given(day=st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31)))
@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sql_date_texts(conn, day):
    at = bindparam("day", type_=Date)
    month, compact, index, iso = conn.execute(select(
        date_sql.year_month(at), date_sql.compact_date(at), date_sql.month_index(at),
        date_sql.is_iso_date(bindparam("text"))), {"day": day, "text": day.isoformat()}).one()
    assert (month, compact, index, bool(iso)) == (
        f"{day:%Y-%m}", f"{day:%Y%m%d}", day.year * 12 + day.month - 1, True)


@pytest.mark.parametrize("text", ["2026-01-32", "2026-13-01", "2026-1-01", "20260101", "",
                                  "2026-00-10", "2026-01-00", "abcd-ef-gh"])
def test_sql_is_iso_date_refuses_what_is_no_day(conn, text):
    assert not conn.scalar(select(date_sql.is_iso_date(bindparam("text"))), {"text": text})


def test_postgresql_forms_compile():
    """The PostgreSQL forms are written (no server here): they compile to its own words."""
    from sqlalchemy.dialects import postgresql

    at = bindparam("day", type_=Date)
    stmt = select(date_sql.add_months(at, 3), date_sql.shift_days(at, -2),
                  date_sql.days_between(at, at), date_sql.year_month(at))
    sql = str(stmt.compile(dialect=postgresql.dialect()))
    assert "make_interval" in sql and "to_char" in sql
    assert "strftime" not in sql and "julianday" not in sql and "printf" not in sql


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2025, 12, 31), 3, D(2026, 3, 31)),
    (D(2026, 8, 31), 3, D(2026, 11, 30)),
    (D(2026, 3, 31), -1, D(2026, 2, 28)),
    (D(1976, 2, 29), 600, D(2026, 2, 28)),
])
def test_sql_add_months_examples(conn, day, months, expected):
    assert sql_add_months(conn, day, months) == expected


@given(birth=st.dates(min_value=D(1900, 1, 1), max_value=D(2060, 12, 31)))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_sql_50th_birthday_is_the_domain_one(conn, birth):
    assert sql_add_months(conn, birth, 600) == turning_50_date(birth)


@pytest.fixture(scope="module")
def one_woman(tmp_path_factory):
    s = ledger(tmp_path_factory.mktemp("props"))
    s.woman = woman(s, "张秀英", D(1980, 3, 7), checkup_group="key")
    s.record = check(s, s.woman, D(2020, 1, 1))
    return s


@given(last=st.dates(min_value=D(2019, 1, 1), max_value=D(2026, 11, 28)),
       months=st.integers(min_value=1, max_value=24),
       later=st.integers(min_value=0, max_value=800),
       horizon=st.integers(min_value=0, max_value=45))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_listed_checkup_follows_the_domain_rule(one_woman, last, months, later, horizon):
    s = one_woman
    s.settings.set_checkup_intervals({"key": months, "general": 12})
    s.checkups.update(s.record, CheckupDraft(date=last, check_iud=True, place="服务站"))
    as_of = last + dt.timedelta(days=later)
    query = ReminderQuery(as_of, horizon, frozenset({ReminderKind.CHECKUP}))
    rows = s.reminders.page(query, 0, 10)
    due = next_checkup_due(last, months, as_of)
    if due <= query.until:
        assert [(r.due_date, r.days_overdue) for r in rows] == [(due, (as_of - due).days)]
        assert s.reminders.count(query) == 1
    else:
        assert rows == []
        assert s.reminders.count(query) == 0
