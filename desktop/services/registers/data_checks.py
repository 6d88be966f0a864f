"""数据核查: records that contradict each other, each check one SQL query.

Counts cover every finding; the findings themselves are limited for display. Read-only.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from desktop.domain.enums import EventKind, Method, Sex
from desktop.domain.idnumber import mask
from desktop.domain.kinds import Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values import data_checks as t
from desktop.domain.values.data_checks import CheckResult, DataCheckReport, Finding
from desktop.services.registers import data_check_queries as q
from desktop.store.db import SessionFactory
from desktop.store.sql import AnyRow, AnySelect

DISPLAY_LIMIT = 500  # findings listed per check; the count says how many there are in all

_T = {
    t.CHILD_WITHOUT_PREGNANCY: QT_TRANSLATE_NOOP(
        "data_checks", "Child {child} born on {birth}: no pregnancy of hers is recorded in the "
                       "43 weeks before the birth."),
    t.PREGNANCY_WITHOUT_OUTCOME: QT_TRANSLATE_NOOP(
        "data_checks", "Last menstrual period {lmp} ({weeks} weeks ago), registered on "
                       "{registered}: no outcome recorded."),
    t.CONTRACEPTION_IN_PREGNANCY: QT_TRANSLATE_NOOP(
        "data_checks", "{method} from {start} is open during her pregnancy with the last "
                       "menstrual period {lmp}."),
    t.PREGNANT_UNREGISTERED: QT_TRANSLATE_NOOP(
        "data_checks", "The check-up on {date} found her pregnant, but no pregnancy is "
                       "registered with a last menstrual period in the 10 months before."),
    "paid_after_move": QT_TRANSLATE_NOOP(
        "data_checks", "Paid on {paid} for {period}, after she moved away on {left}."),
    "paid_after_death": QT_TRANSLATE_NOOP(
        "data_checks", "Paid on {paid} for {period}, after her death on {left}."),
    "woman_birth": QT_TRANSLATE_NOOP(
        "data_checks", "Her ID number gives the birth date {id_birth}; the record says {birth}."),
    "woman_sex": QT_TRANSLATE_NOOP(
        "data_checks", "Her ID number is a man's (the 17th digit is odd)."),
    "woman_both": QT_TRANSLATE_NOOP(
        "data_checks", "Her ID number is a man's and gives the birth date {id_birth}; the "
                       "record says {birth}."),
    "child_birth": QT_TRANSLATE_NOOP(
        "data_checks", "Child {child}: the ID number gives the birth date {id_birth}; the "
                       "record says {birth}."),
    "child_sex": QT_TRANSLATE_NOOP(
        "data_checks", "Child {child}: the ID number gives the sex {id_sex}; the record says "
                       "{sex}."),
    "child_both": QT_TRANSLATE_NOOP(
        "data_checks", "Child {child}: the ID number gives {id_birth}, {id_sex}; the record "
                       "says {birth}, {sex}."),
    t.DUPLICATE_PERSON: QT_TRANSLATE_NOOP(
        "data_checks", "{copies} records have the name {name} and the birth date {birth}."),
}


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _id_date(digits: str) -> str:
    """YYYYMMDD from an ID number, shown as YYYY-MM-DD."""
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 else digits


class DataCheckService:
    def __init__(self, factory: SessionFactory, today: Callable[[], dt.date]) -> None:
        self._factory = factory
        self._today = today

    @staticmethod
    def checks() -> tuple[str, ...]:
        return t.CHECKS

    @staticmethod
    def title(check: str) -> str:
        """English source title (translate in context ``data_checks``)."""
        return t.CHECK_TITLES[check]

    def count(self, check: str) -> int:
        with self._factory() as session:
            return self._count(session, self._statement(session, check))

    def findings(self, check: str, limit: int = DISPLAY_LIMIT) -> list[Finding]:
        with self._factory() as session:
            return self._scan(session, check, self._statement(session, check), limit)[1]

    def run(self, limit: int = DISPLAY_LIMIT,
            progress: Callable[[int, int], None] | None = None,
            should_stop: Callable[[], bool] | None = None) -> DataCheckReport:
        """Every check: its count and its first ``limit`` findings, in one read session."""
        started = time.perf_counter()
        results: list[CheckResult] = []
        with self._factory() as session:
            for done, check in enumerate(t.CHECKS):
                if should_stop is not None and should_stop():
                    break
                if progress is not None:
                    progress(done, len(t.CHECKS))
                count, found = self._scan(session, check, self._statement(session, check), limit)
                results.append(CheckResult(check, count, found))
        if progress is not None:
            progress(len(results), len(t.CHECKS))
        return DataCheckReport(results, time.perf_counter() - started)

    # -- SQL ---------------------------------------------------------------------
    def _statement(self, session: Session, check: str) -> AnySelect:
        today = self._today()
        if check == t.CHILD_WITHOUT_PREGNANCY:
            return q.child_without_pregnancy(q.first_outcome(session))
        if check == t.PREGNANCY_WITHOUT_OUTCOME:
            return q.pregnancy_without_outcome(today)
        if check == t.CONTRACEPTION_IN_PREGNANCY:
            return q.contraception_in_pregnancy(today)
        if check == t.PREGNANT_UNREGISTERED:
            return q.pregnant_unregistered()
        if check == t.PAYMENT_AFTER_LEAVING:
            return q.payment_after_leaving()
        if check == t.ID_MISMATCH:
            return q.id_mismatch()
        if check == t.DUPLICATE_PERSON:
            return q.duplicate_person()
        raise KeyError(check)

    @staticmethod
    def _count(session: Session, stmt: AnySelect) -> int:
        counted = select(func.count()).select_from(stmt.order_by(None).subquery())
        return session.execute(counted).scalar() or 0

    def _scan(self, session: Session, check: str, stmt: AnySelect,
              limit: int) -> tuple[int, list[Finding]]:
        """The count and the first findings in one pass (``count(*) OVER ()``): the query
        visits every match anyway, and sorting the few found beats walking a date index."""
        total = func.count().over().label("total")
        rows = session.execute(stmt.add_columns(total).limit(max(limit, 1))).all()
        count = rows[0].total if rows else 0
        return count, [self._finding(check, row) for row in rows[:limit]]

    # -- texts -------------------------------------------------------------------
    def _finding(self, check: str, row: AnyRow) -> Finding:
        entity, text, params, day = self._describe(check, row._mapping)
        return Finding(check=check, person_id=row.person_id, person_name=row.name,
                       id_number=mask(row.id_number), entity=entity, record_id=row.record_id,
                       select_id=row.select_id, date=day, text=text, params=params)

    def _describe(self, check: str, r: Any) -> tuple[str, str, dict[str, Any], dt.date | None]:
        day = r["day"]
        if check == t.CHILD_WITHOUT_PREGNANCY:
            return Kind.CHILD, _T[check], {Kind.CHILD: r[Kind.CHILD], "birth": _iso(day)}, day
        if check == t.PREGNANCY_WITHOUT_OUTCOME:
            weeks = (self._today() - day).days // 7
            return Kind.PREGNANCY, _T[check], {"lmp": _iso(day), "weeks": weeks,
                                            "registered": _iso(r["registered_on"])}, day
        if check == t.CONTRACEPTION_IN_PREGNANCY:
            method = Method(r["method"]) if r["method"] in Method._value2member_map_ else r["method"]
            params = {"method": method, "start": _iso(day), "lmp": _iso(r["lmp"])}
            return Kind.CONTRACEPTION, _T[check], params, max(day, r["lmp"])
        if check == t.PREGNANT_UNREGISTERED:
            return Kind.CHECKUP, _T[check], {"date": _iso(day)}, day
        if check == t.PAYMENT_AFTER_LEAVING:
            died = r["left_as"] == EventKind.DECEASED.value
            text = _T["paid_after_death" if died else "paid_after_move"]
            return Kind.PAYMENT, text, {"paid": _iso(day), "period": r["period"],
                                     "left": _iso(r["left_on"])}, day
        if check == t.ID_MISMATCH:
            return self._id_finding(r)
        if check == t.DUPLICATE_PERSON:
            return "person", _T[check], {"copies": r["copies"], "name": r["name"],
                                         "birth": _iso(day)}, day
        raise KeyError(check)

    @staticmethod
    def _id_finding(r: Any) -> tuple[str, str, dict[str, Any], dt.date | None]:
        day, entity = r["day"], r["entity"]
        birth_differs = r["id_birth"] != day.strftime("%Y%m%d")
        sex_differs = bool(r["id_male"]) != (r["sex"] == Sex.MALE.value)
        kind = "both" if birth_differs and sex_differs else "birth" if birth_differs else "sex"
        params: dict[str, Any] = {"id_birth": _id_date(r["id_birth"]), "birth": _iso(day)}
        if entity == Kind.CHILD:
            params.update(child=r["child"], sex=Sex(r["sex"]) if r["sex"] in ("M", "F") else r["sex"],
                          id_sex=Sex.MALE if r["id_male"] else Sex.FEMALE)
        who = "child" if entity == Kind.CHILD else "woman"
        return entity, _T[f"{who}_{kind}"], params, day
