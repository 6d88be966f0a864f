"""Wrong account passwords: after five in a row each try waits, longer each time; the count
is kept in the ledger (a restart, or the other clerk's PC, sees the same wait)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.i18n import error_text
from desktop.services.accounts.service import SignInError, TooManyTriesError, wait_after
from desktop.services.container import build_services
from desktop.store.models import ChangeLog
from tests.helpers import TODAY, fresh_ledger


class Clock:
    def __init__(self) -> None:
        self.at = dt.datetime.combine(TODAY, dt.time(9, 0))

    def __call__(self) -> dt.datetime:
        return self.at

    def later(self, seconds: float) -> None:
        self.at += dt.timedelta(seconds=seconds)


def _wrong(services, times: int) -> list[SignInError]:
    refusals = []
    for _ in range(times):
        with pytest.raises(SignInError) as caught:
            services.sign_in("王会计", "not-hers")
        refusals.append(caught.value)
    return refusals


def test_the_wait_grows_and_is_said_in_the_message(tmp_path):
    clock = Clock()
    engine = fresh_ledger(tmp_path)
    services = build_services(engine, today=lambda: TODAY, now=clock,
                              backup_dir=tmp_path / "backups")
    services.accounts.add("王会计", "wang-2026")
    first = _wrong(services, 4)
    assert not any(isinstance(r, TooManyTriesError) for r in first)
    (fifth,) = _wrong(services, 1)
    assert isinstance(fifth, TooManyTriesError)
    assert fifth.params == {"count": 5, "seconds": 30}
    assert "30 seconds" in error_text(fifth)
    # while she waits even the right password is refused (and not counted)
    clock.later(10)
    with pytest.raises(TooManyTriesError) as waiting:
        services.sign_in("王会计", "wang-2026")
    assert waiting.value.params["seconds"] == 20
    assert services.user.account == ""
    clock.later(20)
    (sixth,) = _wrong(services, 1)  # the wait doubles
    assert sixth.params == {"count": 6, "minutes": 1}
    assert services.accounts.wait_seconds("王会计") == 60
    assert wait_after(20) == 15 * 60  # never more than a quarter of an hour

    # a restart (another container on the same ledger) sees the same wait
    if engine.dialect.name == "sqlite":
        again = build_services(engine, today=lambda: TODAY, now=clock,
                               backup_dir=tmp_path / "backups")
    else:
        from desktop.store.server import open_server

        url = engine.url.render_as_string(hide_password=False)
        again = build_services(open_server(url),
                               today=lambda: TODAY, now=clock, backup_dir=tmp_path / "b2")
    with pytest.raises(TooManyTriesError):
        again.sign_in("王会计", "wang-2026")
    clock.later(60)
    again.sign_in("王会计", "wang-2026")
    assert again.user.account == "王会计"
    assert again.accounts.wait_seconds("王会计") == 0
    (row,) = again.accounts.list()
    assert row.last_sign_in_at == clock.at
    # the count starts again from nothing after a right password
    assert not any(isinstance(r, TooManyTriesError) for r in _wrong(again, 4))
    if again.engine is not engine:
        again.engine.dispose()


def test_wrong_tries_are_not_in_the_change_log_and_other_names_count_nothing(tmp_path):
    clock = Clock()
    services = build_services(fresh_ledger(tmp_path), today=lambda: TODAY, now=clock,
                              backup_dir=tmp_path / "backups")
    services.accounts.add("王会计", "wang-2026")
    services.accounts.add("李文书", "li-2026")
    logged = _log_rows(services)
    _wrong(services, 6)
    with pytest.raises(SignInError) as unknown:
        services.sign_in("没有这个人", "whatever")
    assert not isinstance(unknown.value, TooManyTriesError)
    services.sign_in("李文书", "li-2026")  # her account is not held up by his tries
    assert services.user.account == "李文书"
    assert _log_rows(services) == logged


def _log_rows(services) -> int:
    with services.factory() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)
