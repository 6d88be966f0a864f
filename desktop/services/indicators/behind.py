"""The persons behind each count, numerator and denominator, paged in SQL, and the
persons who break the balance. Built from the same conditions as the counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import (
    Engine,
    FromClause,
    Subquery,
    and_,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.enums import Category, RecordStatus, Sex
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.indicators import BalanceBreaker, BehindRow, RateKey
from desktop.errors import ValidationError
from desktop.services.indicators.counts import (
    as_int,
    benefit_paid,
    benefits_where,
    births_where,
    child_deaths_where,
    early,
    payments_where,
    pregnancies_where,
    timely,
    unit_filter,
)
from desktop.services.indicators.flows import steps, steps_select
from desktop.services.indicators.population_sql import (
    PeriodPersons,
    first_checkup_in,
    open_contraception,
)
from desktop.services.indicators.sql import (
    LEFT_STATUS,
    Day,
    married_by,
    status_events_exist,
    unit_at,
)
from desktop.services.indicators.target_sql import (
    all_correct,
    all_entered,
    checkup_within,
    ended_in,
    last_contact,
    prepregnancy_checked,
    prepregnancy_day,
    reachable,
    sample_where,
    service_within,
    whole_course,
)
from desktop.store.models import Child, Person, Unit
from desktop.store.records import Benefit, Contraception, Payment, Pregnancy
from desktop.store.samples import Sample, SamplePerson
from desktop.store.sql import AnySelect, Expr, table_of

NO_DATE_MOVED = QT_TRANSLATE_NOOP(
    "indicators", "Her status is moved away but there is no date of moving away.")
NO_DATE_DIED = QT_TRANSLATE_NOOP(
    "indicators", "Her status is deceased but there is no date of death.")
GONE = QT_TRANSLATE_NOOP(
    "indicators", "She counts at the start but not at the end, and no exit explains it.")
CAME = QT_TRANSLATE_NOOP(
    "indicators", "She counts at the end but not at the start, and no entry explains it.")
NO_DATE = NO_DATE_MOVED  # the older name


def _persons(cond: ColumnElement[bool], day: Expr | None,
             ids: Sequence[int] | None, scope_day: Day) -> AnySelect:
    return _rows(table_of(Person), [cond], day, literal(""), ids, scope_day)


def _rows(source: FromClause, where: list[ColumnElement[bool]], day: Expr | None, note: Expr,
          ids: Sequence[int] | None, scope_day: Day,
          record: Expr | None = None) -> AnySelect:
    """Her row with the unit she was in at ``scope_day`` (the day the figure takes)."""
    unit = unit_at(scope_day)
    return (select(col(Person.id).label("person_id"), col(Person.name).label("name"),
                   col(Person.id_number).label("id_number"), col(Unit.name).label("unit_name"),
                   (day if day is not None else null()).label("day"), note.label("note"),
                   col(Person.name_pinyin).label("pinyin"), unit.label("unit_id"),
                   (record if record is not None else null()).label("record_id"))
            .select_from(source.join(table_of(Unit), col(Unit.id) == unit))
            .where(*where, col(Person.deleted_at).is_(None), unit_filter(ids, scope_day)))


def _flow_rows(pp: PeriodPersons, ids: Sequence[int] | None, entries: bool,
               person_ids: Sequence[int] | None = None) -> AnySelect:
    """The days she entered (or left) the scope in P: one row per such day."""
    st = steps_select(pp.period, person_ids).subquery("st")
    now, then = (st.c.w1, st.c.w0) if entries else (st.c.w0, st.c.w1)
    unit_now, unit_then = (st.c.u1, st.c.u0) if entries else (st.c.u0, st.c.u1)
    if ids is None:
        cond = and_(now == 1, then == 0)
    else:
        cond = and_(now == 1, unit_now.in_(ids), or_(then == 0, unit_then.not_in(ids)))
    return (select(col(Person.id).label("person_id"), col(Person.name).label("name"),
                   col(Person.id_number).label("id_number"), col(Unit.name).label("unit_name"),
                   st.c.d.label("day"), literal("").label("note"),
                   col(Person.name_pinyin).label("pinyin"), unit_now.label("unit_id"),
                   null().label("record_id"))
            .select_from(st.join(table_of(Person), col(Person.id) == st.c.pid)
                         .join(table_of(Unit), col(Unit.id) == unit_now))
            .where(cond))


def _children(pp: PeriodPersons, extra: list[ColumnElement[bool]], ids: Sequence[int] | None,
              deaths: bool = False) -> AnySelect:
    source = table_of(Child).join(table_of(Person), col(Person.id) == col(Child.person_id))
    where = child_deaths_where(pp.period) if deaths else births_where(pp.period)
    day = col(Child.death_date) if deaths else col(Child.birth_date)
    return _rows(source, [*where, *extra], day, col(Child.name), ids, day, col(Child.id))


def _selects(pp: PeriodPersons, ids: Sequence[int] | None, measure: str,
             part: str, person_ids: Sequence[int] | None = None) -> list[AnySelect]:
    """The SELECTs (unioned) listing one number's persons."""
    end = pp.period.end
    if measure in ("entries", "exits") and part == "num":
        return [_flow_rows(pp, ids, measure == "entries", person_ids)]
    if measure == "wra_start" and part == "num":
        return [_persons(pp.wra_start(), None, ids, pp.before)]
    simple: dict[str, Callable[[], ColumnElement[bool]]] = {
        "wra_end": pp.wra_end, "married_wra_end": pp.married_end,
        "inflow_wra_end": lambda: pp.category_end(Category.INFLOW),
        "outflow_wra_end": lambda: pp.category_end(Category.OUTFLOW),
    }
    if measure in simple and part == "num":
        return [_persons(simple[measure](), None, ids, end)]
    rate = RateKey(measure) if measure in RateKey._value2member_map_ else None
    if rate is RateKey.SEX_RATIO and part in ("num", "den"):
        counted = Sex.MALE if part == "num" else Sex.FEMALE
        return [_children(pp, [col(Child.sex) == counted.value], ids)]
    if rate is not None and rate is not RateKey.SEX_RATIO and part in PARTS:
        return [_rate_rows(pp, rate, part, ids)]
    if measure in ("births", "births_boys", "births_girls") and part == "num":
        sex = {"births_boys": [col(Child.sex) == Sex.MALE.value],
               "births_girls": [col(Child.sex) == Sex.FEMALE.value]}.get(measure, [])
        return [_children(pp, sex, ids)]
    if measure == "deaths" and part == "num":
        return [_persons(pp.died(), pp.death_day(), ids, end),
                _children(pp, [], ids, deaths=True)]
    if measure == "pregnancies_registered" and part == "num":
        preg = table_of(Pregnancy).join(table_of(Person), col(Person.id) == col(Pregnancy.person_id))
        return [_rows(preg, pregnancies_where(pp.period), col(Pregnancy.registered_on),
                      literal(""), ids, col(Pregnancy.registered_on), col(Pregnancy.id))]
    if measure == "payments" and part == "num":
        benefit = table_of(Benefit).join(table_of(Person), col(Person.id) == col(Benefit.person_id))
        source = table_of(Payment).join(benefit, col(Benefit.id) == col(Payment.benefit_id))
        return [_rows(source, payments_where(pp.period), col(Payment.paid_on), col(Payment.period), ids,
                      col(Payment.paid_on), col(Payment.id))]
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "There is no list of persons for {measure} ({part})."),
        measure=measure, part=part)


