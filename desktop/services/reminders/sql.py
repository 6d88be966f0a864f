"""The reminder rules as one SQL statement: a UNION ALL of one select per kind.

SQLite date text ('YYYY-MM-DD') and its date() function do the date arithmetic, so the
list is filtered, sorted and paged in the database. The month arithmetic mirrors
desktop.domain.dates.add_months (a property test compares the two).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.dates import add_years, born_on_or_before_for_age
from desktop.domain.enums import Category, CheckupGroup, MaritalStatus, RecordStatus
from desktop.domain.schedule import (
    AGE_LIMIT,
    BIRTH_REPORT_DAYS,
    DELIVERY_WARNING_DAYS,
    FOLLOWUP_MONTHS,
    interval_months,
    latest_last_checkup,
)
from desktop.domain.search import like_escape, normalize_query
from desktop.domain.values.reminders import ReminderKind, ReminderQuery

KIND_ORDER = {kind: index for index, kind in enumerate(ReminderKind)}
WRA_MIN_AGE = 15

# Output columns of every per-kind select, in this order.
COLUMNS = ("kind", "kind_order", "person_id", "name", "pinyin", "id_number", "unit_id",
           "unit_name", "phone", "due_date", "record_id", "period", "never", "p1", "p2")


def add_months_sql(day: str, months: str) -> str:
    """SQL for ``add_months(day, months)``: same day number clipped to the target month's end.

    ``date(x, '+1 month')`` would roll 31 January over into March, so go to the 1st of
    the target month and add the smaller of the day and that month's length."""
    shift = f"printf('%+d months', {months})"
    first = f"date({day}, 'start of month', {shift})"
    last_day = f"CAST(strftime('%d', {first}, '+1 month', '-1 day') AS INTEGER)"
    day_no = f"CAST(strftime('%d', {day}) AS INTEGER)"
    clipped = f"date({first}, printf('%+d days', min({day_no}, {last_day}) - 1))"
    # Days 1 to 28 exist in every month: SQLite's own shift is right and 4x cheaper.
    return f"CASE WHEN substr({day}, 9, 2) <= '28' THEN date({day}, {shift}) ELSE {clipped} END"


@dataclass
class Built:
    """A statement's text and its bound values."""

    sql: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSettings:
    intervals: dict[str, int]
    payment_month: int


def _person_filter(query: ReminderQuery, unit_ids: list[int] | None,
                   params: dict[str, Any]) -> str:
    """Persons whose reminders are listed: not in the recycle bin, registered and not moved
    away or deceased at as_of; unit and search filters as the person register."""
    conds = [
        "p.deleted_at IS NULL",
        "(p.registered_on IS NULL OR p.registered_on <= :as_of)",
        f"(p.status = '{RecordStatus.ACTIVE.value}' OR p.status_date > :as_of)",
    ]
    if unit_ids is not None:
        names = []
        for index, unit_id in enumerate(unit_ids):
            params[f"u{index}"] = unit_id
            names.append(f":u{index}")
        conds.append(f"p.unit_id IN ({', '.join(names) or 'NULL'})")
    text = normalize_query(query.search)
    if text:
        conds.append(_text_condition(text, params))
    return " AND ".join(conds)


def _text_condition(text: str, params: dict[str, Any]) -> str:
    """Name for Chinese, pinyin for letters, ID number or phone for digits (person_list)."""
    pattern = like_escape(text)
    esc = "ESCAPE '\\'"
    if text.isascii() and text.isalpha():
        params["s_prefix"] = f"{pattern}%"
        conds = [f"p.name_initials LIKE :s_prefix {esc}", f"p.name_pinyin LIKE :s_prefix {esc}"]
        if text == "x":
            params["s_any"] = f"%{pattern}%"
            conds.append(f"p.id_number LIKE :s_any {esc}")
        return f"({' OR '.join(conds)})"
    if text.isascii() and text.replace("x", "").replace("-", "").isdigit():
        params["s_id"] = f"%{pattern.upper()}%"
        params["s_any"] = f"%{pattern}%"
        return f"(p.id_number LIKE :s_id {esc} OR p.phone LIKE :s_any {esc})"
    params["s_any"] = f"%{pattern}%"
    params["s_prefix"] = f"{pattern}%"
    return f"(p.name LIKE :s_any {esc} OR p.name_pinyin LIKE :s_prefix {esc})"


PERSON_COLS = "p.id, p.name, p.name_pinyin, p.id_number, p.unit_id, u.name, p.phone"
OPEN_PREGNANCY = (
    "g.deleted_at IS NULL AND g.registered_on <= :as_of "
    "AND (g.outcome IS NULL OR g.outcome_date > :as_of)"
)


