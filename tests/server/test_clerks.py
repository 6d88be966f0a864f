"""Several clerks on one server ledger: two services containers (two apps) on the same
PostgreSQL database, as two clerks' PCs on the office LAN."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from desktop.domain import report_periods
from desktop.errors import StaleRecordError
from desktop.services.container import build_services
from desktop.store.server import open_server
from desktop.store.work_lock import WorkBusyError
from tests.helpers import TODAY, draft, woman_id

pytestmark = pytest.mark.postgresql


@pytest.fixture
def clerks(pg_url, tmp_path):
    """王会计 and 李文书 signed in, each in her own app (engine, sessions, services)."""
    apps = []
    for name in ("王会计", "李文书"):
        clock = dt.datetime.combine(TODAY, dt.time(9, 0))
        services = build_services(open_server(pg_url), today=lambda: TODAY,
                                  now=lambda c=clock: c, backup_dir=tmp_path / name)
        apps.append(services)
    wang, li = apps
    wang.units.add("一村")
    wang.accounts.add("王会计", "wang-2026")
    wang.accounts.add("李文书", "li-2026")
    wang.sign_in("王会计", "wang-2026")
    li.sign_in("李文书", "li-2026")
    yield wang, li
    for services in apps:
        services.engine.dispose()


def test_two_saves_at_once_only_one_wins(clerks):
    wang, li = clerks
    unit = wang.units.find_by_name("一村").id
    person_id = wang.persons.create(draft("张秀英", dt.date(1990, 3, 4), unit))
    reads = [wang.persons.get(person_id), li.persons.get(person_id)]
    outcomes: list[object] = [None, None]
    start = threading.Barrier(2)

    def save(index, services, phone):
        record = reads[index]
        record.draft.phone = phone
        start.wait()
        try:
            services.persons.update(person_id, record.draft, version=record.version)
            outcomes[index] = "saved"
        except StaleRecordError as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=save, args=(0, wang, "13900001111")),
               threading.Thread(target=save, args=(1, li, "13800002222"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(map(type, outcomes), key=str) == sorted([str, StaleRecordError], key=str)
    winner = 0 if outcomes[0] == "saved" else 1
    refused = outcomes[1 - winner]
    assert refused.params["user"] == ("王会计", "李文书")[winner]
    assert refused.changed_fields == ("phone",)
    stored = wang.persons.get(person_id)
    assert stored.version == 2
    assert stored.draft.phone == ("13900001111", "13800002222")[winner]


def test_an_import_keeps_the_other_clerks_import_and_closing_out(clerks, tmp_path):
    wang, li = clerks
    rows = "".join(f"妇女{n},{woman_id(dt.date(1990, 5, 6), n)},一村\n" for n in range(2, 60))
    book = tmp_path / "women.csv"
    book.write_text("姓名,身份证号,单位\n" + rows, encoding="utf-8")
    preview = wang.exchange.check(book)
    other = li.exchange.check(book)
    refusals: list[WorkBusyError] = []
    october = report_periods.parse_month("2026-10")

    def meanwhile(done: int, total: int) -> None:
        if refusals:
            return
        for attempt in (lambda: li.closing.close(october), lambda: li.exchange.run_import(other)):
            try:
                attempt()
            except WorkBusyError as exc:
                refusals.append(exc)

    result = wang.exchange.run_import(preview, progress=meanwhile)
    assert sum(result.added.values()) == 58
    assert len(refusals) == 2
    for refused in refusals:
        assert refused.params["holder"] == "王会计" and refused.params["work"] == "import"
    assert li.closing.closure(october) is None  # nothing of hers was written
    # once the import is done, her closing goes through (and holds the others off)
    closure = li.closing.close(october)
    assert closure.closed_by == "李文书"


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_other_clerks_list_refreshes(clerks, qtbot):
    from desktop.gui.changes import ServerPoll, StaleWatch
    from desktop.gui.pages.persons_page import PersonsPage, PersonsPageServices

    wang, li = clerks
    page = PersonsPage(PersonsPageServices.of(li))
    qtbot.addWidget(page)
    poll = ServerPoll(li.others, page, interval_ms=100)
    StaleWatch(page, poll, page.refresh)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.model.count_pending(), timeout=10_000)
    assert page.model.rowCount() == 0
    unit = wang.units.find_by_name("一村").id
    wang.persons.create(draft("张秀英", dt.date(1990, 3, 4), unit))  # on the other PC
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 0).data() == "张秀英"
    poll.stop()


def test_the_command_line_signs_in_on_the_server(tmp_path, pg_url):
    from tests.server.test_server_cli import run

    def secrets(name, *lines):
        path = tmp_path / name
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        return str(path)

    added = run(tmp_path, "--db", pg_url, "--password-file", secrets("a", "wang-2026"),
                "accounts", "add", "王会计")
    assert added.returncode == 0, added.stderr
    missing = run(tmp_path, "--db", pg_url, "reminders", "--as-of", "2026-11-28")
    assert missing.returncode == 2 and "--user" in missing.stderr
    wrong = run(tmp_path, "--db", pg_url, "--user", "王会计", "--password-file",
                secrets("b", "nope-nope"), "reminders")
    assert wrong.returncode == 1
    demo = run(tmp_path, "--db", pg_url, "--user", "王会计", "--password-file",
               secrets("c", "wang-2026"), "demo", "--persons", "5")
    assert demo.returncode == 0, demo.stderr
    engine = open_server(pg_url)
    try:
        from sqlalchemy import select

        from desktop.store.models import ChangeLog

        with engine.connect() as conn:
            users = set(conn.scalars(select(ChangeLog.user).distinct()
                                     .where(ChangeLog.entity != "account")))
    finally:
        engine.dispose()
    assert users == {"王会计"}


def test_two_saves_of_one_check_up_at_once_only_one_wins(clerks):
    from desktop.domain.values.care import CheckupDraft

    wang, li = clerks
    unit = wang.units.find_by_name("一村").id
    person_id = wang.persons.create(draft("张秀英", dt.date(1990, 3, 4), unit))
    record_id = wang.checkups.add(person_id, CheckupDraft(dt.date(2026, 3, 3), check_iud=True))
    reads = [wang.checkups.get(record_id), li.checkups.get(record_id)]
    outcomes: list[object] = [None, None]
    start = threading.Barrier(2)

    def save(index, services, place):
        record = reads[index]
        start.wait()
        try:
            services.checkups.update(record_id, CheckupDraft(record.date, check_iud=True,
                                                             place=place),
                                     version=record.version)
            outcomes[index] = "saved"
        except StaleRecordError as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=save, args=(0, wang, "乡卫生院")),
               threading.Thread(target=save, args=(1, li, "县医院"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    winner = 0 if outcomes[0] == "saved" else 1
    refused = outcomes[1 - winner]
    assert outcomes[winner] == "saved" and isinstance(refused, StaleRecordError)
    assert refused.params["user"] == ("王会计", "李文书")[winner]
    assert refused.changed_fields == ("place",)
    stored = li.checkups.get(record_id)
    assert stored.version == 2 and stored.place == ("乡卫生院", "县医院")[winner]
