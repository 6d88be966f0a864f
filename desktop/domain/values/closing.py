"""Values of closed report periods (结账): the mark a closed report carries, the
corrections made after closing, and the stored form of a report's figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from desktop.domain.idnumber import mask
from desktop.domain.report_periods import Period, PeriodKind
from desktop.domain.values.indicators import (
    STATISTICAL_ERROR,
    Figures,
    Rate,
    RateKey,
    Target,
    UnitFigures,
)

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
        stored: int = getattr(self.figures, key)
        return stored + sum(c.moves.get(key, 0) for c in self.corrections)

    def printed(self) -> Figures:
        """The stored figures with 统计误差率 among the rates (for the PDF and the workbook,
        which mark it against its target)."""
        return dataclasses.replace(self.figures, rates={**self.figures.rates,
                                                        STATISTICAL_ERROR: self.error})

    def to_json(self) -> dict[str, Any]:
        """The figures' JSON with "closed", "corrections" (ID numbers masked) and
        "statistical_error" (with its 达标 mark)."""
        out = self.figures.to_json()
        out["closed"] = {"at": self.mark.at.isoformat(sep=" "), "by": self.mark.by}
        out["corrections"] = [{
            "person": c.name, "id_number": mask(c.id_number),
            "changes": [{"at": ch.at.isoformat(sep=" "), "record": ch.entity,
                         "record_id": ch.entity_id, "action": ch.action, "field": ch.field,
                         "old": ch.old, "new": ch.new} for ch in c.changes],
            "moves": dict(c.moves),
        } for c in self.corrections]
        out["statistical_error"] = {"num": self.error.num, "den": self.error.den,
                                    "met": self.figures.met(STATISTICAL_ERROR, self.error)}
        return out


def dump_figures(f: Figures) -> dict[str, Any]:
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
        "rates": {str(getattr(k, "value", k)): [r.num, r.den] for k, r in f.rates.items()},
        "targets": {k: None if t is None else [str(t.value), t.at_most]
                    for k, t in f.targets.items()},
        "units": [{**{k: getattr(u, k) for k in (
            "unit_id", "unit_name", "wra_start", "wra_end", "married_wra_end", "births", "own",
            "entries", "exits", "moved_in", "moved_out")},
            "rates": {k.value: [r.num, r.den] for k, r in u.rates.items()}} for u in f.units],
    }


def load_figures(d: dict[str, Any]) -> Figures:
    kind, start, end = d["period"]
    rates: dict[RateKey | str, Rate] = {RateKey(k): Rate(*v) for k, v in d["rates"].items()
             if k in RateKey._value2member_map_}
    targets = {k: None if t is None else Target(Fraction(t[0]), t[1])
               for k, t in d.get("targets", {}).items()}
    units = [UnitFigures(**{k: v for k, v in u.items() if k != "rates"},
                         rates={RateKey(k): Rate(*v) for k, v in u["rates"].items()})
             for u in d["units"]]
    plain = {k: v for k, v in d.items() if k not in ("period", "rates", "units", "targets")}
    return Figures(**plain, period=Period(PeriodKind(kind), dt.date.fromisoformat(start),
                                          dt.date.fromisoformat(end)),
                   rates=rates, units=units, targets=targets)


# -- Chinese labels for the printed report, the workbook and the JSON readers --------------
PRINTED_FIGURES: dict[str, str] = {
    "wra_start": "育龄妇女期初数", "wra_end": "育龄妇女期末数", "entries": "本期增加",
    "exits": "本期减少", "married_wra_end": "已婚育龄妇女", "inflow_wra_end": "流入育龄妇女",
    "outflow_wra_end": "流出育龄妇女", "births": "出生人数", "births_boys": "出生（男）",
    "births_girls": "出生（女）", "pregnancies_registered": "孕情登记", "deaths": "死亡人数",
    "payments_count": "扶助金发放笔数",
    "checkup_coverage:num": "三查率分子", "checkup_coverage:den": "三查率分母",
    "contraceptive_prevalence:num": "节育率分子",
    "birth_report_timeliness:num": "出生上报及时率分子",
    "early_pregnancy_registration:num": "孕情登记及时率分子",
    "benefit_payment_rate:num": "发放率分子", "benefit_payment_rate:den": "发放率分母",
    "data_completeness:num": "信息完整率分子", "data_completeness:den": "信息完整率分母",
}
PRINTED_RECORDS: dict[str, str] = {
    "person": "人员", "child": "子女", "pregnancy": "孕情", "followup": "孕情随访",
    "life_event": "事件", "contraception": "节育措施", "checkup": "三查", "service": "服务",
    "benefit": "扶助项目", "payment": "发放记录",
}
PRINTED_FIELDS: dict[str, str] = {
    "name": "姓名", "id_number": "身份证号", "birth_date": "出生日期", "unit_id": "单位",
    "registered_on": "登记日期", "marital_status": "婚姻状况", "marriage_date": "结婚日期",
    "status": "状态", "status_date": "状态日期", "category": "类别", "phone": "联系电话",
    "current_address": "现居住地址", "sex": "性别", "reported_on": "上报日期",
    "death_date": "死亡日期", "date": "日期", "kind": "事件", "paid_on": "发放日期",
    "registered": "登记日期", "lmp": "末次月经", "outcome": "结局", "outcome_date": "结局日期",
    "start_date": "开始日期", "end_date": "结束日期", "method": "措施", "period": "期间",
    "amount_fen": "金额", "birth_order": "孩次", "checkup_group": "三查分组",
}
PRINTED_ACTIONS: dict[str, str] = {"create": "新增", "update": "修改", "delete": "删除",
                                   "restore": "恢复"}


def printed_change(ch: Change) -> tuple[str, str, str]:
    """(record, field, old → new) of a change, in Chinese."""
    record = PRINTED_RECORDS.get(ch.entity, ch.entity)
    field_name = PRINTED_FIELDS.get(ch.field, ch.field) if ch.field else ""
    if ch.action in ("delete", "restore") or not ch.field:
        return record, field_name, PRINTED_ACTIONS.get(ch.action, ch.action)
    return record, field_name, f"{ch.old or '（空）'} → {ch.new or '（空）'}"


def printed_moves(moves: dict[str, int]) -> str:
    return "；".join(f"{PRINTED_FIGURES.get(k, k)} {v:+d}" for k, v in moves.items())
