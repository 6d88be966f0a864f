"""Every record out and back: demo data with every record kind (moves away, returns, moves
between units, deaths, flagged records) exported with full IDs and imported into an empty
ledger gives the same rows in every table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.domain.enums import EventKind
from desktop.domain.values.exchange import (
    EVENTS,
    POSTPONEMENTS,
    ExchangeReadError,
    MaskedWorkbook,
)
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.domain.values.reminders import Reminder, ReminderKind, ReminderQuery
from desktop.services.demo.service import generate_demo
from desktop.services.exchange.rules import BIRTH_ID, CHILD_ID
from desktop.store.models import ChangeBatch, ChangeLog, Child, Person, Unit
from desktop.store.records import LifeEvent, Pregnancy
from tests.helpers import TODAY, fresh_services, woman_id
from tests.services.ledger_rows import differences, table_rows


def _with_every_kind(services) -> None:  # noqa: ANN001
    """Demo data plus what the demo leaves to chance: a woman who moved away, came back and
    then moved to another unit, a pregnancy with a note."""
    generate_demo(services, 300, seed=3)
    with services.engine.connect() as conn:
        units = conn.scalars(select(Unit.id).where(Unit.parent_id.is_not(None))).all()
        pid, unit = conn.execute(select(Person.id, Person.unit_id).where(
            Person.status == "active", Person.birth_date < dt.date(1990, 1, 1))
            .order_by(Person.id)).first()
        pregnancy = conn.execute(select(Pregnancy).order_by(Pregnancy.id)).first()
    events = services.life_events
    events.add(pid, EventKind.MOVED_AWAY.value, dt.date(2024, 3, 1), "广东省深圳市")
    events.add(pid, EventKind.RETURNED.value, dt.date(2025, 6, 2), "广东省深圳市")
    events.transfer(pid, next(u for u in units if u != unit), dt.date(2025, 8, 9), "搬家")
    services.pregnancies.update(pregnancy.id, PregnancyDraft(
        pregnancy.registered_on, pregnancy.lmp, pregnancy.outcome, pregnancy.outcome_date,
        "高危：双胎\n每两周随访"))
    _postpone_each_kind(services)
    with services.engine.begin() as conn:  # an old record: her ID a day off her birth date
        kid, born = conn.execute(select(Child.id, Child.birth_date).where(Child.sex == "F")
                                 .order_by(Child.id)).first()
        conn.execute(update(Child).where(Child.id == kid).values(
            id_number=woman_id(born + dt.timedelta(days=1), 7)))


def _postpone_each_kind(services) -> None:  # noqa: ANN001
    """The first reminder of every kind the demo gives, put off for a month (twice for one)."""
    seen: dict[ReminderKind, Reminder] = {}
    for reminder in services.reminders.page(ReminderQuery(TODAY, 400), 0, 100_000):
        seen.setdefault(reminder.kind, reminder)
    assert {ReminderKind.CHECKUP, ReminderKind.FOLLOWUP, ReminderKind.BIRTH_REPORT,
            ReminderKind.PAYMENT} <= set(seen), seen.keys()
    for reminder in seen.values():
        services.reminders.postpone(reminder, TODAY + dt.timedelta(days=30), "外出务工，下月回")
    first = seen[ReminderKind.CHECKUP]
    services.reminders.postpone(first, TODAY + dt.timedelta(days=60), "又推迟：住院")


def test_every_table_row_by_row_after_a_full_export_and_import(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = fresh_services(tmp_path / "a")
    _with_every_kind(first)
    before = table_rows(first.engine)
    kinds = {row[1][1] for row in before["life_event"]}
    assert kinds == {e.value for e in EventKind}  # 迁出, 迁回, 死亡 and 单位调动 all there
    linked = [r for r in before["child"] if dict(r)["pregnancy_id"] is not None]
    assert linked and any(dict(r)["pregnant"] for r in before["checkup"])
    assert any(dict(r)["origin"] for r in before["person"])
    assert any(dict(r)["marriage_cert_no"] for r in before["person"])
    assert any(dict(r)["employer"] for r in before["person"])
    assert any(dict(r)["note"] for r in before["pregnancy"])
    postponed = {dict(r)["kind"] for r in before["reminder_postponement"]}
    assert {"checkup", "followup", "birth_report", "payment"} <= postponed
    out = tmp_path / "full.xlsx"
    first.exchange.export(out, full_ids=True)

    second = fresh_services(tmp_path / "b")
    preview = second.exchange.check(out)
    assert [p.line() for p in preview.problems] == []
    assert preview.rejected == 0
    # what 数据核查 flags travels with a warning: the demo's flawed children and birth dates
    reasons = {w.reason for w in preview.warnings}
    assert reasons == {CHILD_ID, BIRTH_ID}, [w.line() for w in preview.warnings]
    result = second.exchange.run_import(preview)
    assert result.added[EVENTS] == sum(before["life_event"].values())

    assert differences(before, table_rows(second.engine)) == {}
    for name, rows in before.items():
        assert sum(rows.values()) > 0, name
    # the postponed reminders stay out of her list in the other ledger too
    assert _due(second) == _due(first)


def _due(services) -> list[tuple[str, str, dt.date]]:  # noqa: ANN001
    return sorted((r.kind.value, r.id_number, r.due_date)
                  for r in services.reminders.page(ReminderQuery(TODAY, 400), 0, 100_000))


def test_postponements_name_their_record_and_travel_with_undo(tmp_path: Path) -> None:
    from openpyxl import Workbook

    services = fresh_services(tmp_path)
    _with_every_kind(services)
    with services.engine.connect() as conn:
        number = conn.scalar(select(Person.id_number).where(Person.status == "active")
                             .order_by(Person.id))
    book = Workbook()
    sheet = book.active
    sheet.title = POSTPONEMENTS
    sheet.append(["身份证号", "提醒", "应办日期", "推迟到", "原因", "孕情登记日期", "子女出生日期",
                  "子女姓名", "扶助项目", "扶助开始日期"])
    later = TODAY + dt.timedelta(days=20)
    sheet.append([number, "三查到期", TODAY, later, "出差", None, None, None, None, None])
    sheet.append([number, "孕情随访", TODAY, later, "出差", None, None, None, None, None])
    sheet.append([number, "孕情随访", TODAY, later, "出差", dt.date(2001, 1, 1), None, None,
                  None, None])
    sheet.append([number, "扶助待发放", TODAY, later, "出差", None, None, None, "奖励扶助",
                  dt.date(2001, 1, 1)])
    sheet.append([number, "出生待上报", TODAY, later, "", None, dt.date(2001, 1, 1), "", None,
                  None])
    path = tmp_path / "pp.xlsx"
    book.save(path)
    before = table_rows(services.engine)["reminder_postponement"]
    preview = services.exchange.check(path)
    assert [(p.row, p.column) for p in preview.problems] == [
        (3, "孕情登记日期"), (4, "孕情登记日期"), (5, "扶助开始日期"), (6, "原因")]
    result = services.exchange.run_import(preview)
    assert result.added[POSTPONEMENTS] == 1
    after = table_rows(services.engine)["reminder_postponement"]
    assert sum((after - before).values()) == 1
    # her check-up is off the list until then
    assert ("checkup", number, TODAY) not in [
        (k, n, d) for k, n, d in _due(services) if d == TODAY]
    services.exchange.undo_last_import()
    assert table_rows(services.engine)["reminder_postponement"] == before


def test_a_masked_workbook_is_refused_whole_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = fresh_services(tmp_path / "a")
    generate_demo(first, 30, seed=5)
    out = tmp_path / "masked.xlsx"
    first.exchange.export(out)  # masked: the default

    second = fresh_services(tmp_path / "b")
    with second.engine.connect() as conn:
        units = conn.scalar(select(func.count()).select_from(Unit))
        logged = conn.scalar(select(func.count()).select_from(ChangeLog))
    with pytest.raises(MaskedWorkbook) as refused:
        second.exchange.check(out)
    assert isinstance(refused.value, ExchangeReadError)
    text = refused.value.template.format(**refused.value.params)
    assert "--full-ids" in text and "单位" in text or "人员" in text
    with second.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Unit)) == units
        assert conn.scalar(select(func.count()).select_from(ChangeLog)) == logged
        assert conn.scalar(select(func.count()).select_from(ChangeBatch)) == 0


def test_events_follow_each_other_and_set_her_status_and_unit(tmp_path: Path) -> None:
    """A stored woman: new events in a file append to hers when they can follow them."""
    from openpyxl import Workbook

    services = fresh_services(tmp_path)
    generate_demo(services, 30, seed=6)
    with services.engine.connect() as conn:
        pid, number, unit = conn.execute(select(Person.id, Person.id_number, Person.unit_id)
                                         .where(Person.status == "active")
                                         .order_by(Person.id)).first()
        names = dict(conn.execute(select(Unit.id, Unit.name)).all())
        other = next(n for i, n in names.items() if i != unit and i != 1)
        latest = conn.scalar(select(func.max(LifeEvent.date)).where(LifeEvent.person_id == pid))
    day = max(latest or dt.date(2020, 1, 1), dt.date(2020, 1, 1))
    book = Workbook()
    sheet = book.active
    sheet.title = EVENTS
    sheet.append(["身份证号", "事件", "日期", "去向或来源", "原单位", "新单位", "说明"])
    sheet.append([number, "单位调动", day + dt.timedelta(days=1), None, names[unit], other, None])
    sheet.append([number, "迁出", day + dt.timedelta(days=2), "浙江省杭州市", None, None, None])
    sheet.append([number, "迁出", day + dt.timedelta(days=3), "", None, None, None])  # cannot follow
    sheet.append([number, "迁回", day - dt.timedelta(days=400), "", None, None, None])  # she never left
    path = tmp_path / "events.xlsx"
    book.save(path)
    preview = services.exchange.check(path)
    assert [(p.row, p.column) for p in preview.problems] == [(4, "事件"), (5, "事件")]
    # the preview lists what her new events change (old → new)
    assert {(c.sheet, c.row, c.column, c.old, c.new) for c in preview.changes} == {
        (EVENTS, 3, "状态", "在册", "迁出"),
        (EVENTS, 3, "状态日期", "", (day + dt.timedelta(days=2)).isoformat()),
        (EVENTS, 3, "单位", names[unit], other)}
    services.exchange.run_import(preview)
    with services.engine.connect() as conn:
        status, since, now_in = conn.execute(select(Person.status, Person.status_date,
                                                    Person.unit_id).where(Person.id == pid)).one()
    assert (status, since, names[now_in]) == ("moved", day + dt.timedelta(days=2), other)
    services.exchange.undo_last_import()
    with services.engine.connect() as conn:
        assert conn.execute(select(Person.status, Person.unit_id)
                            .where(Person.id == pid)).one() == ("active", unit)


def test_the_same_full_export_again_with_update_changes_nothing(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    _with_every_kind(services)
    before = table_rows(services.engine)
    out = tmp_path / "full.xlsx"
    services.exchange.export(out, full_ids=True)
    preview = services.exchange.check(out, update=True)
    assert preview.problems == () and preview.to_add == 0, [
        (s.sheet, s.to_add) for s in preview.sheets if s.to_add]
    assert preview.changes == ()
    counts = {s.sheet: s for s in preview.sheets}
    assert counts[EVENTS].unchanged == counts[EVENTS].rows > 0
    if preview.has_work:
        services.exchange.run_import(preview)
    assert differences(before, table_rows(services.engine)) == {}