PARTS = ("num", "den", "miss")  # miss: in the denominator, not in the numerator


@dataclass(frozen=True)
class _Spec:
    """One rate's rows: what they come from, the denominator's conditions, the numerator's
    extra condition, the day each list shows, a note (a child's name)."""

    source: FromClause
    den: list[ColumnElement[bool]]
    num: ColumnElement[bool]
    day: Expr | None = None  # the numerator's day
    den_day: Expr | None = None
    note: Expr = field(default_factory=lambda: literal(""))
    scope: Day | None = None  # the day her unit is taken (None: P's end)
    record: Expr | None = None  # the child, pregnancy or enrolment behind the row


def _spec(pp: PeriodPersons, rate: RateKey) -> _Spec:  # noqa: PLR0911 - one branch a rate
    period, end = pp.period, pp.period.end
    person = table_of(Person)
    if rate is RateKey.CHECKUP_COVERAGE:
        first = first_checkup_in(col(Person.id), period)
        return _Spec(person, [pp.married_end(), pp.checkup_due()], first.is_not(None), first)
    if rate is RateKey.CONTRACEPTIVE_PREVALENCE:
        since = (select(func.min(col(Contraception.start_date)))
                 .where(open_contraception(col(Person.id), end)).scalar_subquery())
        return _Spec(person, [pp.married_end()], since.is_not(None), since)
    if rate is RateKey.DATA_COMPLETENESS:
        return _Spec(person, [pp.active_end()], pp.complete())
    if rate is RateKey.OUTFLOW_INFORMATION:
        return _Spec(person, [pp.category_end(Category.OUTFLOW), married_by(end)],
                     and_(reachable(), checkup_within(col(Person.id), end)),
                     last_contact(col(Person.id), end, services=False))
    if rate is RateKey.INFLOW_SERVICE:
        return _Spec(person, [pp.category_end(Category.INFLOW), married_by(end)],
                     or_(checkup_within(col(Person.id), end), service_within(col(Person.id), end)),
                     last_contact(col(Person.id), end, services=True))
    child = table_of(Child).join(table_of(Person), col(Person.id) == col(Child.person_id))
    if rate is RateKey.BIRTH_REPORT_TIMELINESS:
        return _Spec(child, births_where(period), timely(period), col(Child.birth_date),
                     col(Child.birth_date), col(Child.name), col(Child.birth_date), col(Child.id))
    if rate is RateKey.PRE_PREGNANCY_CHECKUP:
        return _Spec(child, births_where(period), prepregnancy_checked(), prepregnancy_day(),
                     col(Child.birth_date), col(Child.name), col(Child.birth_date), col(Child.id))
    preg = table_of(Pregnancy).join(table_of(Person), col(Person.id) == col(Pregnancy.person_id))
    if rate is RateKey.EARLY_PREGNANCY_REGISTRATION:
        return _Spec(preg, pregnancies_where(period), early(period), col(Pregnancy.registered_on),
                     col(Pregnancy.registered_on), scope=col(Pregnancy.registered_on),
                     record=col(Pregnancy.id))
    if rate is RateKey.WHOLE_COURSE_PREGNANCY:
        return _Spec(preg, ended_in(period), whole_course(period), col(Pregnancy.outcome_date),
                     col(Pregnancy.outcome_date), scope=col(Pregnancy.outcome_date), record=col(Pregnancy.id))
    if rate is RateKey.BENEFIT_PAYMENT_RATE:
        benefit = table_of(Benefit).join(table_of(Person), col(Person.id) == col(Benefit.person_id))
        return _Spec(benefit, benefits_where(period), benefit_paid(period), col(Benefit.start_date),
                     col(Benefit.start_date), record=col(Benefit.id))
    # 信息准确率: the persons of P's samples, once all their items are entered.
    sampled = (table_of(SamplePerson).join(table_of(Person),
                                           col(Person.id) == col(SamplePerson.person_id))
               .join(table_of(Sample), col(Sample.id) == col(SamplePerson.sample_id)))
    return _Spec(sampled, [*sample_where(period), all_entered()], all_correct(),
                 col(SamplePerson.checked_on), col(SamplePerson.checked_on))


