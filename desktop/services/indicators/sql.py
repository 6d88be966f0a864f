"""SQL building blocks of the indicators (shared/indicators.md): who is a WRA at a day.

Dates are SQLite 'YYYY-MM-DD' text; the date arithmetic below uses SQLite's date() and
printf() (on PostgreSQL: intervals and date_trunc), kept in this one module.

"Moved away or deceased on or before d" — what we chose, and why it is exact:
- a person with life events (moved away / returned / deceased): her latest event dated
  on or before d decides (a move then a return in May: away in May, back after it); the
  stored status only says where she is now;
- a person without events: the stored status with its date (imported or older records);
- a stored 迁出/死亡 without a date and without events: we cannot say when she left, so she
  is counted as still there at the start of a period and gone at its end (her status is
  today's); the balance then fails and lists her, so the clerk enters the date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, Integer, and_, case, cast, exists, false, func, literal, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.dates import born_on_or_before_for_age
from desktop.domain.enums import EventKind, MaritalStatus, RecordStatus
from desktop.store.models import Person
from desktop.store.records import LifeEvent
from desktop.store.sql import Expr

MIN_AGE, MAX_AGE = 15, 50  # WRA: 15 to 49 full years
LEAVING = (EventKind.MOVED_AWAY.value, EventKind.DECEASED.value)
LEFT_STATUS = (RecordStatus.MOVED.value, RecordStatus.DECEASED.value)
MARRIED = (MaritalStatus.FIRST_MARRIAGE.value, MaritalStatus.REMARRIED.value)
EVEN = ("0", "2", "4", "6", "8")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
# Default columns of the helpers below (a module constant: an argument default is built once)
ID_NUMBER = col(Person.id_number)

Day = dt.date | Expr


def add_months_sql(day: Expr, months: Expr | int) -> ColumnElement[Any]:
    """desktop.domain.dates.add_months in SQL: keep the day number, clipped to the month end
    (31 August + 3 months = 30 November; SQLite's own '+3 months' would give 1 December)."""
    first = func.date(day, "start of month", func.printf("%+d months", months))
    last = func.date(first, "+1 month", "-1 day")
    wanted = func.date(first, func.printf("+%d days", cast(func.strftime("%d", day), Integer) - 1))
    return func.min(wanted, last, type_=Date)  # two arguments: SQLite's scalar min


def shift(day: Day, days: int) -> Day:
    if isinstance(day, dt.date):
        return day + dt.timedelta(days=days)
    return func.date(day, f"{days:+d} days", type_=Date)


def days_between(later: Expr, earlier: Expr) -> ColumnElement[Any]:
    return func.julianday(later) - func.julianday(earlier)


def female() -> ColumnElement[bool]:
    """Female by her ID number: the 17th digit (15th of an old 15-digit number) is even."""
    digit = case((func.length(col(Person.id_number)) == 18, func.substr(col(Person.id_number), 17,
                                                                        1)),
                 (func.length(col(Person.id_number)) == 15, func.substr(col(Person.id_number), 15,
                                                                        1)),
                 else_=literal("1"))
    return digit.in_(EVEN)


def aged(day: Day, low: int = MIN_AGE, high: int = MAX_AGE) -> ColumnElement[bool]:
    """Aged ``low`` to ``high - 1`` full years at ``day`` (29 February: 28 February)."""
    if isinstance(day, dt.date):  # constant bounds: the birth-date index can serve them
        return and_(col(Person.birth_date) <= born_on_or_before_for_age(day, low),
                    col(Person.birth_date) > born_on_or_before_for_age(day, high))
    return and_(birthday(low) <= day, birthday(high) > day)


def birthday(years: int) -> ColumnElement[Any]:
    """The day she turns ``years`` (add_months clips 29 February to 28 February)."""
    return add_months_sql(col(Person.birth_date), 12 * years)


def registered_by(day: Day) -> ColumnElement[bool]:
    """Registered on or before ``day``; a blank registration date counts as before."""
    return or_(col(Person.registered_on).is_(None), col(Person.registered_on) <= day)


def left_by(day: Day, undated_left: bool) -> ColumnElement[bool]:
    """Moved away or deceased on or before ``day`` (see the module notes).

    ``undated_left``: whether a status without a date and without events counts as gone
    (True at the end of a period, False at its start and on event days)."""
    event = aliased(LifeEvent)
    latest = (select(col(event.kind))
              .where(col(event.person_id) == col(Person.id), col(event.deleted_at).is_(None),
                     col(event.date) <= day)
              .order_by(col(event.date).desc(), col(event.id).desc()).limit(1)
              .correlate_except(event).scalar_subquery())
    any_event = aliased(LifeEvent)
    has_events = (exists().where(col(any_event.person_id) == col(Person.id),
                                 col(any_event.deleted_at).is_(None))
                  .correlate_except(any_event))
    dated = col(Person.status_date) <= day
    by_status = and_(col(Person.status).in_(LEFT_STATUS),
                     or_(dated, col(Person.status_date).is_(None)) if undated_left else dated)
    # correlate_except: these lookups may sit two levels deep (a day taken from an event
    # row); plain auto-correlation only reaches the enclosing SELECT.
    return func.coalesce(case(
        # Never had an event and never left: most persons, decided without a lookup.
        (and_(col(Person.status) == RecordStatus.ACTIVE.value, col(Person.status_date).is_(None)),
         false()),
        (has_events, func.coalesce(latest, "").in_(LEAVING)),
        else_=by_status,
    ), 0) == 1


def present(day: Day, undated_left: bool) -> ColumnElement[bool]:
    """Active at ``day``: registered by then and not moved away or deceased."""
    return and_(registered_by(day), ~left_by(day, undated_left))


def wra(day: Day, undated_left: bool = False) -> ColumnElement[bool]:
    """Woman of reproductive age at ``day`` (rows in the recycle bin are filtered apart)."""
    return and_(aged(day), female(), present(day, undated_left))


def married_by(day: Day) -> ColumnElement[bool]:
    return and_(col(Person.marital_status).in_(MARRIED),
                or_(col(Person.marriage_date).is_(None), col(Person.marriage_date) <= day))


def valid_id(number: Expr = ID_NUMBER,
             digits17: Expr | None = None) -> ColumnElement[bool]:
    """18 characters, 17 digits and a digit or X, a real birth date, the right check
    character (ISO 7064 MOD 11-2). The area code is not looked up here.

    ``digits17``: the first 17 characters as an integer (id17_integer), when a query has it
    in a materialised column: the check sum then costs arithmetic instead of 17 substr()
    calls (0.5 s -> 0.2 s at 100,000 persons)."""
    if digits17 is None:
        digits = [cast(func.substr(number, i + 1, 1), Integer) for i in range(17)]
    else:
        digits = [(digits17 // 10 ** (16 - i)) % 10 for i in range(17)]
    total = sum((d * w for d, w in zip(digits, _WEIGHTS, strict=True)), literal(0))
    birth = func.substr(number, 7, 8)
    iso = func.substr(birth, 1, 4) + "-" + func.substr(birth, 5, 2) + "-" + func.substr(birth, 7, 2)
    return and_(
        func.length(number) == 18,
        func.substr(number, 1, 17).op("GLOB")("[0-9]" * 17),
        func.coalesce(func.date(iso), "") == iso,
        func.substr(number, 18, 1) == func.substr(_CHECK, (total % 11) + 1, 1),
    )


def id17_integer(number: Expr = ID_NUMBER) -> ColumnElement[int]:
    return cast(func.substr(number, 1, 17), Integer)


def filled(column: Expr) -> ColumnElement[bool]:
    return func.trim(func.coalesce(column, "")) != ""
