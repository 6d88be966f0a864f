"""The persons behind each count, numerator and denominator, paged in SQL, and the
persons who break the balance. Built from the same conditions as the counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import (
    Engine,
    FromClause,
    Subquery,
    and_,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from desktop.domain.enums import Category, EventKind, Sex
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
from desktop.services.indicators.population_sql import (
    PeriodPersons,
    first_checkup_in,
    has_events,
    open_contraception,
)
from desktop.services.indicators.sql import LEFT_STATUS, married_by
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
from desktop.store.records import Benefit, Contraception, LifeEvent, Payment, Pregnancy
from desktop.store.samples import Sample, SamplePerson
from desktop.store.sql import AnySelect, Expr, table_of

NO_DATE = QT_TRANSLATE_NOOP(
    "indicators", "Her status was changed to moved away or deceased without a date.")
RETURNED = QT_TRANSLATE_NOOP(
    "indicators", "She returned in the period; a return is neither an entry nor an exit.")
GONE = QT_TRANSLATE_NOOP(
    "indicators", "She counts at the start but not at the end, and no exit explains it.")
CAME = QT_TRANSLATE_NOOP(
    "indicators", "She counts at the end but not at the start, and no entry explains it.")


def _persons(cond: ColumnElement[bool], day: Expr | None,
             ids: Sequence[int] | None) -> AnySelect:
    return _rows(table_of(Person), [cond], day, literal(""), ids)


def _rows(source: FromClause, where: list[ColumnElement[bool]], day: Expr | None, note: Expr,
          ids: Sequence[int] | None) -> AnySelect:
    return (select(col(Person.id).label("person_id"), col(Person.name).label("name"),
                   col(Person.id_number).label("id_number"), col(Unit.name).label("unit_name"),
                   (day if day is not None else null()).label("day"), note.label("note"),
                   col(Person.name_pinyin).label("pinyin"))
            .select_from(source.join(table_of(Unit), col(Unit.id) == col(Person.unit_id)))
            .where(*where, col(Person.deleted_at).is_(None), unit_filter(ids)))


def _children(pp: PeriodPersons, extra: list[ColumnElement[bool]], ids: Sequence[int] | None,
              deaths: bool = False) -> AnySelect:
    source = table_of(Child).join(table_of(Person), col(Person.id) == col(Child.person_id))
    where = child_deaths_where(pp.period) if deaths else births_where(pp.period)
    day = col(Child.death_date) if deaths else col(Child.birth_date)
    return _rows(source, [*where, *extra], day, col(Child.name), ids)


def _selects(pp: PeriodPersons, ids: Sequence[int] | None, measure: str,
             part: str) -> list[AnySelect]:
    """The SELECTs (unioned) listing one number's persons."""
    simple = {
        "wra_start": (pp.wra_start, None), "wra_end": (pp.wra_end, None),
        "entries": (pp.entries, pp.entry_day), "exits": (pp.exits, pp.exit_day),
        "married_wra_end": (pp.married_end, None),
        "inflow_wra_end": (lambda: pp.category_end(Category.INFLOW), None),
        "outflow_wra_end": (lambda: pp.category_end(Category.OUTFLOW), None),
    }
    if measure in simple and part == "num":
        condition, day = simple[measure]
        return [_persons(condition(), day() if day else None, ids)]
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
        return [_persons(pp.died(), pp.death_day(), ids), _children(pp, [], ids, deaths=True)]
    if measure == "pregnancies_registered" and part == "num":
        preg = table_of(Pregnancy).join(table_of(Person),
                                        col(Person.id) == col(Pregnancy.person_id))
        return [_rows(preg, pregnancies_where(pp.period), col(Pregnancy.registered_on),
                      literal(""), ids)]
    if measure == "payments" and part == "num":
        benefit = table_of(Benefit).join(table_of(Person),
                                         col(Person.id) == col(Benefit.person_id))
        source = table_of(Payment).join(benefit, col(Benefit.id) == col(Payment.benefit_id))
        return [_rows(source, payments_where(pp.period), col(Payment.paid_on),
                      col(Payment.period), ids)]
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
                     col(Child.birth_date), col(Child.name))
    if rate is RateKey.PRE_PREGNANCY_CHECKUP:
        return _Spec(child, births_where(period), prepregnancy_checked(), prepregnancy_day(),
                     col(Child.birth_date), col(Child.name))
    preg = table_of(Pregnancy).join(table_of(Person), col(Person.id) == col(Pregnancy.person_id))
    if rate is RateKey.EARLY_PREGNANCY_REGISTRATION:
        return _Spec(preg, pregnancies_where(period), early(period), col(Pregnancy.registered_on),
                     col(Pregnancy.registered_on))
    if rate is RateKey.WHOLE_COURSE_PREGNANCY:
        return _Spec(preg, ended_in(period), whole_course(period), col(Pregnancy.outcome_date),
                     col(Pregnancy.outcome_date))
    if rate is RateKey.BENEFIT_PAYMENT_RATE:
        benefit = table_of(Benefit).join(table_of(Person), col(Person.id) == col(Benefit.person_id))
        return _Spec(benefit, benefits_where(period), benefit_paid(period), col(Benefit.start_date),
                     col(Benefit.start_date))
    # 信息准确率: the persons of P's samples, once all their items are entered.
    sampled = (table_of(SamplePerson).join(table_of(Person),
                                           col(Person.id) == col(SamplePerson.person_id))
               .join(table_of(Sample), col(Sample.id) == col(SamplePerson.sample_id)))
    return _Spec(sampled, [*sample_where(period), all_entered()], all_correct(),
                 col(SamplePerson.checked_on), col(SamplePerson.checked_on))


