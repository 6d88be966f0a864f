"""The indicator engine: every count and rate of shared/indicators.md for a
period and a unit (sub-units included), in SQL; the persons behind each number; the
overview's key figures and series.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence

from sqlalchemy import Connection, Engine, FromClause

from desktop.domain.report_periods import Period
from desktop.domain.values.indicators import (
    BehindRow,
    Figures,
    Overview,
    Rate,
    RateKey,
    UnitFigures,
)
from desktop.services.indicators.behind import balance_breakers, count_rows, page_rows
from desktop.services.indicators.counts import Counts, event_counts, person_counts
from desktop.services.indicators.flows import ENTRY_REASONS, EXIT_REASONS, Flows, steps
from desktop.services.indicators.month_persons import MonthPersons, read_month
from desktop.services.indicators.overview import build_overview
from desktop.services.indicators.overview_cache import OverviewCache
from desktop.services.indicators.population_sql import DEFAULT_INTERVALS, PeriodPersons
from desktop.services.people.units import UnitService
from desktop.services.safety.changelog import ChangeRecorder
from desktop.services.settings import OFFICE_NAME, SettingsService
from desktop.store.db import SessionFactory


def rates_of(c: Counter[str]) -> dict[RateKey, Rate]:
    """The rates from summed counts; the sex ratio is boys over girls (value: per 100)."""
    return {
        RateKey.CHECKUP_COVERAGE: Rate(c["checkup_num"], c["checkup_den"]),
        RateKey.CONTRACEPTIVE_PREVALENCE: Rate(c["contra_num"], c["married_wra_end"]),
        RateKey.BIRTH_REPORT_TIMELINESS: Rate(c["timely"], c["births"]),
        RateKey.EARLY_PREGNANCY_REGISTRATION: Rate(c["early"], c["pregnancies"]),
        RateKey.BENEFIT_PAYMENT_RATE: Rate(c["benefit_num"], c["benefit_den"]),
        RateKey.SEX_RATIO: Rate(c["births_boys"], c["births_girls"]),
        RateKey.DATA_COMPLETENESS: Rate(c["complete"], c["active_end"]),
        RateKey.OUTFLOW_INFORMATION: Rate(c["outflow_num"], c["outflow_den"]),
        RateKey.INFLOW_SERVICE: Rate(c["inflow_num"], c["inflow_den"]),
        RateKey.WHOLE_COURSE_PREGNANCY: Rate(c["course_num"], c["course_den"]),
        RateKey.PRE_PREGNANCY_CHECKUP: Rate(c["prepregnancy"], c["births"]),
        RateKey.INFORMATION_ACCURACY: Rate(c["accuracy_num"], c["accuracy_den"]),
    }


class IndicatorService:
    def __init__(self, engine: Engine, factory: SessionFactory, settings: SettingsService,
                 units: UnitService, today: Callable[[], dt.date],
                 recorder: ChangeRecorder | None = None) -> None:
        self._overview_cache = OverviewCache(recorder) if recorder is not None else None
        self._engine = engine
        self._factory = factory
        self._settings = settings
        self._units = units
        self._today = today

    # -- figures ---------------------------------------------------------------------
    def compute(self, period: Period, unit_id: int | None = None,
                with_units: bool = True) -> Figures:
        return self._assemble(period, unit_id, with_units, True, *self._scan(period))

    def office_month(self, period: Period,
                     kept: MonthPersons | None = None) -> tuple[Figures, MonthPersons]:
        """The office's figures of ``period`` without the unit lines, as
        ``compute(period, None, with_units=False)``, and the month's flags per woman: given
        back as ``kept`` after a write, only the women it touched are read again."""
        persons = PeriodPersons(period, self.intervals())
        with self._engine.connect() as conn:
            month = read_month(conn, persons, kept)
            if month.events is None:
                events: Counts = {}
                event_counts(conn, period, None, events)
                month.events = (_sum(events, None), Flows.of(steps(conn, period)))
        total, flows = Counter(month.total), month.events[1]
        total.update(month.events[0])
        return self._assemble(period, None, False, True, persons, {0: total}, flows), month

    def compute_all(self, period: Period, conn: Connection | None = None,
                    flags: FromClause | None = None) -> dict[int | None, Figures]:
        """The office's figures (key None) and every unit's, from one scan; only the
        office's carries the persons that break the balance. ``conn`` and ``flags``: the
        closing's transaction and its table of person_flags."""
        scan = self._scan(period, conn, flags)
        out: dict[int | None, Figures] = {None: self._assemble(period, None, True, True, *scan)}
        for node in self._units.tree():
            out[node.id] = self._assemble(period, node.id, True, False, *scan)
        return out

    def _scan(self, period: Period, conn: Connection | None = None,
              flags: FromClause | None = None) -> tuple[PeriodPersons, Counts, Flows]:
        persons = PeriodPersons(period, self.intervals())
        if conn is None:
            with self._engine.connect() as own:
                return self._scan(period, own, flags)
        # Every unit in one grouped scan, then the subtree's lines summed: a unit filter
        # in the scan made SQLite walk the unit index row by row (7.6 s instead of 1.2 s
        # for one village at county scale).
        counts = person_counts(conn, persons, None, flags)
        event_counts(conn, period, None, counts)
        flows = Flows.of(steps(conn, period))
        return persons, counts, flows

    def _assemble(self, period: Period, unit_id: int | None, with_units: bool,
                  breakers: bool, persons: PeriodPersons, counts: Counts,
                  flows: Flows) -> Figures:
        ids = self._subtree(unit_id)
        total = _sum(counts, ids)
        entries, exits = flows.for_scope(ids)
        figures = self._figures(period, unit_id, total, entries, exits)
        if with_units:
            figures.units.extend(self._unit_lines(unit_id, counts, flows))
        if breakers and not figures.balance_ok:
            figures.balance_breakers.extend(balance_breakers(self._engine, persons, ids))
        return figures

    def _figures(self, period: Period, unit_id: int | None, c: Counter[str],
                 entries: Counter[str], exits: Counter[str]) -> Figures:
        office = self._settings.get(OFFICE_NAME)
        name = self._units.names().get(unit_id, office) if unit_id is not None else office
        return Figures(
            office_name=office, unit_id=unit_id, unit_name=name, period=period,
            wra_start=c["wra_start"], wra_end=c["wra_end"], entries=sum(entries.values()),
            exits=sum(exits.values()),
            # For the whole office a transfer is neither: no 调入/调出 keys.
            entries_by={k: entries[k] for k in ENTRY_REASONS[:3 if unit_id is None else 4]},
            exits_by={k: exits[k] for k in EXIT_REASONS[:3 if unit_id is None else 4]},
            married_wra_end=c["married_wra_end"],
            inflow_wra_end=c["inflow_wra_end"], outflow_wra_end=c["outflow_wra_end"],
            births=c["births"], births_boys=c["births_boys"], births_girls=c["births_girls"],
            births_order={"1": c["order_1"], "2": c["order_2"], "3+": c["order_3"]},
            pregnancies_registered=c["pregnancies"],
            deaths=c["person_deaths"] + c["child_deaths"],
            payments_count=c["payments_count"], payments_amount_fen=c["payments_fen"],
            rates=dict(rates_of(c).items()), targets=self._settings.targets(),
        )

    def _unit_lines(self, unit_id: int | None, counts: Counts,
                    flows: Flows) -> list[UnitFigures]:
        """One line per direct child of the unit (per top-level unit for the office, or per
        child of the office's unit when the tree has a single root)."""
        tree = self._units.tree()
        roots = [n for n in tree if n.parent_id is None]
        if unit_id is None and len(roots) == 1:  # the office is its one root: list its units
            unit_id = roots[0].id
        lines = []
        for node in tree:
            if node.parent_id != unit_id:
                continue
            ids = self._units.subtree_ids(node.id)
            c = _sum(counts, ids)
            lines.append(self._line(node.id, node.name, c, flows, set(ids)))
        own = counts.get(unit_id) if unit_id is not None and lines else None
        if own and unit_id is not None and any(own.values()):  # persons of the unit itself: else the lines fall short
            lines.append(self._line(unit_id, self._units.names().get(unit_id, ""), own, flows,
                                    {unit_id}, own=True))
        return lines

    @staticmethod
    def _line(unit_id: int, name: str, c: Counter[str], flows: Flows, scope: set[int],
              own: bool = False) -> UnitFigures:
        entries, exits = flows.for_scope(scope)
        return UnitFigures(unit_id, name, c["wra_start"], c["wra_end"], c["married_wra_end"],
                           c["births"], rates_of(c), own=own, entries=sum(entries.values()),
                           exits=sum(exits.values()), moved_in=entries["moved_in"],
                           moved_out=exits["moved_out"])

    def _subtree(self, unit_id: int | None) -> list[int] | None:
        if unit_id is None:
            return None
        ids = self._units.subtree_ids(unit_id)
        # The whole tree needs no condition (an IN list over every unit made the planner
        # read the register through the unit index: 1.5x slower).
        return None if len(ids) >= len(self._units.tree()) else ids

    def intervals(self) -> dict[str, int]:
        """Months between check-ups per group, from settings (key 3, general 12 by default)."""
        return {**DEFAULT_INTERVALS, **self._settings.checkup_intervals()}

    # -- persons behind a number ---------------------------------------------------------
    def count_behind(self, period: Period, unit_id: int | None, measure: str,
                     part: str = "num") -> int:
        return count_rows(self._engine, PeriodPersons(period, self.intervals()),
                          self._subtree(unit_id), measure, part)

    def page_behind(self, period: Period, unit_id: int | None, measure: str, part: str,
                    offset: int, limit: int) -> list[BehindRow]:
        return page_rows(self._engine, PeriodPersons(period, self.intervals()),
                         self._subtree(unit_id), measure, part, offset, limit)

    # -- overview --------------------------------------------------------------------
    def overview(self, as_of: dt.date) -> Overview:
        """The 概况 figures; per-month results are kept and only the months a write since
        can change are computed again."""
        return build_overview(self, self._engine, as_of, self._overview_cache)

    def office_name(self) -> str:
        return self._settings.get(OFFICE_NAME)


def _sum(counts: Counts, unit_ids: Sequence[int] | None) -> Counter[str]:
    total: Counter[str] = Counter()
    for uid, counter in counts.items():
        if unit_ids is None or uid in unit_ids:
            total.update(counter)
    return total

