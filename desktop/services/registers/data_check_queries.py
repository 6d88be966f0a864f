"""The SQL of each data check: one SELECT per check, rows not in the recycle bin only.

Every statement has the columns person_id, record_id, select_id, day, name, id_number and
a few of its own, so the service can count it, limit it and describe each row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, case, exists, false, func, literal, or_, select, union_all
from sqlalchemy.orm import Mapped, aliased
from sqlalchemy.sql.elements import ColumnElement, Label
from sqlmodel import Session, col

from desktop.domain.enums import EventKind, Method, RecordStatus, Sex
from desktop.domain.kinds import Kind
from desktop.store.date_sql import compact_date, shift_days
from desktop.store.models import Child, Person
from desktop.store.records import Benefit, Checkup, Contraception, LifeEvent, Payment, Pregnancy
from desktop.store.sql import AnySelect, without_index

OVERDUE_DAYS = 43 * 7  # a pregnancy has an outcome 43 weeks after the LMP at the latest
CHECKUP_WINDOW_DAYS = 304  # "pregnant" at a check-up: her LMP within ~10 months before it
LEAVING = (EventKind.MOVED_AWAY.value, EventKind.DECEASED.value)
LEFT_STATUS = (RecordStatus.MOVED.value, RecordStatus.DECEASED.value)
ODD_DIGITS = ("1", "3", "5", "7", "9")


def _person_cols() -> tuple[Label[str], Label[str]]:
    return col(Person.name).label("name"), col(Person.id_number).label("id_number")


def first_outcome(session: Session) -> dt.date | None:
    """Since when the ledger records pregnancy outcomes (children before it are not checked)."""
    return session.execute(
        select(func.min(col(Pregnancy.outcome_date)))
        .where(col(Pregnancy.deleted_at).is_(None), col(Pregnancy.outcome_date).is_not(None))
    ).scalar()


def child_without_pregnancy(since: dt.date | None) -> AnySelect:
    """A child born while her mother was on this register, since the ledger records
    outcomes, with neither a linked pregnancy nor one of the mother's pregnancies whose
    LMP lies in the 43 weeks before the birth."""
    linked = exists().where(col(Pregnancy.id) == col(Child.pregnancy_id),
                            col(Pregnancy.deleted_at).is_(None))
    g = aliased(Pregnancy)
    nearby = exists().where(
        col(g.person_id) == col(Child.person_id), col(g.deleted_at).is_(None),
        col(g.lmp) <= col(Child.birth_date),
        col(g.lmp) >= shift_days(col(Child.birth_date), -OVERDUE_DAYS))
    born = col(Child.birth_date)
    return (
        select(col(Child.person_id), col(Child.id).label("record_id"),
               col(Child.id).label("select_id"),
               born.label("day"), *_person_cols(), col(Child.name).label("child"))
        .join(Person, col(Person.id) == col(Child.person_id))
        .where(col(Child.deleted_at).is_(None), col(Person.deleted_at).is_(None),
               born >= since if since is not None else false(),
               # Born before she came onto this register: not the office's to record.
               born >= func.coalesce(col(Person.registered_on), born),
               born >= func.coalesce(col(Person.arrival_date), born),
               ~linked, ~nearby)
        .order_by(born.desc(), col(Child.id).desc())
    )


def pregnancy_without_outcome(today: dt.date) -> AnySelect:
    return (
        select(col(Pregnancy.person_id), col(Pregnancy.id).label("record_id"),
               col(Pregnancy.id).label("select_id"), col(Pregnancy.lmp).label("day"),
               *_person_cols(), col(Pregnancy.registered_on))
        .join(Person, col(Person.id) == col(Pregnancy.person_id))
        .where(col(Pregnancy.deleted_at).is_(None), col(Person.deleted_at).is_(None),
               or_(col(Pregnancy.outcome).is_(None), col(Pregnancy.outcome_date).is_(None)),
               col(Pregnancy.lmp) <= today - dt.timedelta(days=OVERDUE_DAYS))
        .order_by(col(Pregnancy.lmp), col(Pregnancy.id))
    )


def contraception_in_pregnancy(today: dt.date) -> AnySelect:
    """Open on a day from the LMP up to the day before the outcome (or today when none):
    a method begun on the outcome day itself (an IUD after a termination, a ligation at a
    caesarean) is usual practice, not a contradiction."""
    ends = func.coalesce(col(Pregnancy.outcome_date), today + dt.timedelta(days=1))
    return (
        select(col(Contraception.person_id), col(Contraception.id).label("record_id"),
               col(Contraception.id).label("select_id"), col(Contraception.start_date).label("day"),
               *_person_cols(), col(Contraception.method), col(Pregnancy.lmp),
               col(Pregnancy.id).label("pregnancy_id"))
        .join(Pregnancy, col(Pregnancy.person_id) == col(Contraception.person_id))
        .join(Person, col(Person.id) == col(Contraception.person_id))
        # Not through the register's date index (rows not in the bin): the few pregnancies
        # lead, and her contraception is found by person.
        .where(without_index(col(Contraception.deleted_at)).is_(None),
               col(Pregnancy.deleted_at).is_(None),
               col(Person.deleted_at).is_(None), col(Contraception.method) != Method.NONE.value,
               col(Contraception.start_date) < ends, col(Pregnancy.lmp) < ends,
               # open days are [start, end): a record ending on its start day is open on none
               or_(col(Contraception.end_date).is_(None),
                   and_(col(Contraception.end_date) > col(Pregnancy.lmp),
                        col(Contraception.end_date) > col(Contraception.start_date))))
        .order_by(col(Pregnancy.lmp).desc(), col(Contraception.id).desc())
    )


def pregnant_unregistered() -> AnySelect:
    g = aliased(Pregnancy)
    covered = exists().where(
        col(g.person_id) == col(Checkup.person_id), col(g.deleted_at).is_(None),
        col(g.lmp) <= col(Checkup.date),
        # An open pregnancy past 10 months is reported by its own check.
        or_(col(g.lmp) >= shift_days(col(Checkup.date), -CHECKUP_WINDOW_DAYS),
            col(g.outcome_date).is_(None)))
    return (
        select(col(Checkup.person_id), col(Checkup.id).label("record_id"),
               col(Checkup.id).label("select_id"), col(Checkup.date).label("day"), *_person_cols())
        .join(Person, col(Person.id) == col(Checkup.person_id))
        # One plain scan for the rare "pregnant" rows; the register's date index would cost a
        # row lookup for each of a million check-ups.
        .where(without_index(col(Checkup.deleted_at)).is_(None), col(Checkup.pregnant).is_(True),
               col(Person.deleted_at).is_(None), ~covered)
        .order_by(col(Checkup.date).desc(), col(Checkup.id).desc())
    )


def payment_after_leaving() -> AnySelect:
    """Paid after she moved away (and before any return) or died. Her life events decide;
    a record without events (older data) is judged by its stored status and date."""
    e, r, last = aliased(LifeEvent), aliased(LifeEvent), aliased(LifeEvent)
    returned = exists().where(
        col(r.person_id) == col(e.person_id), col(r.deleted_at).is_(None),
        col(r.kind) == EventKind.RETURNED.value, col(r.date) > col(e.date),
        col(r.date) <= col(Payment.paid_on)).correlate_except(r)  # two levels up
    left = exists().where(
        col(e.person_id) == col(Benefit.person_id), col(e.deleted_at).is_(None),
        col(e.kind).in_(LEAVING), col(e.date) < col(Payment.paid_on), ~returned)
    any_event = exists().where(col(LifeEvent.person_id) == col(Benefit.person_id),
                               col(LifeEvent.deleted_at).is_(None))
    by_status = and_(col(Person.status).in_(LEFT_STATUS),
                     col(Person.status_date) < col(Payment.paid_on), ~any_event)
    latest = (select(col(last.kind), col(last.date))
              .where(col(last.person_id) == col(Benefit.person_id), col(last.deleted_at).is_(None),
                     col(last.kind).in_(LEAVING), col(last.date) < col(Payment.paid_on))
              .order_by(col(last.date).desc()).limit(1))
    return (
        select(col(Benefit.person_id), col(Payment.id).label("record_id"),
               col(Benefit.id).label("select_id"),
               col(Payment.paid_on).label("day"), *_person_cols(), col(Payment.period),
               func.coalesce(latest.with_only_columns(col(last.kind)).scalar_subquery(),
                             col(Person.status)).label("left_as"),
               func.coalesce(latest.with_only_columns(col(last.date)).scalar_subquery(),
                             col(Person.status_date)).label("left_on"))
        .join(Benefit, col(Benefit.id) == col(Payment.benefit_id))
        .join(Person, col(Person.id) == col(Benefit.person_id))
        .where(col(Payment.deleted_at).is_(None), col(Benefit.deleted_at).is_(None),
               col(Person.deleted_at).is_(None), or_(left, by_status))
        .order_by(col(Payment.paid_on).desc(), col(Payment.id).desc())
    )


def _id_parts(number: Mapped[str]) -> tuple[ColumnElement[str], ColumnElement[bool]]:
    """(birth date as YYYYMMDD, is male) read from an 18- or 15-digit ID number."""
    long = func.length(number) == 18
    birth = case((long, func.substr(number, 7, 8)), else_=literal("19") + func.substr(number, 7, 6))
    digit = case((long, func.substr(number, 17, 1)), else_=func.substr(number, 15, 1))
    return birth, digit.in_(ODD_DIGITS)


def id_mismatch() -> AnySelect:
    """A woman's ID whose birth date differs from her record or that is a man's; a child's
    ID whose birth date or sex differs from the child's record."""
    p_birth, p_male = _id_parts(col(Person.id_number))
    women: AnySelect = (
        select(col(Person.id).label("person_id"), col(Person.id).label("record_id"),
               col(Person.id).label("select_id"), col(Person.birth_date).label("day"),
               *_person_cols(), literal("person").label("entity"), literal("").label("child"),
               literal(Sex.FEMALE.value).label("sex"), p_birth.label("id_birth"),
               p_male.label("id_male"))
        .where(col(Person.deleted_at).is_(None), func.length(col(Person.id_number)).in_((15, 18)),
               or_(p_birth != compact_date(col(Person.birth_date)), p_male))
    )
    c_birth, c_male = _id_parts(col(Child.id_number))
    is_boy = col(Child.sex) == Sex.MALE.value
    children: AnySelect = (
        select(col(Child.person_id), col(Child.id).label("record_id"),
               col(Child.id).label("select_id"),
               col(Child.birth_date).label("day"), *_person_cols(),
               literal(Kind.CHILD.value).label("entity"),
               col(Child.name).label("child"), col(Child.sex).label("sex"),
               c_birth.label("id_birth"), c_male.label("id_male"))
        .join(Person, col(Person.id) == col(Child.person_id))
        .where(col(Child.deleted_at).is_(None), col(Person.deleted_at).is_(None),
               func.length(col(Child.id_number)).in_((15, 18)),
               or_(c_birth != compact_date(col(Child.birth_date)), and_(c_male, ~is_boy),
                   and_(~c_male, is_boy)))
    )
    both = union_all(women, children).subquery()
    return select(both).order_by(both.c.day.desc(), both.c.record_id.desc())


def duplicate_person() -> AnySelect:
    twins = (
        select(col(Person.name), col(Person.birth_date), func.count().label("copies"))
        .where(col(Person.deleted_at).is_(None))
        .group_by(col(Person.name), col(Person.birth_date))
        .having(func.count() > 1)
        .subquery()
    )
    return (
        select(col(Person.id).label("person_id"), col(Person.id).label("record_id"),
               col(Person.id).label("select_id"), col(Person.birth_date).label("day"),
               *_person_cols(), twins.c.copies)
        .join(twins, and_(twins.c.name == col(Person.name),
                          twins.c.birth_date == col(Person.birth_date)))
        .where(col(Person.deleted_at).is_(None))
        .order_by(col(Person.name), col(Person.birth_date), col(Person.id))
    )