def _rate_rows(pp: PeriodPersons, rate: RateKey, part: str, ids: Sequence[int] | None) -> AnySelect:
    spec = _spec(pp, rate)
    if part == "num":
        return _rows(spec.source, [*spec.den, spec.num], spec.day, spec.note, ids)
    extra = [] if part == "den" else [as_int(spec.num) == 0]
    return _rows(spec.source, [*spec.den, *extra], spec.den_day, spec.note, ids)


def _union(pp: PeriodPersons, ids: Sequence[int] | None, measure: str, part: str) -> Subquery:
    selects = _selects(pp, ids, measure, part)
    return (selects[0] if len(selects) == 1 else union_all(*selects)).subquery()


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
    """Persons whose start + entry - exit differs from end (each one's share of the gap)."""
    share = (as_int(pp.wra_start()) + as_int(pp.entries()) - as_int(pp.exits())
             - as_int(pp.wra_end()))
    event = LifeEvent
    returned = exists().where(col(event.person_id) == col(Person.id),
                              col(event.deleted_at).is_(None),
                              col(event.kind) == EventKind.RETURNED.value,
                              col(event.date) >= pp.period.start, col(event.date) <= pp.period.end)
    undated = and_(col(Person.status).in_(LEFT_STATUS), col(Person.status_date).is_(None),
                   ~has_events())
    inner = (select(col(Person.id), col(Person.name), col(Person.id_number),
                    col(Person.name_pinyin),
                    share.label("share"), as_int(returned).label("returned"),
                    as_int(undated).label("undated"))
             .where(col(Person.deleted_at).is_(None), unit_filter(ids))).subquery()
    stmt = select(inner).where(inner.c.share != 0).order_by(inner.c.name_pinyin, inner.c.id)
    out = []
    with engine.connect() as conn:
        for r in conn.execute(stmt):
            reason = NO_DATE if r.undated else RETURNED if r.returned else (
                GONE if r.share > 0 else CAME)
            out.append(BalanceBreaker(r.id, r.name, r.id_number, reason))
    return out

