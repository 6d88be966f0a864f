"""Values of closed report periods (结账): the mark a closed report carries, the
corrections made after closing, and the stored form of a report's figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.report_periods import Period, PeriodKind
from desktop.domain.values.indicators import Figures, Rate, RateKey, UnitFigures

# The counts whose drift makes up 统计误差率 (shared/indicators.md), as Figures attributes.
ERROR_COUNTS: tuple[str, ...] = (
    "wra_start", "wra_end", "entries", "exits", "married_wra_end", "inflow_wra_end",
    "outflow_wra_end", "births", "pregnancies_registered", "deaths", "payments_count",
)


@dataclass(frozen=True)
class ClosedMark:
    closure_id: int
    at: dt.datetime
    by: str


@dataclass(frozen=True)
class Change:
    """One logged change after the closing: which record, which field, old -> new."""

    at: dt.datetime
    entity: str
    entity_id: int
    action: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Correction:
    """A person whose later changes move figures of a closed report."""

    person_id: int
    name: str
    id_number: str  # full; writers mask it
    changes: list[Change]
    moves: dict[str, int]  # figure key (Figures attribute or "rate:part") -> change


@dataclass(frozen=True)
class ClosureRow:
    """One closing of a period, for the history list (reopened ones included)."""

    id: int
    kind: str
    start: dt.date
    end: dt.date
    closed_at: dt.datetime
    closed_by: str
    reopened_at: dt.datetime | None
    reopened_by: str
    reopen_reason: str


@dataclass
class ClosedReport:
    """A closed period's report: the stored figures, the corrections since and the error."""

    figures: Figures
    mark: ClosedMark
    corrections: list[Correction] = field(default_factory=list)
    error: Rate = Rate(0, 0)  # 统计误差率: sum of |drift| over the stored sum

    def current(self, key: str) -> int:
        """A count's value today: the stored one moved by the corrections."""
        return getattr(self.figures, key) + sum(c.moves.get(key, 0) for c in self.corrections)

    def to_json(self) -> dict:
        out = self.figures.to_json()
        out["closed"] = {"at": self.mark.at.isoformat(sep=" "), "by": self.mark.by}
        out["corrections"] = [{
            "person": c.name, "id_number": c.id_number,
            "changes": [{"at": ch.at.isoformat(sep=" "), "record": ch.entity,
                         "record_id": ch.entity_id, "action": ch.action, "field": ch.field,
                         "old": ch.old, "new": ch.new} for ch in c.changes],
            "moves": dict(c.moves),
        } for c in self.corrections]
        out["statistical_error"] = {"num": self.error.num, "den": self.error.den}
        return out


def dump_figures(f: Figures) -> dict:
    """Figures as stored in a closure (everything the report prints)."""
    return {
        "office_name": f.office_name, "unit_id": f.unit_id, "unit_name": f.unit_name,
        "period": [f.period.kind.value, f.period.start.isoformat(), f.period.end.isoformat()],
        **{k: getattr(f, k) for k in (
            "wra_start", "wra_end", "entries", "exits", "married_wra_end", "inflow_wra_end",
            "outflow_wra_end", "births", "births_boys", "births_girls",
            "pregnancies_registered", "deaths", "payments_count", "payments_amount_fen")},
        "births_order": dict(f.births_order),
        "entries_by": dict(f.entries_by), "exits_by": dict(f.exits_by),
        "rates": {k.value: [r.num, r.den] for k, r in f.rates.items()},
        "units": [{**{k: getattr(u, k) for k in (
            "unit_id", "unit_name", "wra_start", "wra_end", "married_wra_end", "births", "own",
            "entries", "exits", "moved_in", "moved_out")},
            "rates": {k.value: [r.num, r.den] for k, r in u.rates.items()}} for u in f.units],
    }


def load_figures(d: dict) -> Figures:
    kind, start, end = d["period"]
    rates = {RateKey(k): Rate(*v) for k, v in d["rates"].items()}
    units = [UnitFigures(**{k: v for k, v in u.items() if k != "rates"},
                         rates={RateKey(k): Rate(*v) for k, v in u["rates"].items()})
             for u in d["units"]]
    plain = {k: v for k, v in d.items() if k not in ("period", "rates", "units")}
    return Figures(**plain, period=Period(PeriodKind(kind), dt.date.fromisoformat(start),
                                          dt.date.fromisoformat(end)),
                   rates=rates, units=units)