def _rate_rows(pp: PeriodPersons, rate: RateKey, part: str, ids: Sequence[int] | None) -> AnySelect:
    spec = _spec(pp, rate)
    scope = spec.scope if spec.scope is not None else pp.period.end
    if part == "num":
        return _rows(spec.source, [*spec.den, spec.num], spec.day, spec.note, ids, scope,
                     spec.record)
    extra = [] if part == "den" else [as_int(spec.num) == 0]
    return _rows(spec.source, [*spec.den, *extra], spec.den_day, spec.note, ids, scope,
                 spec.record)


def _union(pp: PeriodPersons, ids: Sequence[int] | None, measure: str, part: str,
           person_ids: Sequence[int] | None = None) -> Subquery:
    selects = _selects(pp, ids, measure, part, person_ids)
    if person_ids is not None:  # inside each SELECT: her rows found by her id
        selects = [s.where(col(Person.id).in_(person_ids)) for s in selects]
    return (selects[0] if len(selects) == 1 else union_all(*selects)).subquery()


def behind_select(pp: PeriodPersons, measure: str, part: str,
                  person_ids: Sequence[int] | None = None) -> AnySelect:
    """(person_id, unit_id, record_id) of every row behind one figure of the office, for
    the persons in ``person_ids`` only when given."""
    rows = _union(pp, None, measure, part, person_ids)
    return select(rows.c.person_id, rows.c.unit_id, rows.c.record_id)