def _checkup(kinds: set[ReminderKind], where: str, settings: RuleSettings,
             params: dict[str, Any]) -> str:
    """checkup (certificate for outflow women): married WRA, no open pregnancy."""
    general = interval_months(CheckupGroup.GENERAL.value, settings.intervals)
    params["cut_general"] = latest_last_checkup(params["until"], general)
    cases, cuts = [], []
    for index, (group, months) in enumerate(sorted(settings.intervals.items())):
        params[f"g{index}"] = group
        params[f"cut{index}"] = latest_last_checkup(params["until"], months)
        cases.append(f"WHEN :g{index} THEN {int(months)}")
        cuts.append(f"WHEN :g{index} THEN :cut{index}")
    interval = f"CASE p.checkup_group {' '.join(cases)} ELSE {int(general)} END"
    # "due <= until" as a plain date comparison, so only due rows get month arithmetic
    cutoff = f"CASE p.checkup_group {' '.join(cuts)} ELSE :cut_general END"
    outflow = f"p.category = '{Category.OUTFLOW.value}'"
    category = "" if len(kinds) == 2 else (
        f" AND {outflow}" if ReminderKind.CERTIFICATE in kinds else f" AND NOT {outflow}")
    married = ", ".join(f"'{m.value}'" for m in MaritalStatus if m.is_married)
    inner = f"""
        SELECT p.id AS pid, p.name AS name, p.name_pinyin AS pinyin, p.id_number AS idn,
               p.unit_id AS uid, u.name AS uname, p.phone AS phone, {outflow} AS outflow,
               {interval} AS months, {cutoff} AS cutoff,
               (SELECT max(c.date) FROM checkup c WHERE c.person_id = p.id
                  AND c.deleted_at IS NULL AND c.date <= :as_of) AS last
        FROM person p JOIN unit u ON u.id = p.unit_id
        WHERE {where}{category}
          AND +p.birth_date > :wra_oldest AND +p.birth_date <= :wra_youngest
          AND p.marital_status IN ({married})
          AND (p.marriage_date IS NULL OR p.marriage_date <= :as_of)
          AND NOT EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = p.id AND {OPEN_PREGNANCY})
    """
    due = f"CASE WHEN last IS NULL THEN :as_of ELSE {add_months_sql('last', 'months')} END"
    cert, check = ReminderKind.CERTIFICATE, ReminderKind.CHECKUP
    return f"""
        SELECT CASE WHEN outflow THEN '{cert.value}' ELSE '{check.value}' END,
               CASE WHEN outflow THEN {KIND_ORDER[cert]} ELSE {KIND_ORDER[check]} END,
               pid, name, pinyin, idn, uid, uname, phone, due, NULL, '', last IS NULL, last,
               months
        FROM (SELECT *, {due} AS due FROM ({inner} LIMIT -1 OFFSET 0)
              WHERE last IS NULL OR last <= cutoff)
    """


def _pregnancy(kind: ReminderKind, where: str) -> str:
    """followup: a month after the last follow-up (or the registration);
    delivery: expected date (LMP + 280 days) within 14 days or past."""
    if kind is ReminderKind.FOLLOWUP:
        last = ("(SELECT max(f.date) FROM pregnancy_followup f WHERE f.pregnancy_id = g.id "
                "AND f.deleted_at IS NULL AND f.date <= :as_of)")
        due = add_months_sql(f"coalesce({last}, g.registered_on)", str(FOLLOWUP_MONTHS))
        p1, p2, limit = f"{last}", "g.registered_on", ":until"
    else:
        due = "date(g.lmp, '+280 days')"
        p1, p2, limit = "NULL", "NULL", ":delivery_until"
    return f"""
        SELECT * FROM (
            SELECT '{kind.value}', {KIND_ORDER[kind]}, {PERSON_COLS}, {due} AS due, g.id, '',
                   0, {p1}, {p2}
            FROM pregnancy g JOIN person p ON p.id = g.person_id JOIN unit u ON u.id = p.unit_id
            WHERE {OPEN_PREGNANCY} AND {where}
        ) WHERE due <= {limit}
    """


def _birth_report(where: str) -> str:
    kind = ReminderKind.BIRTH_REPORT
    return f"""
        SELECT '{kind.value}', {KIND_ORDER[kind]}, {PERSON_COLS},
               date(ch.birth_date, '+{BIRTH_REPORT_DAYS} days'), ch.id, '', 0, ch.birth_date,
               ch.name
        FROM child ch JOIN person p ON p.id = ch.person_id JOIN unit u ON u.id = p.unit_id
        WHERE ch.deleted_at IS NULL AND +ch.birth_date <= :birth_until
          AND +ch.birth_date <= :as_of
          AND (ch.reported_on IS NULL OR ch.reported_on > :as_of) AND {where}
    """


