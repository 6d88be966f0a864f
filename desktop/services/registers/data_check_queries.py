"""The SQL of each data check: one SELECT per check, rows not in the recycle bin only.

Every statement has the columns person_id, record_id, select_id, day, name, id_number and
a few of its own, so the service can count it, limit it and describe each row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, and_, case, exists, false, func, literal, or_, select, union_all
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.enums import EventKind, Method, RecordStatus, Sex
from desktop.domain.kinds import Kind
from desktop.store.date_sql import compact_date, shift_days
from desktop.store.models import Child, Person
from desktop.store.records import Benefit, Checkup, Contraception, LifeEvent, Payment, Pregnancy
from desktop.store.sql import without_index

OVERDUE_DAYS = 43 * 7  # a pregnancy has an outcome 43 weeks after the LMP at the latest
CHECKUP_WINDOW_DAYS = 304  # "pregnant" at a check-up: her LMP within ~10 months before it
LEAVING = (EventKind.MOVED_AWAY.value, EventKind.DECEASED.value)
LEFT_STATUS = (RecordStatus.MOVED.value, RecordStatus.DECEASED.value)
ODD_DIGITS = ("1", "3", "5", "7", "9")


def _person_cols() -> tuple[ColumnElement, ColumnElement]:
    return Person.name.label("name"), Person.id_number.label("id_number")


def first_outcome(session) -> dt.date | None:  # noqa: ANN001
    """Since when the ledger records pregnancy outcomes (children before it are not checked)."""
    return session.execute(
        select(func.min(Pregnancy.outcome_date))
        .where(Pregnancy.deleted_at.is_(None), Pregnancy.outcome_date.is_not(None))
    ).scalar()


def child_without_pregnancy(since: dt.date | None) -> Select:
    """A child born while her mother was on this register, since the ledger records
    outcomes, with neither a linked pregnancy nor one of the mother's pregnancies whose
    LMP lies in the 43 weeks before the birth."""
    linked = exists().where(Pregnancy.id == Child.pregnancy_id, Pregnancy.deleted_at.is_(None))
    g = aliased(Pregnancy)
    nearby = exists().where(
        g.person_id == Child.person_id, g.deleted_at.is_(None), g.lmp <= Child.birth_date,
        g.lmp >= shift_days(Child.birth_date, -OVERDUE_DAYS))
    born = Child.birth_date
    return (
        select(Child.person_id, Child.id.label("record_id"), Child.id.label("select_id"),
               born.label("day"), *_person_cols(), Child.name.label("child"))
        .join(Person, Person.id == Child.person_id)
        .where(Child.deleted_at.is_(None), Person.deleted_at.is_(None),
               born >= since if since is not None else false(),
               # Born before she came onto this register: not the office's to record.
               born >= func.coalesce(Person.registered_on, born),
               born >= func.coalesce(Person.arrival_date, born),
               ~linked, ~nearby)
        .order_by(born.desc(), Child.id.desc())
    )


def pregnancy_without_outcome(today: dt.date) -> Select:
    return (
        select(Pregnancy.person_id, Pregnancy.id.label("record_id"),
               Pregnancy.id.label("select_id"), Pregnancy.lmp.label("day"), *_person_cols(),
               Pregnancy.registered_on)
        .join(Person, Person.id == Pregnancy.person_id)
        .where(Pregnancy.deleted_at.is_(None), Person.deleted_at.is_(None),
               or_(Pregnancy.outcome.is_(None), Pregnancy.outcome_date.is_(None)),
               Pregnancy.lmp <= today - dt.timedelta(days=OVERDUE_DAYS))
        .order_by(Pregnancy.lmp, Pregnancy.id)
    )


def contraception_in_pregnancy(today: dt.date) -> Select:
    """Open on a day from the LMP up to the day before the outcome (or today when none):
    a method begun on the outcome day itself (an IUD after a termination, a ligation at a
    caesarean) is usual practice, not a contradiction."""
    ends = func.coalesce(Pregnancy.outcome_date, today + dt.timedelta(days=1))
    return (
        select(Contraception.person_id, Contraception.id.label("record_id"),
               Contraception.id.label("select_id"), Contraception.start_date.label("day"),
               *_person_cols(), Contraception.method, Pregnancy.lmp,
               Pregnancy.id.label("pregnancy_id"))
        .join(Pregnancy, Pregnancy.person_id == Contraception.person_id)
        .join(Person, Person.id == Contraception.person_id)
        # Not through the register's date index (rows not in the bin): the few pregnancies
        # lead, and her contraception is found by person.
        .where(without_index(Contraception.deleted_at).is_(None), Pregnancy.deleted_at.is_(None),
               Person.deleted_at.is_(None), Contraception.method != Method.NONE.value,
               Contraception.start_date < ends, Pregnancy.lmp < ends,
               # open days are [start, end): a record ending on its start day is open on none
               or_(Contraception.end_date.is_(None),
                   and_(Contraception.end_date > Pregnancy.lmp,
                        Contraception.end_date > Contraception.start_date)))
        .order_by(Pregnancy.lmp.desc(), Contraception.id.desc())
    )


def pregnant_unregistered() -> Select:
    g = aliased(Pregnancy)
    covered = exists().where(
        g.person_id == Checkup.person_id, g.deleted_at.is_(None), g.lmp <= Checkup.date,
        # An open pregnancy past 10 months is reported by its own check.
        or_(g.lmp >= shift_days(Checkup.date, -CHECKUP_WINDOW_DAYS), g.outcome_date.is_(None)))
    return (
        select(Checkup.person_id, Checkup.id.label("record_id"), Checkup.id.label("select_id"),
               Checkup.date.label("day"), *_person_cols())
        .join(Person, Person.id == Checkup.person_id)
        # One plain scan for the rare "pregnant" rows; the register's date index would cost a
        # row lookup for each of a million check-ups.
        .where(without_index(Checkup.deleted_at).is_(None), Checkup.pregnant.is_(True),
               Person.deleted_at.is_(None), ~covered)
        .order_by(Checkup.date.desc(), Checkup.id.desc())
    )


def payment_after_leaving() -> Select:
    """Paid after she moved away (and before any return) or died. Her life events decide;
    a record without events (older data) is judged by its stored status and date."""
    e, r, last = aliased(LifeEvent), aliased(LifeEvent), aliased(LifeEvent)
    returned = exists().where(
        r.person_id == e.person_id, r.deleted_at.is_(None), r.kind == EventKind.RETURNED.value,
        r.date > e.date, r.date <= Payment.paid_on).correlate_except(r)  # two levels up
    left = exists().where(
        e.person_id == Benefit.person_id, e.deleted_at.is_(None), e.kind.in_(LEAVING),
        e.date < Payment.paid_on, ~returned)
    any_event = exists().where(LifeEvent.person_id == Benefit.person_id,
                               LifeEvent.deleted_at.is_(None))
    by_status = and_(Person.status.in_(LEFT_STATUS), Person.status_date < Payment.paid_on,
                     ~any_event)
    latest = (select(last.kind, last.date)
              .where(last.person_id == Benefit.person_id, last.deleted_at.is_(None),
                     last.kind.in_(LEAVING), last.date < Payment.paid_on)
              .order_by(last.date.desc()).limit(1))
    return (
        select(Benefit.person_id, Payment.id.label("record_id"), Benefit.id.label("select_id"),
               Payment.paid_on.label("day"), *_person_cols(), Payment.period,
               func.coalesce(latest.with_only_columns(last.kind).scalar_subquery(),
                             Person.status).label("left_as"),
               func.coalesce(latest.with_only_columns(last.date).scalar_subquery(),
                             Person.status_date).label("left_on"))
        .join(Benefit, Benefit.id == Payment.benefit_id)
        .join(Person, Person.id == Benefit.person_id)
        .where(Payment.deleted_at.is_(None), Benefit.deleted_at.is_(None),
               Person.deleted_at.is_(None), or_(left, by_status))
        .order_by(Payment.paid_on.desc(), Payment.id.desc())
    )


def _id_parts(number: ColumnElement) -> tuple[ColumnElement, ColumnElement]:
    """(birth date as YYYYMMDD, is male) read from an 18- or 15-digit ID number."""
    long = func.length(number) == 18
    birth = case((long, func.substr(number, 7, 8)), else_=literal("19") + func.substr(number, 7, 6))
    digit = case((long, func.substr(number, 17, 1)), else_=func.substr(number, 15, 1))
    return birth, digit.in_(ODD_DIGITS)


def id_mismatch() -> Select:
    """A woman's ID whose birth date differs from her record or that is a man's; a child's
    ID whose birth date or sex differs from the child's record."""
    p_birth, p_male = _id_parts(Person.id_number)
    women = (
        select(Person.id.label("person_id"), Person.id.label("record_id"),
               Person.id.label("select_id"), Person.birth_date.label("day"), *_person_cols(),
               literal("person").label("entity"), literal("").label("child"),
               literal(Sex.FEMALE.value).label("sex"), p_birth.label("id_birth"),
               p_male.label("id_male"))
        .where(Person.deleted_at.is_(None), func.length(Person.id_number).in_((15, 18)),
               or_(p_birth != compact_date(Person.birth_date), p_male))
    )
    c_birth, c_male = _id_parts(Child.id_number)
    is_boy = Child.sex == Sex.MALE.value
    children = (
        select(Child.person_id, Child.id.label("record_id"), Child.id.label("select_id"),
               Child.birth_date.label("day"), *_person_cols(), literal(Kind.CHILD.value).label("entity"),
               Child.name.label("child"), Child.sex.label("sex"), c_birth.label("id_birth"),
               c_male.label("id_male"))
        .join(Person, Person.id == Child.person_id)
        .where(Child.deleted_at.is_(None), Person.deleted_at.is_(None),
               func.length(Child.id_number).in_((15, 18)),
               or_(c_birth != compact_date(Child.birth_date), and_(c_male, ~is_boy),
                   and_(~c_male, is_boy)))
    )
    both = union_all(women, children).subquery()
    return select(both).order_by(both.c.day.desc(), both.c.record_id.desc())


def duplicate_person() -> Select:
    twins = (
        select(Person.name, Person.birth_date, func.count().label("copies"))
        .where(Person.deleted_at.is_(None))
        .group_by(Person.name, Person.birth_date)
        .having(func.count() > 1)
        .subquery()
    )
    return (
        select(Person.id.label("person_id"), Person.id.label("record_id"),
               Person.id.label("select_id"), Person.birth_date.label("day"), *_person_cols(),
               twins.c.copies)
        .join(twins, and_(twins.c.name == Person.name, twins.c.birth_date == Person.birth_date))
        .where(Person.deleted_at.is_(None))
        .order_by(Person.name, Person.birth_date, Person.id)
    )