def count_rows(engine: Engine, pp: PeriodPersons, ids: Sequence[int] | None, measure: str,
               part: str) -> int:
    stmt = select(func.count()).select_from(_union(pp, ids, measure, part))
    with engine.connect() as conn:
        return int(conn.execute(stmt).scalar() or 0)


def page_rows(engine: Engine, pp: PeriodPersons, ids: Sequence[int] | None, measure: str,
              part: str, offset: int, limit: int) -> list[BehindRow]:
    rows = _union(pp, ids, measure, part)
    stmt = (select(rows.c.person_id, rows.c.name, rows.c.id_number, rows.c.unit_name,
                   rows.c.day, rows.c.note)
            .order_by(rows.c.day, rows.c.pinyin, rows.c.person_id, rows.c.note)
            .offset(offset).limit(limit))
    with engine.connect() as conn:
        return [BehindRow(r.person_id, r.name, r.id_number, r.unit_name, _date(r.day), r.note)
                for r in conn.execute(stmt)]


def _date(value: object) -> dt.date | None:
    """A union loses the Date type on SQLite: parse the text back."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def balance_breakers(engine: Engine, pp: PeriodPersons,
                     ids: Sequence[int] | None) -> list[BalanceBreaker]:
    """Persons whose start + entries - exits differs from end, with the one thing to
    correct for each (with dated events the balance holds by construction)."""
    scope = set(ids) if ids is not None else None
    start = and_(pp.wra_start(), unit_filter(ids, pp.before))
    end = and_(pp.wra_end(), unit_filter(ids, pp.period.end))
    share: dict[int, int] = {}
    with engine.connect() as conn:
        flagged = (select(col(Person.id), as_int(start).label("s"), as_int(end).label("e"))
                   .where(col(Person.deleted_at).is_(None),
                          or_(unit_filter(ids, pp.before), unit_filter(ids, pp.period.end)))
                   ).subquery()
        for r in conn.execute(select(flagged).where(flagged.c.s != flagged.c.e)):
            share[r.id] = r.s - r.e
        for step in steps(conn, pp.period):
            delta = (1 if step.entry_in(scope) else 0) - (1 if step.exit_in(scope) else 0)
            if delta:
                share[step.person_id] = share.get(step.person_id, 0) + delta
        broken = [pid for pid, n in share.items() if n]
        if not broken:
            return []
        rows = conn.execute(
            select(col(Person.id), col(Person.name), col(Person.id_number), col(Person.name_pinyin),
                   col(Person.status), col(Person.status_date), as_int(status_events_exist()).label("ev"))
            .where(col(Person.id).in_(broken)).order_by(col(Person.name_pinyin), col(Person.id))).all()
    out = []
    for r in rows:
        if r.status in LEFT_STATUS and r.status_date is None and not r.ev:
            reason = NO_DATE_DIED if r.status == RecordStatus.DECEASED.value else NO_DATE_MOVED
        else:
            reason = GONE if share[r.id] > 0 else CAME
        out.append(BalanceBreaker(r.id, r.name, r.id_number, reason))
    return out
