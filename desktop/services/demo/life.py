"""Demo pregnancies (with follow-ups and outcomes) and contraception histories.

Every pregnancy she had, recorded or not, is a span [LMP, outcome]; contraception periods
fall between the spans (never over one), the latest stays open, and sterilisation only
comes after her last pregnancy.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.enums import Method, Outcome
from desktop.domain.kinds import Kind
from desktop.services.demo import names as names
from desktop.services.demo.flaws import CONTRACEPTION, NO_PREGNANCY, OVERDUE
from desktop.services.demo.people import DAY, Maker, Woman

OPEN_RATE = 0.045  # of the women who could be pregnant now (~0.75 of a year's births)
LOST_RATE = 0.025  # a miscarriage, termination or stillbirth in the last three years


@dataclass(slots=True)
class Pregnancy:
    id: int
    lmp: dt.date
    outcome_date: dt.date | None  # None: still pregnant


@dataclass
class Life:
    """Her recorded pregnancies and contraception, for the check-ups and services."""

    pregnancies: list[Pregnancy] = field(default_factory=list)
    spans: list[tuple[dt.date, dt.date | None, bool]] = field(default_factory=list)
    methods: list[tuple[dt.date, dt.date | None, str]] = field(default_factory=list)

    def method_on(self, day: dt.date) -> str | None:
        for start, end, method in self.methods:
            if start <= day and (end is None or end > day):
                return method
        return None

    def pregnant_on(self, day: dt.date, today: dt.date) -> bool:
        """A pregnancy check is positive from five weeks after the LMP until the outcome."""
        for p in self.pregnancies:
            if p.lmp + 35 * DAY <= day <= (p.outcome_date or today):
                return True
        return False


class PregnancyMaker:
    def __init__(self, m: Maker, recent: dt.date, ids: dict[str, int],
                 out: dict[str, list[dict[str, Any]]]) -> None:
        self.m, self.rng, self.today = m, m.rng, m.today
        self.recent = recent  # pregnancies are on record for births from here on
        self.ids, self.out = ids, out

    def life(self, w: Woman) -> Life:
        life = Life()
        if w.marriage is None:
            return life
        self._births(w, life)
        self._current(w, life)
        self._lost(w, life)
        life.spans.sort()
        self._contraception(w, life)
        return life

    # -- pregnancies -------------------------------------------------------------
    def _births(self, w: Woman, life: Life) -> None:
        rng = self.rng
        days = sorted({k["birth_date"] for k in w.kids})
        skip = days[-1] if w.flaw == NO_PREGNANCY and days and days[-1] >= max(self.recent, w.since) \
            else None
        for born in days:
            lmp = born - rng.randint(259, 287) * DAY
            recorded = born >= self.recent and born >= w.since and born != skip
            life.spans.append((lmp, born, recorded))
            if born == skip:
                w.flaw_done = True
            if not recorded:
                continue
            lag = rng.randint(35, 83) if rng.random() < 0.85 else rng.randint(84, 160)
            registered = min(max(lmp + lag * DAY, w.since), born)
            pid = self._pregnancy(w, lmp, registered, Outcome.LIVE_BIRTH.value, born, life)
            for kid in w.kids:
                if kid["birth_date"] == born:
                    kid["pregnancy_id"] = pid

    def _current(self, w: Woman, life: Life) -> None:
        assert w.marriage is not None
        rng, today = self.rng, self.today
        overdue = w.flaw == OVERDUE
        if w.status != "active" or w.away is not None or not 20 <= w.age <= 42 or len(w.kids) >= 3:
            return
        if not overdue and rng.random() >= OPEN_RATE:
            return
        lmp = today - (rng.randint(305, 380) if overdue else rng.randint(35, 270)) * DAY
        last = max((s[1] for s in life.spans if s[1] is not None), default=None)
        if (last is not None and last > lmp - 150 * DAY) or lmp <= max(w.marriage, w.since):
            return
        registered = min(lmp + rng.randint(35, 90) * DAY, today)
        self._pregnancy(w, lmp, registered, None, None, life)
        life.spans.append((lmp, None, True))
        w.flaw_done = w.flaw_done or overdue

    def _lost(self, w: Woman, life: Life) -> None:
        assert w.marriage is not None
        rng, today = self.rng, self.today
        if rng.random() >= LOST_RATE or w.age > 44:
            return
        lmp = self.m.date_between(max(self.recent, w.since, w.marriage), today - 120 * DAY)
        outcome = rng.choices((Outcome.MISCARRIAGE, Outcome.TERMINATION, Outcome.STILLBIRTH),
                              weights=(55, 40, 5))[0]
        ended = lmp + (rng.randint(196, 280) if outcome == Outcome.STILLBIRTH else rng.randint(42, 90)) * DAY
        if ended > min(w.end, today) or lmp < max(w.since, w.marriage):
            return
        for start, end, _recorded in life.spans:
            if lmp < (end or today) + 90 * DAY and ended + 60 * DAY > start:
                return
        registered = min(lmp + rng.randint(35, 60) * DAY, ended)
        self._pregnancy(w, lmp, registered, outcome.value, ended, life)
        life.spans.append((lmp, ended, True))

    def _pregnancy(self, w: Woman, lmp: dt.date, registered: dt.date, outcome: str | None,
                   ended: dt.date | None, life: Life) -> int:
        rng = self.rng
        pid = self.ids[Kind.PREGNANCY]
        self.ids[Kind.PREGNANCY] = pid + 1
        self.out[Kind.PREGNANCY].append({
            "id": pid, "person_id": w.id, "registered_on": registered, "lmp": lmp,
            "outcome": outcome, "outcome_date": ended, "note": ""})
        last = ended or self.today
        day = registered + rng.randint(25, 35) * DAY
        followups = self.out[Kind.FOLLOWUP]
        while day < last:
            followups.append({"pregnancy_id": pid, "date": day,
                              "note": rng.choice(names.FOLLOWUP_NOTES)})
            day += rng.randint(26, 34) * DAY
        life.pregnancies.append(Pregnancy(pid, lmp, ended))
        return pid

    # -- contraception -------------------------------------------------------------
    def _contraception(self, w: Woman, life: Life) -> None:
        assert w.marriage is not None
        rng, limit = self.rng, min(w.end, self.today)
        cursor = w.marriage + rng.randint(0, 60) * DAY
        first = True
        for lmp, ended, recorded in life.spans:
            stop = lmp - rng.randint(20, 150) * DAY
            method = _pick(rng, FIRST if first else SPACING)
            flawed = w.flaw == CONTRACEPTION and recorded and method != Method.NONE.value \
                and not w.flaw_done
            if flawed:  # she is recorded as still using it weeks after her LMP
                stop = min(lmp + rng.randint(20, 60) * DAY, (ended or self.today) - DAY)
            if cursor <= limit and (stop - cursor).days >= 60:
                self._method(w, life, cursor, min(stop, limit), method)
                w.flaw_done = w.flaw_done or (flawed and min(stop, limit) > lmp)
            first = False
            if ended is None:
                return
            cursor = ended + rng.randint(42, 150) * DAY
        if cursor > limit:
            return
        table = FINAL[min(len(w.kids), 2)]
        method = _pick(rng, table)
        if (limit - cursor).days > 8 * 365 and rng.random() < 0.4:  # an IUD first, then a change
            switch = cursor + rng.randint(3 * 365, 8 * 365) * DAY
            self._method(w, life, cursor, switch, Method.IUD.value)
            cursor = switch
        self._method(w, life, cursor, w.end if w.status == "deceased" else None, method)

    def _method(self, w: Woman, life: Life, start: dt.date, end: dt.date | None, method: str) -> None:
        place = self.rng.choice(names.STATIONS) if method in PLACED else ""
        self.out[Kind.CONTRACEPTION].append({"person_id": w.id, "method": method, "start_date": start,
                                          "end_date": end, "place": place})
        life.methods.append((start, end, method))


def _pick(rng: random.Random, table: tuple[tuple[str, ...], tuple[int, ...]]) -> str:
    return rng.choices(table[0], weights=table[1])[0]


def _table(*pairs: tuple[Method, int]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return tuple(m.value for m, _ in pairs), tuple(w for _, w in pairs)


M = Method
PLACED = {M.IUD.value, M.TUBAL_LIGATION.value, M.VASECTOMY.value, M.IMPLANT.value, M.INJECTABLE.value}
# Realistic shares in China: IUDs and sterilisation lead, condoms grow; some use nothing.
FIRST = _table((M.NONE, 40), (M.CONDOM, 40), (M.PILL, 15), (M.OTHER, 5))  # before a first child
SPACING = _table((M.IUD, 35), (M.CONDOM, 35), (M.PILL, 15), (M.INJECTABLE, 5), (M.IMPLANT, 3),
                 (M.NONE, 7))
FINAL = (  # after her last pregnancy, by the number of children
    _table((M.NONE, 25), (M.CONDOM, 45), (M.PILL, 20), (M.IUD, 10)),
    _table((M.IUD, 55), (M.CONDOM, 22), (M.IMPLANT, 4), (M.INJECTABLE, 4), (M.PILL, 8), (M.NONE, 7)),
    _table((M.IUD, 42), (M.TUBAL_LIGATION, 30), (M.VASECTOMY, 4), (M.CONDOM, 12), (M.IMPLANT, 4),
           (M.INJECTABLE, 3), (M.NONE, 5)),
)
