"""Demo check-ups, services given, benefit enrolments with payments, and life events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain.dates import add_years
from desktop.domain.enums import Cycle, Method, Program, ServiceType
from desktop.domain.kinds import Kind
from desktop.domain.periods import period_key
from desktop.services.demo import names as names
from desktop.services.demo.flaws import PAID_AFTER_LEAVING, PREGNANT_CHECKUP
from desktop.services.demo.life import Life
from desktop.services.demo.people import DAY, Maker, Woman

KEY_DAYS, GENERAL_DAYS = 91, 365  # 重点 every 3 months, 一般 yearly (the default settings)
MISSED = 0.04  # share of due check-ups she skipped
MONTHLY_FEE_FEN, YEARLY_FEE_FEN = 1_000, 12_000  # 独生子女保健费: 10 yuan a month
# Services a year per woman, by type (supplies and pre-pregnancy checks come from her life).
SERVICE_RATES = ((ServiceType.CONSULTATION.value, 0.3), (ServiceType.EDUCATION.value, 0.4),
                 (ServiceType.REFERRAL.value, 0.03), (ServiceType.OTHER.value, 0.05))
SUPPLIED = (Method.CONDOM.value, Method.PILL.value)


class CareMaker:
    def __init__(self, m: Maker, history: dt.date, recent: dt.date, ids: dict[str, int],
                 out: dict[str, list[dict[str, Any]]]) -> None:
        self.m, self.rng, self.today = m, m.rng, m.today
        self.history = history  # check-ups and payments are on record from here on
        self.recent = recent  # services from here on
        self.ids, self.out = ids, out

    def add(self, w: Woman, life: Life) -> None:
        stop = min(w.end, add_years(w.birth, 50) - DAY)  # until she leaves or turns 50
        start = max(self.history, add_years(w.birth, 18), w.since)
        if start <= stop:
            self._checkups(w, life, start, stop)
            self._services(w, life, max(start, self.recent), stop)
        if w.cert_date is not None:
            self._benefit(w)
        self.out[Kind.LIFE_EVENT].extend(
            {"person_id": w.id, "kind": kind, "date": day, "note": note, "from_unit_id": None,
             "to_unit_id": None} for kind, day, note in w.events)

    def _away(self, w: Woman, day: dt.date) -> bool:
        return w.away is not None and w.away[0] < day < w.away[1]

    # -- check-ups -------------------------------------------------------------------
    def _checkups(self, w: Woman, life: Life, start: dt.date, stop: dt.date) -> None:
        rng, today, rows = self.rng, self.today, self.out[Kind.CHECKUP]
        interval = KEY_DAYS if w.group == "key" else GENERAL_DAYS
        jitter = interval // 8
        married = w.marriage is not None
        outflow = w.category == "outflow"
        first = len(rows)
        day = start + rng.randrange(interval) * DAY
        while day <= stop:
            r = rng.random()
            if r >= MISSED and not self._away(w, day):
                if outflow and r < 0.85:
                    source, place = "certificate", rng.choice(names.FAR_CLINICS)
                elif r < 0.88 or outflow:
                    source, place = "station", rng.choice(names.STATIONS)
                else:
                    source, place = "hospital", rng.choice(names.HOSPITALS)
                pregnancy = married or r < 0.2
                iud = married and life.method_on(day) == Method.IUD.value
                disease = r > 0.2 or not (pregnancy or iud)
                abnormal = rng.random() < 0.04
                rows.append({
                    "person_id": w.id, "date": day, "check_pregnancy": pregnancy,
                    "check_iud": iud, "check_disease": disease,
                    "pregnant": pregnancy and life.pregnant_on(day, today),
                    "result": "abnormal" if abnormal else "normal",
                    "note": rng.choice(names.CHECKUP_FINDINGS) if abnormal else "",
                    "place": place, "source": source})
            day += (interval + rng.randint(-jitter, jitter)) * DAY
        if w.flaw == PREGNANT_CHECKUP and not life.pregnancies:
            for row in reversed(rows[first:]):
                if row["check_pregnancy"]:
                    row["pregnant"] = w.flaw_done = True
                    break

    # -- services ----------------------------------------------------------------------
    def _services(self, w: Woman, life: Life, start: dt.date, stop: dt.date) -> None:
        rng, rows = self.rng, self.out[Kind.SERVICE]
        years = (stop - start).days / 365
        if years <= 0:
            return
        rates = SERVICE_RATES + ((ServiceType.FOLLOWUP.value, 1.0 if w.group == "key" else 0.2),)
        for kind, rate in rates:
            for _ in range(int(rate * years + rng.random())):
                self._service(w, kind, self.m.date_between(start, stop), rows)
        for begin, end, method in life.methods:  # supplies about every three months
            if method in SUPPLIED:
                first, last = max(begin, start), min(end or stop, stop)
                day = first + rng.randint(0, 60) * DAY
                while day <= last:
                    self._service(w, ServiceType.SUPPLIES.value, day, rows,
                                  rng.choice(names.SUPPLY_NOTES[method]))
                    day += rng.randint(75, 110) * DAY
        for p in life.pregnancies:  # the free check-up before a planned pregnancy
            day = p.lmp - rng.randint(30, 150) * DAY
            if start <= day <= stop and rng.random() < 0.5:
                self._service(w, ServiceType.PREPREGNANCY.value, day, rows)

    def _service(self, w: Woman, kind: str, day: dt.date, rows: list[dict[str, Any]],
                 note: str | None = None) -> None:
        if self._away(w, day):
            return
        if note is None:
            note = self.rng.choice(names.SERVICE_NOTES[kind])
        rows.append({"person_id": w.id, "date": day, "type": kind, "note": note})

    # -- benefits ------------------------------------------------------------------------
    def _benefit(self, w: Woman) -> None:
        """独生子女保健费 from the month after the certificate until the child turns 18."""
        rng, today = self.rng, self.today
        assert w.cert_date is not None
        begin = (w.cert_date.replace(day=1) + 32 * DAY).replace(day=1)
        adult = add_years(w.kids[0]["birth_date"], 18) - DAY
        end = adult if adult < today else None
        if w.status != "active" and w.flaw != PAID_AFTER_LEAVING:
            end = min(end or w.end, w.end)
        if begin > today or w.away is not None or (end is not None and (end < begin or end < self.history)):
            return
        monthly = rng.random() < 0.4
        cycle = Cycle.MONTH.value if monthly else Cycle.YEAR.value
        amount = MONTHLY_FEE_FEN if monthly else YEARLY_FEE_FEN
        bid = self.ids[Kind.BENEFIT]
        self.ids[Kind.BENEFIT] = bid + 1
        self.out[Kind.BENEFIT].append({"id": bid, "person_id": w.id, "program": Program.ONE_CHILD_FEE.value,
                                    "amount_fen": amount, "cycle": cycle, "start_date": begin,
                                    "end_date": end})
        payments = self.out[Kind.PAYMENT]
        last_open = end or today
        current = today.replace(day=1) if monthly else today.replace(month=1, day=1)
        period = max(begin, self.history).replace(day=1)
        if not monthly:
            period = period.replace(month=1)
        paid_periods = []
        while period < current and period <= last_open:
            following = (period + 32 * DAY).replace(day=1) if monthly else period.replace(year=period.year + 1)
            paid = min(following + rng.randint(2, 40 if monthly else 70) * DAY, today)
            if paid > w.end:
                break
            paid_periods.append((period_key(period, cycle), paid))
            period = following
        if paid_periods and rng.random() < 0.05:  # the latest period not paid yet
            paid_periods.pop()
        # (within the enrolment: a payment always belongs to a period it covers)
        if (w.flaw == PAID_AFTER_LEAVING and w.status == "moved" and w.end >= begin
                and (end is None or w.end <= end)):
            paid_periods.append((period_key(w.end, cycle), min(w.end + rng.randint(10, 25) * DAY, today)))
            w.flaw_done = True
        payments.extend({"benefit_id": bid, "period": key, "amount_fen": amount, "paid_on": paid}
                        for key, paid in paid_periods)
