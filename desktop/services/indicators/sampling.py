"""核对抽查: draw a month's verification sample from the persons active on the day of
drawing, keep it, and take the results per person and item (shared/indicators.md).

Drawing again for a month gives the same sample; only an explicit redraw replaces it,
and the redraw is logged. The persons are stored, so the sheet prints the same whatever
is registered later. Results feed 信息准确率 through the indicator queries.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Engine, func, or_, select, update
from sqlmodel import col

from desktop.domain.report_periods import parse_month
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.samples import ITEM_KEYS, SampleInfo, SampleRow
from desktop.errors import ValidationError
from desktop.services.indicators.sql import present
from desktop.services.indicators.target_sql import all_correct, all_entered
from desktop.services.safety.changelog import ChangeRecorder
from desktop.services.settings import SettingsService
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Person, Unit
from desktop.store.records import Contraception
from desktop.store.samples import Sample, SamplePerson
from desktop.store.sql import AnyRow, AnySelect

ENTITY = "sample"


def sample_size(population: int, share: Decimal | float, low: int, high: int) -> int:
    """share x population rounded half up, at least ``low``, at most ``high``, never more
    than there are."""
    wanted = int((Decimal(str(share)) * population).quantize(Decimal(1), ROUND_HALF_UP))
    return min(max(wanted, low), high, population)


class SampleService:
    def __init__(self, engine: Engine, factory: SessionFactory, settings: SettingsService,
                 recorder: ChangeRecorder, today: Callable[[], dt.date],
                 now: Callable[[], dt.datetime],
                 seeds: Callable[[], int] = lambda: random.SystemRandom().randrange(1 << 31)) -> None:
        self._engine = engine
        self._factory = factory
        self._settings = settings
        self._recorder = recorder
        self._today = today
        self._now = now
        self._seeds = seeds

    # -- drawing -------------------------------------------------------------------
    def current(self, month: str) -> SampleInfo | None:
        """The month's live sample, if one was drawn."""
        month = self._month(month)
        with self._engine.connect() as conn:
            row = conn.execute(self._info_query().where(
                col(Sample.month) == month, col(Sample.replaced_at).is_(None))).first()
        return _info(row) if row else None

    def draw(self, month: str, size: int | None = None, *, redraw: bool = False,
             reason: str = "") -> SampleInfo:
        """The month's sample: the one already drawn, unless ``redraw`` (logged)."""
        month = self._month(month)
        existing = self.current(month)
        if existing is not None and not redraw:
            return existing
        day = self._today()
        with self._engine.connect() as conn:
            ids = list(conn.execute(
                select(col(Person.id)).where(col(Person.deleted_at).is_(None), present(day, True))
                .order_by(col(Person.id))).scalars())
        if not ids:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "There is nobody active in the ledger to draw a sample from."))
        if size is None:
            share, low, high = self._settings.sample_size()
            size = sample_size(len(ids), Decimal(share.numerator) / share.denominator, low, high)
        elif not 1 <= size <= len(ids):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The sample size must be 1 to {count}, the persons active today."),
                field="size", count=len(ids))
        seed = self._seeds()
        chosen = random.Random(seed).sample(ids, size)
        with transaction(self._factory) as session:
            if existing is not None:
                session.execute(update(Sample).where(col(Sample.id) == existing.id)
                                .values(replaced_at=self._now()))
                self._recorder.record(session, entity=ENTITY, entity_id=existing.id,
                                      action="update", field="replaced",
                                      old=f"{month} {existing.size}", new=reason or None)
            sample = Sample(month=month, drawn_on=day, seed=seed, size=size,
                            population=len(ids), created_at=self._now())
            session.add(sample)
            session.flush()
            assert sample.id is not None
            order = session.execute(
                select(col(Person.id)).join(Unit, col(Unit.id) == col(Person.unit_id))
                .where(col(Person.id).in_(chosen))
                .order_by(col(Unit.sort_order), col(Unit.name), col(Person.name_pinyin),
                          col(Person.id))).scalars()
            for position, person_id in enumerate(order, start=1):
                session.add(SamplePerson(sample_id=sample.id, person_id=person_id,
                                         position=position))
            self._recorder.record(session, entity=ENTITY, entity_id=sample.id,
                                  action="create", field="month",
                                  new=f"{month} {size}/{len(ids)}")
            sample_id = sample.id
        info = self.current(month)
        assert info is not None and info.id == sample_id
        return info

    # -- the persons and their results -----------------------------------------------
    def rows(self, sample_id: int) -> list[SampleRow]:
        method = (select(col(Contraception.method))
                  .where(col(Contraception.person_id) == col(Person.id),
                         col(Contraception.deleted_at).is_(None),
                         col(Contraception.start_date) <= self._today(),
                         or_(col(Contraception.end_date).is_(None),
                             col(Contraception.end_date) > self._today()))
                  .order_by(col(Contraception.start_date).desc(), col(Contraception.id).desc())
                  .limit(1).scalar_subquery())
        items = [getattr(SamplePerson, f"item_{key}") for key in ITEM_KEYS]
        stmt = (select(col(SamplePerson.position), col(Person.id), col(Person.name),
                       col(Person.id_number), col(Unit.name), col(Person.marital_status),
                       col(Person.children_count), method, col(Person.current_address),
                       col(Person.phone), *items)
                .join(Person, col(Person.id) == col(SamplePerson.person_id))
                .join(Unit, col(Unit.id) == col(Person.unit_id))
                .where(col(SamplePerson.sample_id) == sample_id)
                .order_by(col(SamplePerson.position)))
        with self._engine.connect() as conn:
            return [SampleRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or 0, r[7] or "",
                              r[8], r[9], dict(zip(ITEM_KEYS, r[10:], strict=True)))
                    for r in conn.execute(stmt)]

    def set_result(self, sample_id: int, person_id: int, item: str,
                   correct: bool | None) -> None:
        """对 (True), 错 (False) or not entered (None) for one person's item."""
        if item not in ITEM_KEYS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no item {item} to check."),
                                  item=item)
        column = getattr(SamplePerson, f"item_{item}")
        with transaction(self._factory) as session:
            row = session.execute(
                select(col(SamplePerson.id), column, col(Sample.replaced_at))
                .join(Sample, col(Sample.id) == col(SamplePerson.sample_id))
                .where(col(SamplePerson.sample_id) == sample_id,
                       col(SamplePerson.person_id) == person_id)
            ).first()
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "This person is not in the sample."))
            if row.replaced_at is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "This sample was drawn again; enter the results in the new one."))
            if row[1] == correct:
                return
            session.execute(update(SamplePerson).where(col(SamplePerson.id) == row.id)
                            .values({f"item_{item}": correct, "checked_on": self._today()}))
            self._recorder.record(session, entity=ENTITY, entity_id=sample_id,
                                  action="update", person_id=person_id, field=item,
                                  old=row[1], new=correct)

    # -- helpers ---------------------------------------------------------------------
    def _month(self, text: str) -> str:
        try:
            period = parse_month(text)
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "{text} is not a month; write it as YYYY-MM."), text=text) from None
        today = self._today()
        if (period.start.year, period.start.month) > (today.year, today.month):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A sample is drawn in its month or later, not before."))
        return f"{period.start.year:04d}-{period.start.month:02d}"

    @staticmethod
    def _info_query() -> AnySelect:
        mine = col(SamplePerson.sample_id) == col(Sample.id)
        checked = (select(func.count()).where(mine, all_entered())
                   .correlate(Sample).scalar_subquery())
        correct = (select(func.count()).where(mine, all_correct())
                   .correlate(Sample).scalar_subquery())
        return select(col(Sample.id), col(Sample.month), col(Sample.drawn_on), col(Sample.seed),
                      col(Sample.size), col(Sample.population), checked, correct)


def _info(row: AnyRow) -> SampleInfo:
    return SampleInfo(*row)
