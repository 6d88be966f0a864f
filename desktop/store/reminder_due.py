"""What the check-up reminders' first screen walks instead of every woman (migration 0011).

One row per person with a check-up or a return (迁回), from every record not in the recycle
bin whatever its date: her last check-up, her latest return, the last check-up that counts
(none before her latest return) and ``valid_from``, the latest of those dates. For a day
on or after ``valid_from`` the rule's "dated on or before the day" keeps every record, so
the row gives her due date exactly; before it (a record dated later than the day asked
about) the reader treats her as unknown.

The rows follow the change log: ``reminder_due_mark`` holds the change-log id the rows are
up to date with; a person with a change-log row after it is read as unknown until the
rows catch up. Nothing here depends on the settings (intervals are applied when read).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class ReminderDue(SQLModel, table=True):
    __tablename__ = "reminder_due"
    __table_args__ = (
        # the walk of one check-up group by its last counted check-up; her birth date in
        # the index skips the women past 50 without reading their rows
        Index("ix_reminder_due_counted", "checkup_group", "counted", "birth_date"),
        # returned, no check-up since: due on the day of her return
        Index("ix_reminder_due_return", "last_return", "birth_date"),
        # the rows a day before valid_from cannot answer for
        Index("ix_reminder_due_valid", "valid_from"),
    )

    person_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    checkup_group: str = Field(max_length=20)  # hers when the row was made (enum values)
    counted: dt.date | None = None  # last check-up not before her latest return
    last_return: dt.date | None = None
    valid_from: dt.date
    birth_date: dt.date  # hers when the row was made


class ReminderDueMark(SQLModel, table=True):
    """One row (id 1): the change-log id the reminder_due rows are up to date with."""

    __tablename__ = "reminder_due_mark"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    change_id: int


# -- making the rows -------------------------------------------------------------------
# (below the models: the queries need the other tables, which import nothing from here)
from sqlalchemy import Connection, case, delete, func, insert, select, text, update  # noqa: E402
from sqlmodel import col  # noqa: E402

from desktop.domain.enums import CheckupGroup  # noqa: E402
from desktop.store.models import ChangeLog, Person  # noqa: E402
from desktop.store.records import Checkup  # noqa: E402
from desktop.store.returns import latest_return  # noqa: E402
from desktop.store.sql import AnySelect  # noqa: E402

MARK_ID = 1
GROUPS = tuple(group.value for group in CheckupGroup)
COLUMNS = ("person_id", "checkup_group", "counted", "last_return", "valid_from", "birth_date")
FAR = dt.date(9999, 12, 31)  # "no day": every record counts


def rows_select(person_ids: AnySelect | None = None) -> AnySelect:
    """The rows of the persons ``person_ids`` selects (everyone when None) as ReminderDue's COLUMNS: the
    reminders' rule without a day (store.returns: check-ups before her latest return do
    not count). A person with neither a check-up nor a return has no row."""
    last_q = (select(func.max(col(Checkup.date)))
              .where(col(Checkup.person_id) == col(Person.id), col(Checkup.deleted_at).is_(None))
              .scalar_subquery())
    people: AnySelect = select(col(Person.id).label("pid"), col(Person.checkup_group).label("grp"),
                               col(Person.birth_date).label("birth"),
                    last_q.label("last"), latest_return(col(Person.id), FAR).label("ret"))
    if person_ids is not None:
        people = people.where(col(Person.id).in_(person_ids))
    p = people.offset(0).subquery("p")  # OFFSET 0: each subquery runs once per person
    group = case((p.c.grp.in_(GROUPS), p.c.grp), else_=CheckupGroup.GENERAL.value)
    counted = case((p.c.ret.is_(None), p.c.last), (p.c.last >= p.c.ret, p.c.last))
    valid_from = case((p.c.ret.is_(None), p.c.last), (p.c.last.is_(None), p.c.ret),
                      (p.c.last > p.c.ret, p.c.last), else_=p.c.ret)
    return (select(p.c.pid, group, counted, p.c.ret, valid_from, p.c.birth)
            .where((p.c.last.is_not(None)) | (p.c.ret.is_not(None))))


def rebuild(conn: Connection, since: int | None, change_id: int) -> None:
    """Make again, in the caller's transaction, the rows of the persons changed after
    change ``since`` (everyone's when None), and say they are up to date with change
    ``change_id``."""
    table = ReminderDue.__table__  # type: ignore[attr-defined]
    gone = delete(table)
    persons = None if since is None else changed_persons(since)
    if persons is not None:
        gone = gone.where(table.c.person_id.in_(persons))
    conn.execute(gone)
    conn.execute(insert(table).from_select(list(COLUMNS), rows_select(persons)))
    _set_mark(conn, change_id)


def _set_mark(conn: Connection, change_id: int) -> None:
    """A ledger without a person keeps no mark: it stays empty (move-to, demo data)."""
    mark = ReminderDueMark.__table__  # type: ignore[attr-defined]
    if conn.execute(select(col(Person.id)).limit(1)).first() is None:
        conn.execute(delete(mark))
    elif conn.execute(update(mark).where(mark.c.id == MARK_ID).values(change_id=change_id)).rowcount == 0:
        conn.execute(insert(mark).values(id=MARK_ID, change_id=change_id))


def mark(conn: Connection) -> int | None:
    """The change-log id the rows are up to date with; None: no rows made yet."""
    return conn.execute(select(col(ReminderDueMark.change_id))
                        .where(col(ReminderDueMark.id) == MARK_ID)).scalar()


def newest_change(conn: Connection) -> int:
    return conn.execute(select(func.max(col(ChangeLog.id)))).scalar() or 0


def changed_since(conn: Connection, change_id: int, limit: int) -> set[int] | None:
    """Persons with a change-log row after ``change_id``; None when more than ``limit``."""
    rows = conn.execute(select(col(ChangeLog.person_id)).distinct()
                        .where(col(ChangeLog.id) > change_id, col(ChangeLog.person_id).is_not(None))
                        .limit(limit + 1)).scalars().all()
    return None if len(rows) > limit else {int(r) for r in rows if r is not None}


def changed_persons(change_id: int) -> AnySelect:
    """The persons of the change-log rows after ``change_id``."""
    return (select(col(ChangeLog.person_id)).distinct()
            .where(col(ChangeLog.id) > change_id, col(ChangeLog.person_id).is_not(None)))


def hold_change_log(conn: Connection) -> None:
    """On a server: wait for no writer (NOWAIT: fail at once if one is at work) so that
    every change-log id up to the newest is committed; a write of SQLite's is alone
    by itself (BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE change_log IN SHARE MODE NOWAIT"))


def stale(conn: Connection, limit: int) -> bool:
    """No rows made yet, or more than ``limit`` persons changed since they were."""
    change_id = mark(conn)
    return change_id is None or changed_since(conn, change_id, limit) is None


def without_jit(conn: Connection) -> None:
    """On a server, for the rest of this transaction: no JIT compilation. The first rows'
    statement is large but reads few rows; compiling it took longer than running it
    (3.0 s against 0.3 s at a million women)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET LOCAL jit = off"))