def _payment(where: str) -> str:
    kind = ReminderKind.PAYMENT
    period = "CASE b.cycle WHEN 'month' THEN :month_key ELSE :year_key END"
    due = "CASE b.cycle WHEN 'month' THEN :month_due ELSE :year_due END"
    return f"""
        SELECT '{kind.value}', {KIND_ORDER[kind]}, {PERSON_COLS}, {due}, b.id, {period}, 0,
               b.amount_fen, b.cycle
        FROM benefit b JOIN person p ON p.id = b.person_id JOIN unit u ON u.id = p.unit_id
        WHERE b.deleted_at IS NULL AND b.start_date <= :as_of
          AND (b.end_date IS NULL OR b.end_date >= :as_of) AND {due} <= :until
          AND NOT EXISTS (SELECT 1 FROM payment y WHERE y.benefit_id = b.id
                          AND y.period = {period} AND y.deleted_at IS NULL)
          AND {where}
    """


def _turning_50(where: str) -> str:
    kind = ReminderKind.TURNING_50
    birthday = add_months_sql("p.birth_date", str(12 * AGE_LIMIT))
    return f"""
        SELECT * FROM (
            SELECT '{kind.value}', {KIND_ORDER[kind]}, {PERSON_COLS}, {birthday} AS due, NULL,
                   '', 0, NULL, NULL
            FROM person p JOIN unit u ON u.id = p.unit_id
            WHERE p.birth_date BETWEEN :b50_from AND :b50_to AND {where}
        ) WHERE due BETWEEN :as_of AND :until
    """


def reminders_sql(query: ReminderQuery, unit_ids: list[int] | None, settings: RuleSettings,
                  kinds: frozenset[ReminderKind] | None = None) -> Built:
    """The reminders of ``query`` (all kinds when ``kinds`` is empty) without the postponed
    ones, as ``SELECT * FROM (...) r``; the caller adds ORDER BY/LIMIT or GROUP BY."""
    wanted = set(kinds if kinds is not None else query.kinds) or set(ReminderKind)
    as_of, until = query.as_of, query.until
    params: dict[str, Any] = {
        "as_of": as_of, "until": until,
        "wra_oldest": born_on_or_before_for_age(as_of, AGE_LIMIT),
        "wra_youngest": born_on_or_before_for_age(as_of, WRA_MIN_AGE),
        "delivery_until": min(until, as_of + dt.timedelta(days=DELIVERY_WARNING_DAYS)),
        "birth_until": until - dt.timedelta(days=BIRTH_REPORT_DAYS),
        "month_key": f"{as_of:%Y-%m}", "year_key": f"{as_of:%Y}",
        "month_due": as_of.replace(day=1), "year_due": dt.date(as_of.year, settings.payment_month, 1),
        # a margin of two days either side; the exact birthday is compared in SQL
        "b50_from": add_years(as_of, -AGE_LIMIT) - dt.timedelta(days=2),
        "b50_to": add_years(until, -AGE_LIMIT) + dt.timedelta(days=2),
    }
    where = _person_filter(query, unit_ids, params)
    parts = []
    checkups = wanted & {ReminderKind.CHECKUP, ReminderKind.CERTIFICATE}
    if checkups:
        parts.append(_checkup(checkups, where, settings, params))
    for kind in (ReminderKind.FOLLOWUP, ReminderKind.DELIVERY):
        if kind in wanted:
            parts.append(_pregnancy(kind, where))
    if ReminderKind.BIRTH_REPORT in wanted:
        parts.append(_birth_report(where))
    if ReminderKind.PAYMENT in wanted:
        parts.append(_payment(where))
    if ReminderKind.TURNING_50 in wanted:
        parts.append(_turning_50(where))
    union = "\nUNION ALL\n".join(parts)
    names = ", ".join(COLUMNS)
    # A postponement hides the reminder with the same kind, person, record and due date
    # until its day; never checked (due "now") matches one made on or before as_of.
    sql = f"""
        WITH r({names}) AS ({union})
        SELECT r.* FROM r
        WHERE NOT EXISTS (
            SELECT 1 FROM reminder_postponement pp
            WHERE pp.person_id = r.person_id AND pp.kind = r.kind AND pp.deleted_at IS NULL
              AND pp.record_id IS r.record_id AND pp.until > :as_of
              AND (pp.due_date = r.due_date OR (r.never AND pp.due_date <= :as_of)))
    """
    return Built(sql, params)
